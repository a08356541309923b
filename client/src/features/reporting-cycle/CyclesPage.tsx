import { useMutation, useQuery } from '@apollo/client/react';
import { RecurrencePeriod, UserRole } from '@tiendo/shared';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { readError } from '../../apollo/errors.js';
import { graphql } from '../../gql/index.js';
import { common } from '../../i18n/common.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { PlanPicker, usePlanParam } from '../../ui/plan-picker.js';
import { useSession } from '../auth/session.js';
import { messages } from './messages.js';
import styles from './CyclesPage.module.css';

const CyclesDocument = graphql(`
  query Cycles($planId: ID!) {
    planDeadlines(planId: $planId, withinDays: 7) {
      today
      overdue {
        deadline
        daysLeft
        task {
          id
          code
          title
        }
        pendingOrganizations {
          id
          shortName
        }
      }
      dueSoon {
        deadline
        daysLeft
        task {
          id
          code
          title
        }
        pendingOrganizations {
          id
          shortName
        }
      }
    }
    reportingCycles(planId: $planId) {
      key
      label
      status
      dueOn
      daysUntilDue
      expectedCount
      reportedCount
      missingCount
      entries {
        reported
        task {
          id
          code
        }
        organization {
          id
          name
          shortName
        }
      }
    }
    reminders(planId: $planId) {
      id
      kind
      message
      createdAt
      organization {
        id
        shortName
      }
      sender {
        id
        name
      }
    }
  }
`);

const SendRemindersDocument = graphql(`
  mutation SendReminders($input: SendRemindersInput!) {
    sendReminders(input: $input) {
      reminders {
        id
        organization {
          id
        }
      }
    }
  }
`);

const SetPeriodDocument = graphql(`
  mutation SetPlanReportingPeriod($planId: ID!, $period: RecurrencePeriod!) {
    setPlanReportingPeriod(planId: $planId, period: $period) {
      id
      reportingPeriod
    }
  }
`);

