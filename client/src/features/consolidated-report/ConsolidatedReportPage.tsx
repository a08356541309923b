import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { readError } from '../../apollo/errors.js';
import { graphql } from '../../gql/index.js';
import type { ReportSectionKey } from '../../gql/graphql.js';
import { common } from '../../i18n/common.js';
import { formatDate } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { downloadWithToken } from '../../ui/download.js';
import { PlanPicker, usePlanParam } from '../../ui/plan-picker.js';
import { messages } from './messages.js';
import styles from './ConsolidatedReportPage.module.css';

const ReportsDocument = graphql(`
  query ConsolidatedReports($planId: ID!) {
    reportingCycles(planId: $planId) {
      key
      label
    }
    consolidatedReports(planId: $planId) {
      id
      cycleKey
      cycleLabel
      version
    }
    issuedReports(planId: $planId) {
      id
      versionNumber
      documentNumber
      issuedOn
      cycleKey
      docxUrl
      issuedBy {
        id
        name
      }
    }
  }
`);

const ReportDocument = graphql(`
  query ConsolidatedReport($id: ID!) {
    consolidatedReport(id: $id) {
      id
      version
      cycleKey
      cycleLabel
      subtitle
      recipients
      signerTitle
      signerName
      docxUrl
      html
      sections {
        key
        heading
        body
      }
      versions {
        id
        versionNumber
        documentNumber
      }
    }
  }
`);

const GenerateDocument = graphql(`
  mutation GenerateConsolidatedReport($input: GenerateConsolidatedReportInput!) {
    generateConsolidatedReport(input: $input) {
      id
      cycleKey
    }
  }
`);

const UpdateDocument = graphql(`
  mutation UpdateConsolidatedReport($input: UpdateConsolidatedReportInput!) {
    updateConsolidatedReport(input: $input) {
      id
      version
      subtitle
      recipients
      signerTitle
      signerName
      html
      sections {
        key
        heading
        body
      }
    }
  }
`);

const RegenerateDocument = graphql(`
  mutation RegenerateConsolidatedReport($id: ID!, $version: Int!) {
    regenerateConsolidatedReport(id: $id, version: $version) {
      id
      version
      html
      sections {
        key
        heading
        body
      }
    }
  }
`);

const IssueDocument = graphql(`
  mutation IssueConsolidatedReport($input: IssueConsolidatedReportInput!) {
    issueConsolidatedReport(input: $input) {
      id
      versionNumber
      documentNumber
      html
    }
  }
`);

const IssuedDocument = graphql(`
  query IssuedReport($id: ID!) {
    issuedReport(id: $id) {
      id
      documentNumber
      html
    }
  }
`);

interface Draft {
  subtitle: string;
  recipients: string;
  signerTitle: string;
  signerName: string;
  sections: Record<string, string>;
}

