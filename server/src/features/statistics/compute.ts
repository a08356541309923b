// Statistics meetings ask for, per unit and per plan, computed from the plan's reports.
import { AssignmentRole, DeadlineKind, type IsoDate } from '@tiendo/shared';
import { endOfMonth, format } from 'date-fns';
import { rollUp } from '../task/progress.js';
import { CycleStatus, cycleView, planCycles, planStart } from '../reporting-cycle/cycle-view.js';
import { addDaysIso, vnDate } from '../reporting-cycle/cycles.js';
import {
  assignmentKey,
  planProgressAsOf,
  reportDate,
  taskProgressAsOf,
  type PlanData,
} from '../reporting-cycle/plan-data.js';

export interface UnitStats {
  organizationId: number;
  led: number;
  helped: number;
  done: number;
  doneOnTime: number;
  late: number;
  averageProgress: number;
  reports: number;
  reportsOnTime: number;
  reportsMissing: number;
}

export interface GroupStats {
  taskId: number;
  code: string;
  title: string;
  tasks: number;
  done: number;
  inProgress: number;
  notStarted: number;
  progress: number;
}

export interface TimelinePoint {
  date: IsoDate;
  progress: number;
  doneTasks: number;
}

export interface CycleStats {
  key: string;
  label: string;
  closed: boolean;
  expected: number;
  reported: number;
}

export interface PlanStats {
  today: IsoDate;
  progress: number;
  units: UnitStats[];
  groups: GroupStats[];
  timeline: TimelinePoint[];
  cycles: CycleStats[];
}

export function computeStatistics(data: PlanData, today: IsoDate): PlanStats {
  // When each assignee first reached 100%.
  const doneOn = new Map<string, IsoDate>();
  for (const r of data.reports) {
    const key = assignmentKey(r.taskId, r.organizationId);
    if (r.progress >= 100 && !doneOn.has(key)) doneOn.set(key, reportDate(r));
  }
  const taskById = new Map(data.tasks.map((t) => [t.id, t]));

  const cycles = planCycles(data.plan, today).map((c) => cycleView(data, c, today));
  const closed = cycles.filter((v) => v.status === CycleStatus.CLOSED);

  const units = new Map<number, UnitStats & { progressSum: number; count: number }>();
  for (const a of data.assignments) {
    const u =
      units.get(a.organizationId) ??
      ({
        organizationId: a.organizationId,
        led: 0,
        helped: 0,
        done: 0,
        doneOnTime: 0,
        late: 0,
        averageProgress: 0,
        reports: 0,
        reportsOnTime: 0,
        reportsMissing: 0,
        progressSum: 0,
        count: 0,
      } as UnitStats & { progressSum: number; count: number });
    units.set(a.organizationId, u);
    if (a.role === AssignmentRole.LEAD) u.led++;
    else u.helped++;
    u.progressSum += a.progress;
    u.count++;
    const task = taskById.get(a.taskId)!;
    const finished = doneOn.get(assignmentKey(a.taskId, a.organizationId));
    const deadline = task.deadlineKind === DeadlineKind.DATE ? task.deadlineDate : null;
    if (finished) {
      u.done++;
      if (!deadline || finished <= deadline) u.doneOnTime++;
      else u.late++;
    } else if (deadline && deadline < today) {
      u.late++;
    }
  }
  for (const r of data.reports) {
    const u = units.get(r.organizationId);
    if (u) u.reports++;
  }
  for (const view of closed) {
    for (const e of view.entries) {
      const u = units.get(e.organizationId);
      if (!u) continue;
      if (e.reported) u.reportsOnTime++;
      else u.reportsMissing++;
    }
  }
  const unitList = [...units.values()].map(({ progressSum, count, ...u }) => ({
    ...u,
    averageProgress: count ? Math.round(progressSum / count) : 0,
  }));

  // By task group: the plan's second level (II.1 … III.3), each with the tasks under it.
  const now = taskProgressAsOf(data, today);
  const assigned = new Set(data.assignments.map((a) => a.taskId));
  const childrenOf = new Map<number, number[]>();
  for (const t of data.tasks)
    if (t.parentId !== null) childrenOf.set(t.parentId, [...(childrenOf.get(t.parentId) ?? []), t.id]);
  const subtree = (id: number): number[] => [id, ...(childrenOf.get(id) ?? []).flatMap(subtree)];
  const roots = new Set(data.tasks.filter((t) => t.parentId === null).map((t) => t.id));
  const groups = data.tasks
    .filter((t) => t.parentId !== null && roots.has(t.parentId))
    .map((g): GroupStats => {
      const ids = subtree(g.id).filter((id) => assigned.has(id));
      const p = ids.map((id) => now.get(id) ?? 0);
      return {
        taskId: g.id,
        code: g.code,
        title: g.title,
        tasks: ids.length,
        done: p.filter((x) => x >= 100).length,
        inProgress: p.filter((x) => x > 0 && x < 100).length,
        notStarted: p.filter((x) => x === 0).length,
        progress: now.get(g.id) ?? 0,
      };
    });

  // Completion over time: at the end of each month since the plan began, and today.
  const timeline: TimelinePoint[] = [];
  const point = (date: IsoDate) => {
    const byTask = taskProgressAsOf(data, date);
    timeline.push({
      date,
      progress: planProgressAsOf(data, date),
      doneTasks: [...assigned].filter((id) => (byTask.get(id) ?? 0) >= 100).length,
    });
  };
  const start = planStart(data.plan);
  for (let d = vnDate(start); ;) {
    const end = format(endOfMonth(d), 'yyyy-MM-dd');
    if (end >= today) break;
    point(end);
    d = vnDate(addDaysIso(end, 1));
  }
  if (today >= start) point(today);

  return {
    today,
    progress: rollUp(data.tasks.filter((t) => t.parentId === null).map((t) => now.get(t.id) ?? 0)),
    units: unitList.sort((a, b) => b.led + b.helped - (a.led + a.helped) || a.organizationId - b.organizationId),
    groups,
    timeline,
    cycles: cycles.map((v) => ({
      key: v.cycle.key,
      label: v.cycle.label,
      closed: v.status === CycleStatus.CLOSED,
      expected: v.entries.length,
      reported: v.entries.filter((e) => e.reported).length,
    })),
  };
}
