import type { ActivityBus, ViewerPresence } from './activity-bus.js';

/**
 * Who is watching each plan's board: one entry per live subscription, dropped when it ends or its
 * socket closes (graphql-ws pings idle sockets, so a vanished client is dropped within seconds).
 */
export class PresenceTracker {
  private readonly byPlan = new Map<number, Map<string, ViewerPresence>>();

  constructor(private readonly bus: ActivityBus) {}

  join(planId: number, viewer: ViewerPresence): void {
    let viewers = this.byPlan.get(planId);
    if (!viewers) this.byPlan.set(planId, (viewers = new Map()));
    viewers.set(viewer.connectionId, viewer);
    this.announce(planId);
  }

  leave(planId: number, connectionId: string): void {
    const viewers = this.byPlan.get(planId);
    if (!viewers?.delete(connectionId)) return;
    if (viewers.size === 0) this.byPlan.delete(planId);
    this.announce(planId);
  }

  /** Current viewers, one per user (their earliest connection). */
  viewers(planId: number): ViewerPresence[] {
    const byUser = new Map<number, ViewerPresence>();
    for (const v of this.byPlan.get(planId)?.values() ?? []) {
      const seen = byUser.get(v.userId);
      if (!seen || v.since < seen.since) byUser.set(v.userId, v);
    }
    return [...byUser.values()].sort((a, b) => a.since.getTime() - b.since.getTime() || a.userId - b.userId);
  }

  private announce(planId: number): void {
    this.bus.publish({ kind: 'presence', planId, viewers: this.viewers(planId) });
  }
}
