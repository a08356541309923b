// The task panel: everything about one task, its report history and discussion, and the forms to
// report progress and comment for those the server allows. Server field errors sit beside their field.
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { AssignmentRole, DeadlineKind, TaskStatus, UserRole } from '@tiendo/shared';
import {
  memo,
  useEffect,
  useEffectEvent,
  useId,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent as ReactKeyboardEvent,
  type ReactNode,
} from 'react';
import { readError, type ReadError } from '../../apollo/errors.js';
import type { TaskDetailQuery } from '../../gql/graphql.js';
import { common } from '../../i18n/common.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { useLocale, useT } from '../../i18n/i18n.js';
import { Icon } from '../../ui/Icon.js';
import { ProgressBar } from '../../ui/ProgressBar.js';
import { useSession, type Me } from '../auth/session.js';
import { TaskOversight } from '../oversight/TaskOversight.js';
import { AddCommentDocument, SubmitReportDocument, TaskDetailDocument } from './documents.js';
import { panelMessages } from './messages.js';
import styles from './TaskPanel.module.css';

type Detail = TaskDetailQuery['task'];
type Comment = Detail['comments'][number];
type PanelKey = keyof typeof panelMessages.vi;

function useFieldError(error: ReadError | null) {
  const t = useT(panelMessages);
  const { locale } = useLocale();
  return (field: string): string | null => {
    const message = error?.fields[field];
    if (!message) return null;
    const key = `error.${field}` as PanelKey;
    // The server speaks English; known fields get the product's own words.
    return key in panelMessages.vi && locale === 'vi' ? t(key) : message;
  };
}

