import type { EntityManager } from 'typeorm';
import type { ActivityEvent } from '../features/activity/activity-event.entity.js';
import { appendActivity, type NewActivity } from '../features/activity/activity-log.js';
import type { WriteQueue } from './write-queue.js';

/** What a write transaction gets: the transaction's manager, and the plan's activity log. */
export interface Tx {
  manager: EntityManager;
  /** Appends an activity event in this transaction; it is published once the transaction commits. */
  record(activity: NewActivity): Promise<ActivityEvent>;
  /** Runs once the transaction committed (e.g. announcing notifications); never after a rollback. */
  afterCommit(callback: () => void): void;
}

/** Receives activity events after their transaction committed (live boards, catch-up). */
export interface ActivityPublisher {
  publish(event: ActivityEvent): void;
}

/**
 * Runs a write through the FIFO write queue in one transaction, then publishes the activity events
 * it recorded — only after commit, so no subscriber ever sees a change that was rolled back.
 */
export class Writer {
  constructor(
    private readonly queue: WriteQueue,
    private readonly publisher: ActivityPublisher,
  ) {}

  async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const events: ActivityEvent[] = [];
    const callbacks: (() => void)[] = [];
    const result = await this.queue.run((manager) =>
      work({
        manager,
        record: async (activity) => {
          const event = await appendActivity(manager, activity);
          events.push(event);
          return event;
        },
        afterCommit: (callback) => {
          callbacks.push(callback);
        },
      }),
    );
    for (const event of events) this.publisher.publish(event);
    for (const callback of callbacks) callback();
    return result;
  }

  /** Resolves once every write queued so far has finished. */
  drain(): Promise<void> {
    return this.queue.drain();
  }
}
