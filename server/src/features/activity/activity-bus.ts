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

/**
 * The one small interface publishing goes through. The in-process bus below serves a single
 * server; a Redis implementation can replace it (several instances) without touching resolvers.
 */
export interface ActivityBus {
  publish(message: BusMessage): void;
  /** Calls the listener with every message for the plan until the returned function is called. */
  subscribe(planId: number, listener: (message: BusMessage) => void): () => void;
  close(): Promise<void>;
}

export const planOf = (message: BusMessage): number =>
  message.kind === 'event' ? message.event.planId : message.planId;

export class InProcessActivityBus implements ActivityBus {
  private readonly listeners = new Map<number, Set<(message: BusMessage) => void>>();

  publish(message: BusMessage): void {
    for (const listener of this.listeners.get(planOf(message)) ?? []) listener(message);
  }

  subscribe(planId: number, listener: (message: BusMessage) => void): () => void {
    let set = this.listeners.get(planId);
    if (!set) this.listeners.set(planId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(planId);
    };
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
