// Pure functions from the board query to what the three views show. Kept apart from React so they
// are tested directly and stay cheap enough to rerun on every live event of a 2,000-task plan.
import { AssignmentRole, foldVietnamese, OrganizationKind, searchTerms, TaskStatus } from '@tiendo/shared';
import type { BoardQuery, OrganizationGroupsQuery } from '../../gql/graphql.js';
import type { BoardFilters } from './filters.js';

export type BoardTask = BoardQuery['plan']['tasks'][number];
export type BoardAssignment = BoardTask['assignments'][number];
export type BoardUnit = BoardAssignment['organization'];
export type BoardGroup = OrganizationGroupsQuery['organizationGroups'][number];

export const STATUS_ORDER: TaskStatus[] = [
  TaskStatus.NOT_STARTED,
  TaskStatus.IN_PROGRESS,
  TaskStatus.DONE,
  TaskStatus.BLOCKED,
];

/** Offices first, then the district's other bodies, the Front, and the communes last (as plans list them). */
const KIND_ORDER: OrganizationKind[] = [
  OrganizationKind.PEOPLES_COMMITTEE,
  OrganizationKind.OFFICE,
  OrganizationKind.PUBLIC_SERVICE_UNIT,
  OrganizationKind.PARTY_COMMITTEE,
  OrganizationKind.COUNCIL,
  OrganizationKind.FRONT,
  OrganizationKind.MASS_ORGANIZATION,
  OrganizationKind.OTHER,
  OrganizationKind.COMMUNE,
];

/** Tasks with no subtasks: the ones units report on (sections like "II.2" roll them up). */
export function workTasks(tasks: readonly BoardTask[]): BoardTask[] {
  const parents = new Set<string>();
  for (const t of tasks) if (t.parent) parents.add(t.parent.id);
  return tasks.filter((t) => !parents.has(t.id));
}

export function leadsOf(task: BoardTask): BoardAssignment[] {
  return task.assignments.filter((a) => a.role === AssignmentRole.LEAD);
}

export function collaboratorsOf(task: BoardTask): BoardAssignment[] {
  return task.assignments.filter((a) => a.role === AssignmentRole.COLLABORATOR);
}

const searchCache = new WeakMap<BoardTask, string>();

/** The folded text a task is searched by: code, title and its units' names. */
function searchText(task: BoardTask): string {
  let text = searchCache.get(task);
  if (text === undefined) {
    text = foldVietnamese(
      [task.code, task.title, ...task.assignments.flatMap((a) => [a.organization.name, a.organization.shortName])].join(
        ' ',
      ),
    );
    searchCache.set(task, text);
  }
  return text;
}

export function matchesFilters(task: BoardTask, f: Pick<BoardFilters, 'unit' | 'status' | 'overdue' | 'q'>): boolean {
  if (f.status && task.status !== f.status) return false;
  if (f.overdue && !task.overdue) return false;
  if (f.unit && !task.assignments.some((a) => a.organization.id === f.unit)) return false;
  if (f.q) {
    const haystack = searchText(task);
    if (!searchTerms(f.q).every((term) => haystack.includes(term))) return false;
  }
  return true;
}

/** Every unit assigned somewhere in the plan, in the order plans list them. */
export function unitsOf(tasks: readonly BoardTask[]): BoardUnit[] {
  const byId = new Map<string, BoardUnit>();
  const firstSeen = new Map<string, number>();
  let i = 0;
  for (const t of tasks)
    for (const a of t.assignments) {
      if (a.role === AssignmentRole.MONITOR) continue;
      if (!byId.has(a.organization.id)) {
        byId.set(a.organization.id, a.organization);
        firstSeen.set(a.organization.id, i++);
      }
    }
  const kindRank = (u: BoardUnit) => {
    const r = KIND_ORDER.indexOf(u.kind);
    return r < 0 ? KIND_ORDER.length : r;
  };
  return [...byId.values()].sort(
    (a, b) => kindRank(a) - kindRank(b) || Number(a.id) - Number(b.id) || firstSeen.get(a.id)! - firstSeen.get(b.id)!,
  );
}

export type MatrixColumn =
  | { kind: 'unit'; key: string; unit: BoardUnit }
  | { kind: 'group'; key: string; group: BoardGroup; units: BoardUnit[] };

