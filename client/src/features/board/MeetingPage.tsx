// Meeting mode: full screen, large type for the back of the room, cycling through overdue and
// recently changed tasks while the board keeps updating live.
import { AssignmentRole, TaskStatus } from '@tiendo/shared';
import { useQuery } from '@apollo/client/react';
import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useLoaderData, useNavigate, useParams } from 'react-router';
import { useConnection } from '../../apollo/connection.js';
import { common } from '../../i18n/common.js';
import { formatDateTime } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { Icon } from '../../ui/Icon.js';
import { ProgressBar } from '../../ui/ProgressBar.js';
import { LanguageSwitch } from '../../app/Layout.js';
import { OfflineBanner } from '../../app/OfflineBanner.js';
import { describeEvent } from './ActivityFeed.js';
import { BoardContext, type BoardContextValue } from './BoardContext.js';
import { useBoardData } from './board-data.js';
import { TaskLatestReportDocument } from './documents.js';
import type { BoardLoaderData } from './loader.js';
import { meetingQueue } from './meeting.js';
import { meetingMessages } from './meetingMessages.js';
import { messages } from './messages.js';
import { STATUS_ORDER, workTasks } from './model.js';
import { Deadline, UnitChips } from './TaskBits.js';
import styles from './MeetingPage.module.css';

const CYCLE_MS = 10_000;

function Clock() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 15_000);
    return () => clearInterval(timer);
  }, []);
  return <span className={styles.clock}>{formatDateTime(now.toISOString())}</span>;
}

/** The spotlighted task's latest report; live events keep it current in the cache. */
function LatestReport({ taskId }: { taskId: string }) {
  const t = useT(meetingMessages);
  const { data } = useQuery(TaskLatestReportDocument, { variables: { id: taskId } });
  if (!data) return <>…</>;
  const report = data.task.latestReport;
  return (
    <>
      {report
        ? `${report.organization.shortName} · ${formatDateTime(report.createdAt)} — “${report.summary}”`
        : t('noReport')}
    </>
  );
}

export function MeetingPage() {
  const { planId = '' } = useParams();
  const loaded: BoardLoaderData = useLoaderData();
  const tc = useT(common);
  return (
    <Suspense key={planId} fallback={<div className={styles.page}>{tc('loading')}</div>}>
      <Meeting planId={planId} loaded={loaded} />
    </Suspense>
  );
}

