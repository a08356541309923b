import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ObstacleStatus } from '@tiendo/shared';
import type { RequestContext } from '../../context.js';
import { requireActor } from '../../permissions/policy.js';
import { Organization } from '../organization/organization.entity.js';
import type { PlanService } from '../plan/plan.service.js';
import { ProgressReport } from '../progress-report/progress-report.entity.js';
import { Task } from '../task/task.entity.js';
import { User } from '../user/user.entity.js';
import { ForwardObstacleInput, RaiseObstacleInput, ResolveObstacleInput } from './obstacle.inputs.js';
import { Obstacle } from './obstacle.entity.js';
import type { ObstacleService } from './obstacle.service.js';

@Resolver(() => Obstacle)
export class ObstacleResolver {
  constructor(
    private readonly service: ObstacleService,
    private readonly plans: PlanService,
  ) {}

  @Query(() => [Obstacle], { description: 'A plan’s difficulties, optionally in some states (signed-in readers).' })
  async obstacles(
    @Arg('planId', () => ID) planId: string,
    @Ctx() ctx: RequestContext,
    @Arg('statuses', () => [ObstacleStatus], { nullable: true }) statuses?: ObstacleStatus[] | null,
  ) {
    requireActor(ctx.actor);
    const plan = await this.plans.get(ctx.actor, planId, 'planId');
    return this.service.listForPlan(plan.id, statuses);
  }

  @Mutation(() => Obstacle, {
    description: 'Raises a difficulty on a task; it is routed to the plan’s difficulty office (Phòng Nội vụ).',
  })
  raiseObstacle(@Arg('input', () => RaiseObstacleInput) input: RaiseObstacleInput, @Ctx() ctx: RequestContext) {
    return this.service.raise(ctx.actor, input);
  }

  @Mutation(() => Obstacle, {
    description: 'The difficulty office forwards an OPEN obstacle to the People’s Committee.',
  })
  forwardObstacle(@Arg('input', () => ForwardObstacleInput) input: ForwardObstacleInput, @Ctx() ctx: RequestContext) {
    return this.service.forward(ctx.actor, input);
  }

  @Mutation(() => Obstacle, { description: 'The People’s Committee answers a FORWARDED obstacle.' })
  resolveObstacle(@Arg('input', () => ResolveObstacleInput) input: ResolveObstacleInput, @Ctx() ctx: RequestContext) {
    return this.service.resolve(ctx.actor, input);
  }

  @FieldResolver(() => Task)
  task(@Root() o: Obstacle, @Ctx() ctx: RequestContext) {
    return ctx.loaders.task.load(o.taskId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The unit that raised it.' })
  organization(@Root() o: Obstacle, @Ctx() ctx: RequestContext) {
    return o.organizationId === null ? null : ctx.loaders.organization.load(o.organizationId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The difficulty office it went to.' })
  routedTo(@Root() o: Obstacle, @Ctx() ctx: RequestContext) {
    return o.routedToOrganizationId === null ? null : ctx.loaders.organization.load(o.routedToOrganizationId);
  }

  @FieldResolver(() => ProgressReport, { nullable: true, description: 'The report it came from, if any.' })
  report(@Root() o: Obstacle, @Ctx() ctx: RequestContext) {
    return o.reportId === null ? null : ctx.loaders.progressReport.load(o.reportId);
  }

  @FieldResolver(() => User)
  raisedBy(@Root() o: Obstacle, @Ctx() ctx: RequestContext) {
    return ctx.loaders.user.load(o.raisedById);
  }

  @FieldResolver(() => User, { nullable: true })
  forwardedBy(@Root() o: Obstacle, @Ctx() ctx: RequestContext) {
    return o.forwardedById === null ? null : ctx.loaders.user.load(o.forwardedById);
  }

  @FieldResolver(() => User, { nullable: true })
  resolvedBy(@Root() o: Obstacle, @Ctx() ctx: RequestContext) {
    return o.resolvedById === null ? null : ctx.loaders.user.load(o.resolvedById);
  }
}
