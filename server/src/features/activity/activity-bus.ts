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
  publish(message: BusMessage | NotificationMessage): void;
  /** Calls the listener with every message for the plan until the returned function is called. */
  subscribe(planId: number, listener: (message: BusMessage) => void): () => void;
  /** Calls the listener with every notification for the user until the returned function is called. */
  subscribeUser(userId: number, listener: (message: NotificationMessage) => void): () => void;
  close(): Promise<void>;
}

export const planOf = (message: BusMessage): number =>
  message.kind === 'event' ? message.event.planId : message.planId;

export class InProcessActivityBus implements ActivityBus {
  private readonly listeners = new Map<number, Set<(message: BusMessage) => void>>();
  private readonly userListeners = new Map<number, Set<(message: NotificationMessage) => void>>();

  publish(message: BusMessage | NotificationMessage): void {
    if (message.kind === 'notification') {
      for (const listener of this.userListeners.get(message.userId) ?? []) listener(message);
      return;
    }
    for (const listener of this.listeners.get(planOf(message)) ?? []) listener(message);
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
  }
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
