import type { EntityManager } from 'typeorm';

/** Whether a manager talks to PostgreSQL (else the embedded SQLite). */
export const isPostgres = (manager: EntityManager): boolean => manager.connection.driver.options.type === 'postgres';

/** The n-th (1-based) positional parameter in the manager's SQL dialect. */
export const param = (manager: EntityManager, n: number): string => (isPostgres(manager) ? `$${n}` : '?');

/** `count` positional parameters from the `from`-th on, comma-separated (an IN list). */
export const params = (manager: EntityManager, count: number, from = 1): string =>
  Array.from({ length: count }, (_, i) => param(manager, from + i)).join(', ');

/** A boolean column read with raw SQL: SQLite returns 0 or 1, PostgreSQL true or false. */
export const sqlBoolean = (value: unknown): boolean => value === true || value === 1;

/** Runs raw SQL and returns its rows whatever the driver (RETURNING included). */
export async function queryRows<T>(manager: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  // Inside a transaction the manager has its query runner; a structured result has the same shape
  // on every driver (EntityManager.query returns [rows, count] for a PostgreSQL UPDATE).
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    const result = await runner.query(sql, params, true);
    return (result.records ?? []) as T[];
  } finally {
    if (!manager.queryRunner) await runner.release();
  }
}
