// Figure 2: submitProgressReport from 50 concurrent HTTP clients, against direct inserts of the same
// rows (the report and its activity event, one transaction each) through better-sqlite3 with the
// server's pragmas, on the same database file.
import Database from 'better-sqlite3';
import type { DatasetInfo } from './dataset.js';
import { DEMO_PASSWORD } from './dataset.js';
import type { Figure } from './report.js';
import type { ServerProcess } from './server-process.js';
import { pool, round, summarize } from './stats.js';

const SUBMIT = `mutation($input: SubmitProgressReportInput!) {
  submitProgressReport(input: $input) { id progress createdAt } }`;
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';

interface Reporter {
  email: string;
  organizationId: number;
  taskIds: number[];
  token?: string;
}

async function gql(url: string, query: string, variables: object, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, { token?: string; id?: string }> | null; errors?: unknown[] };
}

/** Units assigned (lead or collaborator) to tasks of the plan, the busiest first, with their tasks. */
export function reportersOf(file: string, planId: number, count: number): Reporter[] {
  const db = new Database(file, { readonly: true });
  const rows = db
    .prepare(
      `SELECT u.email, a."organizationId" AS organizationId, a."taskId" AS taskId
         FROM assignment a JOIN task t ON t.id = a."taskId"
         JOIN "user" u ON u."organizationId" = a."organizationId" AND u.disabled = 0 AND u.role <> 'MONITOR'
        WHERE t."planId" = ? AND a.role <> 'MONITOR' ORDER BY a.id`,
    )
    .all(planId) as { email: string; organizationId: number; taskId: number }[];
  db.close();
  const byEmail = new Map<string, Reporter>();
  for (const r of rows) {
    const reporter = byEmail.get(r.email) ?? { email: r.email, organizationId: r.organizationId, taskIds: [] };
    reporter.taskIds.push(r.taskId);
    byEmail.set(r.email, reporter);
  }
  return [...byEmail.values()].sort((a, b) => b.taskIds.length - a.taskIds.length).slice(0, count);
}

export async function submitReports(
  server: ServerProcess,
  dataset: DatasetInfo,
  options: { clients: number; reports: number; warmup: number },
) {
  const reporters = reportersOf(dataset.file, dataset.stressPlanId, options.clients);
  if (reporters.length < options.clients) throw new Error(`only ${reporters.length} units can report on the plan`);
  await pool(reporters.length, 4, async (i) => {
    const r = reporters[i]!;
    const res = await gql(server.url, LOGIN, { e: r.email, p: DEMO_PASSWORD });
    r.token = res.data?.login?.token;
    if (!r.token) throw new Error(`login failed for ${r.email}: ${JSON.stringify(res.errors)}`);
  });

  const submit = async (r: Reporter, k: number) => {
    const input = {
      taskId: String(r.taskIds[k % r.taskIds.length]),
      organizationId: String(r.organizationId),
      progress: (k * 7) % 101,
      summary: `Báo cáo tiến độ lần ${k + 1}: đã tổ chức hội nghị tuyên truyền tại đơn vị.`,
    };
    const res = await gql(server.url, SUBMIT, { input }, r.token);
    if (!res.data?.submitProgressReport?.id) throw new Error(`submit failed: ${JSON.stringify(res.errors)}`);
  };

  // Warm up, then every client submits its share as fast as the server answers.
  await pool(options.warmup, options.clients, (i) => submit(reporters[i % reporters.length]!, i));
  const latencies: number[] = [];
  const perClient = Math.ceil(options.reports / reporters.length);
  const started = performance.now();
  await Promise.all(
    reporters.map(async (r) => {
      for (let k = 0; k < perClient; k++) {
        const t = performance.now();
        await submit(r, options.warmup + k);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    ...summarize(latencies),
    perSecond: latencies.length / seconds,
    clients: reporters.length,
    warmup: options.warmup,
  };
}

export type HttpRun = Awaited<ReturnType<typeof submitReports>>;

/** The baseline: the same rows inserted directly, one transaction each, sequentially. */
export function directInserts(dataset: DatasetInfo, count: number) {
  const db = new Database(dataset.file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = FULL');
  const reporters = reportersOf(dataset.file, dataset.stressPlanId, 50);
  const insertReport = db.prepare(
    `INSERT INTO progress_report ("taskId", "organizationId", "authorId", progress, summary, results, difficulties, proposals, period)
     VALUES (?, ?, (SELECT id FROM "user" WHERE email = ?), ?, ?, '', '', '', NULL)`,
  );
  const nextSeq = db.prepare(
    `UPDATE plan SET "lastActivitySeq" = "lastActivitySeq" + 1 WHERE id = ? RETURNING "lastActivitySeq" AS seq`,
  );
  const insertEvent = db.prepare(
    `INSERT INTO activity_event ("planId", seq, type, "actorId", "organizationId", "taskId", "reportId", changes)
     VALUES (?, ?, 'REPORT_SUBMITTED', (SELECT id FROM "user" WHERE email = ?), ?, ?, ?, ?)`,
  );
  const one = db.transaction((r: Reporter, k: number) => {
    const taskId = r.taskIds[k % r.taskIds.length]!;
    const progress = (k * 7) % 101;
    const report = insertReport.run(taskId, r.organizationId, r.email, progress, `Báo cáo trực tiếp lần ${k + 1}`);
    const { seq } = nextSeq.get(dataset.stressPlanId) as { seq: number };
    insertEvent.run(
      dataset.stressPlanId,
      seq,
      r.email,
      r.organizationId,
      taskId,
      report.lastInsertRowid,
      JSON.stringify({ progress: { from: 0, to: progress } }),
    );
  });
  for (let k = 0; k < 50; k++) one(reporters[k % reporters.length]!, k);
  const latencies: number[] = [];
  const started = performance.now();
  for (let k = 0; k < count; k++) {
    const t = performance.now();
    one(reporters[k % reporters.length]!, k);
    latencies.push(performance.now() - t);
  }
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return { ...summarize(latencies), perSecond: latencies.length / seconds };
}

export function reportsFigure(dataset: DatasetInfo, http: HttpRun, direct: ReturnType<typeof directInserts>): Figure {
  return {
    id: 2,
    title: `submitProgressReport, ${http.clients} concurrent clients`,
    baselineName:
      'the same rows inserted directly — the report, the plan’s next activity sequence number (UPDATE … RETURNING) and the activity event, one transaction each — through better-sqlite3 with the server’s pragmas (WAL, synchronous = FULL) on the same database file while the server is stopped',
    rows: [
      {
        measure: 'throughput',
        value: round(http.perSecond, 0),
        baseline: round(direct.perSecond, 0),
        unit: 'reports/s',
        ratio: round(direct.perSecond / http.perSecond),
        target: '≥ 1,000/s',
        met: http.perSecond >= 1000,
      },
      { measure: 'p50', value: http.p50, baseline: direct.p50, unit: 'ms', ratio: round(http.p50 / direct.p50) },
      { measure: 'p99', value: http.p99, baseline: direct.p99, unit: 'ms', ratio: round(http.p99 / direct.p99) },
    ],
    notes: [
      `${http.n} reports after ${http.warmup} warm-up reports, each client signed in as a different unit and reporting on tasks its unit is assigned to in the ${dataset.stressTaskCount}-task plan; a report also updates the unit’s assignment, the task and its ancestors’ progress, and is published to the plan’s subscribers (none here).`,
      'The throughput ratio is baseline ÷ Tiến độ (how many times more reports per second the bare inserts manage); latencies are per request as the client sees it, queueing behind the other 49 clients included, and per transaction for the baseline.',
    ],
  };
}
