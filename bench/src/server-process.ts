// The benchmarked server runs as its own process (as in production), built as `pnpm start` runs it
// (a quick run may fall back to the sources through tsx): its RSS and CPU are its own, not the bench's.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  pid: number;
  output(): string;
  /** Resident set size of the server process in MB (Linux /proc). */
  rssMb(): number | null;
  stop(): Promise<void>;
}

/** Resident set size of a process in MB, from /proc (Linux); null elsewhere. */
export function rssMbOf(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/** Spawns a Node process running a TypeScript entry point through tsx (source conditions). */
export function spawnTs(entry: string, env: Record<string, string>, nodeArgs: string[] = []): ChildProcess {
  return spawn(process.execPath, ['--conditions=source', '--import', 'tsx', ...nodeArgs, entry], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      // The server's decorators need its tsconfig (experimentalDecorators).
      TSX_TSCONFIG_PATH: path.join(root, 'server/tsconfig.json'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Waits for a line matching the pattern on the child's stdout; returns the first capture group. */
export function waitForLine(child: ChildProcess, pattern: RegExp, output: () => string, what: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not start within 120 s:\n${output()}`)), 120_000);
    const check = () => {
      const m = pattern.exec(output());
      if (m) {
        clearTimeout(timer);
        child.stdout!.off('data', check);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited with ${code}:\n${output()}`));
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** Newest file under dir; tests and test helpers are left out, as the build leaves them out. */
const newest = (dir: string): number => {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (/\.test\.tsx?$/.test(entry.name) || (entry.isDirectory() && entry.name === 'testing')) continue;
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return latest;
};

/**
 * The built server (server/dist/main.js, as `pnpm start` runs it) when each of the server and shared
 * packages was built after its sources last changed; otherwise the sources through tsx, so a fresh
 * clone needs no build. Which one ran is written into the results.
 */
export function serverEntry(): { kind: 'built' | 'source'; file: string } {
  const built = path.join(root, 'server/dist/main.js');
  const sharedBuilt = path.join(root, 'shared/dist/index.js');
  if (fs.existsSync(built) && fs.existsSync(sharedBuilt)) {
    // Each package against its own sources: tsc -b leaves an unchanged package's output untouched.
    const fresh = (pkg: string) => newest(path.join(root, pkg, 'dist')) >= newest(path.join(root, pkg, 'src'));
    if (fresh('server') && fresh('shared')) return { kind: 'built', file: built };
  }
  return { kind: 'source', file: path.join(root, 'server/src/main.ts') };
}

/**
 * Builds the shared and server packages when their build is missing or older than their sources,
 * so a full run measures the server as `pnpm start` runs it (the tsx loader thread costs RSS and CPU).
 */
export function ensureServerBuilt(): void {
  if (serverEntry().kind === 'built') return;
  for (const pkg of ['@tiendo/shared', '@tiendo/server']) {
    execFileSync('pnpm', ['--filter', pkg, 'run', 'build'], { cwd: root, stdio: 'ignore' });
  }
}

/** Starts Tiến độ on the SQLite file, outside production so responses carry `sqlStatements`. */
export async function startServer(
  dbPath: string,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<ServerProcess> {
  const entry = serverEntry();
  const serverEnv = {
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: `sqlite:${dbPath}`,
    TIENDO_SEED: 'none',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
    ...env,
  };
  const child =
    entry.kind === 'built'
      ? spawn(process.execPath, [...nodeArgs, entry.file], {
          cwd: root,
          env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...serverEnv },
          stdio: ['ignore', 'pipe', 'pipe'],
        })
      : spawnTs(entry.file, serverEnv, nodeArgs);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = await waitForLine(child, /open (http:\/\/[^/\s]+)\//, () => output, 'the server');
  return {
    child,
    url,
    pid: child.pid!,
    output: () => output,
    rssMb: () => rssMbOf(child.pid!),
    stop: () => stopChild(child),
  };
}

export { stopChild };
