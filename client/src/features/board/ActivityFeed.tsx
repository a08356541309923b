import { ActivityType } from '@tiendo/shared';
import { Icon, type IconName } from '../../ui/Icon.js';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { formatRelative } from '../../i18n/format.js';
import { useLocale, useT } from '../../i18n/i18n.js';
import { useBoard } from './BoardContext.js';
import type { PlanEvent } from './live.js';
import { messages } from './messages.js';
import styles from './BoardPage.module.css';

const ICON: Partial<Record<ActivityType, IconName>> = {
  [ActivityType.REPORT_SUBMITTED]: 'report',
  [ActivityType.COMMENT_ADDED]: 'comment',
  [ActivityType.TASK_CREATED]: 'plus',
  [ActivityType.TASK_UPDATED]: 'edit',
  [ActivityType.ASSIGNMENT_CHANGED]: 'users',
};

export function describeEvent(event: PlanEvent, t: ReturnType<typeof useT<keyof typeof messages.vi>>): string {
  const who = event.organization?.shortName ?? event.actor?.name ?? '—';
  return t(`event.${event.type}`, {
    who,
    code: event.task?.code ?? '',
    progress: event.report?.progress ?? event.task?.progress ?? 0,
  });
}

/** Re-renders every 30 s so "2 phút trước" stays true. */
function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function ActivityFeed({ feed }: { feed: PlanEvent[] }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const { taskHref } = useBoard();
  const now = useNow();
  return (
    <section className={styles.feed} aria-labelledby="feed-title">
      <h2 id="feed-title">{t('feed')}</h2>
      {feed.length === 0 ? (
        <p className="muted">{t('feedEmpty')}</p>
      ) : (
        <ol className={styles.feedList} aria-live="polite" data-testid="activity-feed">
          {feed.map((e) => (
            <li key={e.seq}>
              <span className={styles.feedIcon} aria-hidden="true">
                <Icon name={ICON[e.type] ?? 'edit'} />
              </span>
              <div>
                {e.task ? (
                  <Link to={taskHref(e.task.id)}>{describeEvent(e, t)}</Link>
                ) : (
                  <span>{describeEvent(e, t)}</span>
                )}
                {e.type === ActivityType.REPORT_SUBMITTED && e.report?.summary && (
                  <p className={styles.feedQuote}>“{e.report.summary}”</p>
                )}
                {e.type === ActivityType.COMMENT_ADDED && e.comment?.body && (
                  <p className={styles.feedQuote}>“{e.comment.body}”</p>
                )}
                <time dateTime={e.at} className={styles.feedTime}>
                  {formatRelative(e.at, locale, now)}
                </time>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
