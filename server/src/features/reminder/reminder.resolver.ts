import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Organization } from '../organization/organization.entity.js';
import { Plan } from '../plan/plan.entity.js';
import { Task } from '../task/task.entity.js';
import { User } from '../user/user.entity.js';
import { Reminder } from './reminder.entity.js';
import { SendRemindersInput, SendRemindersResult } from './reminder.inputs.js';
import type { ReminderService } from './reminder.service.js';

@Resolver(() => Reminder)
export class ReminderResolver {
  constructor(private readonly service: ReminderService) {}

  @Query(() => [Reminder], {
    description:
      'A plan’s reminders, newest first: every unit’s for its coordinators, leadership and monitors, else your unit’s.',
  })
  reminders(
    @Arg('planId', () => ID) planId: string,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.forPlan(ctx.actor, planId, organizationId);
  }

  @Query(() => [Reminder], { description: 'Reminders to your unit, across plans, newest first.' })
  myReminders(@Ctx() ctx: RequestContext) {
    return this.service.mine(ctx.actor);
  }

  @Mutation(() => SendRemindersResult, {
    description:
      'Urges (đôn đốc) every unit late in the cycle or on an overdue task, or the units named. Coordinators.',
  })
  async sendReminders(@Arg('input', () => SendRemindersInput) input: SendRemindersInput, @Ctx() ctx: RequestContext) {
    return { reminders: await this.service.send(ctx.actor, input) };
  }

  @FieldResolver(() => Plan)
  plan(@Root() r: Reminder, @Ctx() ctx: RequestContext) {
    return ctx.loaders.plan.load(r.planId);
  }

  @FieldResolver(() => Organization)
  organization(@Root() r: Reminder, @Ctx() ctx: RequestContext) {
    return ctx.loaders.organization.load(r.organizationId);
  }

  @FieldResolver(() => Task, { nullable: true })
  task(@Root() r: Reminder, @Ctx() ctx: RequestContext) {
    return r.taskId === null ? null : ctx.loaders.task.load(r.taskId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The coordinator who sent it; null when automatic.' })
  sender(@Root() r: Reminder, @Ctx() ctx: RequestContext) {
    return r.senderId === null ? null : ctx.loaders.user.load(r.senderId);
  }
}
