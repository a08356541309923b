// A plan's live board: three views of the same data (status board, assignment matrix, by unit),
// filters in the URL, the task panel, the activity feed and who is watching.
import { Suspense, useCallback, useMemo } from 'react';
import { Link, useLoaderData, useLocation, useParams } from 'react-router';
import { useConnection } from '../../apollo/connection.js';
import { readError } from '../../apollo/errors.js';
import { common } from '../../i18n/common.js';
import { useT } from '../../i18n/i18n.js';
import { Icon } from '../../ui/Icon.js';
import { ProgressBar } from '../../ui/ProgressBar.js';
import { ActivityFeed } from './ActivityFeed.js';
import { AssignmentMatrix } from './AssignmentMatrix.js';
import { BoardContext, type BoardContextValue } from './BoardContext.js';
import { useBoardData } from './board-data.js';
import { FilterBar } from './FilterBar.js';
import type { BoardLoaderData } from './loader.js';
import { filtersToParams, useBoardFilters, VIEWS, type BoardView } from './filters.js';
import { messages } from './messages.js';
import { matchesFilters, unitsOf, workTasks } from './model.js';
import { StatusBoard } from './StatusBoard.js';
import { TaskPanel } from './TaskPanel.js';
import { UnitsView } from './UnitsView.js';
import { Viewers } from './Viewers.js';
import styles from './BoardPage.module.css';

export function BoardPage() {
  const { planId = '' } = useParams();
  const loaded: BoardLoaderData = useLoaderData();
  const tc = useT(common);
  return (
    // Keyed by plan: another plan shows "loading" rather than the previous plan's board.
    <Suspense
      key={planId}
      fallback={
        <p className="page" role="status">
          {tc('loading')}
        </p>
      }
    >
      <Board planId={planId} loaded={loaded} />
    </Suspense>
  );
}

function Board({ planId, loaded }: { planId: string; loaded: BoardLoaderData }) {
  const t = useT(messages);
  const tc = useT(common);
  const location = useLocation();
  const [filters, update] = useBoardFilters();
  const { status } = useConnection();
  const { data, tasks: allTasks, groups, planProgress, live, error } = useBoardData(planId, loaded);
  const plan = data?.plan;

  const work = useMemo(() => workTasks(allTasks), [allTasks]);
  const units = useMemo(() => unitsOf(allTasks), [allTasks]);
  const { unit, status: statusFilter, overdue, q } = filters;
  const shownWork = useMemo(
    () => work.filter((task) => matchesFilters(task, { unit, status: statusFilter, overdue, q })),
    [work, unit, statusFilter, overdue, q],
  );
  const shownAll = useMemo(
    () => allTasks.filter((task) => matchesFilters(task, { unit, status: statusFilter, overdue, q })),
    [allTasks, unit, statusFilter, overdue, q],
  );
  const closeTask = useCallback(() => update({ task: null }), [update]);
  const openTask = useMemo(
    () => (filters.task ? allTasks.find((x) => x.id === filters.task) : undefined),
    [allTasks, filters.task],
  );
  // Without filters the matrix keeps the plan's sections (II, II.2 …) as headings.
  const matrixTasks =
    unit || statusFilter || overdue || q ? shownAll.filter((x) => x.assignments.length > 0) : allTasks;

  // Opening or closing a task changes only ?task=, which every card's link replaces anyway: without
  // it in the dependencies, the context keeps its identity and the board's cards do not re-render.
  const searchWithoutTask = useMemo(() => {
    const params = new URLSearchParams(location.search);
    params.delete('task');
    return params.toString();
  }, [location.search]);
  const taskHref = useCallback(
    (taskId: string) => {
      const params = new URLSearchParams(searchWithoutTask);
      params.set('task', taskId);
      return `?${params.toString()}`;
    },
    [searchWithoutTask],
  );
  const context = useMemo<BoardContextValue>(
    () => ({
      groupsByCode: new Map(groups.map((g) => [g.code, g])),
      changed: live.changed,
      taskHref,
    }),
    [groups, live.changed, taskHref],
  );

  if (error && !data) {
    const read = readError(error);
    return (
      <div className="page empty" role="alert">
        <p>
          {read.codes.includes('NOT_FOUND') || read.codes.includes('FORBIDDEN')
            ? t('notFound')
            : t('loadError', { message: read.general ?? '' })}
        </p>
        <Link to="/plans">{tc('backHome')}</Link>
      </div>
    );
  }
  if (!plan) return null;

  const viewHref = (view: BoardView) => {
    const params = filtersToParams({ ...filters, view, task: null });
    const s = params.toString();
    return s ? `?${s}` : '?';
  };

  return (
    <BoardContext.Provider value={context}>
      <div className={styles.page}>
        <header className={styles.planBar}>
          <div className={styles.planTitle}>
            <span className={styles.planNumber}>{plan.number}</span>
            <h1 title={plan.title}>{plan.title}</h1>
            {plan.standingOffice && (
              <span className={styles.standing}>{t('standingOffice', { name: plan.standingOffice.name })}</span>
            )}
          </div>
          <div className={styles.planProgress}>
            <span>{t('planProgress')}</span>
            <ProgressBar value={planProgress} label={t('planProgress')} />
            <strong data-testid="plan-progress">{planProgress}%</strong>
          </div>
          <Viewers viewers={live.viewers} />
          <span
            className={`${styles.liveDot} ${status === 'offline' ? styles.isOffline : ''}`}
            data-testid="live-status"
            data-status={status}
          >
            {status === 'offline' ? t('offline') : t('live')}
          </span>
          <Link className="button primary small" to={`/plans/${plan.id}/meeting`}>
            <Icon name="screen" /> {t('meetingMode')}
          </Link>
        </header>

        <div className={styles.toolbar}>
          <nav className={styles.tabs} aria-label={t('views')}>
            {VIEWS.map((v) => (
              <Link
                key={v}
                to={viewHref(v)}
                className={filters.view === v ? styles.activeTab : undefined}
                aria-current={filters.view === v ? 'page' : undefined}
                data-testid={`view-${v}`}
              >
                {t(`view.${v}`)}
              </Link>
            ))}
          </nav>
          <FilterBar filters={filters} units={units} shown={shownWork.length} total={work.length} onChange={update} />
        </div>

        <div className={styles.content}>
          <div className={styles.view} id="board-view">
            {filters.view === 'status' && <StatusBoard tasks={shownWork} />}
            {filters.view === 'matrix' && (
              <AssignmentMatrix
                tasks={matrixTasks}
                units={units}
                groups={groups}
                folded={filters.folded}
                onFold={(folded) => update({ folded }, { replace: true })}
              />
            )}
            {filters.view === 'units' && <UnitsView tasks={shownWork} units={units} />}
          </div>
          <ActivityFeed feed={live.feed} />
        </div>
      </div>
      {filters.task && <TaskPanel taskId={filters.task} preview={openTask} onClose={closeTask} />}
    </BoardContext.Provider>
  );
}
