// The board's data: the plan's tasks loaded once, then kept current by live events. A 2,000-task
// list is held here rather than watched in the Apollo cache, whose diff of the whole list on every
// event would cost tens of milliseconds; each event replaces just its task (and the parents its
// progress rolled up into). The events are still written to the cache for the task panel.
import { useReadQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import type { BoardQuery } from '../../gql/graphql.js';
import type { BoardLoaderData } from './loader.js';
import { useLiveBoard, type LiveBoard, type PlanEvent } from './live.js';
import type { BoardGroup, BoardTask } from './model.js';

interface Changes {
  base: BoardQuery | undefined;
  /** Tasks changed since loading, by id: full task objects, so unchanged ones keep their identity. */
  tasks: ReadonlyMap<string, BoardTask>;
  created: BoardTask[];
  planProgress: number | null;
}

type EventTask = NonNullable<PlanEvent['task']>;
/** A parent in the event's chain (three levels, the last without its own parent). */
interface RolledUp {
  id: string;
  progress: number;
  status: BoardTask['status'];
  overdue: boolean;
  parent?: RolledUp | null;
}

function toBoardTask(task: EventTask): BoardTask {
  const { parent, plan: _plan, ...card } = task;
  return { ...card, parent: parent ? { id: parent.id } : null };
}

export function applyEvents(changes: Changes, byId: ReadonlyMap<string, BoardTask>, events: PlanEvent[]): Changes {
  const tasks = new Map(changes.tasks);
  let created = changes.created;
  let planProgress = changes.planProgress;
  const current = (id: string) => tasks.get(id) ?? byId.get(id) ?? created.find((t) => t.id === id);
  for (const e of events) {
    if (!e.task) continue;
    const known = current(e.task.id);
    const task = toBoardTask(e.task);
    if (known) tasks.set(task.id, task);
    else created = [...created, task];
    // The parents' progress rolled up from this task's.
    for (let p: RolledUp | null | undefined = e.task.parent; p; p = p.parent) {
      const parent = current(p.id);
      if (parent && (parent.progress !== p.progress || parent.status !== p.status || parent.overdue !== p.overdue))
        tasks.set(p.id, { ...parent, progress: p.progress, status: p.status, overdue: p.overdue });
    }
    planProgress = e.task.plan.progress;
  }
  return { base: changes.base, tasks, created, planProgress };
}

export interface BoardData {
  data: BoardQuery | undefined;
  tasks: BoardTask[];
  groups: readonly BoardGroup[];
  planProgress: number;
  live: LiveBoard;
  error: unknown;
}

/** Suspends until the board's queries (started by the route's loader, see loader.ts) have answered. */
export function useBoardData(planId: string, { board, groups: groupsRef }: BoardLoaderData): BoardData {
  const { data, error } = useReadQuery(board);
  const groupsQuery = useReadQuery(groupsRef);
  const empty = (base: BoardQuery | undefined): Changes => ({
    base,
    tasks: new Map(),
    created: [],
    planProgress: null,
  });
  const [changes, setChanges] = useState<Changes>(() => empty(data));
  // A new load (another plan, a refetch) starts from its own data.
  if (changes.base !== data) setChanges(empty(data));

  const byId = useMemo(() => new Map((data?.plan.tasks ?? []).map((t) => [t.id, t])), [data]);
  const onEvents = useCallback(
    (events: PlanEvent[]) => setChanges((c) => (c.base === data ? applyEvents(c, byId, events) : c)),
    [data, byId],
  );
  const live = useLiveBoard(planId, data ? data.plan.lastActivitySeq : null, onEvents);

  const tasks = useMemo(() => {
    const base = data?.plan.tasks ?? [];
    const merged = changes.tasks.size ? base.map((t) => changes.tasks.get(t.id) ?? t) : base;
    return changes.created.length ? [...merged, ...changes.created.map((t) => changes.tasks.get(t.id) ?? t)] : merged;
  }, [data, changes]);

  const groups = useMemo(() => groupsQuery.data?.organizationGroups ?? [], [groupsQuery.data]);
  return {
    data,
    tasks,
    groups,
    planProgress: changes.planProgress ?? data?.plan.progress ?? 0,
    live,
    error,
  };
}