export function CyclesPage() {
  const t = useT(messages);
  const tc = useT(common);
  const { me } = useSession();
  const { planId, plan } = usePlanParam();
  const [params, setParams] = useSearchParams();
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(CyclesDocument, {
    variables: { planId: planId ?? '' },
    skip: !planId,
    fetchPolicy: 'cache-and-network',
  });
  const [send, sending] = useMutation(SendRemindersDocument);
  const [setPeriod] = useMutation(SetPeriodDocument);
  const coordinator = me?.role === UserRole.COORDINATOR || me?.role === UserRole.ADMIN;

  const cycles = data?.reportingCycles ?? [];
  const cycle = cycles.find((c) => c.key === params.get('cycle')) ?? cycles[0];
  const missing = useMemo(() => {
    const byUnit = new Map<string, { name: string; owes: string[]; reported: string[] }>();
    for (const e of cycle?.entries ?? []) {
      const u = byUnit.get(e.organization.id) ?? { name: e.organization.name, owes: [], reported: [] };
      (e.reported ? u.reported : u.owes).push(e.task.code);
      byUnit.set(e.organization.id, u);
    }
    return [...byUnit.entries()].filter(([, u]) => u.owes.length > 0);
  }, [cycle]);

  const remind = async (organizationIds?: string[]) => {
    if (!planId || !cycle) return;
    setStatus(null);
    try {
      const res = await send({
        variables: {
          input: {
            planId,
            cycleKey: cycle.key,
            organizationIds: organizationIds ?? null,
            message: note.trim() || null,
            clientMutationId: crypto.randomUUID(),
          },
        },
      });
      setStatus(t('sent', { n: res.data?.sendReminders.reminders.length ?? 0 }));
      await refetch();
    } catch (e) {
      setStatus(readError(e).general ?? String(e));
    }
  };

  return (
    <div className="page">
      <h1 className="page-title">{t('title')}</h1>
      <div className={styles.toolbar}>
        <PlanPicker label={t('plan')} />
        {plan && (
          <label className="field">
            <span className="field-label">{t('period')}</span>
            <select
              value={plan.reportingPeriod}
              disabled={!coordinator}
              onChange={(e) =>
                void setPeriod({ variables: { planId: plan.id, period: e.target.value as RecurrencePeriod } }).then(
                  () => refetch(),
                )
              }
            >
              {Object.values(RecurrencePeriod).map((p) => (
                <option key={p} value={p}>
                  {t(`period.${p}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        {data && <span className="muted">{t('today', { date: formatDate(data.planDeadlines.today) })}</span>}
      </div>
      {loading && !data && <p role="status">{tc('loading')}</p>}
      {error && !data && (
        <p role="alert" className="form-error">
          {tc('error', { message: error.message })}
        </p>
      )}
      {data && (
        <>
          <div className={styles.columns}>
            {(['overdue', 'dueSoon'] as const).map((kind) => (
              <section key={kind} className={styles.card} aria-labelledby={`deadlines-${kind}`}>
                <h2 id={`deadlines-${kind}`}>{t(kind)}</h2>
                {data.planDeadlines[kind].length === 0 && <p className="muted">{t('none')}</p>}
                <ul className={styles.list}>
                  {data.planDeadlines[kind].map((d) => (
                    <li key={d.task.id} className={kind === 'overdue' ? styles.late : undefined}>
                      <strong>{d.task.code}</strong> {d.task.title}
                      <div className="muted">
                        {t('deadline', { date: formatDate(d.deadline) })} ·{' '}
                        {d.daysLeft < 0 ? t('daysLate', { n: -d.daysLeft }) : t('daysLeft', { n: d.daysLeft })}
                      </div>
                      <div className={styles.units}>
                        {t('pending', { units: d.pendingOrganizations.map((o) => o.shortName).join(', ') })}
                      </div>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>

          <section className={styles.card} aria-labelledby="cycles-title">
            <h2 id="cycles-title">{t('cycles')}</h2>
            <div className={styles.tabs} role="tablist">
              {cycles.map((c) => (
                <button
                  key={c.key}
                  type="button"
                  role="tab"
                  aria-selected={c.key === cycle?.key}
                  className={`button small ${c.key === cycle?.key ? 'primary' : ''}`}
                  onClick={() => setParams((p) => ({ ...Object.fromEntries(p), cycle: c.key }))}
                >
                  {c.label} · {c.status === 'OPEN' ? t('open') : t('closed')}
                </button>
              ))}
            </div>
            {cycle && (
              <>
                <p>
                  <strong>{cycle.label}</strong> — {t('dueOn', { date: formatDate(cycle.dueOn) })} ·{' '}
                  {t('counts', {
                    reported: cycle.reportedCount,
                    expected: cycle.expectedCount,
                    missing: cycle.missingCount,
                  })}
                </p>
                <h3>{t('missingTitle')}</h3>
                {missing.length === 0 && <p className="muted">{t('allReported')}</p>}
                {missing.length > 0 && coordinator && (
                  <div className={styles.remindAll}>
                    <label className="field">
                      <span className="field-label">{t('message')}</span>
                      <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
                    </label>
                    <button
                      type="button"
                      className="button primary"
                      disabled={sending.loading}
                      onClick={() => void remind()}
                    >
                      {t('remindAll')}
                    </button>
                  </div>
                )}
                {status && (
                  <p role="status" className={styles.status}>
                    {status}
                  </p>
                )}
                {missing.length > 0 && (
                  <table className={styles.table}>
                    <thead>
                      <tr>
                        <th scope="col">{t('unit')}</th>
                        <th scope="col">{t('owes')}</th>
                        <th scope="col">{t('reportedTasks')}</th>
                        {coordinator && <th scope="col" />}
                      </tr>
                    </thead>
                    <tbody>
                      {missing.map(([id, u]) => (
                        <tr key={id}>
                          <th scope="row">{u.name}</th>
                          <td>{u.owes.join(', ')}</td>
                          <td>{u.reported.join(', ')}</td>
                          {coordinator && (
                            <td>
                              <button
                                type="button"
                                className="button small"
                                disabled={sending.loading}
                                onClick={() => void remind([id])}
                              >
                                {t('remind')}
                              </button>
                            </td>
                          )}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </>
            )}
          </section>

          <section className={styles.card} aria-labelledby="reminders-title">
            <h2 id="reminders-title">{t('reminders')}</h2>
            {data.reminders.length === 0 && <p className="muted">{t('none')}</p>}
            <ul className={styles.list}>
              {data.reminders.slice(0, 30).map((r) => (
                <li key={r.id}>
                  <span className="chip">{t(`kind.${r.kind}`)}</span> <strong>{r.organization.shortName}</strong>{' '}
                  <span className="muted">
                    {formatDateTime(r.createdAt)} · {r.sender?.name ?? t('automatic')}
                  </span>
                  <div>{r.message}</div>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