/**
 * The matrix's columns: one per unit, except that the units of a folded group (the 8 communes)
 * share one column, placed where its first member would be.
 */
export function matrixColumns(units: BoardUnit[], groups: readonly BoardGroup[], folded: string[]): MatrixColumn[] {
  const groupOf = new Map<string, BoardGroup>();
  for (const g of groups)
    if (folded.includes(g.code)) for (const m of g.members) if (!groupOf.has(m.id)) groupOf.set(m.id, g);
  const columns: MatrixColumn[] = [];
  const placed = new Map<string, Extract<MatrixColumn, { kind: 'group' }>>();
  for (const u of units) {
    const g = groupOf.get(u.id);
    if (!g) {
      columns.push({ kind: 'unit', key: `u${u.id}`, unit: u });
      continue;
    }
    const existing = placed.get(g.id);
    if (existing) existing.units.push(u);
    else {
      const col = { kind: 'group' as const, key: `g${g.id}`, group: g, units: [u] };
      placed.set(g.id, col);
      columns.push(col);
    }
  }
  // A folded group with one unit on this plan is just that unit.
  return columns.map((c) =>
    c.kind === 'group' && c.units.length === 1 ? { kind: 'unit', key: `u${c.units[0]!.id}`, unit: c.units[0]! } : c,
  );
}

export interface MatrixCell {
  role: AssignmentRole;
  progress: number;
  /** For a folded group: how many of its units are assigned, and how many are done. */
  count?: number;
  done?: number;
}

/** What a task's row shows in a column: the unit's role and own progress (a group: the mean). */
export function matrixCell(task: BoardTask, column: MatrixColumn): MatrixCell | null {
  if (column.kind === 'unit') {
    const a = task.assignments.find((x) => x.organization.id === column.unit.id && x.role !== AssignmentRole.MONITOR);
    return a ? { role: a.role, progress: a.progress } : null;
  }
  const ids = new Set(column.units.map((u) => u.id));
  const mine = task.assignments.filter((x) => ids.has(x.organization.id) && x.role !== AssignmentRole.MONITOR);
  if (mine.length === 0) return null;
  const role = mine.some((x) => x.role === AssignmentRole.LEAD) ? AssignmentRole.LEAD : AssignmentRole.COLLABORATOR;
  const progress = Math.round(mine.reduce((s, x) => s + x.progress, 0) / mine.length);
  return { role, progress, count: mine.length, done: mine.filter((x) => x.progress >= 100).length };
}

export interface UnitSummary {
  unit: BoardUnit;
  tasks: BoardTask[];
  lead: number;
  collaborator: number;
  done: number;
  late: number;
  onTime: number;
  /** Mean of the unit's own progress on its tasks. */
  progress: number;
}

/** Per unit: its tasks, how many are done, late (past deadline, not done) and on time. */
export function unitSummaries(tasks: readonly BoardTask[], units: BoardUnit[]): UnitSummary[] {
  const byUnit = new Map<string, UnitSummary>();
  const sums = new Map<string, number>();
  for (const u of units)
    byUnit.set(u.id, { unit: u, tasks: [], lead: 0, collaborator: 0, done: 0, late: 0, onTime: 0, progress: 0 });
  for (const t of tasks)
    for (const a of t.assignments) {
      const s = byUnit.get(a.organization.id);
      if (!s || a.role === AssignmentRole.MONITOR) continue;
      s.tasks.push(t);
      if (a.role === AssignmentRole.LEAD) s.lead++;
      else s.collaborator++;
      if (a.progress >= 100 || t.status === TaskStatus.DONE) s.done++;
      else if (t.overdue) s.late++;
      else s.onTime++;
      sums.set(a.organization.id, (sums.get(a.organization.id) ?? 0) + a.progress);
    }
  for (const s of byUnit.values())
    s.progress = s.tasks.length ? Math.round((sums.get(s.unit.id) ?? 0) / s.tasks.length) : 0;
  return [...byUnit.values()].filter((s) => s.tasks.length > 0);
}

/** Depth in the task tree from the code's numbering: "II" 0, "II.3" 1, "II.3.b" 2. */
export function depthOf(task: BoardTask): number {
  return task.code.split('.').length - 1;
}