export function ConsolidatedReportPage() {
  const t = useT(messages);
  const tc = useT(common);
  const { planId } = usePlanParam();
  const [params, setParams] = useSearchParams();
  const [cycleKey, setCycleKey] = useState('');
  const [status, setStatus] = useState<{ text: string; conflict?: boolean } | null>(null);
  // The coordinator's unsaved edits; without any, the editor shows the report as saved.
  const [edits, setEdits] = useState<Draft | null>(null);
  const dirty = edits !== null;
  const setDirty = (value: false) => {
    if (!value) setEdits(null);
  };
  const reportId = params.get('report');
  const viewId = params.get('issued');

  const list = useQuery(ReportsDocument, {
    variables: { planId: planId ?? '' },
    skip: !planId,
    fetchPolicy: 'cache-and-network',
  });
  const current = useQuery(ReportDocument, {
    variables: { id: reportId ?? '' },
    skip: !reportId,
    fetchPolicy: 'cache-and-network',
  });
  const issuedView = useQuery(IssuedDocument, { variables: { id: viewId ?? '' }, skip: !viewId });
  const [generate, generating] = useMutation(GenerateDocument);
  const [update, updating] = useMutation(UpdateDocument);
  const [regenerate] = useMutation(RegenerateDocument);
  const [issue, issuing] = useMutation(IssueDocument);
  const report = current.data?.consolidatedReport;

  const draft: Draft | null =
    edits ??
    (report
      ? {
          subtitle: report.subtitle,
          recipients: report.recipients.join('\n'),
          signerTitle: report.signerTitle,
          signerName: report.signerName,
          sections: Object.fromEntries(report.sections.map((s) => [s.key, s.body])),
        }
      : null);

  const select = (key: string, value: string | null) =>
    setParams((p) => {
      const next = Object.fromEntries(p);
      if (value) next[key] = value;
      else delete next[key];
      return next;
    });

  const fail = (e: unknown) => {
    const err = readError(e);
    setStatus({
      text: err.codes.includes('CONFLICT') ? t('conflict') : (err.general ?? Object.values(err.fields)[0] ?? ''),
      conflict: err.codes.includes('CONFLICT'),
    });
  };

  const onGenerate = async () => {
    if (!planId) return;
    setStatus(null);
    try {
      const res = await generate({
        variables: { input: { planId, cycleKey: cycleKey || null, clientMutationId: crypto.randomUUID() } },
      });
      await list.refetch();
      setDirty(false);
      select('report', res.data!.generateConsolidatedReport.id);
    } catch (e) {
      fail(e);
    }
  };

  const onSave = async () => {
    if (!report || !draft) return;
    setStatus(null);
    try {
      const res = await update({
        variables: {
          input: {
            id: report.id,
            version: report.version,
            subtitle: draft.subtitle,
            recipients: draft.recipients.split('\n'),
            signerTitle: draft.signerTitle,
            signerName: draft.signerName,
            sections: Object.entries(draft.sections).map(([key, body]) => ({ key: key as ReportSectionKey, body })),
          },
        },
      });
      setDirty(false);
      setStatus({ text: t('saved', { n: res.data!.updateConsolidatedReport.version }) });
    } catch (e) {
      fail(e);
    }
  };

  const onRegenerate = async () => {
    if (!report || !window.confirm(t('regenerateConfirm'))) return;
    try {
      await regenerate({ variables: { id: report.id, version: report.version } });
      setDirty(false);
    } catch (e) {
      fail(e);
    }
  };

  const onIssue = async () => {
    if (!report || dirty || !window.confirm(t('issueConfirm'))) return;
    try {
      const res = await issue({
        variables: { input: { id: report.id, version: report.version, clientMutationId: crypto.randomUUID() } },
      });
      setStatus({ text: t('issuedOk', { number: res.data!.issueConsolidatedReport.documentNumber }) });
      await Promise.all([list.refetch(), current.refetch()]);
    } catch (e) {
      fail(e);
    }
  };

  const download = (url: string, name: string) =>
    void downloadWithToken(url, name).catch((e: Error) => setStatus({ text: e.message }));

  const edit = (change: Partial<Draft>) => {
    if (draft) setEdits({ ...draft, ...change });
  };

  return (
    <div className="page">
      <h1 className="page-title">{t('title')}</h1>
      <PlanPicker label={t('plan')} />
      {list.error && !list.data && (
        <p role="alert" className="form-error">
          {tc('error', { message: list.error.message })}
        </p>
      )}
      {list.data && (
        <div className={styles.layout}>
          <aside className={styles.side}>
            <div className={styles.generate}>
              <label className="field">
                <span className="field-label">{t('cycle')}</span>
                <select value={cycleKey} onChange={(e) => setCycleKey(e.target.value)}>
                  {list.data.reportingCycles.map((c) => (
                    <option key={c.key} value={c.key}>
                      {c.label}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                className="button primary"
                disabled={generating.loading}
                onClick={() => void onGenerate()}
              >
                {t('generate')}
              </button>
            </div>
            <h2>{t('drafts')}</h2>
            {list.data.consolidatedReports.length === 0 && <p className="muted">{t('noDrafts')}</p>}
            <ul className={styles.list}>
              {list.data.consolidatedReports.map((r) => (
                <li key={r.id}>
                  <button
                    type="button"
                    className={`button small ${r.id === reportId ? 'primary' : ''}`}
                    onClick={() => {
                      setDirty(false);
                      select('report', r.id);
                    }}
                  >
                    {r.cycleLabel}
                  </button>
                </li>
              ))}
            </ul>
            <h2>{t('issued')}</h2>
            {list.data.issuedReports.length === 0 && <p className="muted">{t('noIssued')}</p>}
            <ul className={styles.list}>
              {list.data.issuedReports.map((v) => (
                <li key={v.id}>
                  <strong>{v.documentNumber}</strong> · {t('version', { n: v.versionNumber })} ({v.cycleKey})
                  <div className="muted">{t('issuedBy', { date: formatDate(v.issuedOn), name: v.issuedBy.name })}</div>
                  <button type="button" className="button small" onClick={() => select('issued', v.id)}>
                    {t('view')}
                  </button>{' '}
                  <button
                    type="button"
                    className="button small"
                    onClick={() => download(v.docxUrl, `${v.documentNumber}.docx`)}
                  >
                    {t('docx')}
                  </button>
                </li>
              ))}
            </ul>
          </aside>

          <main className={styles.main}>
            {status && (
              <p role="status" className={styles.status}>
                {status.text}{' '}
                {status.conflict && (
                  <button
                    type="button"
                    className="button small"
                    onClick={() => {
                      setDirty(false);
                      setStatus(null);
                      void current.refetch();
                    }}
                  >
                    {t('reload')}
                  </button>
                )}
              </p>
            )}
            {viewId && issuedView.data && (
              <section className={styles.preview} aria-label={issuedView.data.issuedReport.documentNumber}>
                <button type="button" className="button small" onClick={() => select('issued', null)}>
                  {tc('close')}
                </button>
                <div dangerouslySetInnerHTML={{ __html: issuedView.data.issuedReport.html }} />
              </section>
            )}
            {report && draft && (
              <>
                <div className={styles.actions}>
                  <button
                    type="button"
                    className="button primary"
                    disabled={!dirty || updating.loading}
                    onClick={() => void onSave()}
                  >
                    {t('save')}
                  </button>
                  <button type="button" className="button" onClick={() => void onRegenerate()}>
                    {t('regenerate')}
                  </button>
                  <button type="button" className="button" onClick={() => download(report.docxUrl, 'du-thao.docx')}>
                    {t('docx')}
                  </button>
                  <button
                    type="button"
                    className="button primary"
                    disabled={dirty || issuing.loading}
                    onClick={() => void onIssue()}
                  >
                    {t('issue')}
                  </button>
                  {dirty && <span className="muted">{t('unsaved')}</span>}
                </div>
                <div className={styles.editor}>
                  <section aria-label={t('edit')}>
                    <label className="field">
                      <span className="field-label">{t('subtitle')}</span>
                      <textarea rows={2} value={draft.subtitle} onChange={(e) => edit({ subtitle: e.target.value })} />
                    </label>
                    {report.sections.map((s) => (
                      <label key={s.key} className="field">
                        <span className="field-label">{s.heading}</span>
                        <textarea
                          rows={Math.min(18, Math.max(4, (draft.sections[s.key] ?? '').split('\n').length + 1))}
                          value={draft.sections[s.key] ?? ''}
                          onChange={(e) => edit({ sections: { ...draft.sections, [s.key]: e.target.value } })}
                        />
                      </label>
                    ))}
                    <label className="field">
                      <span className="field-label">{t('recipients')}</span>
                      <textarea
                        rows={5}
                        value={draft.recipients}
                        onChange={(e) => edit({ recipients: e.target.value })}
                      />
                    </label>
                    <label className="field">
                      <span className="field-label">{t('signerTitle')}</span>
                      <textarea
                        rows={2}
                        value={draft.signerTitle}
                        onChange={(e) => edit({ signerTitle: e.target.value })}
                      />
                    </label>
                    <label className="field">
                      <span className="field-label">{t('signerName')}</span>
                      <input value={draft.signerName} onChange={(e) => edit({ signerName: e.target.value })} />
                    </label>
                  </section>
                  <section className={styles.preview} aria-label={t('preview')}>
                    <h2>{t('preview')}</h2>
                    {/* The server escapes every text it puts in this HTML. */}
                    <div dangerouslySetInnerHTML={{ __html: report.html }} />
                  </section>
                </div>
              </>
            )}
          </main>
        </div>
      )}
    </div>
  );
}
