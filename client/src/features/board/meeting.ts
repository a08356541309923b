// What meeting mode cycles through: overdue tasks first (the most urgent deadline first), then the
// tasks that changed most recently (live during the meeting, or by their last report).
import { TaskStatus } from '@tiendo/shared';
import type { BoardTask } from './model.js';

export interface MeetingItem {
  task: BoardTask;
  reason: 'overdue' | 'changed';
}

export function meetingQueue(
  tasks: readonly BoardTask[],
  changedAt: ReadonlyMap<string, number>,
  recentLimit = 8,
): MeetingItem[] {
  const overdue = tasks
    .filter((t) => t.overdue && t.status !== TaskStatus.DONE)
    .sort((a, b) => (a.deadlineDate ?? '').localeCompare(b.deadlineDate ?? '') || a.position - b.position);
  const overdueIds = new Set(overdue.map((t) => t.id));
  const when = (t: BoardTask) => Math.max(changedAt.get(t.id) ?? 0, t.lastReportAt ? Date.parse(t.lastReportAt) : 0);
  const recent = tasks
    .filter((t) => !overdueIds.has(t.id) && when(t) > 0)
    .sort((a, b) => when(b) - when(a))
    .slice(0, recentLimit);
  return [
    ...overdue.map((task) => ({ task, reason: 'overdue' as const })),
    ...recent.map((task) => ({ task, reason: 'changed' as const })),
  ];
}
