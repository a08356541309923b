import type { ActivityEvent } from './activity-event.entity.js';

/** Who is watching a plan's board from one connection. */
export interface ViewerPresence {
  connectionId: string;
  userId: number;
  organizationId: number | null;
  since: Date;
}

/** What travels between writers and subscribers: a logged event, or a plan's viewers changing. */
export type BusMessage =
  { kind: 'event'; event: ActivityEvent } | { kind: 'presence'; planId: number; viewers: ViewerPresence[] };

/** A new entry in one user's inbox; subscribers load it by id (it carries no dates to revive). */
export interface NotificationMessage {
  kind: 'notification';
  userId: number;
  notificationId: number;
}

/**
 * The one small interface publishing goes through. The in-process bus below serves a single
 * server; a Redis implementation can replace it (several instances) without touching resolvers.
 */
export interface ActivityBus {
  /** Queues the message for its listeners; they get it on a later turn of the event loop, in order. */
  publish(message: BusMessage | NotificationMessage): void;
  /** Calls the listener with every message for the plan until the returned function is called. */
  subscribe(planId: number, listener: (message: BusMessage) => void): () => void;
  /** Calls the listener with every notification for the user until the returned function is called. */
  subscribeUser(userId: number, listener: (message: NotificationMessage) => void): () => void;
  close(): Promise<void>;
}

export const planOf = (message: BusMessage): number =>
  message.kind === 'event' ? message.event.planId : message.planId;

/**
 * How many listeners one turn of the event loop calls. Publishing used to call every subscriber at
 * once, after the write committed and before the mutation answered: at 5,000 subscribers the answer
 * waited behind the whole fan-out, and HTTP requests behind one long task (bench figure 3).
 */
const LISTENERS_PER_TURN = 500;

interface Fanout {
  message: BusMessage | NotificationMessage;
  /** The listeners when it was published; one that unsubscribed since is skipped. */
  listeners: ((message: never) => void)[];
  current: Set<(message: never) => void>;
  next: number;
}

export class InProcessActivityBus implements ActivityBus {
  private readonly listeners = new Map<number, Set<(message: BusMessage) => void>>();
  private readonly userListeners = new Map<number, Set<(message: NotificationMessage) => void>>();
  /** Messages being delivered, in publishing order: every listener gets them in that order. */
  private readonly queue: Fanout[] = [];
  private scheduled: NodeJS.Immediate | null = null;

  /** @param onListenerError told when a listener throws (the other listeners still get the message). */
  constructor(private readonly onListenerError: (error: unknown) => void = (error) => console.error(error)) {}

  /** Delivers on a later turn of the event loop, a slice of listeners per turn; never throws. */
  publish(message: BusMessage | NotificationMessage): void {
    const current =
      message.kind === 'notification' ? this.userListeners.get(message.userId) : this.listeners.get(planOf(message));
    if (!current || current.size === 0) return;
    this.queue.push({ message, listeners: [...current], current, next: 0 });
    this.scheduled ??= setImmediate(this.deliver);
  }

  subscribe(planId: number, listener: (message: BusMessage) => void): () => void {
    return addListener(this.listeners, planId, listener);
  }

  subscribeUser(userId: number, listener: (message: NotificationMessage) => void): () => void {
    return addListener(this.userListeners, userId, listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    this.userListeners.clear();
    this.queue.length = 0;
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = null;
  }

  private readonly deliver = (): void => {
    this.scheduled = null;
    let budget = LISTENERS_PER_TURN;
    while (budget > 0 && this.queue.length > 0) {
      const fanout = this.queue[0]!;
      const { listeners, current, message } = fanout;
      while (budget > 0 && fanout.next < listeners.length) {
        const listener = listeners[fanout.next++]!;
        budget -= 1;
        if (!current.has(listener)) continue;
        try {
          (listener as (message: BusMessage | NotificationMessage) => void)(message);
        } catch (error) {
          this.onListenerError(error);
        }
      }
      if (fanout.next === listeners.length) this.queue.shift();
    }
    if (this.queue.length > 0) this.scheduled = setImmediate(this.deliver);
  };
}

function addListener<M>(map: Map<number, Set<(message: M) => void>>, key: number, listener: (message: M) => void) {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0) map.delete(key);
  };
}
