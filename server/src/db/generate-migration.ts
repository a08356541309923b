// Writes a migration with the SQL that takes the current migrations' schema to the entities' schema.
// Usage: pnpm --filter @tiendo/server migration:generate Name
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { createDataSource } from './data-source.js';
import { SqlStatementCounter } from './sql-counter.js';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: migration:generate PascalCaseName');
  process.exit(2);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-migration-'));
const ds = createDataSource(
  { kind: 'sqlite', path: path.join(dir, 'gen.sqlite') },
  new SqlStatementCounter(),
  pino({ level: 'silent' }),
);
await ds.initialize();
await ds.runMigrations();
const sql = await ds.driver.createSchemaBuilder().log();
await ds.destroy();
fs.rmSync(dir, { recursive: true, force: true });
if (sql.upQueries.length === 0) {
  console.log('The schema is up to date: no migration written.');
  process.exit(0);
}
const timestamp = Date.now();
const quote = (q: string) => '`' + q.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
const up = sql.upQueries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
const down = sql.downQueries
  .reverse()
  .map((q) => `    await queryRunner.query(${quote(q.query)});`)
  .join('\n');
const className = `${name}${timestamp}`;
const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations', `${timestamp}-${name}.ts`);
fs.writeFileSync(
  file,
  `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down}
  }
}
`,
);
console.log(`Wrote ${path.relative(process.cwd(), file)}; add ${className} to migrations/index.ts.`);
