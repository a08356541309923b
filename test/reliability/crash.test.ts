// Crash safety: the built server is killed with SIGKILL in the middle of a burst of progress
// reports. Every report it acknowledged must be there after a restart, exactly once, and the
// plan's activity sequence must have no gap. Retrying the unacknowledged ones with the same
// clientMutationId must create each exactly once.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, gql, login, startBuilt, stopBuilt } from '../support/built-server.js';

const SUBMIT = `mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id summary } }`;
const TOTAL = 200;
const KILL_AFTER = 20;

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-crash-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a server killed mid-burst', () => {
  it('keeps every acknowledged report exactly once, and the activity sequence gap-free', async () => {
    const dbPath = path.join(dir, 'tiendo.sqlite');
    const env = { DATABASE_URL: `sqlite:${dbPath}` };
    const first = await startBuilt(env);
    const token = await login(first.url, 'vhtt@chauthanh.demo');
    const orgId = (await gql(first.url, '{ me { organization { id } } }', undefined, token)).data.me.organization.id;
    const plan = (await gql(first.url, '{ plans { id number tasks { id code } } }')).data.plans.find(
      (p: { number: string }) => p.number === '85/KH-UBND',
    );
    const taskId = plan.tasks.find((t: { code: string }) => t.code === 'II.2.b').id;
    const input = (i: number) => ({
      taskId,
      organizationId: orgId,
      progress: i % 101,
      summary: `Báo cáo lần ${i}`,
      clientMutationId: `crash-${i}`,
    });

    // Fire the whole burst at once; SIGKILL as soon as KILL_AFTER answers have come back.
    const acknowledged = new Map<number, string>();
    let killed: Promise<void> | null = null;
    const burst = Array.from({ length: TOTAL }, (_, i) =>
      gql(first.url, SUBMIT, { i: input(i) }, token).then(
        (res) => {
          if (killed) return; // answered after the kill was decided: count it as not acknowledged
          if (res.data?.submitProgressReport) acknowledged.set(i, res.data.submitProgressReport.id);
          else throw new Error(`unexpected answer: ${JSON.stringify(res.errors)}`);
          if (acknowledged.size === KILL_AFTER) killed = stopBuilt(first, 'SIGKILL');
        },
        () => undefined, // the connection died with the server: not acknowledged
      ),
    );
    await Promise.all(burst);
    await killed;
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(acknowledged.size).toBe(KILL_AFTER);

    const second = await startBuilt(env);
    try {
      const reportsOf = async () =>
        (await gql(second.url, `query($id: ID!) { task(id: $id) { reports { id summary } } }`, { id: taskId })).data
          .task.reports as { id: string; summary: string }[];
      const after = await reportsOf();
      for (const [i, id] of acknowledged) {
        expect(after.filter((r) => r.id === id)).toEqual([{ id, summary: `Báo cáo lần ${i}` }]);
      }
      // Usually part of the burst died with the process unanswered (how much depends on the machine's
      // load, so it is not asserted): none of it may appear twice.
      expect(new Set(after.map((r) => r.summary)).size).toBe(after.length);

      // The client retries everything with the same ids: the first result for the acknowledged
      // ones (and for any the server committed without answering), a new report for the others.
      for (let start = 0; start < TOTAL; start += 25) {
        const batch = Array.from({ length: 25 }, (_, k) => start + k);
        const answers = await Promise.all(batch.map((i) => gql(second.url, SUBMIT, { i: input(i) }, token)));
        answers.forEach((res, k) => {
          expect(res.errors).toBeUndefined();
          const i = batch[k]!;
          if (acknowledged.has(i)) expect(res.data.submitProgressReport.id).toBe(acknowledged.get(i));
        });
      }
      const final = await reportsOf();
      expect(final).toHaveLength(TOTAL);
      expect(new Set(final.map((r) => r.summary)).size).toBe(TOTAL);
    } finally {
      await stopBuilt(second);
    }

    // The activity log, read from the file: one event per report, sequence 1..N without a gap.
    const db = new Database(dbPath, { readonly: true });
    try {
      const seqs = db
        .prepare('SELECT seq FROM activity_event WHERE planId = ? ORDER BY seq')
        .all(Number(plan.id))
        .map((r) => (r as { seq: number }).seq);
      expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, k) => k + 1));
      const reportEvents = db
        .prepare(
          "SELECT COUNT(DISTINCT reportId) AS n, COUNT(*) AS c FROM activity_event WHERE planId = ? AND type = 'REPORT_SUBMITTED'",
        )
        .get(Number(plan.id)) as { n: number; c: number };
      expect(reportEvents).toEqual({ n: TOTAL, c: TOTAL });
      const { last } = db.prepare('SELECT lastActivitySeq AS last FROM plan WHERE id = ?').get(Number(plan.id)) as {
        last: number;
      };
      expect(last).toBe(seqs.length);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  });
});
