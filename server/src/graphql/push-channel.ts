/**
 * An async iterable fed by plain calls: `push` queues a value (or hands it straight to a waiting
 * `next()`), `fail` ends it with an error after the queued values, `return()` from the consumer ends
 * it and runs `onEnd` once. It replaces a Repeater per subscriber: fanning one event out to 5,000
 * subscribers spent most of its time in the Repeater's promises (bench/findings.md, figure 3), and
 * here a push costs no promise unless a consumer is waiting.
 */
export class PushChannel<T> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  private head = 0;
  private waiting: { resolve(r: IteratorResult<T>): void; reject(e: unknown): void } | null = null;
  private error: { value: unknown } | null = null;
  private done = false;
  private roomWaiters: (() => void)[] = [];
  private ended = false;

  /** @param highWater how many queued values `room()` waits below (for producers that can wait). */
  constructor(
    private readonly onEnd: () => void,
    private readonly highWater = 64,
  ) {}

  /** True once ended by `fail`, `end` or the consumer's `return()`: pushes are then ignored. */
  get closed(): boolean {
    return this.done || this.error !== null;
  }

  /** Queued values not yet taken by the consumer. */
  get size(): number {
    return this.queue.length - this.head;
  }

  push(value: T): void {
    if (this.closed) return;
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = null;
      waiting.resolve({ done: false, value });
    } else {
      this.queue.push(value);
    }
  }

  /** Ends the channel with an error, raised by `next()` once the queued values are taken. */
  fail(error: unknown): void {
    if (this.closed) return;
    this.error = { value: error };
    this.finish();
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = null;
      this.error = null;
      this.done = true;
      waiting.reject(error);
    }
  }

  /** Resolves when fewer than `highWater` values are queued (or the channel ended). */
  room(): Promise<void> {
    if (this.size < this.highWater || this.closed) return Promise.resolve();
    return new Promise<void>((resolve) => this.roomWaiters.push(resolve));
  }

  next(): Promise<IteratorResult<T>> {
    if (this.head < this.queue.length) {
      const value = this.queue[this.head]!;
      this.queue[this.head++] = undefined as T;
      if (this.head === this.queue.length) {
        this.queue.length = 0;
        this.head = 0;
      }
      if (this.roomWaiters.length > 0 && this.size < this.highWater) this.wakeProducers();
      return Promise.resolve({ done: false, value });
    }
    if (this.error) {
      const { value } = this.error;
      this.error = null;
      this.done = true;
      return Promise.reject(value);
    }
    if (this.done) return Promise.resolve({ done: true, value: undefined });
    if (this.waiting) return Promise.reject(new Error('PushChannel: next() called while another is pending'));
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  return(): Promise<IteratorResult<T>> {
    this.queue.length = 0;
    this.head = 0;
    this.error = null;
    if (!this.done) {
      this.done = true;
      this.finish();
    }
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.resolve({ done: true, value: undefined });
    return Promise.resolve({ done: true, value: undefined });
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    void this.return();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private finish(): void {
    this.wakeProducers();
    if (this.ended) return;
    this.ended = true;
    this.onEnd();
  }

  private wakeProducers(): void {
    const waiters = this.roomWaiters;
    this.roomWaiters = [];
    for (const wake of waiters) wake();
  }
}
