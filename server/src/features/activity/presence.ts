import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { ActivityBus, ViewerPresence } from './activity-bus.js';

/**
 * Who is watching each plan's board: one entry per live subscription, dropped when it ends or its
 * socket closes (graphql-ws pings idle sockets, so a vanished client is dropped within seconds).
 */
export interface Presence {
  join(planId: number, viewer: ViewerPresence): void;
  leave(planId: number, connectionId: string): void;
  /** Current viewers, one per user (their earliest connection), oldest first. */
  viewers(planId: number): Promise<ViewerPresence[]>;
  close(): Promise<void>;
}

function onePerUser(entries: Iterable<ViewerPresence>): ViewerPresence[] {
  const byUser = new Map<number, ViewerPresence>();
  for (const v of entries) {
    const seen = byUser.get(v.userId);
    if (!seen || v.since < seen.since) byUser.set(v.userId, v);
  }
  return [...byUser.values()].sort((a, b) => a.since.getTime() - b.since.getTime() || a.userId - b.userId);
}

/** Presence for a single server. */
export class PresenceTracker implements Presence {
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

  async viewers(planId: number): Promise<ViewerPresence[]> {
    return onePerUser(this.byPlan.get(planId)?.values() ?? []);
  }

  async close(): Promise<void> {
    this.byPlan.clear();
  }

  private announce(planId: number): void {
    this.bus.publish({ kind: 'presence', planId, viewers: onePerUser(this.byPlan.get(planId)?.values() ?? []) });
  }
}

/**
 * Presence shared by several instances through Redis: viewers live in a hash per plan, tagged with
 * their instance; each instance renews a heartbeat key, and a viewer whose instance stopped renewing
 * (it died) is swept out within seconds by any surviving instance.
 */
export class RedisPresence implements Presence {
  private readonly heartbeat: NodeJS.Timeout;
  private readonly ttlMs: number;

  constructor(
    private readonly redis: Redis,
    private readonly bus: ActivityBus,
    private readonly instanceId: string,
    private readonly prefix: string,
    private readonly log: Logger,
    private readonly intervalMs = 2_000,
  ) {
    this.ttlMs = intervalMs * 3;
    void this.beat();
    this.heartbeat = setInterval(() => void this.beat(), intervalMs);
    this.heartbeat.unref();
  }

  private planKey = (planId: number) => `${this.prefix}:presence:${planId}`;
  private instanceKey = (id: string) => `${this.prefix}:instance:${id}`;
  private plansKey = () => `${this.prefix}:presence-plans`;

  join(planId: number, viewer: ViewerPresence): void {
    void this.redis
      .multi()
      .set(this.instanceKey(this.instanceId), '1', 'PX', this.ttlMs)
      .hset(this.planKey(planId), viewer.connectionId, JSON.stringify({ ...viewer, instanceId: this.instanceId }))
      .sadd(this.plansKey(), String(planId))
      .exec()
      .then(() => this.announce(planId))
      .catch((err: unknown) => this.log.error({ err }, 'presence join failed'));
  }

  leave(planId: number, connectionId: string): void {
    void this.redis
      .hdel(this.planKey(planId), connectionId)
      .then(() => this.announce(planId))
      .catch((err: unknown) => this.log.error({ err }, 'presence leave failed'));
  }

  async viewers(planId: number): Promise<ViewerPresence[]> {
    const { alive } = await this.entries(planId);
    return onePerUser(alive);
  }

  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    // Leaving cleanly: this instance's viewers go now rather than when the heartbeat expires.
    await this.redis.del(this.instanceKey(this.instanceId)).catch(() => undefined);
    await this.sweep().catch(() => undefined);
  }

  private async entries(planId: number) {
    const raw = await this.redis.hgetall(this.planKey(planId));
    const parsed = Object.entries(raw).map(([field, json]) => {
      const v = JSON.parse(json) as ViewerPresence & { instanceId: string; since: string };
      return { field, viewer: { ...v, since: new Date(v.since) }, instanceId: v.instanceId };
    });
    const instances = [...new Set(parsed.map((p) => p.instanceId))];
    const beats = instances.length ? await this.redis.mget(...instances.map(this.instanceKey)) : [];
    const living = new Set(instances.filter((_, i) => beats[i] !== null));
    return {
      alive: parsed.filter((p) => living.has(p.instanceId)).map((p) => p.viewer),
      dead: parsed.filter((p) => !living.has(p.instanceId)).map((p) => p.field),
    };
  }

  private async beat(): Promise<void> {
    try {
      await this.redis.set(this.instanceKey(this.instanceId), '1', 'PX', this.ttlMs);
      await this.sweep();
    } catch (err) {
      this.log.warn({ err }, 'presence heartbeat failed');
    }
  }

  /** Removes viewers of instances that stopped beating, and tells the boards. */
  private async sweep(): Promise<void> {
    for (const id of await this.redis.smembers(this.plansKey())) {
      const planId = Number(id);
      const { dead, alive } = await this.entries(planId);
      if (dead.length > 0) {
        await this.redis.hdel(this.planKey(planId), ...dead);
        this.bus.publish({ kind: 'presence', planId, viewers: onePerUser(alive) });
      }
      if (dead.length === 0 && alive.length === 0) await this.redis.srem(this.plansKey(), id);
    }
  }

  private async announce(planId: number): Promise<void> {
    this.bus.publish({ kind: 'presence', planId, viewers: await this.viewers(planId) });
  }
}
