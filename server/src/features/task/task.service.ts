import { ActivityType, DeadlineKind, foldVietnamese, isIsoDate, TaskStatus, todayInVietnam } from '@tiendo/shared';
import { IsNull, type EntityManager } from 'typeorm';
import type { AppDeps } from '../../context.js';
import { badInput, conflict, notFound, parseId } from '../../graphql/errors.js';
import { deny, policy, requireActor, type Actor } from '../../permissions/policy.js';
import { onceForClientMutation } from '../idempotency/idempotency.js';
import { Plan } from '../plan/plan.entity.js';
import type { PlanService } from '../plan/plan.service.js';
import { recomputeProgress, statusForProgress } from './progress.js';
import type { CreateTaskInput, UpdateTaskInput } from './task.inputs.js';
import { Task } from './task.entity.js';

/** The text a task is found by: code, title and description, without diacritics. */
export function taskSearchText(t: { code: string; title: string; description: string }): string {
  return foldVietnamese(`${t.code} ${t.title} ${t.description}`);
}

interface Deadline {
  deadlineKind: DeadlineKind;
  deadlineDate: string | null;
  deadlineText: string | null;
  recurrence: Task['recurrence'];
}

/** A deadline must be whole: a DATE has a real date, RECURRING has a period. */
function checkDeadline(d: Deadline): Deadline {
  if (d.deadlineDate !== null && !isIsoDate(d.deadlineDate)) {
    throw badInput('deadlineDate', 'deadlineDate must be a real date written yyyy-MM-dd');
  }
  if (d.deadlineKind === DeadlineKind.DATE && d.deadlineDate === null) {
    throw badInput('deadlineDate', 'A DATE deadline needs deadlineDate');
  }
  if (d.deadlineKind === DeadlineKind.RECURRING && d.recurrence === null) {
    throw badInput('recurrence', 'A RECURRING deadline needs recurrence');
  }
  return {
    ...d,
    deadlineDate: d.deadlineKind === DeadlineKind.DATE ? d.deadlineDate : null,
    recurrence: d.deadlineKind === DeadlineKind.RECURRING ? d.recurrence : null,
  };
}

export class TaskService {
  constructor(
    private readonly deps: AppDeps,
    private readonly plans: PlanService,
  ) {}

  /** A task the actor may read. */
  async get(actor: Actor | null, id: string | number, field = 'id'): Promise<Task> {
    const task = await this.deps.dataSource.getRepository(Task).findOneBy({ id: parseId(id, field) });
    if (!task) throw notFound('Task', id);
    await this.plans.assertReadable(
      actor,
      await this.deps.dataSource.getRepository(Plan).findOneByOrFail({ id: task.planId }),
    );
    return task;
  }

  /** Overdue: a dated task whose deadline day has passed in Vietnam and that is not done. */
  isOverdue(task: Task): boolean {
    return (
      task.deadlineKind === DeadlineKind.DATE &&
      task.deadlineDate !== null &&
      task.status !== TaskStatus.DONE &&
      this.todayInVietnam() > task.deadlineDate
    );
  }

  /** Today in Vietnam, worked out once a minute: a 2,000-task board asks 2,000 times per query. */
  private today: { minute: number; date: string } | null = null;
  private todayInVietnam(): string {
    const now = this.deps.clock();
    const minute = Math.floor(now.getTime() / 60_000);
    if (this.today?.minute !== minute) this.today = { minute, date: todayInVietnam(now) };
    return this.today.date;
  }

  async create(actorOrNull: Actor | null, input: CreateTaskInput): Promise<Task> {
    const actor = requireActor(actorOrNull);
    const planId = parseId(input.planId, 'planId');
    const parentId = input.parentId ? parseId(input.parentId, 'parentId') : null;
    const deadline = checkDeadline({
      deadlineKind: input.deadlineKind,
      deadlineDate: input.deadlineDate ?? null,
      deadlineText: input.deadlineText?.trim() || null,
      recurrence: input.recurrence ?? null,
    });
    const title = input.title.trim();
    if (!title) throw badInput('title', 'title must not be blank');

    const { id } = await this.deps.writer.run(async (tx) => {
      const plan = await tx.manager.getRepository(Plan).findOneBy({ id: planId });
      if (!plan) throw notFound('Plan', input.planId);
      if (!policy.canEditPlan(actor, plan)) deny(actor, 'Only the plan’s coordinators edit its tasks');
      return onceForClientMutation(tx.manager, actor.id, input.clientMutationId, 'createTask', async () => {
        const tasks = tx.manager.getRepository(Task);
        if (parentId !== null && !(await tasks.existsBy({ id: parentId, planId }))) {
          throw badInput('parentId', `Task ${parentId} is not a task of this plan`);
        }
        if (await tasks.existsBy({ planId, code: input.code })) {
          throw badInput('code', `The plan already has a task ${input.code}`);
        }
        const position =
          input.position ?? (await tasks.countBy({ planId, parentId: parentId === null ? IsNull() : parentId }));
        const description = input.description?.trim() ?? '';
        const task = await tasks.save(
          tasks.create({
            planId,
            parentId,
            code: input.code,
            title,
            description,
            ...deadline,
            position,
            status: TaskStatus.NOT_STARTED,
            statusSetManually: false,
            progress: 0,
            version: 1,
            searchText: taskSearchText({ code: input.code, title, description }),
          }),
        );
        await recomputeProgress(tx.manager, parentId);
        await tx.record({
          planId,
          type: ActivityType.TASK_CREATED,
          actorId: actor.id,
          organizationId: actor.organizationId,
          taskId: task.id,
        });
        return task.id;
      });
    });
    return this.deps.dataSource.getRepository(Task).findOneByOrFail({ id });
  }

