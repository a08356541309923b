import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, builtMain, gql, login, startBuilt, stopBuilt } from '../support/built-server.js';

let dir: string;

beforeAll(() => {
  assertBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-built-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the built server', () => {
  it('refuses a bad configuration with a clear message', async () => {
    const child = spawn(process.execPath, [builtMain], {
      env: { PATH: process.env.PATH ?? '', PORT: 'not-a-port', DATABASE_URL: 'mysql://x' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    const code = await new Promise((r) => child.once('exit', r));
    expect(code).toBe(78);
    expect(err).toContain('PORT');
    expect(err).toContain('DATABASE_URL');
  });

  it('loads the sample plan on an empty database and keeps data across a restart', async () => {
    const env = { DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}` };
    const first = await startBuilt(env);
    const plans = await gql(first.url, '{ plans { number } }');
    expect(plans.data.plans.map((p: { number: string }) => p.number)).toContain('85/KH-UBND');

    const token = await login(first.url, 'vhtt@chauthanh.demo');
    const orgId = (await gql(first.url, '{ me { organization { id } } }', undefined, token)).data.me.organization.id;
    const task = (await gql(first.url, '{ plans { number tasks { id code } } }')).data.plans
      .find((p: { number: string }) => p.number === '85/KH-UBND')
      .tasks.find((t: { code: string }) => t.code === 'II.2.b');
    const posted = await gql(
      first.url,
      `mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }`,
      { i: { taskId: task.id, organizationId: orgId, progress: 40, summary: 'Đã đăng 3 tin bài' } },
      token,
    );
    expect(posted.errors ?? []).toEqual([]);
    await stopBuilt(first);

    const second = await startBuilt(env);
    const after = await gql(second.url, `query($id: ID!) { task(id: $id) { progress reports { summary } } }`, {
      id: task.id,
    });
    expect(after.data.task.reports.map((r: { summary: string }) => r.summary)).toEqual(['Đã đăng 3 tin bài']);
    // Tokens are sessions in the database: still valid after the restart.
    const me = await gql(second.url, '{ me { email } }', undefined, token);
    expect(me.data.me.email).toBe('vhtt@chauthanh.demo');
    await stopBuilt(second);
  });
});
