// The built product as `pnpm start` runs it: a separate Node process on the compiled server,
// a temp SQLite file, configuration from the environment only.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const main = path.join(root, 'server/dist/main.js');
let dir: string;

async function startBuilt(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [main], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const check = () => {
      const m = /open (http:\/\/[^/\s]+)\//.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { child, url, output: () => output };
}

async function stop(child: ChildProcess) {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

async function gql(url: string, query: string, variables?: object, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: any[] };
}

beforeAll(() => {
  if (!fs.existsSync(main)) throw new Error(`${main} is missing: run pnpm build first (pnpm test does).`);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-built-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the built server', () => {
  it('refuses a bad configuration with a clear message', async () => {
    const child = spawn(process.execPath, [main], {
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

    const token = (
      await gql(first.url, 'mutation { login(email: "vhtt@chauthanh.demo", password: "tiendo2020") { token } }')
    ).data.login.token as string;
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
    await stop(first.child);

    const second = await startBuilt(env);
    const after = await gql(second.url, `query($id: ID!) { task(id: $id) { progress reports { summary } } }`, {
      id: task.id,
    });
    expect(after.data.task.reports.map((r: { summary: string }) => r.summary)).toEqual(['Đã đăng 3 tin bài']);
    // Tokens are sessions in the database: still valid after the restart.
    const me = await gql(second.url, '{ me { email } }', undefined, token);
    expect(me.data.me.email).toBe('vhtt@chauthanh.demo');
    await stop(second.child);
  });
});
