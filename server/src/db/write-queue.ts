import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs every write transaction one after another, in arrival order.
 *
 * Why: TypeORM's better-sqlite3 driver shares one connection, so two concurrent `transaction()`
 * calls interleave their statements on it — one fails, yet rows of both get committed. Serialising
 * writes through this FIFO queue makes each transaction atomic. (SQLite allows one writer anyway.)
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;

  constructor(private readonly dataSource: DataSource) {}

  /** Number of writes waiting or running. */
  get depth(): number {
    return this.pending;
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    this.pending += 1;
    const result = this.tail.then(() => this.dataSource.transaction((manager) => work(manager)));
    // The next write waits for this one whether it succeeded or failed.
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result.finally(() => {
      this.pending -= 1;
    });
  }

  /** Resolves once every write queued so far has finished. */
  async drain(): Promise<void> {
    await this.tail;
  }
}
