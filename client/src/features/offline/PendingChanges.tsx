import { useApolloClient } from '@apollo/client/react';
import { parse } from 'graphql';
import { Link } from 'react-router';
import { formatDateTime } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { flushOfflineQueue } from './offline-link.js';
import { messages } from './messages.js';
import { offlineQueue, useOfflineQueue, type QueuedMutation } from './queue.js';
import styles from './PendingChanges.module.css';

// Untyped on purpose: the one query this feature needs, kept out of the generated documents.
const TASK_VERSION = parse('query OfflineTaskVersion($id: ID!) { task(id: $id) { id version } }');

type Key = Parameters<ReturnType<typeof useT<keyof typeof messages.vi>>>[0];

/** In the layout: how many changes wait, and how many need a decision, linking to the list. */
export function PendingIndicator() {
  const t = useT(messages);
  const queue = useOfflineQueue();
  if (queue.length === 0) return null;
  const problems = queue.filter((e) => e.status === 'conflict' || e.status === 'rejected').length;
  const waiting = queue.length - problems;
  return (
    <Link to="/pending" className={styles.indicator} role="status" data-testid="pending-indicator">
      {waiting > 0 && <span data-testid="pending-count">{t('indicatorPending', { n: waiting })}</span>}
      {problems > 0 && (
        <span className={styles.problems} data-testid="pending-problems">
          {t('indicatorProblems', { n: problems })}
        </span>
      )}
    </Link>
  );
}

function Entry({ entry }: { entry: QueuedMutation }) {
  const t = useT(messages);
  const client = useApolloClient();
  const input = (entry.variables.input ?? {}) as Record<string, unknown>;
  const text = [input.summary, input.body, input.title, input.code].find((v) => typeof v === 'string') as
    string | undefined;

  const resend = async (change: Partial<QueuedMutation> = {}) => {
    offlineQueue.update(entry.id, { ...change, status: 'pending', error: null });
    await flushOfflineQueue(client);
  };
  const keepMine = async () => {
    // Re-base the edit on the server's current version, then send it again.
    const { data } = await client.query<{ task: { version: number } }>({
      query: TASK_VERSION,
      variables: { id: input.id },
      fetchPolicy: 'network-only',
    });
    if (data) await resend({ variables: { ...entry.variables, input: { ...input, version: data.task.version } } });
  };
  const discard = () => {
    if (window.confirm(t('confirmDiscard'))) offlineQueue.remove(entry.id);
  };

  return (
    <li className={`${styles.entry} ${styles[entry.status]}`} data-testid="pending-entry" data-status={entry.status}>
      <div className={styles.head}>
        <strong>{t(`field_${entry.field}` as Key)}</strong>
        <span className="chip">{t(`status_${entry.status}` as Key)}</span>
        <small className="muted">
          {t('madeAt', { time: formatDateTime(new Date(entry.createdAt).toISOString()) })}
        </small>
      </div>
      {text && <p className={styles.text}>{text}</p>}
      {entry.status === 'pending' && entry.error?.code === 'UNAUTHENTICATED' && (
        <p className="form-error">{t('waitingSignIn', { message: entry.error.message })}</p>
      )}
      {entry.status === 'conflict' && (
        <div role="alert">
          <p className="form-error">{t('conflictHelp')}</p>
          <p className="muted">{entry.error?.message}</p>
          <div className={styles.actions}>
            {entry.field === 'updateTask' ? (
              <button type="button" className="button small primary" onClick={() => void keepMine()}>
                {t('keepMine')}
              </button>
            ) : (
              <button type="button" className="button small primary" onClick={() => void resend()}>
                {t('retry')}
              </button>
            )}
            <button type="button" className="button small" onClick={discard}>
              {t('discard')}
            </button>
          </div>
        </div>
      )}
      {entry.status === 'rejected' && (
        <div role="alert">
          <p className="form-error">{t('rejectedHelp', { message: entry.error?.message ?? '' })}</p>
          <div className={styles.actions}>
            <button type="button" className="button small primary" onClick={() => void resend()}>
              {t('retry')}
            </button>
            <button type="button" className="button small" onClick={discard}>
              {t('discard')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}

/** /pending: every queued change with its state; conflicts and refusals wait for the user. */
export function PendingChangesPage() {
  const t = useT(messages);
  const client = useApolloClient();
  const queue = useOfflineQueue();
  return (
    <div className="page">
      <h1 className="page-title">{t('title')}</h1>
      <p className="muted">{t('subtitle')}</p>
      {queue.length === 0 ? (
        <p className="empty" data-testid="pending-empty">
          {t('empty')}
        </p>
      ) : (
        <>
          {queue.some((e) => e.status === 'pending') && (
            <button type="button" className="button small" onClick={() => void flushOfflineQueue(client)}>
              {t('sendNow')}
            </button>
          )}
          <ol className={styles.list}>
            {queue.map((entry) => (
              <Entry key={entry.id} entry={entry} />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
