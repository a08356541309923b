import { RecurrencePeriod } from '@tiendo/shared';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Organization } from '../organization/organization.entity.js';
import { Plan } from '../plan/plan.entity.js';
import { Task } from '../task/task.entity.js';
import { CycleEntry, DeadlineItem, PlanDeadlines, ReportingCycle } from './reporting-cycle.types.js';
import type { ReportingCycleService } from './reporting-cycle.service.js';

@Resolver(() => ReportingCycle)
export class ReportingCycleResolver {
  constructor(private readonly cycles: ReportingCycleService) {}

  @Query(() => [ReportingCycle], {
    description: 'The plan’s reporting cycles from its issue date to today’s, newest first, with who reported.',
  })
  reportingCycles(@Arg('planId', () => ID) planId: string, @Ctx() ctx: RequestContext) {
    return this.cycles.cycles(ctx.actor, planId);
  }

  @Query(() => ReportingCycle, { description: 'One reporting cycle by key ("2020-Q3"); today’s when no key.' })
  reportingCycle(
    @Arg('planId', () => ID) planId: string,
    @Arg('key', () => String, { nullable: true }) key: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.cycles.cycle(ctx.actor, planId, key);
  }

  @Query(() => PlanDeadlines, { description: 'Overdue tasks, tasks due within N days, and the current cycle.' })
  planDeadlines(
    @Arg('planId', () => ID) planId: string,
    @Arg('withinDays', () => Int, { defaultValue: 7 }) withinDays: number,
    @Ctx() ctx: RequestContext,
  ) {
    return this.cycles.deadlines(ctx.actor, planId, withinDays);
  }

  @Mutation(() => Plan, { description: 'Sets how often the plan’s assignees report (coordinators).' })
  setPlanReportingPeriod(
    @Arg('planId', () => ID) planId: string,
    @Arg('period', () => RecurrencePeriod) period: RecurrencePeriod,
    @Ctx() ctx: RequestContext,
  ) {
    return this.cycles.setReportingPeriod(ctx.actor, planId, period);
  }

  @FieldResolver(() => [Organization], { description: 'Units that still owe at least one report (chưa báo cáo).' })
  async missingOrganizations(@Root() cycle: ReportingCycle, @Ctx() ctx: RequestContext) {
    const ids = [...new Set(cycle.entries.filter((e) => !e.reported).map((e) => e.organizationId))];
    return (await ctx.loaders.organization.loadMany(ids)).filter((o): o is Organization => o instanceof Organization);
  }
}

@Resolver(() => CycleEntry)
export class CycleEntryResolver {
  @FieldResolver(() => Task)
  task(@Root() e: CycleEntry, @Ctx() ctx: RequestContext) {
    return ctx.loaders.task.load(e.taskId);
  }

  @FieldResolver(() => Organization)
  organization(@Root() e: CycleEntry, @Ctx() ctx: RequestContext) {
    return ctx.loaders.organization.load(e.organizationId);
  }
}

@Resolver(() => DeadlineItem)
export class DeadlineItemResolver {
  @FieldResolver(() => Task)
  task(@Root() d: DeadlineItem, @Ctx() ctx: RequestContext) {
    return ctx.loaders.task.load(d.taskId);
  }

  @FieldResolver(() => [Organization], { description: 'Assignees not yet done.' })
  async pendingOrganizations(@Root() d: DeadlineItem, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.organization.loadMany(d.pendingOrganizationIds)).filter(
      (o): o is Organization => o instanceof Organization,
    );
  }
}
