// The task panel's oversight sections: its difficulties (raise → Nội vụ forwards → UBND answers),
// its supervision findings (MTTQ files → the lead unit answers) and its history with old and new
// values. The buttons shown follow the server's rules; the server decides.
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { AssignmentRole, FindingStatus, ObstacleStatus, todayInVietnam, UserRole } from '@tiendo/shared';
import { useId, useState, type FormEvent } from 'react';
import { readError } from '../../apollo/errors.js';
import type { TaskOversightQuery } from '../../gql/graphql.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { useSession, type Me } from '../auth/session.js';
import {
  FileFindingDocument,
  ForwardObstacleDocument,
  RaiseObstacleDocument,
  ResolveObstacleDocument,
  RespondToFindingDocument,
  TaskOversightDocument,
  TaskOversightEventsDocument,
} from './documents.js';
import { messages } from './messages.js';
import styles from './Oversight.module.css';

type Task = TaskOversightQuery['task'];

const LIVE_TYPES = new Set([
  'OBSTACLE_RAISED',
  'OBSTACLE_FORWARDED',
  'OBSTACLE_RESOLVED',
  'FINDING_FILED',
  'FINDING_ANSWERED',
  'REPORT_SUBMITTED',
  'TASK_UPDATED',
  'ASSIGNMENT_CHANGED',
]);

