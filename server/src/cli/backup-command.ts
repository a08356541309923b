// `pnpm tiendo backup [--out FILE]` and `pnpm tiendo restore FILE [--force]` for the SQLite database
// named by DATABASE_URL. The backup uses SQLite's online backup API, copying every page in one step
// inside one read transaction: a consistent copy while the server keeps writing (WAL lets writers
// go on meanwhile). A restore checks the copy first and refuses while a server holds the database.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { loadConfig } from '../config.js';
import type { CliCommand } from './index.js';

/** Copies the live database to `out` (through a temporary file, so `out` is never half-written). */
export async function backupDatabase(dbPath: string, out: string): Promise<{ out: string; pages: number }> {
  if (!fs.existsSync(dbPath)) throw new Error(`No database at ${dbPath}`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const tmp = `${out}.partial-${process.pid}`;
  const db = new Database(dbPath, { fileMustExist: true, timeout: 5000 });
  try {
    // All pages in one step: one read transaction, so the copy is one moment of the database.
    const result = await db.backup(tmp, { progress: () => 2 ** 30 });
    // One self-contained file: the copy leaves WAL mode (the server turns it back on when it opens it).
    const copy = new Database(tmp);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    const problem = checkDatabase(tmp);
    if (problem) throw new Error(`The copy failed its check: ${problem}`);
    fs.renameSync(tmp, out);
    return { out, pages: result.totalPages };
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(tmp + suffix, { force: true });
    throw error;
  } finally {
    db.close();
  }
}

/** null when the file is an intact Tiến độ database, else what is wrong with it. */
export function checkDatabase(file: string): string | null {
  if (!fs.existsSync(file)) return `${file} does not exist`;
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return `integrity_check: ${String(integrity)}`;
    const tables = new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
        (t) => t.name,
      ),
    );
    for (const table of ['migrations', 'plan', 'task', 'user']) {
      if (!tables.has(table)) return `not a Tiến độ database (no ${table} table)`;
    }
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}

/**
 * Whether another connection (a running server) has the database open. In WAL mode every open
 * connection holds a shared lock on the file, so an exclusive lock is refused while one exists.
 */
export function databaseInUse(dbPath: string): boolean {
  if (!fs.existsSync(dbPath)) return false;
  const db = new Database(dbPath, { fileMustExist: true, timeout: 200 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    return false;
  } catch {
    return true;
  } finally {
    db.close();
  }
}

/** Replaces the database with a checked backup; the previous file is kept beside it. */
export function restoreDatabase(
  file: string,
  dbPath: string,
  options: { force?: boolean } = {},
): { previous: string | null } {
  const problem = checkDatabase(file);
  if (problem) throw new Error(`Refusing to restore ${file}: ${problem}`);
  if (!options.force && databaseInUse(dbPath)) {
    throw new Error(`Refusing to restore: a server has ${dbPath} open. Stop it first (or use --force).`);
  }
  fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  const tmp = `${dbPath}.restoring-${process.pid}`;
  fs.copyFileSync(file, tmp);
  let previous: string | null = null;
  if (fs.existsSync(dbPath)) {
    previous = `${dbPath}.before-restore-${stamp()}`;
    fs.renameSync(dbPath, previous);
  }
  // The old write-ahead log belongs to the old file: it must not be replayed into the restored one.
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(dbPath + suffix)) {
      if (previous) fs.renameSync(dbPath + suffix, previous + suffix);
      else fs.rmSync(dbPath + suffix);
    }
  }
  fs.renameSync(tmp, dbPath);
  return { previous };
}

const stamp = () => new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');

function sqlitePath(): string {
  const config = loadConfig();
  if (config.database.kind !== 'sqlite') {
    throw new Error('backup and restore handle SQLite; for PostgreSQL use pg_dump and pg_restore.');
  }
  return config.database.path;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export const backup: CliCommand = {
  summary: '[--out FILE]  a consistent copy of the SQLite database, also while the server runs',
  async run(args) {
    const dbPath = sqlitePath();
    const out = path.resolve(
      option(args, '--out') ?? path.join(path.dirname(dbPath), 'backups', `tiendo-${stamp()}.sqlite`),
    );
    const result = await backupDatabase(dbPath, out);
    console.log(`Backed up ${dbPath} to ${result.out} (${result.pages} pages, integrity ok)`);
    return 0;
  },
};

export const restore: CliCommand = {
  summary: 'FILE [--force]  replaces the database with a checked backup (server stopped)',
  async run(args) {
    const file = args.find((a) => !a.startsWith('--'));
    if (!file) {
      console.error('Usage: pnpm tiendo restore FILE [--force]');
      return 64;
    }
    const dbPath = sqlitePath();
    try {
      const { previous } = restoreDatabase(path.resolve(file), dbPath, { force: args.includes('--force') });
      console.log(
        `Restored ${dbPath} from ${file}${previous ? ` (the previous database is kept as ${previous})` : ''}`,
      );
      return 0;
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
      return 1;
    }
  },
};
