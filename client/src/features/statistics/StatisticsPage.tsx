import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { graphql } from '../../gql/index.js';
import { common } from '../../i18n/common.js';
import { formatDate } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { downloadWithToken } from '../../ui/download.js';
import { PlanPicker, usePlanParam } from '../../ui/plan-picker.js';
import { ProgressBar } from '../../ui/ProgressBar.js';
import { messages } from './messages.js';
import styles from './StatisticsPage.module.css';

const StatisticsDocument = graphql(`
  query PlanStatistics($planId: ID!) {
    planStatistics(planId: $planId) {
      today
      progress
      csvUrl
      xlsxUrl
      units {
        organization {
          id
          name
          shortName
        }
        led
        helped
        done
        doneOnTime
        late
        averageProgress
        reports
        reportsOnTime
        reportsMissing
      }
      groups {
        code
        title
        tasks
        done
        inProgress
        notStarted
        progress
      }
      timeline {
        date
        progress
        doneTasks
      }
      cycles {
        key
        label
        closed
        expected
        reported
      }
    }
  }
`);

const COLORS = {
  brand: '#0b4f8a',
  done: '#16803c',
  inProgress: '#0b63b6',
  notStarted: '#94a3b8',
  missing: '#c0262d',
};

export function StatisticsPage() {
  const t = useT(messages);
  const tc = useT(common);
  const { planId, plan } = usePlanParam();
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const { data, loading, error } = useQuery(StatisticsDocument, {
    variables: { planId: planId ?? '' },
    skip: !planId,
    fetchPolicy: 'cache-and-network',
  });
  const stats = data?.planStatistics;
  const download = (url: string, name: string) => {
    setDownloadError(null);
    downloadWithToken(url, name).catch((e: Error) => setDownloadError(e.message));
  };

  return (
    <div className="page">
      <h1 className="page-title">{t('title')}</h1>
      <PlanPicker label={t('plan')} />
      {plan && <p className="muted">{plan.number}</p>}
      {loading && !stats && <p role="status">{tc('loading')}</p>}
      {error && !stats && (
        <p role="alert" className="form-error">
          {tc('error', { message: error.message })}
        </p>
      )}
      {stats && (
        <>
          <div className={styles.summary}>
            <span>{t('asOf', { date: formatDate(stats.today) })}</span>
            <span className={styles.overall}>
              {t('overall')}: <ProgressBar value={stats.progress} /> <strong>{stats.progress}%</strong>
            </span>
            <span className={styles.downloads}>
              <button type="button" className="button small" onClick={() => download(stats.csvUrl, 'thong-ke.csv')}>
                {t('csv')}
              </button>
              <button type="button" className="button small" onClick={() => download(stats.xlsxUrl, 'thong-ke.xlsx')}>
                {t('xlsx')}
              </button>
            </span>
          </div>
          {downloadError && (
            <p role="alert" className="form-error">
              {tc('error', { message: downloadError })}
            </p>
          )}

          <div className={styles.grid}>
            <section className={styles.card} aria-labelledby="chart-timeline" data-chart="timeline">
              <h2 id="chart-timeline">{t('timeline')}</h2>
              <p className="muted">{t('timelineHint')}</p>
              <ResponsiveContainer width="100%" height={260}>
                <LineChart data={stats.timeline} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="date" tickFormatter={(d: string) => formatDate(d).slice(3)} minTickGap={24} />
                  <YAxis domain={[0, 100]} unit="%" width={48} />
                  <Tooltip labelFormatter={(d) => formatDate(String(d))} />
                  <Legend />
                  <Line
                    type="monotone"
                    dataKey="progress"
                    name={t('progress')}
                    stroke={COLORS.brand}
                    strokeWidth={2}
                    isAnimationActive={false}
                  />
                  <Line
                    type="stepAfter"
                    dataKey="doneTasks"
                    name={t('doneTasks')}
                    stroke={COLORS.done}
                    isAnimationActive={false}
                  />
                </LineChart>
              </ResponsiveContainer>
            </section>

            <section className={styles.card} aria-labelledby="chart-groups" data-chart="groups">
              <h2 id="chart-groups">{t('groups')}</h2>
              <ResponsiveContainer width="100%" height={260}>
                <BarChart data={stats.groups} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="code" />
                  <YAxis allowDecimals={false} width={32} />
                  <Tooltip
                    labelFormatter={(code) => {
                      const g = stats.groups.find((x) => x.code === code);
                      return g ? `${g.code}. ${g.title} (${g.progress}%)` : String(code);
                    }}
                  />
                  <Legend />
                  <Bar dataKey="done" stackId="s" name={t('done')} fill={COLORS.done} isAnimationActive={false} />
                  <Bar
                    dataKey="inProgress"
                    stackId="s"
                    name={t('inProgress')}
                    fill={COLORS.inProgress}
                    isAnimationActive={false}
                  />
                  <Bar
                    dataKey="notStarted"
                    stackId="s"
                    name={t('notStarted')}
                    fill={COLORS.notStarted}
                    isAnimationActive={false}
                  />
                </BarChart>
              </ResponsiveContainer>
            </section>

            <section className={styles.card} aria-labelledby="chart-cycles" data-chart="cycles">
              <h2 id="chart-cycles">{t('cycles')}</h2>
              <ResponsiveContainer width="100%" height={260}>
                <BarChart
                  data={stats.cycles.map((c) => ({ ...c, missing: c.expected - c.reported }))}
                  margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
                >
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="label" />
                  <YAxis allowDecimals={false} width={40} />
                  <Tooltip />
                  <Legend />
                  <Bar
                    dataKey="reported"
                    stackId="c"
                    name={t('reported')}
                    fill={COLORS.done}
                    isAnimationActive={false}
                  />
                  <Bar
                    dataKey="missing"
                    stackId="c"
                    name={t('missing')}
                    fill={COLORS.missing}
                    isAnimationActive={false}
                  />
                </BarChart>
              </ResponsiveContainer>
            </section>

            <section className={`${styles.card} ${styles.wide}`} aria-labelledby="chart-units" data-chart="units">
              <h2 id="chart-units">{t('unitsChart')}</h2>
              <ResponsiveContainer width="100%" height={Math.max(260, stats.units.length * 22)}>
                <BarChart
                  layout="vertical"
                  data={stats.units.map((u) => ({ ...u, name: u.organization.shortName }))}
                  margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
                >
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis type="number" allowDecimals={false} />
                  <YAxis type="category" dataKey="name" width={110} interval={0} />
                  <Tooltip />
                  <Legend />
                  <Bar dataKey="led" stackId="t" name={t('led')} fill={COLORS.brand} isAnimationActive={false} />
                  <Bar
                    dataKey="helped"
                    stackId="t"
                    name={t('helped')}
                    fill={COLORS.notStarted}
                    isAnimationActive={false}
                  />
                  <Bar
                    dataKey="reportsMissing"
                    name={t('reportsMissing')}
                    fill={COLORS.missing}
                    isAnimationActive={false}
                  />
                </BarChart>
              </ResponsiveContainer>
            </section>
          </div>

          <section className={styles.card} aria-labelledby="table-units">
            <h2 id="table-units">{t('units')}</h2>
            <div className={styles.tableWrap}>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">{t('unit')}</th>
                    <th scope="col">{t('led')}</th>
                    <th scope="col">{t('helped')}</th>
                    <th scope="col">{t('done')}</th>
                    <th scope="col">{t('doneOnTime')}</th>
                    <th scope="col">{t('late')}</th>
                    <th scope="col">{t('average')}</th>
                    <th scope="col">{t('reports')}</th>
                    <th scope="col">{t('reportsOnTime')}</th>
                    <th scope="col">{t('reportsMissing')}</th>
                  </tr>
                </thead>
                <tbody>
                  {stats.units.map((u) => (
                    <tr key={u.organization.id}>
                      <th scope="row">{u.organization.name}</th>
                      <td>{u.led}</td>
                      <td>{u.helped}</td>
                      <td>{u.done}</td>
                      <td>{u.doneOnTime}</td>
                      <td className={u.late ? styles.bad : undefined}>{u.late}</td>
                      <td>{u.averageProgress}%</td>
                      <td>{u.reports}</td>
                      <td>{u.reportsOnTime}</td>
                      <td className={u.reportsMissing ? styles.bad : undefined}>{u.reportsMissing}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </div>
  );
}