  async update(actorOrNull: Actor | null, input: UpdateTaskInput): Promise<Task> {
    const actor = requireActor(actorOrNull);
    const id = parseId(input.id, 'id');
    await this.deps.writer.run(async (tx) => {
      const tasks = tx.manager.getRepository(Task);
      const task = await tasks.findOneBy({ id });
      if (!task) throw notFound('Task', input.id);
      const plan = await tx.manager.getRepository(Plan).findOneByOrFail({ id: task.planId });
      if (!policy.canEditPlan(actor, plan)) deny(actor, 'Only the plan’s coordinators edit its tasks');

      const changes = this.changesFor(task, input);
      if (changes.code !== undefined && (await tasks.existsBy({ planId: task.planId, code: changes.code as string }))) {
        throw badInput('code', `The plan already has a task ${String(changes.code)}`);
      }
      await this.applyUpdate(tx.manager, task, input.version, changes);
      if (Object.keys(changes).length > 0) {
        const diff = Object.fromEntries(
          Object.entries(changes)
            .filter(([k]) => k !== 'searchText' && k !== 'statusSetManually')
            .map(([k, to]) => [k, { from: task[k as keyof Task], to }]),
        );
        await tx.record({
          planId: task.planId,
          type: ActivityType.TASK_UPDATED,
          actorId: actor.id,
          organizationId: actor.organizationId,
          taskId: task.id,
          changes: diff,
        });
      }
    });
    return this.deps.dataSource.getRepository(Task).findOneByOrFail({ id });
  }

  /** The columns an update changes, validated; empty when it changes nothing. */
  private changesFor(task: Task, input: UpdateTaskInput): Partial<Task> {
    const changes: Partial<Task> = {};
    const set = <K extends keyof Task>(key: K, value: Task[K] | null | undefined) => {
      if (value !== undefined && value !== null && value !== task[key]) changes[key] = value;
    };
    const title = input.title?.trim();
    if (input.title !== undefined && input.title !== null && !title) throw badInput('title', 'title must not be blank');
    set('title', title);
    set('code', input.code);
    set('description', input.description?.trim());
    set('position', input.position);

    const deadlineTouched = [input.deadlineKind, input.deadlineDate, input.deadlineText, input.recurrence].some(
      (v) => v !== undefined,
    );
    if (deadlineTouched) {
      const next = checkDeadline({
        deadlineKind: input.deadlineKind ?? task.deadlineKind,
        deadlineDate: input.deadlineDate !== undefined ? input.deadlineDate : task.deadlineDate,
        deadlineText: input.deadlineText !== undefined ? input.deadlineText?.trim() || null : task.deadlineText,
        recurrence: input.recurrence !== undefined ? input.recurrence : task.recurrence,
      });
      for (const key of ['deadlineKind', 'deadlineDate', 'deadlineText', 'recurrence'] as const) {
        if (next[key] !== task[key]) (changes as Record<string, unknown>)[key] = next[key];
      }
    }
    if (input.status) {
      // A status equal to what progress implies hands the status back to progress.
      const manual = input.status !== statusForProgress(task.progress);
      set('status', input.status);
      if (manual !== task.statusSetManually) changes.statusSetManually = manual;
    }
    if (changes.title !== undefined || changes.code !== undefined || changes.description !== undefined) {
      changes.searchText = taskSearchText({ ...task, ...changes } as Task);
    }
    return changes;
  }

  /** Writes the changes only if nobody changed the task since `version` was read. */
  private async applyUpdate(manager: EntityManager, task: Task, version: number, changes: Partial<Task>) {
    const result = await manager
      .createQueryBuilder()
      .update(Task)
      .set({ ...changes, version: () => '"version" + 1' })
      .where('id = :id AND version = :version', { id: task.id, version })
      .execute();
    if (result.affected !== 1) {
      throw conflict(
        `Task ${task.code} was changed by someone else (your version ${version}, current ${task.version})`,
        {
          field: 'version',
          currentVersion: task.version,
        },
      );
    }
  }
}