function TextForm({
  label,
  submit,
  onSubmit,
  testId,
  withDate,
}: {
  label: string;
  submit: string;
  onSubmit(text: string, date: string): Promise<unknown>;
  testId: string;
  withDate?: string;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit(text, date);
      setText('');
      setDate('');
    } catch (err) {
      const read = readError(err);
      setError(Object.values(read.fields)[0] ?? read.general);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className={styles.form} onSubmit={(e) => void send(e)} data-testid={testId}>
      <label className="field-label" htmlFor={`${id}-text`}>
        {label}
      </label>
      <textarea id={`${id}-text`} rows={2} value={text} onChange={(e) => setText(e.target.value)} required />
      {withDate && (
        <>
          <label className="field-label" htmlFor={`${id}-date`}>
            {withDate}
          </label>
          <input
            id={`${id}-date`}
            type="date"
            min={todayInVietnam()}
            value={date}
            onChange={(e) => setDate(e.target.value)}
            required
          />
        </>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button small primary" disabled={busy || !text.trim()}>
        {submit}
      </button>
    </form>
  );
}

const unitIs = (me: Me | null, id: string | null | undefined) => !!me?.organization && me.organization.id === id;

function canRaise(task: Task, me: Me | null): boolean {
  if (!me) return false;
  if (me.role === UserRole.ADMIN) return true;
  if (
    me.role === UserRole.COORDINATOR &&
    (unitIs(me, task.plan.standingOffice?.id) || unitIs(me, task.plan.issuingOrganization.id))
  )
    return true;
  if (me.role === UserRole.MONITOR || me.role === UserRole.LEADERSHIP) return false;
  return task.assignments.some((a) => a.role !== AssignmentRole.MONITOR && unitIs(me, a.organization.id));
}

function leads(task: Task, me: Me | null): boolean {
  if (!me) return false;
  return (
    me.role === UserRole.ADMIN ||
    task.assignments.some((a) => a.role === AssignmentRole.LEAD && unitIs(me, a.organization.id))
  );
}

/** Shows a JSON value from the history the way people read it. */
function show(json: string): string {
  const value: unknown = JSON.parse(json);
  if (value === null) return '—';
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export function TaskOversight({ taskId, planId }: { taskId: string; planId: string }) {
  const t = useT(messages);
  const { me } = useSession();
  const { data, refetch } = useQuery(TaskOversightDocument, {
    variables: { id: taskId },
    fetchPolicy: 'cache-and-network',
  });
  useSubscription(TaskOversightEventsDocument, {
    variables: { planId },
    skip: !me,
    onData: ({ data: event }) => {
      const e = event.data?.planActivity;
      if (e && e.task?.id === taskId && LIVE_TYPES.has(e.type)) void refetch();
    },
  });
  const refresh = { refetchQueries: [TaskOversightDocument] };
  const [raise] = useMutation(RaiseObstacleDocument, refresh);
  const [forward] = useMutation(ForwardObstacleDocument, refresh);
  const [resolve] = useMutation(ResolveObstacleDocument, refresh);
  const [file] = useMutation(FileFindingDocument, refresh);
  const [respond] = useMutation(RespondToFindingDocument, refresh);
  const task = data?.task;
  if (!task) return null;

  return (
    <>
      <section data-testid="obstacles">
        <h3>
          {t('obstacles')}
          {task.openObstacleCount > 0 && <span className="chip overdue"> {task.openObstacleCount}</span>}
        </h3>
        {task.obstacles.length === 0 && <p className="muted">{t('noObstacles')}</p>}
        <ol className={styles.items}>
          {task.obstacles.map((o) => (
            <li key={o.id} data-testid="obstacle" data-status={o.status}>
              <header>
                <span className={`chip ${o.status === ObstacleStatus.RESOLVED ? '' : 'overdue'}`}>
                  {t(`obstacle.${o.status}`)}
                </span>
                <span className="muted">
                  {t('raised', {
                    unit: o.organization?.shortName ?? o.raisedBy.name,
                    at: formatDateTime(o.createdAt as string),
                  })}
                </span>
              </header>
              <p className={styles.body}>{o.description}</p>
              {o.routedTo && <p className="muted">{t('routedTo', { unit: o.routedTo.name })}</p>}
              {o.forwardNote && (
                <p className={styles.step}>
                  {t('forwarded', {
                    who: o.forwardedBy?.name ?? '',
                    at: formatDateTime(o.forwardedAt as string),
                    note: o.forwardNote,
                  })}
                </p>
              )}
              {o.resolution && (
                <p className={styles.step}>
                  {t('resolved', {
                    who: o.resolvedBy?.name ?? '',
                    at: formatDateTime(o.resolvedAt as string),
                    answer: o.resolution,
                  })}
                </p>
              )}
              {o.status === ObstacleStatus.OPEN && me && (me.role === UserRole.ADMIN || unitIs(me, o.routedTo?.id)) && (
                <TextForm
                  testId="forward-form"
                  label={t('forwardLabel')}
                  submit={t('forward')}
                  onSubmit={(note) => forward({ variables: { input: { id: o.id, note, version: o.version } } })}
                />
              )}
              {o.status === ObstacleStatus.FORWARDED &&
                (me?.role === UserRole.LEADERSHIP || me?.role === UserRole.ADMIN) && (
                  <TextForm
                    testId="resolve-form"
                    label={t('resolveLabel')}
                    submit={t('resolve')}
                    onSubmit={(resolution) =>
                      resolve({ variables: { input: { id: o.id, resolution, version: o.version } } })
                    }
                  />
                )}
            </li>
          ))}
        </ol>
        {canRaise(task, me) && (
          <TextForm
            testId="raise-form"
            label={t('raiseLabel')}
            submit={t('raise')}
            onSubmit={(description) =>
              raise({
                variables: { input: { taskId, description, clientMutationId: `raise-${crypto.randomUUID()}` } },
              })
            }
          />
        )}
      </section>

      <section data-testid="findings">
        <h3>{t('findings')}</h3>
        {task.findings.length === 0 && <p className="muted">{t('noFindings')}</p>}
        <ol className={styles.items}>
          {task.findings.map((f) => (
            <li key={f.id} data-testid="finding" data-status={f.status} data-overdue={f.overdue}>
              <header>
                <span className={`chip ${f.status === FindingStatus.OPEN ? 'overdue' : ''}`}>
                  {t(`finding.${f.status}`)}
                </span>
                {f.overdue && <span className="chip overdue">{t('findingOverdue')}</span>}
                <span className="muted">
                  {t('filed', {
                    unit: f.organization?.shortName ?? f.filedBy.name,
                    at: formatDateTime(f.createdAt as string),
                    due: formatDate(f.dueDate),
                  })}
                </span>
              </header>
              <p className={styles.body}>{f.content}</p>
              {f.response && (
                <p className={styles.step}>
                  {t('responded', {
                    who: f.respondedBy?.name ?? '',
                    at: formatDateTime(f.respondedAt as string),
                    answer: f.response,
                  })}
                </p>
              )}
              {f.status === FindingStatus.OPEN && leads(task, me) && (
                <TextForm
                  testId="respond-form"
                  label={t('respondLabel')}
                  submit={t('respond')}
                  onSubmit={(response) => respond({ variables: { input: { id: f.id, response } } })}
                />
              )}
            </li>
          ))}
        </ol>
        {(me?.role === UserRole.MONITOR || me?.role === UserRole.ADMIN) && (
          <TextForm
            testId="finding-form"
            label={t('fileLabel')}
            submit={t('file')}
            withDate={t('dueLabel')}
            onSubmit={(content, dueDate) =>
              file({
                variables: {
                  input: { taskId, content, dueDate, clientMutationId: `finding-${crypto.randomUUID()}` },
                },
              })
            }
          />
        )}
      </section>

      <section data-testid="history">
        <h3>{t('history')}</h3>
        {task.activity.length === 0 && <p className="muted">{t('noHistory')}</p>}
        <ol className={styles.history}>
          {[...task.activity]
            .reverse()
            .slice(0, 50)
            .map((e) => (
              <li key={e.seq} data-testid="history-entry" data-type={e.type}>
                <time className="muted">{formatDateTime(e.at as string)}</time>{' '}
                <strong>{e.organization?.shortName ?? e.actor?.name ?? '—'}</strong> {t(`type.${e.type}`)}
                {e.fieldChanges.length > 0 && (
                  <ul>
                    {e.fieldChanges.map((c) => (
                      <li key={c.field}>{t('change', { field: c.field, from: show(c.from), to: show(c.to) })}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
        </ol>
      </section>
    </>
  );
}
