import { ActivityType, AssignmentRole, DeadlineKind, OrganizationKind, TaskStatus } from '@tiendo/shared';
import { describe, expect, it } from 'vitest';
import { applyEvents } from './board-data.js';
import type { PlanEvent } from './live.js';
import type { BoardTask } from './model.js';

const base = (id: string, code: string, parent: string | null, progress = 0): BoardTask => ({
  id,
  code,
  title: code,
  status: TaskStatus.NOT_STARTED,
  progress,
  openObstacleCount: 0,
  overdue: false,
  deadlineKind: DeadlineKind.ONGOING,
  deadlineDate: null,
  deadlineText: null,
  lastReportAt: null,
  version: 1,
  position: Number(id),
  parent: parent ? { id: parent } : null,
  assignments: [],
});

const tasks = [base('1', 'II', null), base('2', 'II.2', '1'), base('3', 'II.2.b', '2'), base('4', 'II.3', '1')];
const byId = new Map(tasks.map((t) => [t.id, t]));
const empty = { base: undefined, tasks: new Map<string, BoardTask>(), created: [], planProgress: null };

function reportEvent(
  seq: number,
  task: BoardTask,
  progress: number,
  parents: [string, number][],
  planProgress: number,
): PlanEvent {
  // The parents, innermost first, as the event nests them.
  const chain = parents.reduceRight<any>(
    (parent, [id, p]) => ({ id, progress: p, status: TaskStatus.IN_PROGRESS, overdue: false, parent }),
    null,
  );
  return {
    seq,
    type: ActivityType.REPORT_SUBMITTED,
    at: '2026-11-25T10:00:00Z',
    planId: '9',
    actor: null,
    organization: null,
    report: null,
    comment: null,
    viewers: null,
    task: {
      ...task,
      progress,
      status: TaskStatus.IN_PROGRESS,
      assignments: [
        {
          id: 'a',
          role: AssignmentRole.LEAD,
          progress,
          status: TaskStatus.IN_PROGRESS,
          lastReportAt: '2026-11-25T10:00:00Z',
          viaGroup: null,
          organization: {
            id: '3',
            name: 'Phòng Văn hóa - Thông tin',
            shortName: 'VH-TT',
            kind: OrganizationKind.OFFICE,
          },
        },
      ],
      latestReport: null,
      parent: chain,
      plan: { id: '9', progress: planProgress },
    },
  };
}

describe('applying live events to the board', () => {
  it('replaces the task, rolls its progress up into its parents and the plan, keeps the others as they were', () => {
    const next = applyEvents(empty, byId, [
      reportEvent(
        1,
        tasks[2]!,
        40,
        [
          ['2', 20],
          ['1', 10],
        ],
        10,
      ),
    ]);
    expect(next.tasks.get('3')).toMatchObject({ progress: 40, status: TaskStatus.IN_PROGRESS, parent: { id: '2' } });
    expect(next.tasks.get('3')!.assignments[0]!.organization.shortName).toBe('VH-TT');
    expect(next.tasks.get('2')).toMatchObject({ progress: 20, code: 'II.2' });
    expect(next.tasks.get('1')).toMatchObject({ progress: 10, code: 'II' });
    expect(next.tasks.has('4')).toBe(false);
    expect(next.planProgress).toBe(10);

    // A later event on the same task builds on the first; a task not seen before is added.
    const again = applyEvents(next, byId, [
      reportEvent(
        2,
        tasks[2]!,
        80,
        [
          ['2', 40],
          ['1', 20],
        ],
        20,
      ),
      reportEvent(3, base('5', 'II.5', null), 5, [], 21),
    ]);
    expect(again.tasks.get('3')!.progress).toBe(80);
    expect(again.tasks.get('1')!.progress).toBe(20);
    expect(again.created.map((t) => t.code)).toEqual(['II.5']);
    expect(again.planProgress).toBe(21);
    // The earlier state is not changed (React compares by identity).
    expect(next.tasks.get('3')!.progress).toBe(40);
  });
});
