import { AssignmentRole, DeadlineKind, OrganizationKind, TaskStatus } from '@tiendo/shared';
import { describe, expect, it } from 'vitest';
import { filtersToParams, parseFilters, type BoardFilters } from './filters.js';
import { meetingQueue } from './meeting.js';
import {
  matchesFilters,
  matrixCell,
  matrixColumns,
  unitsOf,
  unitSummaries,
  workTasks,
  type BoardGroup,
  type BoardTask,
  type BoardUnit,
} from './model.js';

const unit = (id: string, shortName: string, name: string, kind = OrganizationKind.OFFICE): BoardUnit => ({
  id,
  shortName,
  name,
  kind,
});
const noiVu = unit('4', 'Nội vụ', 'Phòng Nội vụ');
const vhtt = unit('3', 'VH-TT', 'Phòng Văn hóa - Thông tin');
const kthat = unit('2', 'KT-HT', 'Phòng Kinh tế - Hạ tầng');
const anHiep = unit('31', 'An Hiệp', 'Xã An Hiệp', OrganizationKind.COMMUNE);
const anNinh = unit('32', 'An Ninh', 'Xã An Ninh', OrganizationKind.COMMUNE);
const mttq = unit('20', 'MTTQ huyện', 'Ủy ban MTTQ Việt Nam huyện', OrganizationKind.FRONT);
const communes: BoardGroup = {
  id: '2',
  code: 'COMMUNES',
  name: 'Các xã, thị trấn',
  members: [{ id: '31' }, { id: '32' }],
};

let n = 0;
function task(
  code: string,
  title: string,
  assignments: [BoardUnit, AssignmentRole, number, string?][],
  extra: Partial<BoardTask> = {},
): BoardTask {
  return {
    id: String(++n),
    code,
    title,
    status: TaskStatus.NOT_STARTED,
    progress: 0,
    openObstacleCount: 0,
    overdue: false,
    deadlineKind: DeadlineKind.ONGOING,
    deadlineDate: null,
    deadlineText: null,
    lastReportAt: null,
    version: 1,
    position: n,
    parent: null,
    assignments: assignments.map(([organization, role, progress, via], i) => ({
      id: `${n}-${i}`,
      role,
      progress,
      status: TaskStatus.NOT_STARTED,
      lastReportAt: null,
      viaGroup: via ? { id: '2', code: via } : null,
      organization,
    })),
    ...extra,
  };
}

const section = task('II.3', 'Tiếp tục nghiên cứu, đề xuất hoàn thiện thể chế', []);
const ii3d = task('II.3.d', 'Thu hút nhân lực trình độ cao', [[noiVu, AssignmentRole.LEAD, 60]], {
  parent: { id: section.id },
  status: TaskStatus.IN_PROGRESS,
});
const ii2a = task(
  'II.2.a',
  'Tuyên truyền, quán triệt đến cán bộ',
  [
    [vhtt, AssignmentRole.LEAD, 0],
    [anHiep, AssignmentRole.LEAD, 70, 'COMMUNES'],
    [anNinh, AssignmentRole.LEAD, 100, 'COMMUNES'],
  ],
  { overdue: true, deadlineKind: DeadlineKind.DATE, deadlineDate: '2020-06-30' },
);
const ii2b = task('II.2.b', 'Tăng cường thông tin, tuyên truyền', [
  [vhtt, AssignmentRole.LEAD, 40],
  [kthat, AssignmentRole.COLLABORATOR, 0],
  [mttq, AssignmentRole.MONITOR, 0],
]);
const all = [section, ii2a, ii2b, ii3d];
const none: Pick<BoardFilters, 'unit' | 'status' | 'overdue' | 'q'> = {
  unit: null,
  status: null,
  overdue: false,
  q: '',
};

