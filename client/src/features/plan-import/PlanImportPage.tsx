// Plan import: paste or upload a plan's text, see the text beside the proposed task tree (selecting a
// task highlights its source), correct leads, collaborators and deadlines, then create the plan.
import { useMutation, useQuery } from '@apollo/client/react';
import {
  AssignmentRole,
  CHECK_BELOW,
  DeadlineKind,
  documentText,
  draftConfidence,
  NoTextLayerError,
  RecurrencePeriod,
  reviewItems,
  UnsupportedDocumentError,
  type ReviewItem,
} from '@tiendo/shared';
import { useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { Link } from 'react-router';
import { readError } from '../../apollo/errors.js';
import { common } from '../../i18n/common.js';
import { formatDate } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { useSession } from '../auth/session.js';
import { ImportPlanDocument, UnitsDocument } from './documents.js';
import { messages } from './messages.js';
import styles from './PlanImportPage.module.css';
import { commitInput, workingTasks, type Draft, type WorkingAssignee, type WorkingTask } from './working-draft.js';

type Span = { start: number; end: number };

export function PlanImportPage() {
  const t = useT(messages);
  const tc = useT(common);
  const { me } = useSession();
  const mayCommit = me?.role === 'ADMIN' || me?.role === 'COORDINATOR';
  const [text, setText] = useState('');
  // The text the draft was read from: spans point into it, whatever is typed afterwards.
  const [readText, setReadText] = useState('');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [tasks, setTasks] = useState<WorkingTask[]>([]);
  const [accepted, setAccepted] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<string | null>(null);
  const [highlight, setHighlight] = useState<Span | null>(null);
  const [created, setCreated] = useState<{ id: string; number: string } | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [readingFile, setReadingFile] = useState(false);
  const clientMutationId = useRef(crypto.randomUUID());
  const [run, { loading, error }] = useMutation(ImportPlanDocument);
  const units = useQuery(UnitsDocument, { skip: !me });

  const read = async () => {
    const { data } = await run({ variables: { text, commit: false } }).catch(() => ({ data: undefined }));
    if (!data) return;
    const d = data.importPlan.draft;
    setDraft(d);
    setReadText(text);
    setTasks(workingTasks(d));
    // A mention the parser could not place is created only when the person ticks it.
    setAccepted(new Set(d.newUnits.filter((u) => !u.flagged).map((u) => u.name)));
    setSelected(null);
    setHighlight(null);
    setCreated(null);
    clientMutationId.current = crypto.randomUUID();
  };

  const commit = async () => {
    if (!draft) return;
    const { data } = await run({
      variables: {
        text: readText,
        commit: true,
        draft: commitInput(draft, tasks, accepted),
        clientMutationId: clientMutationId.current,
      },
    }).catch(() => ({ data: undefined }));
    if (data?.importPlan.plan) setCreated(data.importPlan.plan);
  };

  // .docx and .pdf are read into text in the browser (mammoth, unpdf: loaded only now); the text is
  // what the server reads and what the source column shows.
  const upload = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setFileProblem(null);
    setReadingFile(true);
    try {
      const { text: fileText } = await documentText(new Uint8Array(await file.arrayBuffer()), file.name);
      setText(fileText);
    } catch (err) {
      setFileProblem(
        err instanceof NoTextLayerError
          ? t('noTextLayer')
          : err instanceof UnsupportedDocumentError
            ? t('unsupportedFile', { name: file.name })
            : t('fileUnreadable', { name: file.name }),
      );
    } finally {
      setReadingFile(false);
    }
  };

  const update = (code: string, change: (task: WorkingTask) => WorkingTask) =>
    setTasks((ts) => ts.map((x) => (x.code === code ? change(x) : x)));
  const task = tasks.find((x) => x.code === selected) ?? null;
  const problem = readError(error);

  const select = (x: WorkingTask) => {
    setSelected(x.code);
    setHighlight(x.span);
  };

  if (!me) {
    return (
      <div className="page">
        <h1 className="page-title">{t('title')}</h1>
        <p>
          <Link to="/sign-in?next=/import">{t('signInFirst')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className={`page ${styles.page}`}>
      <h1 className="page-title">{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      {!mayCommit && <p className="muted">{t('previewOnly')}</p>}

      <section className={styles.input}>
        <label className="field">
          <span className="field-label">{t('text')}</span>
          <textarea
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={draft ? 4 : 14}
            aria-invalid={problem.fields.text ? true : undefined}
            spellCheck={false}
          />
        </label>
        {problem.fields.text && <p className="field-error">{problem.fields.text}</p>}
        {fileProblem && (
          <p role="alert" className="form-error">
            {fileProblem}
          </p>
        )}
        <div className={styles.actions}>
          <label className="button small">
            {readingFile ? t('fileReading') : t('upload')}
            <input
              type="file"
              accept=".md,.txt,.docx,.pdf,text/plain,text/markdown,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              onChange={(e) => void upload(e)}
              className="visually-hidden"
              data-testid="plan-file"
            />
          </label>
          <button
            type="button"
            className="button primary"
            disabled={loading || !text.trim()}
            onClick={() => void read()}
          >
            {loading && !draft ? t('reading') : t('read')}
          </button>
        </div>
      </section>

      {problem.general && (
        <p role="alert" className="form-error">
          {tc('error', { message: problem.general })}
        </p>
      )}
      {Object.entries(problem.fields)
        .filter(([field]) => field !== 'text')
        .map(([field, message]) => (
          <p key={field} role="alert" className="form-error">
            {field}: {message}
          </p>
        ))}

      {draft && (
        <div className={styles.columns}>
          <section className={styles.source} aria-label={t('source')}>
            <h2>{t('source')}</h2>
            <SourceText text={readText} highlight={highlight} />
          </section>

          <section className={styles.proposal} aria-label={t('proposal')}>
            <h2>{t('proposal')}</h2>
            <Review
              draft={draft}
              onShow={(item) => {
                const x = item.code ? tasks.find((w) => w.code === item.code) : undefined;
                if (x) setSelected(x.code);
                if (item.span) setHighlight(item.span);
              }}
            />
            <Header draft={draft} onShow={setHighlight} />

            <h3>{t('tasks', { n: tasks.length })}</h3>
            <ul className={styles.tree} role="tree" aria-label={t('tasks', { n: tasks.length })}>
              {tasks.map((x) => (
                <li key={x.code} role="none" style={{ paddingLeft: `${x.depth * 18}px` }}>
                  <button
                    type="button"
                    role="treeitem"
                    aria-selected={x.code === selected}
                    className={`${styles.taskButton} ${x.code === selected ? styles.selected : ''}`}
                    onClick={() => select(x)}
                  >
                    <span className={styles.code}>{x.code}</span> {x.title}
                    <span className={styles.who}>
                      {x.assignees
                        .filter((a) => a.role === AssignmentRole.LEAD)
                        .map((a) => a.name)
                        .join(', ')}
                    </span>
                    <span className={styles.deadline}>{deadlineLabel(x, t)}</span>
                  </button>
                </li>
              ))}
            </ul>

            {task ? (
              <TaskEditor
                key={task.code}
                task={task}
                units={units.data}
                onChange={(change) => update(task.code, change)}
                onShow={setHighlight}
              />
            ) : (
              <p className="muted">{t('selectTask')}</p>
            )}

            {draft.newUnits.length > 0 && (
              <fieldset className={styles.box}>
                <legend>{t('newUnits')}</legend>
                {draft.newUnits.map((u) => (
                  <label key={u.name} className={styles.check}>
                    <input
                      type="checkbox"
                      checked={accepted.has(u.name)}
                      onChange={(e) =>
                        setAccepted((s) => {
                          const next = new Set(s);
                          if (e.target.checked) next.add(u.name);
                          else next.delete(u.name);
                          return next;
                        })
                      }
                    />
                    {t(u.flagged ? 'createFlaggedUnit' : 'createUnit', { name: u.name })}
                  </label>
                ))}
              </fieldset>
            )}
            {draft.warnings.length > 0 && (
              <div className={styles.box}>
                <strong>{t('warnings')}</strong>
                <ul>
                  {draft.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              </div>
            )}

            {created ? (
              <p role="status" className={styles.created}>
                {t('created', { number: created.number })}{' '}
                <Link className="button small" to={`/plans/${created.id}`}>
                  {t('open')}
                </Link>
              </p>
            ) : (
              mayCommit && (
                <button type="button" className="button primary" disabled={loading} onClick={() => void commit()}>
                  {loading ? t('committing') : t('commit')}
                </button>
              )
            )}
          </section>
        </div>
      )}
    </div>
  );
}

function deadlineLabel(x: WorkingTask, t: ReturnType<typeof useT<keyof (typeof messages)['vi']>>): string {
  const d = x.deadline;
  if (d.kind === DeadlineKind.DATE) return d.date ? formatDate(d.date) : t('kind.DATE');
  if (d.kind === DeadlineKind.RECURRING) return d.recurrence ? t(`period.${d.recurrence}`) : t('kind.RECURRING');
  return d.text ?? t('kind.ONGOING');
}

/** The source text with one span marked and scrolled into view. */
function SourceText({ text, highlight }: { text: string; highlight: Span | null }) {
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [highlight]);
  if (!highlight) return <pre className={styles.text}>{text}</pre>;
  return (
    <pre className={styles.text}>
      {text.slice(0, highlight.start)}
      <mark ref={mark} data-testid="source-highlight">
        {text.slice(highlight.start, highlight.end)}
      </mark>
      {text.slice(highlight.end)}
    </pre>
  );
}

/** What to check first: every item read with little confidence, the least sure first. */
function Review({ draft, onShow }: { draft: Draft; onShow: (item: ReviewItem) => void }) {
  const t = useT(messages);
  const items = useMemo(() => reviewItems(draft), [draft]);
  const { toCheck, total } = draftConfidence(items);
  const low = items.filter((i) => i.confidence < CHECK_BELOW);
  return (
    <section className={styles.box} aria-label={t('review')}>
      <strong>{t('review')}</strong>
      <p className="muted">
        {toCheck ? t('reviewSummary', { sure: total - toCheck, total, n: toCheck }) : t('reviewNone')}
      </p>
      {low.length > 0 && (
        <ol className={styles.review}>
          {low.map((i, k) => (
            <li key={k}>
              <button type="button" className={styles.linkish} onClick={() => onShow(i)} disabled={!i.span && !i.code}>
                <span className={styles.percent}>{Math.round(i.confidence * 100)}%</span>{' '}
                {t(`what.${i.what}`, { code: i.code ?? '' })}: {i.text ?? t('notFound')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Header({ draft, onShow }: { draft: Draft; onShow: (s: Span) => void }) {
  const t = useT(messages);
  const unit = (r: Draft['issuer']) =>
    r ? (
      <button type="button" className={styles.linkish} onClick={() => onShow(r.span)}>
        {r.name}
      </button>
    ) : (
      '—'
    );
  return (
    <dl className={styles.header}>
      <dt>{t('number')}</dt>
      <dd>{draft.number?.value ?? '—'}</dd>
      <dt>{t('issuedOn')}</dt>
      <dd>
        {[draft.place?.value, draft.issuedOn ? formatDate(draft.issuedOn.value) : null].filter(Boolean).join(', ') ||
          '—'}
      </dd>
      <dt>{t('issuer')}</dt>
      <dd>{unit(draft.issuer ?? null)}</dd>
      <dt className={styles.full}>{draft.title?.value}</dt>
      {draft.parentPlan && (
        <>
          <dt>{t('parentPlan')}</dt>
          <dd>
            {draft.parentPlan.value} ({draft.parentPlanId ? t('parentTracked') : t('parentMissing')})
          </dd>
        </>
      )}
      <dt>{t('standingOffice')}</dt>
      <dd>{unit(draft.standingOffice ?? null)}</dd>
      <dt>{t('monitors')}</dt>
      <dd>{draft.monitors.map((m) => m.name).join(', ') || '—'}</dd>
      <dt>{t('difficultyOffice')}</dt>
      <dd>{unit(draft.difficultyOffice ?? null)}</dd>
      <dt>{t('documents', { n: draft.documents.length })}</dt>
      <dd>
        <ul className={styles.docs}>
          {draft.documents.map((d) => (
            <li key={d.number ?? d.title}>
              {d.number ?? d.title} {d.issuer ? `· ${d.issuer}` : ''} {d.issuedOn ? `· ${formatDate(d.issuedOn)}` : ''}
            </li>
          ))}
        </ul>
      </dd>
    </dl>
  );
}

type Units = { organizations: { id: string; name: string }[]; organizationGroups: { code: string; name: string }[] };

function TaskEditor({
  task,
  units,
  onChange,
  onShow,
}: {
  task: WorkingTask;
  units: Units | undefined;
  onChange: (change: (t: WorkingTask) => WorkingTask) => void;
  onShow: (s: Span) => void;
}) {
  const t = useT(messages);
  const options = useMemo(
    () => [
      ...(units?.organizationGroups ?? []).map((g) => ({ value: `g:${g.code}`, name: g.name, group: true })),
      ...(units?.organizations ?? []).map((o) => ({ value: `o:${o.id}`, name: o.name, group: false })),
    ],
    [units],
  );
  const add = (role: AssignmentRole, value: string) => {
    const option = options.find((o) => o.value === value);
    if (!option) return;
    const ref: WorkingAssignee = {
      role,
      organizationId: option.group ? null : value.slice(2),
      groupCode: option.group ? value.slice(2) : null,
      newUnitName: null,
      name: option.name,
      span: null,
    };
    onChange((x) => ({ ...x, assignees: [...x.assignees, ref] }));
  };
  const remove = (a: WorkingAssignee) => onChange((x) => ({ ...x, assignees: x.assignees.filter((b) => b !== a) }));
  const setDeadline = (d: Partial<WorkingTask['deadline']>) =>
    onChange((x) => ({ ...x, deadline: { ...x.deadline, ...d } }));

  const people = (role: AssignmentRole, label: string, addLabel: string) => (
    <div className={styles.people}>
      <span className="field-label">{label}</span>
      <ul className={styles.chips} aria-label={label}>
        {task.assignees.filter((a) => a.role === role).length === 0 && <li className="muted">{t('none')}</li>}
        {task.assignees
          .filter((a) => a.role === role)
          .map((a, i) => (
            <li key={`${a.name}-${i}`} className={`chip ${role === AssignmentRole.LEAD ? 'lead' : ''}`}>
              {a.span ? (
                <button type="button" className={styles.linkish} onClick={() => onShow(a.span!)}>
                  {a.name}
                </button>
              ) : (
                a.name
              )}
              {a.newUnitName && <em> ({t('newUnit')})</em>}
              <button
                type="button"
                className={styles.x}
                aria-label={t('remove', { name: a.name })}
                onClick={() => remove(a)}
              >
                ×
              </button>
            </li>
          ))}
      </ul>
      <select aria-label={addLabel} value="" onChange={(e) => add(role, e.target.value)}>
        <option value="">{t('choose')}</option>
        <optgroup label={t('groups')}>
          {options
            .filter((o) => o.group)
            .map((o) => (
              <option key={o.value} value={o.value}>
                {o.name}
              </option>
            ))}
        </optgroup>
        <optgroup label={t('units')}>
          {options
            .filter((o) => !o.group)
            .map((o) => (
              <option key={o.value} value={o.value}>
                {o.name}
              </option>
            ))}
        </optgroup>
      </select>
    </div>
  );

  return (
    <section className={styles.editor} aria-label={`${task.code} ${task.title}`}>
      <h3>
        {task.code} <small className="muted">{t('confidence', { p: Math.round(task.confidence * 100) })}</small>
      </h3>
      <label className="field">
        <span className="field-label">{t('taskTitle')}</span>
        <input value={task.title} onChange={(e) => onChange((x) => ({ ...x, title: e.target.value }))} />
      </label>
      {people(AssignmentRole.LEAD, t('leads'), t('addLead'))}
      {people(AssignmentRole.COLLABORATOR, t('collaborators'), t('addCollaborator'))}
      <fieldset className={styles.box}>
        <legend>{t('deadline')}</legend>
        <label className="field">
          <span className="field-label">{t('kind')}</span>
          <select value={task.deadline.kind} onChange={(e) => setDeadline({ kind: e.target.value as DeadlineKind })}>
            {Object.values(DeadlineKind).map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {task.deadline.kind === DeadlineKind.DATE && (
          <label className="field">
            <span className="field-label">{t('date')}</span>
            <input
              type="date"
              value={task.deadline.date ?? ''}
              onChange={(e) => setDeadline({ date: e.target.value || null })}
            />
          </label>
        )}
        {task.deadline.kind === DeadlineKind.RECURRING && (
          <label className="field">
            <span className="field-label">{t('recurrence')}</span>
            <select
              value={task.deadline.recurrence ?? ''}
              onChange={(e) => setDeadline({ recurrence: (e.target.value || null) as RecurrencePeriod | null })}
            >
              <option value="" />
              {Object.values(RecurrencePeriod).map((p) => (
                <option key={p} value={p}>
                  {t(`period.${p}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field">
          <span className="field-label">{t('deadlineText')}</span>
          <input value={task.deadline.text ?? ''} onChange={(e) => setDeadline({ text: e.target.value || null })} />
        </label>
      </fieldset>
    </section>
  );
}
