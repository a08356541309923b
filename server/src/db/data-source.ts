import fs from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { DatabaseConfig } from '../config.js';
import { entities } from './entities.js';
import { postgresMigrations, sqliteMigrations } from './migrations/index.js';
import { CountingTypeOrmLogger, type SqlStatementCounter } from './sql-counter.js';

export function createDataSource(db: DatabaseConfig, counter: SqlStatementCounter, log: Logger): DataSource {
  const logger = new CountingTypeOrmLogger(counter, log);
  if (db.kind === 'postgres') {
    return new DataSource({
      type: 'postgres',
      url: db.url,
      entities,
      migrations: postgresMigrations,
      migrationsRun: false,
      synchronize: false,
      logging: true,
      logger,
      // Each server instance keeps a small pool; writes are serialised per instance by the WriteQueue.
      poolSize: 10,
    });
  }
  fs.mkdirSync(path.dirname(db.path), { recursive: true });
  return new DataSource({
    type: 'better-sqlite3',
    database: db.path,
    entities,
    migrations: sqliteMigrations,
    migrationsRun: false,
    synchronize: false,
    enableWAL: true,
    // TypeORM's statement cache is first-in first-out, and some of its statements carry ids inline:
    // with the default 100 entries the frequent statements were evicted and prepared again on every
    // write (an eighth of a report's time, see bench/results/latest.md).
    statementCacheSize: 2000,
    logging: true,
    logger,
    prepareDatabase: (conn: { pragma(source: string): unknown }) => {
      // Wait for a lock held by a backup or another process instead of failing at once.
      conn.pragma('busy_timeout = 5000');
      // FULL: a transaction the client was told succeeded survives a power cut too, not only a crash.
      conn.pragma('synchronous = FULL');
    },
  });
}
