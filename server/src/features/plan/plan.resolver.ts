import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { selectedFields } from '../../graphql/look-ahead.js';
import { LegalDocument } from '../legal-document/legal-document.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Task } from '../task/task.entity.js';
import { Plan } from './plan.entity.js';
import type { PlanService } from './plan.service.js';

@Resolver(() => Plan)
export class PlanResolver {
  constructor(private readonly service: PlanService) {}

  @Query(() => [Plan], { description: 'Plans you may read, newest first.' })
  plans(@Ctx() ctx: RequestContext) {
    return this.service.list(ctx.actor);
  }

  @Query(() => Plan)
  plan(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(ctx.actor, id);
  }

  @FieldResolver(() => [Task], {
    description: 'All tasks of the plan in document order; with roots: true only the top of the tree (II, III).',
  })
  async tasks(
    @Root() plan: Plan,
    @Ctx() ctx: RequestContext,
    @Arg('roots', () => Boolean, { defaultValue: false }) roots: boolean,
    @Info() info: GraphQLResolveInfo,
  ) {
    const all = await ctx.loaders.tasksByPlan.load(plan.id);
    const tasks = roots ? all.filter((t) => t.parentId === null) : all;
    // Look ahead: what the board asks of every task is loaded now, one statement each, so the
    // tasks' fields resolve without a promise each (bench/findings.md, figure 1).
    const asked = selectedFields(info);
    const ids = tasks.map((t) => t.id);
    await Promise.all([
      asked.has('assignments') ? ctx.loaders.assignmentsByTask.loadMany(ids) : null,
      asked.has('latestReport') ? ctx.loaders.latestReportByTask.loadMany(ids) : null,
    ]);
    return tasks;
  }

  @FieldResolver(() => Int, { description: 'Progress of the whole plan: the mean of its top-level tasks.' })
  async progress(@Root() plan: Plan, @Ctx() ctx: RequestContext) {
    const roots = (await ctx.loaders.tasksByPlan.load(plan.id)).filter((t) => t.parentId === null);
    return roots.length ? Math.round(roots.reduce((s, t) => s + t.progress, 0) / roots.length) : 0;
  }

  @FieldResolver(() => Organization, { description: 'The body that issued the plan (UBND huyện).' })
  issuingOrganization(@Root() plan: Plan, @Ctx() ctx: RequestContext) {
    return ctx.loaders.organization.load(plan.issuingOrganizationId);
  }

  @FieldResolver(() => Plan, { nullable: true, description: 'The plan this one carries out (the cascade).' })
  parentPlan(@Root() plan: Plan, @Ctx() ctx: RequestContext) {
    return plan.parentPlanId === null ? null : ctx.loaders.plan.load(plan.parentPlanId);
  }

  @FieldResolver(() => LegalDocument, { nullable: true, description: 'The document this plan carries out.' })
  implementsDocument(@Root() plan: Plan, @Ctx() ctx: RequestContext) {
    return plan.implementsDocumentId === null ? null : ctx.loaders.legalDocument.load(plan.implementsDocumentId);
  }

  @FieldResolver(() => [LegalDocument], { description: 'The documents the plan rests on (căn cứ) and cites.' })
  citedDocuments(@Root() plan: Plan, @Ctx() ctx: RequestContext) {
    return ctx.loaders.citedDocumentsByPlan.load(plan.id);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The standing office (III.1).' })
  standingOffice(@Root() plan: Plan, @Ctx() ctx: RequestContext) {
    return plan.standingOfficeId === null ? null : ctx.loaders.organization.get(plan.standingOfficeId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The office that takes difficulties.' })
  difficultyOffice(@Root() plan: Plan, @Ctx() ctx: RequestContext) {
    return plan.difficultyOfficeId === null ? null : ctx.loaders.organization.load(plan.difficultyOfficeId);
  }

  @FieldResolver(() => [Organization], { description: 'The Front and the organisations that supervise.' })
  monitors(@Root() plan: Plan, @Ctx() ctx: RequestContext) {
    return ctx.loaders.monitorsByPlan.load(plan.id);
  }
}
