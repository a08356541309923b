import { ActivityType, AssignmentRole, NotificationKind, ObstacleStatus } from '@tiendo/shared';
import { In } from 'typeorm';
import type { AppDeps } from '../../context.js';
import type { Tx } from '../../db/writer.js';
import { badInput, conflict, notFound, parseId } from '../../graphql/errors.js';
import { deny, policy, requireActor, type Actor } from '../../permissions/policy.js';
import { Assignment } from '../assignment/assignment.entity.js';
import { onceForClientMutation } from '../idempotency/idempotency.js';
import type { NotificationService } from '../notification/notification.service.js';
import { Organization } from '../organization/organization.entity.js';
import { Plan } from '../plan/plan.entity.js';
import { Task } from '../task/task.entity.js';
import type { ForwardObstacleInput, RaiseObstacleInput, ResolveObstacleInput } from './obstacle.inputs.js';
import { Obstacle } from './obstacle.entity.js';

const short = (text: string) => (text.length > 120 ? `${text.slice(0, 119)}…` : text);

export class ObstacleService {
  constructor(
    private readonly deps: AppDeps,
    private readonly notifications: NotificationService,
  ) {}

  async raise(actorOrNull: Actor | null, input: RaiseObstacleInput): Promise<Obstacle> {
    const actor = requireActor(actorOrNull);
    const taskId = parseId(input.taskId, 'taskId');
    const requestedOrg = input.organizationId ? parseId(input.organizationId, 'organizationId') : null;
    const description = input.description.trim();
    if (!description) throw badInput('description', 'description must not be empty');
    const { id } = await this.deps.writer.run(async (tx) => {
      const task = await tx.manager.getRepository(Task).findOneBy({ id: taskId });
      if (!task) throw notFound('Task', input.taskId);
      const plan = await tx.manager.getRepository(Plan).findOneByOrFail({ id: task.planId });
      const assignments = await tx.manager.getRepository(Assignment).findBy({ taskId });
      if (!policy.canRaiseObstacle(actor, plan, assignments)) {
        deny(actor, 'Only the units doing this task and the plan’s coordinators raise difficulties on it');
      }
      const organizationId = requestedOrg ?? actor.organizationId;
      if (requestedOrg !== null && requestedOrg !== actor.organizationId) {
        if (!policy.canAdminister(actor)) deny(actor, 'You raise difficulties for your own unit');
        if (!(await tx.manager.getRepository(Organization).existsBy({ id: requestedOrg }))) {
          throw badInput('organizationId', `Unit ${requestedOrg} does not exist`);
        }
      }
      return onceForClientMutation(tx.manager, actor.id, input.clientMutationId, 'raiseObstacle', async () => {
        const obstacle = await this.raiseInTx(tx, { task, plan, organizationId, actorId: actor.id, description });
        return obstacle.id;
      });
    });
    return this.deps.dataSource.getRepository(Obstacle).findOneByOrFail({ id });
  }

  /**
   * Opens an obstacle inside a write transaction and routes it to the plan's difficulty office (or
   * its standing office when it names none). Progress reports with difficulties come through here.
   */
  async raiseInTx(
    tx: Tx,
    args: {
      task: Task;
      plan: Plan;
      organizationId: number | null;
      actorId: number;
      description: string;
      reportId?: number | null;
    },
  ): Promise<Obstacle> {
    const { task, plan } = args;
    const routedTo = plan.difficultyOfficeId ?? plan.standingOfficeId;
    const repo = tx.manager.getRepository(Obstacle);
    const obstacle = await repo.save(
      repo.create({
        planId: plan.id,
        taskId: task.id,
        organizationId: args.organizationId,
        reportId: args.reportId ?? null,
        raisedById: args.actorId,
        routedToOrganizationId: routedTo,
        description: args.description,
        status: ObstacleStatus.OPEN,
        forwardedById: null,
        forwardedAt: null,
        forwardNote: null,
        resolvedById: null,
        resolvedAt: null,
        resolution: null,
        version: 1,
        // The server's clock, so reporting cycles and the consolidated report see it on fixed dates.
        createdAt: this.deps.clock(),
      }),
    );
    await tx.record({
      planId: plan.id,
      type: ActivityType.OBSTACLE_RAISED,
      actorId: args.actorId,
      organizationId: args.organizationId,
      taskId: task.id,
      reportId: args.reportId ?? null,
      obstacleId: obstacle.id,
      changes: {
        status: { from: null, to: ObstacleStatus.OPEN },
        description: { from: null, to: args.description },
        routedTo: { from: null, to: routedTo },
      },
    });
    const unit = args.organizationId
      ? await tx.manager.getRepository(Organization).findOneBy({ id: args.organizationId })
      : null;
    if (routedTo !== null) {
      await this.notifications.notify(
        tx,
        { organizationIds: [routedTo] },
        {
          kind: NotificationKind.OBSTACLE_ROUTED,
          summary: `${unit?.name ?? 'Một đơn vị'} báo khó khăn, vướng mắc ở nhiệm vụ ${task.code}: ${short(args.description)}`,
          planId: plan.id,
          taskId: task.id,
          actorId: args.actorId,
          organizationId: args.organizationId,
          obstacleId: obstacle.id,
          reportId: args.reportId ?? null,
        },
      );
    }
    return obstacle;
  }

