// Everything cycle, reminder, report and statistics computations read about one plan, loaded in a
// handful of statements and then worked on in memory.
import { AssignmentRole, type IsoDate } from '@tiendo/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { Assignment } from '../assignment/assignment.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Plan } from '../plan/plan.entity.js';
import { ProgressReport } from '../progress-report/progress-report.entity.js';
import { rollUp } from '../task/progress.js';
import { inDocumentOrder } from '../task/task-tree.js';
import { Task } from '../task/task.entity.js';
import { vnDateOf } from './cycles.js';

export interface PlanData {
  plan: Plan;
  /** In document order. */
  tasks: Task[];
  /** Working assignments (lead and collaborators; monitors do not report progress). */
  assignments: Assignment[];
  /** Oldest first. */
  reports: ProgressReport[];
  organizations: Map<number, Organization>;
}

export async function loadPlanData(db: DataSource | EntityManager, plan: Plan): Promise<PlanData> {
  const tasks = inDocumentOrder(await db.getRepository(Task).find({ where: { planId: plan.id } }));
  const assignments = await db
    .getRepository(Assignment)
    .createQueryBuilder('a')
    .innerJoin(Task, 't', 't.id = a."taskId"')
    .where('t."planId" = :plan', { plan: plan.id })
    .andWhere('a.role <> :monitor', { monitor: AssignmentRole.MONITOR })
    .orderBy('a.id', 'ASC')
    .getMany();
  const reports = await db
    .getRepository(ProgressReport)
    .createQueryBuilder('r')
    .innerJoin(Task, 't', 't.id = r."taskId"')
    .where('t."planId" = :plan', { plan: plan.id })
    .orderBy('r.id', 'ASC')
    .getMany();
  const orgIds = [...new Set([...assignments.map((a) => a.organizationId), ...reports.map((r) => r.organizationId)])];
  const orgs = orgIds.length
    ? await db.getRepository(Organization).createQueryBuilder('o').whereInIds(orgIds).getMany()
    : [];
  return { plan, tasks, assignments, reports, organizations: new Map(orgs.map((o) => [o.id, o])) };
}

export const assignmentKey = (taskId: number, organizationId: number) => `${taskId}:${organizationId}`;

/** The calendar date (in Vietnam) a report was posted. */
export const reportDate = (r: ProgressReport): IsoDate => vnDateOf(r.createdAt);

/** Each assignee's latest report posted on or before the date. */
export function latestReportsAsOf(data: PlanData, date: IsoDate): Map<string, ProgressReport> {
  const latest = new Map<string, ProgressReport>();
  for (const r of data.reports) if (reportDate(r) <= date) latest.set(assignmentKey(r.taskId, r.organizationId), r);
  return latest;
}

/**
 * Every task's progress as it stood at the end of the date, rolled up like the live board does
 * (assignees and subtasks, the mean of the parts).
 */
export function taskProgressAsOf(data: PlanData, date: IsoDate): Map<number, number> {
  const latest = latestReportsAsOf(data, date);
  const result = new Map<number, number>();
  const childrenOf = new Map<number, Task[]>();
  for (const t of data.tasks)
    if (t.parentId !== null) childrenOf.set(t.parentId, [...(childrenOf.get(t.parentId) ?? []), t]);
  const compute = (task: Task): number => {
    const own = data.assignments
      .filter((a) => a.taskId === task.id)
      .map((a) => latest.get(assignmentKey(a.taskId, a.organizationId))?.progress ?? 0);
    const value = rollUp([...own, ...(childrenOf.get(task.id) ?? []).map(compute)]);
    result.set(task.id, value);
    return value;
  };
  for (const t of data.tasks) if (t.parentId === null) compute(t);
  return result;
}

/** The plan's progress: the mean of its top-level tasks (as Plan.progress). */
export function planProgressAsOf(data: PlanData, date: IsoDate): number {
  const byTask = taskProgressAsOf(data, date);
  return rollUp(data.tasks.filter((t) => t.parentId === null).map((t) => byTask.get(t.id) ?? 0));
}
