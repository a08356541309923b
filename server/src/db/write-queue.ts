import type { DataSource, EntityManager } from 'typeorm';

interface Job {
  work: (manager: EntityManager) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** The most writes committed together in one SQLite transaction. */
const MAX_BATCH = 256;

/**
 * Runs every write transaction one after another, in arrival order.
 *
 * Why: TypeORM's better-sqlite3 driver shares one connection, so two concurrent `transaction()`
 * calls interleave their statements on it — one fails, yet rows of both get committed. Serialising
 * writes through this FIFO queue makes each transaction atomic. (SQLite allows one writer anyway.)
 *
 * Group commit (SQLite): the writes waiting when a transaction starts run together in it, each in
 * its own SAVEPOINT, so a failing write rolls back only its own changes. One COMMIT — one fsync
 * under `synchronous = FULL` — then makes the whole group durable, and only then is each caller
 * answered. With one fsync per write, throughput was bounded by the disk (a few hundred writes/s;
 * see bench/results/latest.md). PostgreSQL keeps one transaction per write.
 */
export class WriteQueue {
  private waiting: Job[] = [];
  private running: Promise<void> | null = null;
  private pending = 0;
  private readonly groupCommit: boolean;
  /** Transactions committed so far (one per group on SQLite). */
  transactions = 0;

  constructor(private readonly dataSource: DataSource) {
    this.groupCommit = dataSource.options.type === 'better-sqlite3';
  }

  /** Number of writes waiting or running. */
  get depth(): number {
    return this.pending;
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    this.pending += 1;
    const result = new Promise<T>((resolve, reject) => {
      this.waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
    });
    // Start after the event loop's I/O callbacks (setImmediate), not on the next microtask: each HTTP
    // request reaches its write in its own callback, and starting at once made most groups a single
    // write — one fsync per report (bench/findings.md, figure 2).
    this.running ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.loop());
    return result.finally(() => {
      this.pending -= 1;
    });
  }

  /** Resolves once every write queued so far has finished. */
  async drain(): Promise<void> {
    while (this.running) await this.running;
  }

  private async loop(): Promise<void> {
    try {
      while (this.waiting.length > 0) {
        const group = this.waiting.splice(0, this.groupCommit ? MAX_BATCH : 1);
        if (group.length === 1) await this.runOne(group[0]!);
        else await this.runGroup(group);
      }
    } finally {
      this.running = null;
    }
  }

  private async runOne(job: Job): Promise<void> {
    try {
      const value = await this.dataSource.transaction((manager) => job.work(manager));
      this.transactions += 1;
      job.resolve(value);
    } catch (error) {
      job.reject(error);
    }
  }

  private connection(): { inTransaction?: boolean } | undefined {
    return (this.dataSource.driver as unknown as { databaseConnection?: { inTransaction?: boolean } })
      .databaseConnection;
  }

  private async runGroup(group: Job[]): Promise<void> {
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      await this.dataSource.transaction(async (manager) => {
        for (const job of group) {
          try {
            // Nested: a SAVEPOINT, released on success and rolled back to on failure.
            outcomes.push({ ok: true, value: await manager.transaction((inner) => job.work(inner)) });
          } catch (error) {
            outcomes.push({ ok: false, error });
            // Some SQLite errors (I/O, disk full) roll the whole transaction back, not just the
            // savepoint: then nothing of the group may be reported as written.
            if (this.connection()?.inTransaction === false) throw error;
          }
        }
      });
      this.transactions += 1;
    } catch (error) {
      // Nothing of the group was committed: every caller gets the error.
      for (const job of group) job.reject(error);
      return;
    }
    group.forEach((job, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.error);
    });
  }
}
