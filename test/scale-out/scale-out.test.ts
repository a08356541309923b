// Two server processes on one PostgreSQL database, carrying events and presence through Redis.
import crypto from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityListener } from '../../server/src/testing/ws-client.js';
import { assertBuilt, gql, login, startBuilt, stopBuilt, type BuiltServer } from '../support/built-server.js';
import { POSTGRES_URL, REDIS_URL } from '../services.js';

const dbName = `tiendo_scale_${crypto.randomBytes(5).toString('hex')}`;
let a: BuiltServer;
let b: BuiltServer;
let planId: string;
const tasks: Record<string, string> = {};
const orgs: Record<string, string> = {};
const tokens: Record<string, { a: string; b: string }> = {};
const listeners: ActivityListener[] = [];

async function admin<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: POSTGRES_URL });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

const report = (server: BuiltServer, who: string, task: string, org: string, progress: number) =>
  gql(
    server.url,
    `mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }`,
    { i: { taskId: tasks[task], organizationId: orgs[org], progress, summary: `${progress}%` } },
    server === a ? tokens[who]!.a : tokens[who]!.b,
  );
const lastSeq = async () =>
  (await gql(a.url, `query($id: ID!) { plan(id: $id) { lastActivitySeq } }`, { id: planId })).data.plan
    .lastActivitySeq as number;
const listen = (server: BuiltServer, token: string | null, after: number | null = null) => {
  const l = new ActivityListener(server.url, planId, { token, after });
  listeners.push(l);
  return l;
};
const expectConsecutive = (seqs: number[], from: number, count: number) =>
  expect(seqs).toEqual(Array.from({ length: count }, (_, i) => from + i));

beforeAll(async () => {
  assertBuilt();
  await admin((c) => c.query(`CREATE DATABASE ${dbName}`));
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${dbName}`;
  const env = { DATABASE_URL: url.toString(), REDIS_URL, TIENDO_REDIS_PREFIX: `test-${dbName}` };
  // Both start at once on an empty database: one migrates and seeds, the other waits for it.
  [a, b] = await Promise.all([startBuilt(env), startBuilt(env)]);
  const res = await gql(a.url, '{ plans { id number tasks { id code } } organizations { id shortName } }');
  const plan = res.data.plans.find((p: any) => p.number === '85/KH-UBND');
  planId = plan.id;
  for (const t of plan.tasks) tasks[t.code] = t.id;
  for (const o of res.data.organizations) orgs[o.shortName] = o.id;
  for (const key of ['vhtt', 'dtth', 'kthat', 'mttq', 'gddt']) {
    tokens[key] = { a: await login(a.url, `${key}@chauthanh.demo`), b: await login(b.url, `${key}@chauthanh.demo`) };
  }
}, 120_000);

afterAll(async () => {
  await Promise.all(listeners.map((l) => l.dispose()));
  await Promise.all([a && stopBuilt(a), b && stopBuilt(b)]);
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));
});

describe('two instances, one live board', () => {
  it('seeded the sample plan once although both started together', async () => {
    const res = await gql(b.url, '{ plans { number } }');
    expect(res.data.plans.filter((p: any) => p.number === '85/KH-UBND')).toHaveLength(1);
  });

  it('delivers to a subscriber on A, in order, the reports submitted on B', async () => {
    const start = await lastSeq();
    const onA = listen(a, tokens.mttq!.a, start);
    for (const p of [10, 20, 30]) await report(b, 'vhtt', 'II.2.b', 'VH-TT', p);
    await onA.until((l) => l.logged.length >= 3, 'three events from B');
    expectConsecutive(
      onA.logged.map((e) => e.seq),
      start + 1,
      3,
    );
    expect(onA.logged.map((e) => e.report?.progress)).toEqual([10, 20, 30]);
  });

  it('lets a client that leaves A and comes back on B with `after` miss nothing and see nothing twice', async () => {
    const start = await lastSeq();
    const onA = listen(a, tokens.gddt!.a, start);
    await report(a, 'gddt', 'II.3.c', 'GD&ĐT', 5);
    await onA.until((l) => l.logged.length === 1, 'the first event');
    const seen = onA.logged.at(-1)!.seq;
    await onA.dispose();

    await report(a, 'gddt', 'II.3.c', 'GD&ĐT', 15);
    await report(b, 'gddt', 'II.3.c', 'GD&ĐT', 25);
    const onB = listen(b, tokens.gddt!.b, seen);
    await onB.until((l) => l.logged.length >= 2, 'the missed events');
    await report(a, 'gddt', 'II.3.c', 'GD&ĐT', 35);
    await onB.until((l) => l.logged.length >= 3, 'a live event from A');
    await new Promise((r) => setTimeout(r, 300));
    expectConsecutive(
      onB.logged.map((e) => e.seq),
      seen + 1,
      3,
    );
    expect(onB.logged.map((e) => e.report?.progress)).toEqual([15, 25, 35]);
  });

  it('numbers concurrent writes on both instances without a gap, and both boards see them all in order', async () => {
    const start = await lastSeq();
    const onA = listen(a, null, start);
    const onB = listen(b, null, start);
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 40; i++) {
      writes.push(report(a, 'vhtt', 'II.2.b', 'VH-TT', i));
      writes.push(report(b, 'dtth', 'II.2.b', 'Đài TT', i));
    }
    const results = (await Promise.all(writes)) as { errors?: unknown[] }[];
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(await lastSeq()).toBe(start + 80);
    for (const l of [onA, onB]) {
      await l.until((x) => x.logged.length >= 80, '80 events', 20_000);
      expectConsecutive(
        l.logged.map((e) => e.seq),
        start + 1,
        80,
      );
    }
    const url = new URL(POSTGRES_URL);
    url.pathname = `/${dbName}`;
    const db = new pg.Client({ connectionString: url.toString() });
    await db.connect();
    const rows = (await db.query('SELECT seq FROM activity_event WHERE "planId" = $1 ORDER BY seq', [planId])).rows;
    await db.end();
    expectConsecutive(
      rows.map((r) => r.seq),
      1,
      start + 80,
    );
  });

  it('shows a viewer on A to B, and drops them within seconds when A dies', async () => {
    const watcher = listen(a, tokens.kthat!.a);
    const viewersOnB = async () =>
      (
        await gql(b.url, `query($id: ID!) { viewers(planId: $id) { user { email } } }`, { id: planId }, tokens.mttq!.b)
      ).data.viewers.map((v: any) => v.user.email);
    await watcher.until((l) => l.events.length > 0, 'the subscription');
    const deadline = Date.now() + 5_000;
    while (!(await viewersOnB()).includes('kthat@chauthanh.demo')) {
      if (Date.now() > deadline) throw new Error('the viewer on A never showed on B');
      await new Promise((r) => setTimeout(r, 100));
    }
    const killedAt = Date.now();
    await stopBuilt(a, 'SIGKILL');
    while ((await viewersOnB()).includes('kthat@chauthanh.demo')) {
      if (Date.now() - killedAt > 15_000) throw new Error('the dead instance’s viewer is still shown after 15 s');
      await new Promise((r) => setTimeout(r, 250));
    }
  });
});
