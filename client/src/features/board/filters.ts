// The board's view and filters live in the URL (?view=matrix&unit=3&status=BLOCKED&overdue=1&q=noi+vu),
// so a link or a reload shows the same board, and Back undoes a filter.
import { TaskStatus } from '@tiendo/shared';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export const VIEWS = ['status', 'matrix', 'units'] as const;
export type BoardView = (typeof VIEWS)[number];

export interface BoardFilters {
  view: BoardView;
  unit: string | null;
  status: TaskStatus | null;
  overdue: boolean;
  q: string;
  /** The task whose panel is open. */
  task: string | null;
  /** Groups shown as one column in the matrix (default: the communes). */
  folded: string[];
}

const DEFAULT_FOLDED = ['COMMUNES'];

export function parseFilters(params: URLSearchParams): BoardFilters {
  const view = params.get('view');
  const status = params.get('status');
  const fold = params.get('fold');
  return {
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as BoardView) : 'status',
    unit: params.get('unit') || null,
    status: status && status in TaskStatus ? (status as TaskStatus) : null,
    overdue: params.get('overdue') === '1',
    q: params.get('q') ?? '',
    task: params.get('task') || null,
    folded: fold === null ? DEFAULT_FOLDED : fold.split(',').filter(Boolean),
  };
}

/** Writes the filters back, leaving defaults out of the URL. */
export function filtersToParams(f: BoardFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.view !== 'status') p.set('view', f.view);
  if (f.unit) p.set('unit', f.unit);
  if (f.status) p.set('status', f.status);
  if (f.overdue) p.set('overdue', '1');
  if (f.q) p.set('q', f.q);
  if (f.task) p.set('task', f.task);
  if (f.folded.join(',') !== DEFAULT_FOLDED.join(',')) p.set('fold', f.folded.join(','));
  return p;
}

export function useBoardFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  const update = useCallback(
    (change: Partial<BoardFilters>, options: { replace?: boolean } = {}) => {
      setParams((prev) => filtersToParams({ ...parseFilters(prev), ...change }), { replace: options.replace ?? false });
    },
    [setParams],
  );
  return [filters, update] as const;
}

export function hasActiveFilters(f: BoardFilters): boolean {
  return !!(f.unit || f.status || f.overdue || f.q);
}
