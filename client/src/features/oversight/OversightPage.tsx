// What monitors (MTTQ and the mass organisations) watch: tasks with findings, overdue tasks, tasks
// without recent reports and unanswered difficulties of one plan.
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { readError } from '../../apollo/errors.js';
import { graphql } from '../../gql/index.js';
import { common } from '../../i18n/common.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { OversightDocument } from './documents.js';
import { messages } from './messages.js';
import styles from './Oversight.module.css';

const PlanChoicesDocument = graphql(`
  query OversightPlans {
    plans {
      id
      number
    }
  }
`);

export function OversightPage() {
  const t = useT(messages);
  const tc = useT(common);
  const navigate = useNavigate();
  const params = useParams();
  const [staleDays, setStaleDays] = useState(30);
  const plans = useQuery(PlanChoicesDocument);
  const planId = params.planId ?? plans.data?.plans[0]?.id ?? null;
  const { data, error, loading } = useQuery(OversightDocument, {
    variables: { planId: planId ?? '', staleDays },
    skip: !planId,
    fetchPolicy: 'cache-and-network',
  });
  const forbidden = readError(error).codes.some((c) => c === 'FORBIDDEN' || c === 'UNAUTHENTICATED');
  const view = data?.oversight;
  const taskLink = (id: string) => `/plans/${planId}?task=${id}`;

  return (
    <div className={`page ${styles.page}`} data-testid="oversight">
      <h1 className="page-title">{t('pageTitle', { number: data?.plan.number ?? '' })}</h1>
      <p className="muted">{t('pageSubtitle')}</p>
      <div className={styles.controls}>
        <label className="field">
          <span className="field-label">{t('choosePlan')}</span>
          <select value={planId ?? ''} onChange={(e) => void navigate(`/oversight/${e.target.value}`)}>
            {plans.data?.plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.number}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('staleDays')}</span>
          <input
            type="number"
            min={1}
            max={3650}
            value={staleDays}
            onChange={(e) => setStaleDays(Math.max(1, Number(e.target.value) || 30))}
          />
        </label>
      </div>
      {loading && !data && <p role="status">{tc('loading')}</p>}
      {forbidden && <p className="empty">{t('forbidden')}</p>}
      {error && !forbidden && <p role="alert">{tc('error', { message: error.message })}</p>}
      {view && (
        <>
          <p>
            <strong>{t('summary', { open: view.openFindings.length, overdue: view.overdueFindings.length })}</strong>
          </p>
          <section data-testid="tasks-with-findings">
            <h2>{t('withFindings', { n: view.tasksWithFindings.length })}</h2>
            {view.tasksWithFindings.length === 0 && <p className="muted">{t('none')}</p>}
            <ul className={styles.list}>
              {view.tasksWithFindings.map((task) => (
                <li key={task.id}>
                  <Link to={taskLink(task.id)}>
                    <strong>{task.code}</strong> {task.title}
                  </Link>
                  <ul>
                    {task.findings.map((f) => (
                      <li key={f.id} data-overdue={f.overdue}>
                        <span className={`chip ${f.overdue ? 'overdue' : ''}`}>
                          {f.overdue ? t('findingOverdue') : t(`finding.${f.status}`)}
                        </span>{' '}
                        {f.organization?.shortName}: {f.content} — {formatDate(f.dueDate)}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
          <section data-testid="overdue-tasks">
            <h2>{t('overdueTasks', { n: view.overdueTasks.length })}</h2>
            {view.overdueTasks.length === 0 && <p className="muted">{t('none')}</p>}
            <ul className={styles.list}>
              {view.overdueTasks.map((task) => (
                <li key={task.id}>
                  <Link to={taskLink(task.id)}>
                    <strong>{task.code}</strong> {task.title}
                  </Link>{' '}
                  <span className="chip overdue">{t('deadline', { date: formatDate(task.deadlineDate) })}</span>{' '}
                  {task.progress}%
                </li>
              ))}
            </ul>
          </section>
          <section data-testid="stale-tasks">
            <h2>{t('staleTasks', { n: view.staleTasks.length })}</h2>
            {view.staleTasks.length === 0 && <p className="muted">{t('none')}</p>}
            <ul className={styles.list}>
              {view.staleTasks.map((task) => (
                <li key={task.id}>
                  <Link to={taskLink(task.id)}>
                    <strong>{task.code}</strong> {task.title}
                  </Link>{' '}
                  <span className="muted">
                    {task.lastReportAt
                      ? t('lastReport', { at: formatDateTime(task.lastReportAt as string) })
                      : t('never')}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <section data-testid="open-obstacles">
            <h2>{t('openObstacles', { n: view.openObstacles.length })}</h2>
            {view.openObstacles.length === 0 && <p className="muted">{t('none')}</p>}
            <ul className={styles.list}>
              {view.openObstacles.map((o) => (
                <li key={o.id}>
                  <span className="chip overdue">{t(`obstacle.${o.status}`)}</span>{' '}
                  <Link to={taskLink(o.task.id)}>{o.task.code}</Link> — {o.organization?.shortName}: {o.description}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
