import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { common } from '../../i18n/common.js';
import { formatDateTime } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { useSession } from '../auth/session.js';
import { InboxDocument, MarkReadDocument } from './documents.js';
import { messages } from './messages.js';
import styles from './Inbox.module.css';

export function InboxPage() {
  const t = useT(messages);
  const tc = useT(common);
  const { me, loading: sessionLoading } = useSession();
  const [unreadOnly, setUnreadOnly] = useState(false);
  // The same query as the bell: the bell's live refetch updates this list too.
  const { data, loading, error } = useQuery(InboxDocument, {
    variables: { unreadOnly: false },
    fetchPolicy: 'cache-and-network',
    skip: !me,
  });
  const [markRead] = useMutation(MarkReadDocument, { refetchQueries: [InboxDocument] });

  if (!me)
    return <div className="page">{sessionLoading ? tc('loading') : <p className="empty">{tc('signIn')}</p>}</div>;
  const items = (data?.notifications ?? []).filter((n) => !unreadOnly || !n.read);

  return (
    <div className="page">
      <h1 className="page-title">{t('title')}</h1>
      <p className="muted">{t('subtitle')}</p>
      <div className={styles.toolbar}>
        <label>
          <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} />{' '}
          {t('unreadOnly')}
        </label>
        <button
          type="button"
          className="button small"
          disabled={!data?.unreadNotificationCount}
          onClick={() => void markRead({ variables: { ids: null } })}
        >
          {t('markAll')}
        </button>
      </div>
      {loading && !data && <p role="status">{tc('loading')}</p>}
      {error && <p role="alert">{tc('error', { message: error.message })}</p>}
      {data && items.length === 0 && <p className="empty">{t('empty')}</p>}
      <ul className={styles.list} data-testid="inbox-list">
        {items.map((n) => (
          <li
            key={n.id}
            className={n.read ? styles.item : `${styles.item} ${styles.unread}`}
            data-testid="notification"
            data-kind={n.kind}
            data-read={n.read}
          >
            <div className={styles.itemHead}>
              <span className="chip">{t(`kind.${n.kind}`)}</span>
              {!n.read && <span className={styles.dot} aria-label={t('unread')} />}
              <time className="muted">{formatDateTime(n.createdAt as string)}</time>
            </div>
            <p className={styles.summary}>{n.summary}</p>
            <div className={styles.itemActions}>
              {n.task && n.plan && (
                <Link className="button small" to={`/plans/${n.plan.id}?task=${n.task.id}`}>
                  {t('openTask', { code: n.task.code })}
                </Link>
              )}
              {!n.read && (
                <button
                  type="button"
                  className="button small ghost"
                  onClick={() => void markRead({ variables: { ids: [n.id] } })}
                >
                  {t('markRead')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
