import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ObstacleStatus } from '@tiendo/shared';
import type { RequestContext } from '../../context.js';
import { Obstacle } from '../obstacle/obstacle.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Task } from '../task/task.entity.js';
import { User } from '../user/user.entity.js';
import { FileFindingInput, RespondToFindingInput } from './finding.inputs.js';
import { SupervisionFinding } from './finding.entity.js';
import type { FindingService } from './finding.service.js';
import { Oversight, type OversightService } from './oversight.js';

@Resolver(() => SupervisionFinding)
export class FindingResolver {
  constructor(
    private readonly findings: FindingService,
    private readonly oversightService: OversightService,
  ) {}

  @Mutation(() => SupervisionFinding, {
    description:
      'A monitor (MTTQ, mass organisations) files a finding on a task; its lead unit must answer by dueDate.',
  })
  fileFinding(@Arg('input', () => FileFindingInput) input: FileFindingInput, @Ctx() ctx: RequestContext) {
    return this.findings.file(ctx.actor, input);
  }

  @Mutation(() => SupervisionFinding, { description: 'The task’s lead unit answers a finding.' })
  respondToFinding(
    @Arg('input', () => RespondToFindingInput) input: RespondToFindingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.findings.respond(ctx.actor, input);
  }

  @Query(() => Oversight, {
    description:
      'What needs chasing on a plan: findings, overdue tasks, tasks without recent reports (monitors, leadership, coordinators).',
  })
  oversight(
    @Arg('planId', () => ID) planId: string,
    @Ctx() ctx: RequestContext,
    @Arg('staleDays', () => Int, { defaultValue: 30 }) staleDays: number,
  ) {
    return this.oversightService.forPlan(ctx.actor, planId, staleDays);
  }

  @FieldResolver(() => Boolean, { description: 'Unanswered past its due day (Vietnam time).' })
  overdue(@Root() f: SupervisionFinding) {
    return this.findings.isOverdue(f);
  }

  @FieldResolver(() => Task)
  task(@Root() f: SupervisionFinding, @Ctx() ctx: RequestContext) {
    return ctx.loaders.task.load(f.taskId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The monitoring unit that filed it.' })
  organization(@Root() f: SupervisionFinding, @Ctx() ctx: RequestContext) {
    return f.organizationId === null ? null : ctx.loaders.organization.load(f.organizationId);
  }

  @FieldResolver(() => User)
  filedBy(@Root() f: SupervisionFinding, @Ctx() ctx: RequestContext) {
    return ctx.loaders.user.load(f.filedById);
  }

  @FieldResolver(() => User, { nullable: true })
  respondedBy(@Root() f: SupervisionFinding, @Ctx() ctx: RequestContext) {
    return f.respondedById === null ? null : ctx.loaders.user.load(f.respondedById);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The unit that answered.' })
  respondingOrganization(@Root() f: SupervisionFinding, @Ctx() ctx: RequestContext) {
    return f.respondingOrganizationId === null ? null : ctx.loaders.organization.load(f.respondingOrganizationId);
  }
}

/** Obstacles and findings as a task shows them; hidden from anonymous readers of public plans. */
@Resolver(() => Task)
export class TaskOversightResolver {
  @FieldResolver(() => [Obstacle], {
    description: 'Difficulties raised on the task, oldest first (signed-in readers).',
  })
  async obstacles(@Root() task: Task, @Ctx() ctx: RequestContext) {
    return ctx.actor ? ctx.loaders.obstaclesByTask.load(task.id) : [];
  }

  @FieldResolver(() => Int, { description: 'How many of its difficulties are not yet answered.' })
  async openObstacleCount(@Root() task: Task, @Ctx() ctx: RequestContext) {
    if (!ctx.actor) return 0;
    return (await ctx.loaders.obstaclesByTask.load(task.id)).filter((o) => o.status !== ObstacleStatus.RESOLVED).length;
  }

  @FieldResolver(() => [SupervisionFinding], { description: 'Supervision findings on the task (signed-in readers).' })
  async findings(@Root() task: Task, @Ctx() ctx: RequestContext) {
    return ctx.actor ? ctx.loaders.findingsByTask.load(task.id) : [];
  }
}
