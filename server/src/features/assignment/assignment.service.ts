import { In, type EntityManager } from 'typeorm';
import { ActivityType, TaskStatus } from '@tiendo/shared';
import type { AppDeps } from '../../context.js';
import { badInput, notFound, parseId } from '../../graphql/errors.js';
import { deny, policy, requireActor, type Actor } from '../../permissions/policy.js';
import { Organization, OrganizationGroup } from '../organization/organization.entity.js';
import { Plan } from '../plan/plan.entity.js';
import { recomputeProgress } from '../task/progress.js';
import { Task } from '../task/task.entity.js';
import type { AssignOrganizationInput, UnassignOrganizationInput } from './assignment.inputs.js';
import { Assignment } from './assignment.entity.js';

/** The units an input names: one unit, or the members of one group. */
async function targetUnits(
  manager: EntityManager,
  input: { organizationId?: string | null; groupId?: string | null },
): Promise<{ organizationIds: number[]; groupId: number | null }> {
  if (Boolean(input.organizationId) === Boolean(input.groupId)) {
    throw badInput('organizationId', 'Give either organizationId or groupId');
  }
  if (input.organizationId) {
    const id = parseId(input.organizationId, 'organizationId');
    if (!(await manager.getRepository(Organization).existsBy({ id }))) throw notFound('Organization', id);
    return { organizationIds: [id], groupId: null };
  }
  const groupId = parseId(input.groupId!, 'groupId');
  const group = await manager
    .getRepository(OrganizationGroup)
    .findOne({ where: { id: groupId }, relations: { members: true } });
  if (!group) throw notFound('OrganizationGroup', groupId);
  return { organizationIds: (group.members ?? []).map((m) => m.id), groupId };
}

export class AssignmentService {
  constructor(private readonly deps: AppDeps) {}

  /** Loads the task and checks the actor coordinates its plan. */
  private async editableTask(manager: EntityManager, actor: Actor, taskId: string): Promise<Task> {
    const task = await manager.getRepository(Task).findOneBy({ id: parseId(taskId, 'taskId') });
    if (!task) throw notFound('Task', taskId);
    const plan = await manager.getRepository(Plan).findOneByOrFail({ id: task.planId });
    if (!policy.canEditPlan(actor, plan)) deny(actor, 'Only the plan’s coordinators assign units');
    return task;
  }

  async assign(actorOrNull: Actor | null, input: AssignOrganizationInput): Promise<Task> {
    const actor = requireActor(actorOrNull);
    const taskId = await this.deps.writer.run(async (tx) => {
      const task = await this.editableTask(tx.manager, actor, input.taskId);
      const { organizationIds, groupId } = await targetUnits(tx.manager, input);
      const repo = tx.manager.getRepository(Assignment);
      const existing = new Map(
        (await repo.findBy({ taskId: task.id, organizationId: In(organizationIds) })).map((a) => [a.organizationId, a]),
      );
      const changed: number[] = [];
      for (const organizationId of organizationIds) {
        const current = existing.get(organizationId);
        if (!current) {
          await repo.insert({
            taskId: task.id,
            organizationId,
            role: input.role,
            viaGroupId: groupId,
            progress: 0,
            status: TaskStatus.NOT_STARTED,
          });
          changed.push(organizationId);
        } else if (current.role !== input.role) {
          await repo.update({ id: current.id }, { role: input.role });
          changed.push(organizationId);
        }
      }
      if (changed.length > 0) {
        await recomputeProgress(tx.manager, task.id);
        await tx.record({
          planId: task.planId,
          type: ActivityType.ASSIGNMENT_CHANGED,
          actorId: actor.id,
          organizationId: changed.length === 1 ? changed[0] : null,
          taskId: task.id,
          changes: { assigned: { from: null, to: { role: input.role, organizationIds: changed, groupId } } },
        });
      }
      return task.id;
    });
    return this.deps.dataSource.getRepository(Task).findOneByOrFail({ id: taskId });
  }

  async unassign(actorOrNull: Actor | null, input: UnassignOrganizationInput): Promise<Task> {
    const actor = requireActor(actorOrNull);
    const taskId = await this.deps.writer.run(async (tx) => {
      const task = await this.editableTask(tx.manager, actor, input.taskId);
      const { organizationIds, groupId } = await targetUnits(tx.manager, input);
      const repo = tx.manager.getRepository(Assignment);
      const removed = await repo.findBy({ taskId: task.id, organizationId: In(organizationIds) });
      if (removed.length > 0) {
        await repo.delete({ id: In(removed.map((a) => a.id)) });
        await recomputeProgress(tx.manager, task.id);
        await tx.record({
          planId: task.planId,
          type: ActivityType.ASSIGNMENT_CHANGED,
          actorId: actor.id,
          organizationId: removed.length === 1 ? removed[0]!.organizationId : null,
          taskId: task.id,
          changes: {
            unassigned: {
              from: removed.map((a) => ({ organizationId: a.organizationId, role: a.role })),
              to: { groupId },
            },
          },
        });
      }
      return task.id;
    });
    return this.deps.dataSource.getRepository(Task).findOneByOrFail({ id: taskId });
  }
}
