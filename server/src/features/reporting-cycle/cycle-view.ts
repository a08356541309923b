// Who owes a report in a cycle and who has posted one: the "chưa báo cáo" list.
import type { AssignmentRole, IsoDate } from '@tiendo/shared';
import type { Plan } from '../plan/plan.entity.js';
import type { ProgressReport } from '../progress-report/progress-report.entity.js';
import { addDaysIso, cycleContaining, cyclesBetween, daysBetween, vnDateOf, type Cycle } from './cycles.js';
import { assignmentKey, latestReportsAsOf, reportDate, type PlanData } from './plan-data.js';

export enum CycleStatus {
  /** Its last day has passed. */
  CLOSED = 'CLOSED',
  /** Today falls in it. */
  OPEN = 'OPEN',
}

export interface CycleEntry {
  taskId: number;
  organizationId: number;
  role: AssignmentRole;
  /** Reports this unit posted on this task within the cycle, oldest first. */
  reports: ProgressReport[];
  /** The unit's progress on the task at the end of the cycle (or today, while it is open). */
  progress: number;
  reported: boolean;
}

export interface CycleView {
  cycle: Cycle;
  status: CycleStatus;
  today: IsoDate;
  /** Days until the reports are due: negative once the cycle closed. */
  daysUntilDue: number;
  entries: CycleEntry[];
}

/** The plan's first day: when it was issued (or created, for a plan without a date). */
export function planStart(plan: Plan): IsoDate {
  return plan.issuedOn ?? vnDateOf(plan.createdAt);
}

/** The plan's cycles from its first day to the one today falls in, oldest first. */
export function planCycles(plan: Plan, today: IsoDate): Cycle[] {
  const start = planStart(plan);
  if (start > today) return [cycleContaining(plan.reportingPeriod, start)];
  return cyclesBetween(plan.reportingPeriod, start, today);
}

/**
 * Every working assignee owes a report in each cycle on each task it leads or helps with, unless
 * it had already reported the task done (100%) before the cycle began.
 */
export function cycleView(data: PlanData, cycle: Cycle, today: IsoDate): CycleView {
  const asOf = today < cycle.end ? today : cycle.end;
  const before = latestReportsAsOf(data, addDaysIso(cycle.start, -1));
  const atEnd = latestReportsAsOf(data, asOf);
  const inCycle = new Map<string, ProgressReport[]>();
  for (const r of data.reports) {
    const d = reportDate(r);
    if (d < cycle.start || d > cycle.end) continue;
    const key = assignmentKey(r.taskId, r.organizationId);
    inCycle.set(key, [...(inCycle.get(key) ?? []), r]);
  }
  const order = new Map(data.tasks.map((t, i) => [t.id, i]));
  const entries = data.assignments
    .filter((a) => (before.get(assignmentKey(a.taskId, a.organizationId))?.progress ?? 0) < 100)
    .map((a): CycleEntry => {
      const key = assignmentKey(a.taskId, a.organizationId);
      const reports = inCycle.get(key) ?? [];
      return {
        taskId: a.taskId,
        organizationId: a.organizationId,
        role: a.role,
        reports,
        progress: atEnd.get(key)?.progress ?? 0,
        reported: reports.length > 0,
      };
    })
    .sort((x, y) => order.get(x.taskId)! - order.get(y.taskId)! || x.organizationId - y.organizationId);
  return {
    cycle,
    status: cycle.end < today ? CycleStatus.CLOSED : CycleStatus.OPEN,
    today,
    daysUntilDue: daysBetween(today, cycle.dueOn),
    entries,
  };
}
