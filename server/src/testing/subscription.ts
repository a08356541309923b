import type { Client } from 'graphql-ws';
import { connectTestClient } from './ws-client.js';

/** A real graphql-ws client over a real socket, collecting the results of one subscription. */
export class SubscriptionListener<T = Record<string, any>> {
  readonly results: T[] = [];
  readonly errors: { message?: string; extensions?: Record<string, unknown> }[] = [];
  closeCode: number | null = null;
  completed = false;
  private readonly client: Client;

  constructor(
    httpUrl: string,
    query: string,
    options: { token?: string | null; variables?: Record<string, unknown> } = {},
  ) {
    this.client = connectTestClient(httpUrl, options.token, (code) => (this.closeCode = code));
    this.client.subscribe(
      { query, variables: options.variables ?? {} },
      {
        next: (r) => {
          if (r.errors) this.errors.push(...(r.errors as never[]));
          if (r.data) this.results.push(Object.values(r.data)[0] as T);
        },
        error: (e) => {
          this.errors.push(...(Array.isArray(e) ? e : [e as never]));
        },
        complete: () => (this.completed = true),
      },
    );
  }

  /** Waits until the predicate holds, or fails after the timeout. */
  async until(predicate: (l: this) => boolean, what = 'condition', timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this)) {
      if (Date.now() > deadline) {
        throw new Error(
          `timed out waiting for ${what}; got ${JSON.stringify(this.results.slice(-5))} errors ${JSON.stringify(this.errors)}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async dispose(): Promise<void> {
    await this.client.dispose();
  }
}

export const NOTIFICATION_ADDED = `subscription($after: ID) { notificationAdded(after: $after) {
  id kind summary read createdAt
  actor { email } organization { shortName } task { code } comment { body }
  obstacle { id status } finding { id status } } }`;
