import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface Received {
  seq: number;
  type: string;
  task?: { code: string; progress: number } | null;
  report?: { id: string; progress: number } | null;
  comment?: { id: string; body: string } | null;
  viewers?: { user: { email: string | null }; organization: { shortName: string } | null }[] | null;
  actor?: { email: string | null } | null;
}

export const PLAN_ACTIVITY = `subscription($planId: ID!, $after: Int) {
  planActivity(planId: $planId, after: $after) {
    seq type at planId changes
    actor { email } organization { shortName }
    task { code progress } report { id progress } comment { id body }
    viewers { user { email } organization { shortName } }
  } }`;

/**
 * A graphql-ws client as the tests use one: signed in with the token when given, connected at
 * once, never retrying, reporting the code its socket closed with.
 */
export function connectTestClient(
  httpUrl: string,
  token: string | null | undefined,
  onClosed: (code: number | null) => void,
): Client {
  return createClient({
    url: httpUrl.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    // A refused connection is recorded through `closed`; do not print it.
    onNonLazyError: () => undefined,
    on: { closed: (e) => onClosed((e as { code?: number }).code ?? null) },
  });
}

/** A real graphql-ws client over a real socket, collecting a plan's events. */
export class ActivityListener {
  readonly events: Received[] = [];
  readonly errors: unknown[] = [];
  closeCode: number | null = null;
  private readonly client: Client;
  private waiters: (() => void)[] = [];

  constructor(httpUrl: string, planId: string, options: { token?: string | null; after?: number | null } = {}) {
    this.client = connectTestClient(httpUrl, options.token, (code) => (this.closeCode = code));
    this.client.subscribe(
      { query: PLAN_ACTIVITY, variables: { planId, after: options.after ?? null } },
      {
        next: (r) => {
          if (r.errors) this.errors.push(...r.errors);
          if (r.data) this.events.push((r.data as { planActivity: Received }).planActivity);
          this.notify();
        },
        error: (e) => {
          this.errors.push(e);
          this.notify();
        },
        complete: () => this.notify(),
      },
    );
  }

  /** Logged events only (presence changes are not logged). */
  get logged(): Received[] {
    return this.events.filter((e) => e.type !== 'PRESENCE_CHANGED');
  }

  /** Waits until the predicate holds, or fails after the timeout. */
  async until(predicate: (l: ActivityListener) => boolean, what = 'condition', timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this)) {
      if (Date.now() > deadline) {
        throw new Error(
          `timed out waiting for ${what}; got ${JSON.stringify(this.events.slice(-5))} errors ${JSON.stringify(this.errors)}`,
        );
      }
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  private notify() {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  async dispose(): Promise<void> {
    await this.client.dispose();
  }
}