function Field({
  label,
  error,
  children,
}: {
  label: string;
  error: string | null;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children({ id, 'aria-invalid': !!error, 'aria-describedby': error ? errorId : undefined })}
      {error && (
        <p className="field-error" id={errorId} data-testid="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** Units the signed-in user may report for: their own if assigned; an admin any assignee. */
function reportableUnits(task: Detail, me: Me | null) {
  if (!me) return [];
  const assignees = task.assignments.filter((a) => a.role !== AssignmentRole.MONITOR);
  if (me.role === UserRole.ADMIN) return assignees.map((a) => a.organization);
  return assignees.filter((a) => a.organization.id === me.organization?.id).map((a) => a.organization);
}

function mayComment(task: Detail, me: Me | null): boolean {
  if (!me) return false;
  if (me.role === UserRole.ADMIN || me.role === UserRole.LEADERSHIP || me.role === UserRole.MONITOR) return true;
  const org = me.organization?.id;
  if (
    me.role === UserRole.COORDINATOR &&
    (org === task.plan.standingOffice?.id || org === task.plan.issuingOrganization.id)
  )
    return true;
  return task.assignments.some((a) => a.organization.id === org);
}

function ReportForm({ task, units }: { task: Detail; units: Detail['assignments'][number]['organization'][] }) {
  const t = useT(panelMessages);
  const client = useApolloClient();
  const empty = {
    progress: String(task.assignments.find((a) => a.organization.id === units[0]?.id)?.progress ?? 0),
    summary: '',
    results: '',
    difficulties: '',
    proposals: '',
    period: '',
  };
  const [values, setValues] = useState(empty);
  const [unitId, setUnitId] = useState(units[0]!.id);
  const [error, setError] = useState<ReadError | null>(null);
  // 'queued': kept by the offline queue (no answer from the server yet), not sent.
  const [posted, setPosted] = useState<'sent' | 'queued' | null>(null);
  const [submit, { loading }] = useMutation(SubmitReportDocument);
  const fieldError = useFieldError(error);
  const set = (k: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [k]: e.target.value }));

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setPosted(null);
    const progress = Number(values.progress);
    try {
      const { data } = await submit({
        variables: {
          input: {
            taskId: task.id,
            organizationId: unitId,
            // The server judges the number; a non-number is sent as is so its message shows.
            progress: Number.isFinite(progress) ? Math.trunc(progress) : -1,
            summary: values.summary,
            results: values.results || null,
            difficulties: values.difficulties || null,
            proposals: values.proposals || null,
            period: values.period || null,
            clientMutationId: crypto.randomUUID(),
          },
        },
      });
      const report = data?.submitProgressReport;
      if (report) {
        const ref = client.cache.identify(report);
        client.cache.modify({
          id: client.cache.identify({ __typename: 'Task', id: task.id }),
          fields: {
            reports: (existing: readonly { __ref: string }[]) =>
              existing.some((r) => r.__ref === ref) ? existing : [{ __ref: ref! }, ...existing],
          },
        });
      }
      setValues({ ...empty, progress: values.progress });
      setPosted(report ? 'sent' : 'queued');
    } catch (err) {
      setError(readError(err));
    }
  }

  return (
    <form
      className={styles.form}
      onSubmit={onSubmit}
      noValidate
      data-testid="report-form"
      aria-labelledby="report-form-title"
    >
      <h3 id="report-form-title">{t('postReport')}</h3>
      {units.length > 1 ? (
        <Field label={t('reportAs', { unit: '' }).trim()} error={fieldError('organizationId')}>
          {(p) => (
            <select {...p} value={unitId} onChange={(e) => setUnitId(e.target.value)}>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <p className="muted">{t('reportAs', { unit: units[0]!.name })}</p>
      )}
      <div className={styles.formRow}>
        <Field label={t('progress')} error={fieldError('progress')}>
          {(p) => (
            <input
              {...p}
              name="progress"
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              step={1}
              value={values.progress}
              onChange={set('progress')}
              className={styles.progressInput}
            />
          )}
        </Field>
        <Field label={t('period')} error={fieldError('period')}>
          {(p) => (
            <input
              {...p}
              name="period"
              value={values.period}
              placeholder={t('periodPlaceholder')}
              onChange={set('period')}
            />
          )}
        </Field>
      </div>
      <Field label={t('summary')} error={fieldError('summary')}>
        {(p) => <textarea {...p} name="summary" rows={2} value={values.summary} onChange={set('summary')} />}
      </Field>
      <details className={styles.more}>
        <summary>
          {t('results')}, {t('difficulties').toLowerCase()}, {t('proposals').toLowerCase()}
        </summary>
        <Field label={t('results')} error={fieldError('results')}>
          {(p) => <textarea {...p} name="results" rows={2} value={values.results} onChange={set('results')} />}
        </Field>
        <Field label={t('difficulties')} error={fieldError('difficulties')}>
          {(p) => (
            <textarea {...p} name="difficulties" rows={2} value={values.difficulties} onChange={set('difficulties')} />
          )}
        </Field>
        <Field label={t('proposals')} error={fieldError('proposals')}>
          {(p) => <textarea {...p} name="proposals" rows={2} value={values.proposals} onChange={set('proposals')} />}
        </Field>
      </details>
      {error?.general && (
        <p className="form-error" role="alert">
          {error.general}
        </p>
      )}
      <div className={styles.formActions}>
        {posted && (
          <span className={styles.ok} role="status">
            ✓ {t(posted === 'queued' ? 'reportQueued' : 'reportPosted')}
          </span>
        )}
        <button className="button primary" type="submit" disabled={loading}>
          {loading ? t('submitting') : t('submitReport')}
        </button>
      </div>
    </form>
  );
}

function CommentForm({ task, replyTo, onDone }: { task: Detail; replyTo: Comment | null; onDone(): void }) {
  const t = useT(panelMessages);
  const client = useApolloClient();
  const [body, setBody] = useState('');
  const [error, setError] = useState<ReadError | null>(null);
  const [add, { loading }] = useMutation(AddCommentDocument);
  const fieldError = useFieldError(error);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (replyTo) area.current?.focus();
  }, [replyTo]);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      const { data } = await add({
        variables: {
          input: { taskId: task.id, body, replyToId: replyTo?.id ?? null, clientMutationId: crypto.randomUUID() },
        },
      });
      const comment = data?.addComment;
      if (comment) {
        const ref = client.cache.identify(comment);
        client.cache.modify({
          id: client.cache.identify({ __typename: 'Task', id: task.id }),
          fields: {
            comments: (existing: readonly { __ref: string }[]) =>
              existing.some((c) => c.__ref === ref) ? existing : [...existing, { __ref: ref! }],
          },
        });
      }
      setBody('');
      onDone();
    } catch (err) {
      setError(readError(err));
    }
  }

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate data-testid="comment-form">
      {replyTo && (
        <p className={styles.replying}>
          ↳ {t('replyingTo', { name: replyTo.author.name })}{' '}
          <button type="button" className="button small ghost" onClick={onDone}>
            {t('cancelReply')}
          </button>
        </p>
      )}
      <Field label={t('comment')} error={fieldError('body') ?? fieldError('replyToId')}>
        {(p) => (
          <textarea
            {...p}
            ref={area}
            name="body"
            rows={3}
            value={body}
            placeholder={t('commentPlaceholder')}
            onChange={(e) => setBody(e.target.value)}
          />
        )}
      </Field>
      {error?.general && (
        <p className="form-error" role="alert">
          {error.general}
        </p>
      )}
      <div className={styles.formActions}>
        <button className="button primary" type="submit" disabled={loading}>
          {t('submitComment')}
        </button>
      </div>
    </form>
  );
}