function Meeting({ planId, loaded }: { planId: string; loaded: BoardLoaderData }) {
  const t = useT(meetingMessages);
  const tb = useT(messages);
  const tc = useT(common);
  const navigate = useNavigate();
  const { status } = useConnection();
  const { data, tasks, groups, planProgress, live } = useBoardData(planId, loaded);
  const plan = data?.plan;
  const work = useMemo(() => workTasks(tasks), [tasks]);
  const queue = useMemo(() => meetingQueue(work, live.changed.size ? live.changed : new Map()), [work, live.changed]);
  const [index, setIndex] = useState(0);
  const [paused, setPaused] = useState(false);
  const current = queue.length ? queue[index % queue.length] : undefined;

  const step = useCallback(
    (d: number) => setIndex((i) => (queue.length ? (i + d + queue.length) % queue.length : 0)),
    [queue.length],
  );

  useEffect(() => {
    if (paused || queue.length < 2) return;
    const timer = setInterval(() => step(1), CYCLE_MS);
    return () => clearInterval(timer);
  }, [paused, queue.length, step]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLElement && e.target.closest('button, a, input, select')) {
        if (e.key === ' ' || e.key === 'Enter') return;
      }
      if (e.key === 'ArrowRight') step(1);
      else if (e.key === 'ArrowLeft') step(-1);
      else if (e.key === ' ') {
        e.preventDefault();
        setPaused((p) => !p);
      } else if (e.key === 'Escape' && !document.fullscreenElement) navigate(`/plans/${planId}`);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, navigate, planId]);

  const context = useMemo<BoardContextValue>(
    () => ({
      groupsByCode: new Map(groups.map((g) => [g.code, g])),
      changed: live.changed,
      taskHref: (id) => `/plans/${planId}?task=${id}`,
    }),
    [groups, live.changed, planId],
  );

  if (!plan) return <div className={styles.page}>{tc('loading')}</div>;

  const counts = STATUS_ORDER.map((s) => ({ s, n: work.filter((x) => x.status === s).length }));
  const overdueCount = work.filter((x) => x.overdue && x.status !== TaskStatus.DONE).length;
  const task = current?.task;
  const late = !!task && task.overdue && task.status !== TaskStatus.DONE;

  return (
    <BoardContext.Provider value={context}>
      <div className={styles.page} data-testid="meeting-mode">
        <OfflineBanner />
        <header className={styles.top}>
          <div className={styles.planId}>
            <span className={styles.number}>{plan.number}</span>
            <span className={styles.planTitle}>{plan.title}</span>
          </div>
          <div className={styles.overall}>
            <ProgressBar value={planProgress} label={tb('planProgress')} />
            <strong>{planProgress}%</strong>
          </div>
          <Clock />
          <span className={`${styles.live} ${status === 'offline' ? styles.off : ''}`}>
            {status === 'offline' ? tb('offline') : tb('live')} ·{' '}
            {tb('watchingCount', { n: new Set(live.viewers.map((v) => v.user.id)).size })}
          </span>
          <div className={styles.controls}>
            <LanguageSwitch />
            <button
              type="button"
              className="button small"
              onClick={() => void document.documentElement.requestFullscreen?.()}
            >
              <Icon name="screen" /> {t('fullscreen')}
            </button>
            <Link className="button small" to={`/plans/${planId}`}>
              <Icon name="close" /> {t('exit')}
            </Link>
          </div>
        </header>

        <div className={styles.stats}>
          {counts.map(({ s, n }) => (
            <div key={s} className={`${styles.stat} ${styles[`st_${s}`]}`}>
              <span className={styles.statN}>{n}</span>
              <span>{tc(`status.${s}`)}</span>
            </div>
          ))}
          <div className={`${styles.stat} ${styles.st_overdue}`}>
            <span className={styles.statN}>{overdueCount}</span>
            <span>{tc('overdue')}</span>
          </div>
        </div>

        <main className={styles.main}>
          {task ? (
            <article
              key={`${task.id}-${index}`}
              className={`${styles.spotlight} ${late ? styles.spotLate : ''} ${live.changed.has(task.id) ? styles.spotChanged : ''}`}
              aria-live="polite"
              data-testid="meeting-spotlight"
            >
              <div className={styles.spotHead}>
                <span className={current.reason === 'overdue' ? styles.reasonLate : styles.reasonChanged}>
                  {current.reason === 'overdue' ? t('overdue') : t('changed')}
                </span>
                <span className={styles.code}>{task.code}</span>
                <span className={styles.pos}>{t('position', { i: (index % queue.length) + 1, n: queue.length })}</span>
              </div>
              <h1 className={styles.taskTitle}>{task.title}</h1>
              <div className={styles.bigProgress}>
                <ProgressBar value={task.progress} late={late} label={task.code} />
                <strong>{task.progress}%</strong>
              </div>
              <dl className={styles.facts}>
                <div>
                  <dt>{t('lead')}</dt>
                  <dd>
                    <UnitChips assignments={task.assignments} role={AssignmentRole.LEAD} max={6} />
                  </dd>
                </div>
                <div>
                  <dt>{t('collaborators')}</dt>
                  <dd>
                    {task.assignments.some((a) => a.role === AssignmentRole.COLLABORATOR) ? (
                      <UnitChips assignments={task.assignments} role={AssignmentRole.COLLABORATOR} max={6} />
                    ) : (
                      '—'
                    )}
                  </dd>
                </div>
                <div>
                  <dt>{t('deadline')}</dt>
                  <dd className={late ? styles.lateText : undefined}>
                    <Deadline task={task} />
                  </dd>
                </div>
                <div>
                  <dt>{t('latest')}</dt>
                  <dd>
                    <LatestReport taskId={task.id} />
                  </dd>
                </div>
              </dl>
            </article>
          ) : (
            <p className={styles.nothing}>{t('nothing')}</p>
          )}

          <aside className={styles.side}>
            <h2>{t('upNext')}</h2>
            <ol className={styles.queue}>
              {queue.slice(0, 40).map((item, i) => (
                <li key={item.task.id} className={i === index % queue.length ? styles.current : undefined}>
                  <button type="button" onClick={() => setIndex(i)}>
                    <span
                      className={item.reason === 'overdue' ? styles.dotLate : styles.dotChanged}
                      aria-hidden="true"
                    />
                    <strong>{item.task.code}</strong> <span>{item.task.title}</span>
                  </button>
                </li>
              ))}
            </ol>
            <h2>{t('activity')}</h2>
            <ol className={styles.ticker}>
              {live.feed.slice(0, 5).map((e) => (
                <li key={e.seq}>{describeEvent(e, tb)}</li>
              ))}
            </ol>
          </aside>
        </main>

        <footer className={styles.footer}>
          <div className={styles.nav}>
            <button type="button" className="button" onClick={() => step(-1)} aria-label={t('previous')}>
              <Icon name="left" />
            </button>
            <button type="button" className="button" onClick={() => setPaused((p) => !p)}>
              {paused ? <Icon name="play" /> : <Icon name="pause" />} {paused ? t('play') : t('pause')}
            </button>
            <button type="button" className="button" onClick={() => step(1)} aria-label={t('next')}>
              <Icon name="right" />
            </button>
          </div>
          <span className={styles.keys}>{t('keys')}</span>
          {!paused && queue.length > 1 && <span key={index} className={styles.timer} aria-hidden="true" />}
        </footer>
      </div>
    </BoardContext.Provider>
  );
}