  async forward(actorOrNull: Actor | null, input: ForwardObstacleInput): Promise<Obstacle> {
    const actor = requireActor(actorOrNull);
    const id = parseId(input.id, 'id');
    const note = input.note.trim();
    if (!note) throw badInput('note', 'note must not be empty');
    await this.deps.writer.run(async (tx) => {
      const obstacle = await this.load(tx, id, input.id);
      if (!policy.canForwardObstacle(actor, obstacle.routedToOrganizationId)) {
        deny(actor, 'Only the office difficulties are routed to forwards them');
      }
      const plan = await tx.manager.getRepository(Plan).findOneByOrFail({ id: obstacle.planId });
      const task = await tx.manager.getRepository(Task).findOneByOrFail({ id: obstacle.taskId });
      await this.step(tx, obstacle, ObstacleStatus.OPEN, input.version, {
        status: ObstacleStatus.FORWARDED,
        forwardedById: actor.id,
        forwardedAt: this.deps.clock(),
        forwardNote: note,
      });
      await tx.record({
        planId: obstacle.planId,
        type: ActivityType.OBSTACLE_FORWARDED,
        actorId: actor.id,
        organizationId: actor.organizationId,
        taskId: obstacle.taskId,
        obstacleId: obstacle.id,
        changes: {
          status: { from: ObstacleStatus.OPEN, to: ObstacleStatus.FORWARDED },
          forwardNote: { from: null, to: note },
        },
      });
      await this.notifications.notify(
        tx,
        { leadershipOf: [plan.issuingOrganizationId] },
        {
          kind: NotificationKind.OBSTACLE_ROUTED,
          summary: `Khó khăn, vướng mắc ở nhiệm vụ ${task.code} được chuyển UBND xem xét: ${short(note)}`,
          planId: plan.id,
          taskId: task.id,
          actorId: actor.id,
          organizationId: obstacle.organizationId,
          obstacleId: obstacle.id,
        },
      );
    });
    return this.deps.dataSource.getRepository(Obstacle).findOneByOrFail({ id });
  }

  async resolve(actorOrNull: Actor | null, input: ResolveObstacleInput): Promise<Obstacle> {
    const actor = requireActor(actorOrNull);
    const id = parseId(input.id, 'id');
    const resolution = input.resolution.trim();
    if (!resolution) throw badInput('resolution', 'resolution must not be empty');
    await this.deps.writer.run(async (tx) => {
      const obstacle = await this.load(tx, id, input.id);
      if (!policy.canResolveObstacle(actor)) deny(actor, 'Only the People’s Committee answers difficulties');
      const task = await tx.manager.getRepository(Task).findOneByOrFail({ id: obstacle.taskId });
      await this.step(tx, obstacle, ObstacleStatus.FORWARDED, input.version, {
        status: ObstacleStatus.RESOLVED,
        resolvedById: actor.id,
        resolvedAt: this.deps.clock(),
        resolution,
      });
      await tx.record({
        planId: obstacle.planId,
        type: ActivityType.OBSTACLE_RESOLVED,
        actorId: actor.id,
        organizationId: actor.organizationId,
        taskId: obstacle.taskId,
        obstacleId: obstacle.id,
        changes: {
          status: { from: ObstacleStatus.FORWARDED, to: ObstacleStatus.RESOLVED },
          resolution: { from: null, to: resolution },
        },
      });
      await this.notifications.notify(
        tx,
        {
          organizationIds: [obstacle.organizationId, obstacle.routedToOrganizationId].filter(
            (o): o is number => o !== null,
          ),
          userIds: [obstacle.raisedById],
        },
        {
          kind: NotificationKind.OBSTACLE_RESOLVED,
          summary: `UBND đã trả lời khó khăn, vướng mắc ở nhiệm vụ ${task.code}: ${short(resolution)}`,
          planId: obstacle.planId,
          taskId: obstacle.taskId,
          actorId: actor.id,
          organizationId: obstacle.organizationId,
          obstacleId: obstacle.id,
        },
      );
    });
    return this.deps.dataSource.getRepository(Obstacle).findOneByOrFail({ id });
  }

  /** Obstacles of a plan the actor may read, optionally in some states, oldest first. */
  async listForPlan(planId: number, statuses: ObstacleStatus[] | null | undefined): Promise<Obstacle[]> {
    return this.deps.dataSource.getRepository(Obstacle).find({
      where: { planId, ...(statuses?.length ? { status: In(statuses) } : {}) },
      order: { id: 'ASC' },
    });
  }

  private async load(tx: Tx, id: number, raw: string): Promise<Obstacle> {
    const obstacle = await tx.manager.getRepository(Obstacle).findOneBy({ id });
    if (!obstacle) throw notFound('Obstacle', raw);
    return obstacle;
  }

  /** Moves an obstacle one step, only from the expected state and version (WHERE … AND version = ?). */
  private async step(
    tx: Tx,
    obstacle: Obstacle,
    from: ObstacleStatus,
    version: number | null | undefined,
    changes: Partial<Obstacle>,
  ): Promise<void> {
    if (obstacle.status !== from) {
      throw conflict(`Obstacle ${obstacle.id} is ${obstacle.status}, not ${from}`, { field: 'status' });
    }
    if (version !== null && version !== undefined && version !== obstacle.version) {
      throw conflict(`Obstacle ${obstacle.id} was changed by someone else`, {
        field: 'version',
        currentVersion: obstacle.version,
      });
    }
    const result = await tx.manager
      .createQueryBuilder()
      .update(Obstacle)
      .set({ ...changes, version: () => '"version" + 1' })
      .where('id = :id AND version = :version AND status = :from', { id: obstacle.id, version: obstacle.version, from })
      .execute();
    if (result.affected !== 1) throw conflict(`Obstacle ${obstacle.id} was changed by someone else`);
  }
}

/** Lead units of a task: who answers for it. */
export async function leadUnitIds(tx: Tx, taskId: number): Promise<number[]> {
  const leads = await tx.manager.getRepository(Assignment).findBy({ taskId, role: AssignmentRole.LEAD });
  return leads.map((a) => a.organizationId);
}
