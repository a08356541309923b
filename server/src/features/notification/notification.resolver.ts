import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Comment } from '../comment/comment.entity.js';
import { Obstacle } from '../obstacle/obstacle.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Plan } from '../plan/plan.entity.js';
import { SupervisionFinding } from '../supervision/finding.entity.js';
import { Task } from '../task/task.entity.js';
import { User } from '../user/user.entity.js';
import { Notification } from './notification.entity.js';
import type { NotificationContext, NotificationDelivery, NotificationService } from './notification.service.js';

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly service: NotificationService) {}

  @Query(() => [Notification], { description: 'Your inbox, newest first.' })
  notifications(
    @Ctx() ctx: RequestContext,
    @Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
  ) {
    return this.service.list(ctx.actor, unreadOnly, limit);
  }

  @Query(() => Int, { description: 'How many of your notifications are unread.' })
  unreadNotificationCount(@Ctx() ctx: RequestContext) {
    return this.service.unreadCount(ctx.actor);
  }

  @Mutation(() => Int, { description: 'Marks your notifications read (all of them without ids); returns how many.' })
  markNotificationsRead(@Ctx() ctx: RequestContext, @Arg('ids', () => [ID], { nullable: true }) ids?: string[] | null) {
    return this.service.markRead(ctx.actor, ids);
  }

  @Subscription(() => Notification, {
    description:
      'Your new notifications, live (signed-in users only). With `after` (the highest id you have) it first replays the ones you missed.',
    subscribe: ({ args, context }) =>
      (context as NotificationContext).notifications.stream(context as NotificationContext, args.after),
  })
  notificationAdded(
    @Root() delivery: NotificationDelivery,
    @Ctx() ctx: RequestContext,
    @Arg('after', () => ID, { nullable: true }) _after?: string | null,
  ): Notification {
    ctx.loaders = delivery.loaders;
    return delivery.notification;
  }

  @FieldResolver(() => Boolean)
  read(@Root() n: Notification) {
    return n.readAt !== null;
  }

  @FieldResolver(() => Plan, { nullable: true })
  plan(@Root() n: Notification, @Ctx() ctx: RequestContext) {
    return n.planId === null ? null : ctx.loaders.plan.load(n.planId);
  }

  @FieldResolver(() => Task, { nullable: true })
  task(@Root() n: Notification, @Ctx() ctx: RequestContext) {
    return n.taskId === null ? null : ctx.loaders.task.load(n.taskId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who caused it.' })
  actor(@Root() n: Notification, @Ctx() ctx: RequestContext) {
    return n.actorId === null ? null : ctx.loaders.user.load(n.actorId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The unit it concerns (e.g. the one mentioned).' })
  organization(@Root() n: Notification, @Ctx() ctx: RequestContext) {
    return n.organizationId === null ? null : ctx.loaders.organization.load(n.organizationId);
  }

  @FieldResolver(() => Comment, { nullable: true })
  comment(@Root() n: Notification, @Ctx() ctx: RequestContext) {
    return n.commentId === null ? null : ctx.loaders.comment.load(n.commentId);
  }

  @FieldResolver(() => Obstacle, { nullable: true })
  obstacle(@Root() n: Notification, @Ctx() ctx: RequestContext) {
    return n.obstacleId === null ? null : ctx.loaders.obstacle.load(n.obstacleId);
  }

  @FieldResolver(() => SupervisionFinding, { nullable: true })
  finding(@Root() n: Notification, @Ctx() ctx: RequestContext) {
    return n.findingId === null ? null : ctx.loaders.finding.load(n.findingId);
  }
}
