import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Plan } from '../plan/plan.entity.js';
import { User } from '../user/user.entity.js';
import {
  GenerateConsolidatedReportInput,
  IssueConsolidatedReportInput,
  UpdateConsolidatedReportInput,
} from './consolidated-report.inputs.js';
import { ConsolidatedReport, ConsolidatedReportVersion, ReportSection } from './consolidated-report.entity.js';
import type { ConsolidatedReportService } from './consolidated-report.service.js';

@Resolver(() => ConsolidatedReport)
export class ConsolidatedReportResolver {
  constructor(private readonly service: ConsolidatedReportService) {}

  @Query(() => [ConsolidatedReport], {
    description: 'The plan’s consolidated reports being written (coordinators, leadership).',
  })
  consolidatedReports(@Arg('planId', () => ID) planId: string, @Ctx() ctx: RequestContext) {
    return this.service.list(ctx.actor, planId);
  }

  @Query(() => ConsolidatedReport)
  consolidatedReport(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(ctx.actor, id);
  }

  @Query(() => [ConsolidatedReportVersion], { description: 'Issued consolidated reports of the plan, newest first.' })
  issuedReports(@Arg('planId', () => ID) planId: string, @Ctx() ctx: RequestContext) {
    return this.service.issued(ctx.actor, planId);
  }

  @Query(() => ConsolidatedReportVersion)
  issuedReport(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.getVersion(ctx.actor, id);
  }

  @Mutation(() => ConsolidatedReport, {
    description: 'Writes the draft of a cycle’s consolidated report from its reports; returns the existing one if any.',
  })
  generateConsolidatedReport(
    @Arg('input', () => GenerateConsolidatedReportInput) input: GenerateConsolidatedReportInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.generate(ctx.actor, input);
  }

  @Mutation(() => ConsolidatedReport, { description: 'Rewrites the draft’s body from the reports as they stand now.' })
  regenerateConsolidatedReport(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.regenerate(ctx.actor, id, version);
  }

  @Mutation(() => ConsolidatedReport, {
    description: 'Edits the draft before it is issued (optimistic: a stale version is a CONFLICT).',
  })
  updateConsolidatedReport(
    @Arg('input', () => UpdateConsolidatedReportInput) input: UpdateConsolidatedReportInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.update(ctx.actor, input);
  }

  @Mutation(() => ConsolidatedReportVersion, {
    description: 'Issues the report as it stands: a new numbered, unchangeable version.',
  })
  issueConsolidatedReport(
    @Arg('input', () => IssueConsolidatedReportInput) input: IssueConsolidatedReportInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.issue(ctx.actor, input);
  }

  @FieldResolver(() => String, { description: 'The draft laid out as the document, for preview.' })
  html(@Root() report: ConsolidatedReport) {
    return this.service.draftHtml(report);
  }

  @FieldResolver(() => String, { description: 'GET it with the bearer token: the draft as DOCX.' })
  docxUrl(@Root() report: ConsolidatedReport) {
    return `/reports/drafts/${report.id}.docx`;
  }

  @FieldResolver(() => [ConsolidatedReportVersion], { description: 'Issued versions, newest first.' })
  versions(@Root() report: ConsolidatedReport) {
    return this.service.versionsOf(report.id);
  }

  @FieldResolver(() => Plan)
  plan(@Root() report: ConsolidatedReport, @Ctx() ctx: RequestContext) {
    return ctx.loaders.plan.load(report.planId);
  }
}

@Resolver(() => ConsolidatedReportVersion)
export class ConsolidatedReportVersionResolver {
  constructor(private readonly service: ConsolidatedReportService) {}

  @FieldResolver(() => String)
  title(@Root() v: ConsolidatedReportVersion) {
    return v.content.title;
  }

  @FieldResolver(() => String)
  subtitle(@Root() v: ConsolidatedReportVersion) {
    return v.content.subtitle;
  }

  @FieldResolver(() => [ReportSection])
  sections(@Root() v: ConsolidatedReportVersion) {
    return v.content.sections;
  }

  @FieldResolver(() => String, { description: 'The issued document as HTML.' })
  html(@Root() v: ConsolidatedReportVersion) {
    return this.service.versionHtml(v);
  }

  @FieldResolver(() => String, { description: 'GET it with the bearer token: the issued document as DOCX.' })
  docxUrl(@Root() v: ConsolidatedReportVersion) {
    return `/reports/${v.id}.docx`;
  }

  @FieldResolver(() => ID)
  reportId(@Root() v: ConsolidatedReportVersion) {
    return v.reportId;
  }

  @FieldResolver(() => User)
  issuedBy(@Root() v: ConsolidatedReportVersion, @Ctx() ctx: RequestContext) {
    return ctx.loaders.user.load(v.issuedById);
  }

  @FieldResolver(() => Plan)
  plan(@Root() v: ConsolidatedReportVersion, @Ctx() ctx: RequestContext) {
    return ctx.loaders.plan.load(v.planId);
  }
}
