// Figure 1: the board of the 2,000-task plan through GraphQL over HTTP, against the same rows read
// with hand-written SQL through the same driver (better-sqlite3) on the same database file.
import Database from 'better-sqlite3';
import { BOARD_QUERY } from '../../server/src/testing/board-query.js';
import type { DatasetInfo } from './dataset.js';
import type { Figure } from './report.js';
import type { ServerProcess } from './server-process.js';
import { round, summarize } from './stats.js';

/** The board's rows in five statements, as one would write them by hand. */
export const BASELINE_STATEMENTS = [
  `SELECT p.id, p.number, p.title, so.name AS standingOffice FROM plan p LEFT JOIN organization so ON so.id = p."standingOfficeId" WHERE p.id = ?`,
  `SELECT o.id, o.name FROM plan_monitor m JOIN organization o ON o.id = m."organizationId" WHERE m."planId" = ? ORDER BY o.id`,
  `SELECT t.id, t.code, t.title, t.status, t.progress, t."deadlineKind", t."deadlineDate", t."deadlineText", t."lastReportAt", t.version, t."parentId", t.position
     FROM task t WHERE t."planId" = ? ORDER BY t.id`,
  `SELECT a.id, a."taskId", a.role, a.progress, a.status, g.code AS viaGroup, o.id AS orgId, o.name, o."shortName", o.kind
     FROM assignment a JOIN task t ON t.id = a."taskId" JOIN organization o ON o.id = a."organizationId"
     LEFT JOIN organization_group g ON g.id = a."viaGroupId" WHERE t."planId" = ? ORDER BY a.id`,
  `SELECT r.id, r."taskId", r.progress, r.summary, r."createdAt", o."shortName", u.name AS author
     FROM progress_report r JOIN organization o ON o.id = r."organizationId" JOIN "user" u ON u.id = r."authorId"
     WHERE r.id IN (SELECT MAX(l.id) FROM progress_report l JOIN task t ON t.id = l."taskId" WHERE t."planId" = ? GROUP BY l."taskId")`,
];

async function post(url: string, query: string, variables: object) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as {
    data?: { plan?: { tasks: { assignments: unknown[]; latestReport: unknown }[] } };
    errors?: unknown[];
    extensions?: { sqlStatements?: number };
  };
}

/** SQL statements the board query costs on a small plan and on the stress plan (development mode). */
export async function statementCounts(
  devServer: ServerProcess,
  dataset: DatasetInfo,
): Promise<{ small: number; large: number; smallTasks: number }> {
  const db = new Database(dataset.file, { readonly: true });
  const small = db
    .prepare(
      `SELECT "planId" AS id, COUNT(*) AS n FROM task GROUP BY "planId" HAVING n BETWEEN 10 AND 30 ORDER BY "planId" LIMIT 1`,
    )
    .get() as { id: number; n: number };
  db.close();
  const count = async (id: number) => {
    const res = await post(devServer.url, BOARD_QUERY, { id: String(id) });
    if (res.errors || res.extensions?.sqlStatements === undefined) {
      throw new Error(`no statement count: ${JSON.stringify(res.errors)}`);
    }
    return res.extensions.sqlStatements;
  };
  return { small: await count(small.id), large: await count(dataset.stressPlanId), smallTasks: small.n };
}

export async function boardQuery(
  server: ServerProcess,
  dataset: DatasetInfo,
  iterations: number,
  counts: { small: number; large: number; smallTasks: number },
): Promise<Figure> {
  const variables = { id: String(dataset.stressPlanId) };
  // Warm up both (JIT, SQLite page cache), then alternate so drift hits both alike.
  const db = new Database(dataset.file, { readonly: true });
  const statements = BASELINE_STATEMENTS.map((s) => db.prepare(s));
  const readRows = () => statements.map((s) => s.all(dataset.stressPlanId));
  let first: Awaited<ReturnType<typeof post>> | null = null;
  for (let i = 0; i < 5; i++) {
    first = await post(server.url, BOARD_QUERY, variables);
    readRows();
  }
  if (!first?.data?.plan || first.errors) throw new Error(`board query failed: ${JSON.stringify(first?.errors)}`);
  const tasks = first.data.plan.tasks;
  const baselineRows = readRows();

  const gql: number[] = [];
  const sql: number[] = [];
  // What any JSON API pays for this answer, whatever builds it: the rows read by hand, then the
  // same 2 MB response serialised and parsed once (the server writes it, the client reads it).
  const floor: number[] = [];
  let bytes = 0;
  for (let i = 0; i < iterations; i++) {
    let t = performance.now();
    const res = await post(server.url, BOARD_QUERY, variables);
    gql.push(performance.now() - t);
    if (i === 0) bytes = JSON.stringify(res).length;
    t = performance.now();
    readRows();
    sql.push(performance.now() - t);
    t = performance.now();
    readRows();
    JSON.parse(JSON.stringify(res));
    floor.push(performance.now() - t);
  }
  db.close();
  const g = summarize(gql);
  const s = summarize(sql);
  const f = summarize(floor);
  const ratio = g.p50 / s.p50;
  return {
    id: 1,
    title: `Board query, ${tasks.length.toLocaleString('en-US')}-task plan`,
    baselineName:
      'the same rows (plan, monitors, tasks, assignments with units, latest report per task with unit and author) read with five hand-written SQL statements through better-sqlite3 on the same database file, in the bench process',
    rows: [
      {
        measure: 'p50',
        value: g.p50,
        baseline: s.p50,
        unit: 'ms',
        ratio: round(ratio),
        target: '≤ 3×',
        met: ratio <= 3,
      },
      { measure: 'p99', value: g.p99, baseline: s.p99, unit: 'ms', ratio: round(g.p99 / s.p99) },
      {
        measure: 'p50 against SQL + JSON of the response',
        value: g.p50,
        baseline: f.p50,
        unit: 'ms',
        ratio: round(g.p50 / f.p50),
      },
      {
        measure: 'SQL statements',
        value: counts.large,
        baseline: BASELINE_STATEMENTS.length,
        unit: 'per query',
        target: 'fixed',
        met: counts.large === counts.small,
      },
    ],
    notes: [
      `The server runs as its own process with NODE_ENV=production (as deployed); the statement count comes from a second server in development mode, where responses carry it: ${counts.small} statements for a ${counts.smallTasks}-task plan and ${counts.large} for the ${tasks.length}-task plan.`,
      `${iterations} requests after 5 warm-up requests, alternating with the baseline; GraphQL time is measured by the client: request, execution, JSON over HTTP and parsing the ${Math.round(bytes / 1024)} kB response.`,
      `Second baseline (no target): the five statements plus JSON.stringify and JSON.parse of the same ${Math.round(bytes / 1024)} kB response in the bench process — the least any JSON API answering this query pays, before building the response and sending it over HTTP.`,
      `The response held ${tasks.length} tasks, ${tasks.reduce((n, t) => n + t.assignments.length, 0)} assignments and ${tasks.filter((t) => t.latestReport).length} latest reports; the baseline read ${baselineRows.map((r) => r.length).join(' / ')} rows.`,
    ],
  };
}