function Thread({
  comments,
  onReply,
  canReply,
}: {
  comments: Comment[];
  onReply(c: Comment): void;
  canReply: boolean;
}) {
  const t = useT(panelMessages);
  // Replies of replies stay under the first comment of their thread, in order.
  const byId = new Map(comments.map((c) => [c.id, c]));
  const rootOf = (c: Comment): string => {
    let cur = c;
    for (let i = 0; i < 50 && cur.replyTo && byId.has(cur.replyTo.id); i++) cur = byId.get(cur.replyTo.id)!;
    return cur.id;
  };
  const roots = comments.filter((c) => !c.replyTo || !byId.has(c.replyTo.id));
  const replies = new Map<string, Comment[]>();
  for (const c of comments)
    if (c.replyTo && byId.has(c.replyTo.id)) {
      const r = rootOf(c);
      replies.set(r, [...(replies.get(r) ?? []), c]);
    }
  const one = (c: Comment, isReply: boolean) => (
    <article key={c.id} className={`${styles.comment} ${isReply ? styles.reply : ''}`} data-testid="comment">
      <header>
        <strong>{c.author.name}</strong>
        {c.organization && <span className="chip">{c.organization.shortName}</span>}
        <time dateTime={c.createdAt}>{formatDateTime(c.createdAt)}</time>
      </header>
      {isReply && c.replyTo && byId.get(c.replyTo.id) && byId.get(c.replyTo.id)!.id !== rootOf(c) && (
        <p className={styles.quoteOf}>↳ {byId.get(c.replyTo.id)!.author.name}</p>
      )}
      <p className={styles.body}>{c.body}</p>
      {canReply && (
        <button type="button" className="button small ghost" onClick={() => onReply(c)}>
          {t('reply')}
        </button>
      )}
    </article>
  );
  return (
    <div className={styles.thread}>
      {roots.map((root) => (
        <div key={root.id} className={styles.threadGroup}>
          {one(root, false)}
          {(replies.get(root.id) ?? []).map((r) => one(r, true))}
        </div>
      ))}
    </div>
  );
}

/** What the board already knows of the task: shown at once while the rest of it loads. */
export type TaskPreview = Pick<Detail, 'code' | 'title' | 'status' | 'overdue' | 'progress'>;