describe('the board model', () => {
  it('puts the tasks units report on (no subtasks) on the board, not their sections', () => {
    expect(workTasks(all).map((t) => t.code)).toEqual(['II.2.a', 'II.2.b', 'II.3.d']);
  });

  it('searches code, title and units without diacritics', () => {
    const codes = (q: string) => all.filter((t) => matchesFilters(t, { ...none, q })).map((t) => t.code);
    expect(codes('noi vu')).toEqual(['II.3.d']);
    expect(codes('THU HUT nhan luc')).toEqual(['II.3.d']);
    expect(codes('kinh te ha tang')).toEqual(['II.2.b']);
    expect(codes('II.2')).toEqual(['II.2.a', 'II.2.b']);
    expect(codes('tuyen truyen an hiep')).toEqual(['II.2.a']);
  });

  it('filters by unit, status and overdue', () => {
    const codes = (f: Partial<typeof none>) =>
      all.filter((t) => matchesFilters(t, { ...none, ...f })).map((t) => t.code);
    expect(codes({ unit: vhtt.id })).toEqual(['II.2.a', 'II.2.b']);
    expect(codes({ status: TaskStatus.IN_PROGRESS })).toEqual(['II.3.d']);
    expect(codes({ overdue: true })).toEqual(['II.2.a']);
    expect(codes({ unit: vhtt.id, overdue: true })).toEqual(['II.2.a']);
  });

  it('orders units as plans list them (offices, the Front, communes last), monitors left out', () => {
    expect(unitsOf(all).map((u) => u.shortName)).toEqual(['KT-HT', 'VH-TT', 'Nội vụ', 'An Hiệp', 'An Ninh']);
  });

  it('folds a group of units into one matrix column with their mean progress', () => {
    const units = unitsOf(all);
    const open = matrixColumns(units, [communes], []);
    expect(open.map((c) => c.key)).toEqual(['u2', 'u3', 'u4', 'u31', 'u32']);
    const folded = matrixColumns(units, [communes], ['COMMUNES']);
    expect(folded.map((c) => c.key)).toEqual(['u2', 'u3', 'u4', 'g2']);
    expect(matrixCell(ii2a, folded[3]!)).toEqual({ role: AssignmentRole.LEAD, progress: 85, count: 2, done: 1 });
    expect(matrixCell(ii2b, folded[0]!)).toEqual({ role: AssignmentRole.COLLABORATOR, progress: 0 });
    expect(matrixCell(ii2b, folded[1]!)).toEqual({ role: AssignmentRole.LEAD, progress: 40 });
    expect(matrixCell(ii3d, folded[1]!)).toBeNull();
  });

  it('counts each unit’s tasks on time, late and done', () => {
    const byUnit = Object.fromEntries(
      unitSummaries(workTasks(all), unitsOf(all)).map((s) => [
        s.unit.shortName,
        [s.tasks.length, s.lead, s.collaborator, s.onTime, s.late, s.done, s.progress],
      ]),
    );
    expect(byUnit).toEqual({
      'KT-HT': [1, 0, 1, 1, 0, 0, 0],
      'VH-TT': [2, 2, 0, 1, 1, 0, 20],
      'Nội vụ': [1, 1, 0, 1, 0, 0, 60],
      'An Hiệp': [1, 1, 0, 0, 1, 0, 70],
      'An Ninh': [1, 1, 0, 0, 0, 1, 100],
    });
  });

  it('cycles meeting mode through overdue tasks, then the most recently changed', () => {
    const reported = { ...ii3d, lastReportAt: '2020-07-01T02:00:00Z' };
    const queue = meetingQueue([ii2a, ii2b, reported], new Map([[ii2b.id, Date.parse('2020-07-02T00:00:00Z')]]));
    expect(queue.map((q) => [q.task.code, q.reason])).toEqual([
      ['II.2.a', 'overdue'],
      ['II.2.b', 'changed'],
      ['II.3.d', 'changed'],
    ]);
  });
});

describe('board filters in the URL', () => {
  it('reads and writes the view and filters, leaving defaults out', () => {
    const f = parseFilters(new URLSearchParams('view=matrix&unit=4&status=BLOCKED&overdue=1&q=noi+vu&fold='));
    expect(f).toEqual({
      view: 'matrix',
      unit: '4',
      status: 'BLOCKED',
      overdue: true,
      q: 'noi vu',
      task: null,
      folded: [],
    });
    expect(filtersToParams(f).toString()).toBe('view=matrix&unit=4&status=BLOCKED&overdue=1&q=noi+vu&fold=');
    const defaults = parseFilters(new URLSearchParams('view=nonsense&status=WHATEVER'));
    expect(defaults).toMatchObject({ view: 'status', status: null, folded: ['COMMUNES'] });
    expect(filtersToParams(defaults).toString()).toBe('');
  });
});
