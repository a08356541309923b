import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../gql/index.js';
import { common } from '../../i18n/common.js';
import { formatDate } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { ProgressBar } from '../../ui/ProgressBar.js';
import { messages } from './messages.js';
import styles from './PlanListPage.module.css';

const PlansDocument = graphql(`
  query Plans {
    plans {
      id
      number
      title
      issuedOn
      isPublic
      progress
      issuingOrganization {
        id
        name
      }
      standingOffice {
        id
        name
      }
      implementsDocument {
        id
        number
      }
    }
  }
`);

export function PlanListPage() {
  const t = useT(messages);
  const tc = useT(common);
  const { data, loading, error, refetch } = useQuery(PlansDocument, { fetchPolicy: 'cache-and-network' });

  return (
    <div className="page">
      <h1 className="page-title">{t('title')}</h1>
      <p className="muted">{t('subtitle')}</p>
      {loading && !data && <p role="status">{tc('loading')}</p>}
      {error && !data && (
        <p role="alert" className="form-error">
          {tc('error', { message: error.message })}{' '}
          <button type="button" className="button small" onClick={() => void refetch()}>
            {tc('retry')}
          </button>
        </p>
      )}
      {data && data.plans.length === 0 && <p className="empty">{t('empty')}</p>}
      <ul className={styles.list}>
        {data?.plans.map((plan) => (
          <li key={plan.id} className={styles.card}>
            <div className={styles.head}>
              <span className={styles.number}>{plan.number}</span>
              <span className="chip">{plan.isPublic ? t('public') : t('private')}</span>
            </div>
            <h2 className={styles.title}>
              <Link to={`/plans/${plan.id}`}>{plan.title}</Link>
            </h2>
            <dl className={styles.meta}>
              {plan.issuedOn && (
                <div>
                  <dt className="visually-hidden">{t('issued', { date: '' })}</dt>
                  <dd>{t('issued', { date: formatDate(plan.issuedOn) })}</dd>
                </div>
              )}
              <div>
                <dt>{t('issuedBy')}</dt>
                <dd>{plan.issuingOrganization.name}</dd>
              </div>
              {plan.standingOffice && (
                <div>
                  <dt>{t('standingOffice')}</dt>
                  <dd>{plan.standingOffice.name}</dd>
                </div>
              )}
              {plan.implementsDocument && (
                <div>
                  <dd>{t('implements', { number: plan.implementsDocument.number })}</dd>
                </div>
              )}
            </dl>
            <div className={styles.progress}>
              <span>{t('progress')}</span>
              <ProgressBar value={plan.progress} />
              <strong>{plan.progress}%</strong>
            </div>
            <div className={styles.actions}>
              <Link className="button primary small" to={`/plans/${plan.id}`}>
                {t('open')}
              </Link>
              <Link className="button small" to={`/plans/${plan.id}/meeting`}>
                {t('meeting')}
              </Link>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
