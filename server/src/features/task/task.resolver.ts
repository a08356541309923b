import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Assignment } from '../assignment/assignment.entity.js';
import { Comment } from '../comment/comment.entity.js';
import { Plan } from '../plan/plan.entity.js';
import { ProgressReport } from '../progress-report/progress-report.entity.js';
import { CreateTaskInput, UpdateTaskInput } from './task.inputs.js';
import { Task } from './task.entity.js';
import type { TaskService } from './task.service.js';

@Resolver(() => Task)
export class TaskResolver {
  constructor(private readonly tasks: TaskService) {}

  @Query(() => Task)
  task(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.tasks.get(ctx.actor, id);
  }

  @Mutation(() => Task, { description: 'Adds a task to a plan (the plan’s coordinators and admins).' })
  createTask(@Arg('input', () => CreateTaskInput) input: CreateTaskInput, @Ctx() ctx: RequestContext) {
    return this.tasks.create(ctx.actor, input);
  }

  @Mutation(() => Task, { description: 'Edits a task; a stale `version` is a CONFLICT and changes nothing.' })
  updateTask(@Arg('input', () => UpdateTaskInput) input: UpdateTaskInput, @Ctx() ctx: RequestContext) {
    return this.tasks.update(ctx.actor, input);
  }

  @FieldResolver(() => Boolean, { description: 'A dated task past its deadline (Vietnam time) and not done.' })
  overdue(@Root() task: Task) {
    return this.tasks.isOverdue(task);
  }

  @FieldResolver(() => Plan)
  plan(@Root() task: Task, @Ctx() ctx: RequestContext) {
    return ctx.loaders.plan.load(task.planId);
  }

  @FieldResolver(() => Task, { nullable: true })
  parent(@Root() task: Task, @Ctx() ctx: RequestContext) {
    return task.parentId === null ? null : ctx.loaders.task.get(task.parentId);
  }

  @FieldResolver(() => [Task])
  children(@Root() task: Task, @Ctx() ctx: RequestContext) {
    return ctx.loaders.childrenByTask.load(task.id);
  }

  @FieldResolver(() => [Assignment], { description: 'Who leads, helps and monitors, with each unit’s progress.' })
  assignments(@Root() task: Task, @Ctx() ctx: RequestContext) {
    return ctx.loaders.assignmentsByTask.get(task.id);
  }

  @FieldResolver(() => [ProgressReport], { description: 'Progress reports, newest first.' })
  reports(@Root() task: Task, @Ctx() ctx: RequestContext) {
    return ctx.loaders.reportsByTask.load(task.id);
  }

  @FieldResolver(() => ProgressReport, { nullable: true })
  latestReport(@Root() task: Task, @Ctx() ctx: RequestContext) {
    return ctx.loaders.latestReportByTask.get(task.id);
  }

  @FieldResolver(() => [Comment], { description: 'Comments, oldest first; replies carry replyTo.' })
  comments(@Root() task: Task, @Ctx() ctx: RequestContext) {
    return ctx.loaders.commentsByTask.load(task.id);
  }
}