// Memoised: the board re-renders on every batch of live events, the panel (with its reports and
// comments) only when its own props or its task's data change.
export const TaskPanel = memo(function TaskPanel({
  taskId,
  preview,
  onClose,
}: {
  taskId: string;
  preview?: TaskPreview | null;
  onClose(): void;
}) {
  const t = useT(panelMessages);
  const tc = useT(common);
  const { me } = useSession();
  const { data, error, loading } = useQuery(TaskDetailDocument, {
    variables: { id: taskId },
    fetchPolicy: 'cache-and-network',
  });
  const [replyTo, setReplyTo] = useState<Comment | null>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const opener = useRef<Element | null>(null);
  const panel = useRef<HTMLElement>(null);

  // A modal dialog keeps Tab inside itself.
  const trapTab = (e: ReactKeyboardEvent) => {
    if (e.key !== 'Tab' || !panel.current) return;
    const focusable = [
      ...panel.current.querySelectorAll<HTMLElement>(
        'a[href], button:not(:disabled), input, select, textarea, summary',
      ),
    ].filter((el) => el.offsetParent !== null);
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  // Focus moves in when the panel opens and back to the opener when it closes, not on every render:
  // the board passes a new onClose each time it re-renders, several times a second under live events.
  const close = useEffectEvent(onClose);
  useEffect(() => {
    opener.current = document.activeElement;
    closeButton.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      if (opener.current instanceof HTMLElement) opener.current.focus();
    };
  }, []);

  const task = data?.task;
  const units = task ? reportableUnits(task, me) : [];
  const canComment = task ? mayComment(task, me) : false;
  const head = task ?? preview;
  const late = !!head && head.overdue && head.status !== TaskStatus.DONE;

  return (
    <div className={styles.backdrop} onClick={onClose}>
      <aside
        className={styles.panel}
        role="dialog"
        aria-modal="true"
        aria-labelledby="task-panel-title"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={trapTab}
        ref={panel}
        data-testid="task-panel"
      >
        <header className={styles.head}>
          <div>
            <span className={styles.code}>{head?.code}</span>
            {head && (
              <span className={`${styles.status} ${styles[`s_${head.status}`]}`}>{tc(`status.${head.status}`)}</span>
            )}
            {late && <span className="chip overdue">{tc('overdue')}</span>}
          </div>
          <button
            ref={closeButton}
            type="button"
            className="button small ghost"
            onClick={onClose}
            aria-label={tc('close')}
          >
            <Icon name="close" size={18} />
          </button>
        </header>
        {loading && !task && !preview && <p role="status">{tc('loading')}</p>}
        {error && !task && <p className="form-error">{tc('error', { message: error.message })}</p>}
        {!task && preview && (
          <div className={styles.scroll}>
            <h2 id="task-panel-title" className={styles.title}>
              {preview.title}
            </h2>
            <div className={styles.progressRow}>
              <ProgressBar value={preview.progress} late={late} label={preview.code} />
              <strong data-testid="panel-progress">{preview.progress}%</strong>
            </div>
            {loading && <p role="status">{tc('loading')}</p>}
          </div>
        )}
        {task && (
          <div className={styles.scroll}>
            <h2 id="task-panel-title" className={styles.title}>
              {task.title}
            </h2>
            {task.parent && (
              <p className="muted">{t('parent', { code: `${task.parent.code} — ${task.parent.title}` })}</p>
            )}
            <div className={styles.progressRow}>
              <ProgressBar value={task.progress} late={late} label={task.code} />
              <strong data-testid="panel-progress">{task.progress}%</strong>
            </div>

            <dl className={styles.facts}>
              <div>
                <dt>{t('deadlineAsWritten')}</dt>
                <dd>
                  {task.deadlineText ??
                    (task.deadlineKind === DeadlineKind.ONGOING
                      ? tc('ongoing')
                      : task.deadlineKind === DeadlineKind.RECURRING
                        ? tc('recurring')
                        : '—')}
                </dd>
              </div>
              <div>
                <dt>{t('deadlineDate')}</dt>
                <dd className={late ? styles.lateText : undefined}>
                  {task.deadlineDate ? formatDate(task.deadlineDate) : '—'}
                </dd>
              </div>
            </dl>

            {task.description && (
              <section>
                <h3>{t('description')}</h3>
                <p className={styles.description}>{task.description}</p>
              </section>
            )}

            <section>
              <h3>{t('assignees')}</h3>
              <ul className={styles.assignees} data-testid="assignees">
                {[...task.assignments]
                  .sort((a, b) =>
                    a.role === b.role
                      ? 0
                      : a.role === AssignmentRole.LEAD
                        ? -1
                        : b.role === AssignmentRole.LEAD
                          ? 1
                          : 0,
                  )
                  .map((a) => (
                    <li key={a.id} data-unit={a.organization.shortName}>
                      <span className={`chip ${a.role === AssignmentRole.LEAD ? 'lead' : ''}`}>
                        {tc(`role.${a.role}`)}
                      </span>
                      <span className={styles.unitName} title={a.organization.name}>
                        {a.organization.name}
                      </span>
                      <ProgressBar value={a.progress} label={`${a.organization.shortName}: ${a.progress}%`} />
                      <span className={styles.pct}>{a.progress}%</span>
                      <span className={styles.when}>{a.lastReportAt ? formatDateTime(a.lastReportAt) : ''}</span>
                    </li>
                  ))}
              </ul>
            </section>

            {units.length > 0 ? (
              <ReportForm key={task.id} task={task} units={units} />
            ) : (
              <p className={styles.note}>{me ? t('notAssigned') : t('signInToTakePart')}</p>
            )}

            <section>
              <h3>{t('reports')}</h3>
              {task.reports.length === 0 ? (
                <p className="muted">{t('noReports')}</p>
              ) : (
                <ol className={styles.reports} data-testid="reports">
                  {task.reports.map((r) => (
                    <li key={r.id} data-testid="report">
                      <header>
                        <span className={styles.reportPct}>{r.progress}%</span>
                        <strong>{r.organization.shortName}</strong>
                        <span className="muted">{r.author.name}</span>
                        <time dateTime={r.createdAt}>{formatDateTime(r.createdAt)}</time>
                      </header>
                      {r.period && <p className="muted">{r.period}</p>}
                      <p className={styles.body}>{r.summary}</p>
                      {r.results && (
                        <p className={styles.body}>
                          <em>{t('results')}:</em> {r.results}
                        </p>
                      )}
                      {r.difficulties && (
                        <p className={`${styles.body} ${styles.difficulty}`}>
                          <em>{t('difficulties')}:</em> {r.difficulties}
                        </p>
                      )}
                      {r.proposals && (
                        <p className={styles.body}>
                          <em>{t('proposals')}:</em> {r.proposals}
                        </p>
                      )}
                    </li>
                  ))}
                </ol>
              )}
            </section>

            <TaskOversight taskId={task.id} planId={task.plan.id} />

            <section>
              <h3>{t('comments')}</h3>
              {task.comments.length === 0 ? (
                <p className="muted">{t('noComments')}</p>
              ) : (
                <Thread comments={task.comments} onReply={setReplyTo} canReply={canComment} />
              )}
              {canComment ? (
                <CommentForm task={task} replyTo={replyTo} onDone={() => setReplyTo(null)} />
              ) : (
                !me && <p className={styles.note}>{t('signInToTakePart')}</p>
              )}
            </section>
          </div>
        )}
      </aside>
    </div>
  );
});
