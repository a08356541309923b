// Backup while the built server takes a burst of writes, then restore into a fresh folder and
// start a server on the restored copy.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, gql, login, root, startBuilt, stopBuilt } from '../support/built-server.js';

const cli = path.join(root, 'server/dist/cli/index.js');
const SUBMIT = `mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }`;

function tiendo(args: string[], env: Record<string, string>): Promise<{ code: number; out: string }> {
  const child = spawn(process.execPath, [cli, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code: code ?? -1, out })));
}

/** What must agree inside one consistent copy: reports, their events, the plan's sequence. */
function consistency(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const reports = (db.prepare('SELECT COUNT(*) AS n FROM progress_report').get() as { n: number }).n;
    const reportEvents = (
      db.prepare("SELECT COUNT(*) AS n FROM activity_event WHERE type = 'REPORT_SUBMITTED'").get() as { n: number }
    ).n;
    const plans = db.prepare('SELECT id, lastActivitySeq AS last FROM plan').all() as { id: number; last: number }[];
    const gapFree = plans.every((p) => {
      const seqs = (
        db.prepare('SELECT seq FROM activity_event WHERE planId = ? ORDER BY seq').all(p.id) as {
          seq: number;
        }[]
      ).map((r) => r.seq);
      return seqs.length === p.last && seqs.every((s, k) => s === k + 1);
    });
    return { reports, reportEvents, gapFree, integrity: db.pragma('integrity_check', { simple: true }) };
  } finally {
    db.close();
  }
}

let dir: string;
beforeAll(() => {
  assertBuilt();
  if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: run pnpm build first`);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-backup-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('backup and restore', () => {
  it('copies the database consistently while writes go on, and a server runs on the restored copy', async () => {
    const live = { DATABASE_URL: `sqlite:${path.join(dir, 'live', 'tiendo.sqlite')}` };
    const server = await startBuilt(live);
    const token = await login(server.url, 'vhtt@chauthanh.demo');
    const orgId = (await gql(server.url, '{ me { organization { id } } }', undefined, token)).data.me.organization.id;
    const plan = (await gql(server.url, '{ plans { number tasks { id code } } }')).data.plans.find(
      (p: { number: string }) => p.number === '85/KH-UBND',
    );
    const taskId = plan.tasks.find((t: { code: string }) => t.code === 'II.2.b').id;

    // Eight writers post reports until told to stop.
    let writing = true;
    let written = 0;
    const writers = Array.from({ length: 8 }, async (_, w) => {
      for (let i = 0; writing; i++) {
        const res = await gql(
          server.url,
          SUBMIT,
          { i: { taskId, organizationId: orgId, progress: (i * 7) % 101, summary: `Ghi ${w}-${i}` } },
          token,
        );
        if (!res.data?.submitProgressReport) throw new Error(JSON.stringify(res.errors));
        written++;
      }
    });
    while (written < 30) await new Promise((r) => setTimeout(r, 20));
    const backupFile = path.join(dir, 'copies', 'mid-burst.sqlite');
    const made = await tiendo(['backup', '--out', backupFile], live);
    const writtenAtBackupEnd = written;
    expect(made.out).toContain('integrity ok');
    expect(made.code).toBe(0);
    while (written < writtenAtBackupEnd + 30) await new Promise((r) => setTimeout(r, 20));
    writing = false;
    await Promise.all(writers);

    const copy = consistency(backupFile);
    expect(copy.integrity).toBe('ok');
    expect(copy.gapFree).toBe(true);
    // Taken mid-burst: some reports, not all, and every report with its event.
    expect(copy.reports).toBeGreaterThanOrEqual(30);
    expect(copy.reports).toBeLessThan(written);
    expect(copy.reportEvents).toBe(copy.reports);

    // Restoring over the live database is refused while the server has it open.
    const refused = await tiendo(['restore', backupFile], live);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/server has .* open/);
    await stopBuilt(server);
    const liveAfter = consistency(path.join(dir, 'live', 'tiendo.sqlite'));
    expect(liveAfter.reports).toBe(written);

    // A damaged file is refused.
    const damaged = path.join(dir, 'copies', 'damaged.sqlite');
    fs.writeFileSync(damaged, Buffer.concat([fs.readFileSync(backupFile).subarray(0, 4096), Buffer.alloc(4096, 7)]));
    const fresh = { DATABASE_URL: `sqlite:${path.join(dir, 'fresh', 'tiendo.sqlite')}` };
    const bad = await tiendo(['restore', damaged], fresh);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/Refusing to restore/);

    // Restore into a fresh folder and serve it.
    const restored = await tiendo(['restore', backupFile], fresh);
    expect(restored.code).toBe(0);
    const again = await startBuilt(fresh);
    try {
      const reports = (await gql(again.url, `query($id: ID!) { task(id: $id) { reports { id } } }`, { id: taskId }))
        .data.task.reports;
      expect(reports).toHaveLength(copy.reports);
      // Sessions came along too, and the restored server takes new writes.
      const posted = await gql(
        again.url,
        SUBMIT,
        { i: { taskId, organizationId: orgId, progress: 100, summary: 'Sau khi phục hồi' } },
        token,
      );
      expect(posted.errors).toBeUndefined();
    } finally {
      await stopBuilt(again);
    }
    const restoredAfter = consistency(path.join(dir, 'fresh', 'tiendo.sqlite'));
    expect(restoredAfter).toMatchObject({ integrity: 'ok', gapFree: true, reports: copy.reports + 1 });
  });
});
