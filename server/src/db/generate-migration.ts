// Writes, for SQLite and for PostgreSQL alike, a migration with the SQL that takes the current
// migrations' schema to the entities' schema, so both databases stay in step.
// Usage: pnpm --filter @tiendo/server migration:generate Name   (needs PostgreSQL on DATABASE_ADMIN_URL,
// default postgres://postgres@127.0.0.1:5432/postgres)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import pino from 'pino';
import type { DatabaseConfig } from '../config.js';
import { createDataSource } from './data-source.js';
import { SqlStatementCounter } from './sql-counter.js';

// `--only a,b` keeps the statements that touch those tables: two people adding features at once each
// generate the migration of their own tables.
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex > 0 ? process.argv[onlyIndex + 1]!.split(',').filter(Boolean) : null;
const positional = process.argv.slice(2).filter((_, i, all) => all[i] !== '--only' && all[i - 1] !== '--only');
const [name, dialectArg, timestampArg] = positional;
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: migration:generate PascalCaseName');
  process.exit(2);
}
const timestamp = Number(timestampArg ?? Date.now());
const className = `${name}${timestamp}`;
const here = path.dirname(fileURLToPath(import.meta.url));

async function pendingSql(db: DatabaseConfig) {
  const ds = createDataSource(db, new SqlStatementCounter(), pino({ level: 'silent' }));
  await ds.initialize();
  try {
    await ds.runMigrations();
    return await ds.driver.createSchemaBuilder().log();
  } finally {
    await ds.destroy();
  }
}

const touchesOnly = (q: { query: string }) =>
  !only || only.some((table) => q.query.includes(`"${table}"`) || q.query.includes(`"temporary_${table}"`));

function write(dialect: 'sqlite' | 'postgres', all: Awaited<ReturnType<typeof pendingSql>>): string | null {
  const sql = { upQueries: all.upQueries.filter(touchesOnly), downQueries: all.downQueries.filter(touchesOnly) };
  if (sql.upQueries.length === 0) return null;
  const quote = (q: string) => '`' + q.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
  const lines = (qs: { query: string }[]) =>
    qs.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
  const file = path.join(here, 'migrations', dialect, `${timestamp}-${name}.ts`);
  fs.writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(sql.upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines([...sql.downQueries].reverse())}
  }
}
`,
  );
  return path.relative(process.cwd(), file);
}

const adminUrl = process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

if (dialectArg === undefined) {
  // Entities pick their column types from DATABASE_URL when they load (db/column-types.ts), so
  // each dialect is generated in its own process.
  for (const dialect of ['sqlite', 'postgres']) {
    const env = { ...process.env, DATABASE_URL: dialect === 'postgres' ? adminUrl : 'sqlite:/tmp/unused.sqlite' };
    const run = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), name, dialect, String(timestamp)],
      {
        env,
        stdio: 'inherit',
      },
    );
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
  console.log(`Add ${className} to both lists in migrations/index.ts (skip a dialect that wrote nothing).`);
} else if (dialectArg === 'sqlite') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-migration-'));
  const sql = await pendingSql({ kind: 'sqlite', path: path.join(dir, 'gen.sqlite') });
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(write('sqlite', sql) ?? 'SQLite: the schema is up to date.');
} else {
  // A throw-away PostgreSQL database.
  const dbName = `tiendo_migration_${timestamp}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${dbName}`;
    console.log(
      write('postgres', await pendingSql({ kind: 'postgres', url: url.toString() })) ??
        'PostgreSQL: the schema is up to date.',
    );
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${dbName}`);
    await admin.end();
  }
}
