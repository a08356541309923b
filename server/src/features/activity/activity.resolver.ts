import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Comment } from '../comment/comment.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { ProgressReport } from '../progress-report/progress-report.entity.js';
import { Task } from '../task/task.entity.js';
import { User } from '../user/user.entity.js';
import type { ViewerPresence } from './activity-bus.js';
import type { ActivityService, Delivery, SubscriptionContext } from './activity.service.js';
import { PlanEvent, planEventFromLog, Viewer } from './plan-event.js';

@Resolver(() => PlanEvent)
export class ActivityResolver {
  constructor(private readonly activity: ActivityService) {}

  @Subscription(() => PlanEvent, {
    description:
      'A plan’s activity, live. With `after: N` it first replays the logged events N+1… then goes on live, with no gap or duplicate.',
    // type-graphql calls this outside the resolver instance, so the service comes with the context.
    subscribe: ({ args, context }) =>
      (context as SubscriptionContext).activity.stream(context as SubscriptionContext, args.planId, args.after),
  })
  planActivity(
    @Root() delivery: Delivery,
    @Ctx() ctx: RequestContext,
    @Arg('planId', () => ID) _planId: string,
    @Arg('after', () => Int, { nullable: true }) _after?: number | null,
  ): PlanEvent {
    // Fields of this event resolve through loaders made for this event (shared by all its subscribers).
    ctx.loaders = delivery.loaders;
    return delivery.event;
  }

  @Query(() => [Viewer], { name: 'viewers', description: 'Who is watching the plan’s board now (đang xem).' })
  async currentViewers(@Arg('planId', () => ID) planId: string, @Ctx() ctx: RequestContext) {
    return this.activity.viewers(ctx.actor, planId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who did it.' })
  actor(@Root() e: PlanEvent, @Ctx() ctx: RequestContext) {
    return e.actorId === null ? null : ctx.loaders.user.load(e.actorId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The unit it concerns or acted for.' })
  organization(@Root() e: PlanEvent, @Ctx() ctx: RequestContext) {
    return e.organizationId === null ? null : ctx.loaders.organization.load(e.organizationId);
  }

  @FieldResolver(() => Task, { nullable: true })
  task(@Root() e: PlanEvent, @Ctx() ctx: RequestContext) {
    return e.taskId === null ? null : ctx.loaders.task.load(e.taskId);
  }

  @FieldResolver(() => ProgressReport, { nullable: true })
  report(@Root() e: PlanEvent, @Ctx() ctx: RequestContext) {
    return e.reportId === null ? null : ctx.loaders.progressReport.load(e.reportId);
  }

  @FieldResolver(() => Comment, { nullable: true })
  comment(@Root() e: PlanEvent, @Ctx() ctx: RequestContext) {
    return e.commentId === null ? null : ctx.loaders.comment.load(e.commentId);
  }

  @FieldResolver(() => [Viewer], { nullable: true, description: 'Who is watching, on PRESENCE_CHANGED events.' })
  viewers(@Root() e: PlanEvent) {
    return e.presence;
  }
}

@Resolver(() => Viewer)
export class ViewerResolver {
  @FieldResolver(() => User)
  user(@Root() v: ViewerPresence, @Ctx() ctx: RequestContext) {
    return ctx.loaders.user.load(v.userId);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() v: ViewerPresence, @Ctx() ctx: RequestContext) {
    return v.organizationId === null ? null : ctx.loaders.organization.load(v.organizationId);
  }
}

@Resolver(() => Task)
export class TaskActivityResolver {
  @FieldResolver(() => [PlanEvent], { description: 'The task’s history: every logged change to it, oldest first.' })
  async activity(@Root() task: Task, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.activityByTask.load(task.id)).map(planEventFromLog);
  }
}
