import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger } from 'typeorm';
import type { Logger } from 'pino';

/**
 * Counts the SQL statements each GraphQL request issues, so tests can prove a query runs a fixed
 * number of statements (no N+1) and operators can see it in debug logs.
 */
export class SqlStatementCounter {
  private readonly storage = new AsyncLocalStorage<{ count: number }>();
  total = 0;

  /** Runs fn with a fresh per-request count; returns fn's result. */
  track<T>(fn: () => T): T {
    return this.storage.run({ count: 0 }, fn);
  }

  current(): number {
    return this.storage.getStore()?.count ?? 0;
  }

  record(): void {
    this.total += 1;
    const store = this.storage.getStore();
    if (store) store.count += 1;
  }
}

/** TypeORM logger that counts every statement and sends errors to pino. */
export class CountingTypeOrmLogger implements TypeOrmLogger {
  constructor(
    private readonly counter: SqlStatementCounter,
    private readonly pino: Logger,
  ) {}

  logQuery(query: string): void {
    this.counter.record();
    this.pino.trace({ query }, 'sql');
  }
  logQueryError(error: string | Error, query: string): void {
    this.pino.debug({ err: error, query }, 'sql error');
  }
  logQuerySlow(time: number, query: string): void {
    this.pino.warn({ time, query }, 'slow sql');
  }
  logSchemaBuild(message: string): void {
    this.pino.debug(message);
  }
  logMigration(message: string): void {
    this.pino.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.pino.warn(String(message));
    else this.pino.debug(String(message));
  }
}
