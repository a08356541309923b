// The built product as `pnpm start` runs it: a separate Node process on the compiled server,
// configured from the environment only.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
export const builtMain = path.join(root, 'server/dist/main.js');

export interface BuiltServer {
  child: ChildProcess;
  url: string;
  output(): string;
}

export function assertBuilt(): void {
  if (!fs.existsSync(builtMain)) throw new Error(`${builtMain} is missing: run pnpm build first (pnpm test does).`);
}

export async function startBuilt(env: Record<string, string>): Promise<BuiltServer> {
  const child = spawn(process.execPath, [builtMain], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    child.stdout!.on('data', () => {
      const m = /open (http:\/\/[^/\s]+)\//.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { child, url, output: () => output };
}

/** Stops a server: SIGTERM for a clean shutdown, SIGKILL for a crash. */
export async function stopBuilt(server: BuiltServer, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.kill(signal);
  await exited;
}

export async function gql(url: string, query: string, variables?: object, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: any[] };
}

export async function login(url: string, email: string, password = 'tiendo2020'): Promise<string> {
  const res = await gql(url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
    e: email,
    p: password,
  });
  if (!res.data?.login) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
  return res.data.login.token;
}
