import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Organization } from '../organization/organization.entity.js';
import { Task } from '../task/task.entity.js';
import { GroupStatistics, PlanStatistics, UnitStatistics } from './statistics.types.js';
import type { StatisticsService } from './statistics.service.js';

@Resolver(() => PlanStatistics)
export class StatisticsResolver {
  constructor(private readonly service: StatisticsService) {}

  @Query(() => PlanStatistics, { description: 'Per unit and per task group, and the plan’s completion over time.' })
  planStatistics(@Arg('planId', () => ID) planId: string, @Ctx() ctx: RequestContext) {
    return this.service.forPlan(ctx.actor, planId);
  }
}

@Resolver(() => UnitStatistics)
export class UnitStatisticsResolver {
  @FieldResolver(() => Organization)
  organization(@Root() u: UnitStatistics, @Ctx() ctx: RequestContext) {
    return ctx.loaders.organization.load(u.organizationId);
  }
}

@Resolver(() => GroupStatistics)
export class GroupStatisticsResolver {
  @FieldResolver(() => Task)
  task(@Root() g: GroupStatistics, @Ctx() ctx: RequestContext) {
    return ctx.loaders.task.load(g.taskId);
  }
}
