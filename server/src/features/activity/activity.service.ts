import crypto from 'node:crypto';
import { MoreThan, Between } from 'typeorm';
import { ActivityType } from '@tiendo/shared';
import type { AppDeps, RequestContext } from '../../context.js';
import { badInput, notFound, parseId } from '../../graphql/errors.js';
import { createLoaders, type Loaders } from '../../graphql/loaders.js';
import { PushChannel } from '../../graphql/push-channel.js';
import { deny, type Actor } from '../../permissions/policy.js';
import { Plan } from '../plan/plan.entity.js';
import type { PlanService } from '../plan/plan.service.js';
import type { ActivityBus, BusMessage, ViewerPresence } from './activity-bus.js';
import { ActivityEvent } from './activity-event.entity.js';
import { planEventFromLog, planEventFromPresence, type PlanEvent } from './plan-event.js';
import type { Presence } from './presence.js';

/** A subscription's context: a request context plus what a live socket needs. */
export interface SubscriptionContext extends RequestContext {
  activity: ActivityService;
  /** Closes the socket with a graphql-ws close code (4401 when a private plan needs a sign-in). */
  closeSocket(code: number, reason: string): void;
}

/** An event on its way to one subscriber, with the loaders its fields resolve through. */
export interface Delivery {
  event: PlanEvent;
  loaders: Loaders;
}

export class ActivityService {
  /** Loaders shared by every subscriber of this process for one message: fan-out costs no extra SQL. */
  private readonly sharedLoaders = new WeakMap<BusMessage, Loaders>();
  /**
   * One delivery per logged event, the same object for every subscriber: subscribers who ask the
   * same thing as the same viewer then share one execution (graphql/shared-execution.ts).
   */
  private readonly sharedDeliveries = new WeakMap<BusMessage, Delivery>();
  private readonly presenceDeliveries = new WeakMap<BusMessage, Map<number, Delivery>>();
  /** Whether a plan update leaves it readable, per viewer: one check per update, not per socket. */
  private readonly readableAfter = new WeakMap<
    BusMessage,
    { plan: Promise<Plan>; byViewer: Map<string, Promise<boolean>> }
  >();

  constructor(
    private readonly deps: AppDeps,
    private readonly plans: PlanService,
    private readonly bus: ActivityBus,
    private readonly presence: Presence,
  ) {}

  /**
   * A plan's events: with `after`, first the logged events after it, then live ones, with no gap and
   * no duplicate at the seam (live events are buffered while the log is read, and every event at or
   * below the last delivered seq is dropped). A live event that skips ahead triggers a read of the
   * missing ones from the log, so ordering holds even when events arrive out of order.
   */
  async stream(
    ctx: SubscriptionContext,
    planIdArg: string,
    after: number | null | undefined,
  ): Promise<AsyncIterable<Delivery>> {
    const planId = parseId(planIdArg, 'planId');
    if (after !== null && after !== undefined && (!Number.isSafeInteger(after) || after < 0)) {
      throw badInput('after', 'after must be a sequence number ≥ 0');
    }
    const plan = await this.deps.dataSource.getRepository(Plan).findOneBy({ id: planId });
    if (!plan) throw notFound('Plan', planIdArg);
    if (!(await this.plans.canRead(ctx.actor, plan))) {
      if (!ctx.actor) ctx.closeSocket(4401, 'Unauthorized');
      deny(ctx.actor, 'You may not see this plan');
    }

    let last = 0;
    let live = false;
    let busy = false;
    /** This subscription's entry among the plan's viewers (signed-in viewers only). */
    let presenceKey: string | null = null;
    /** Messages held while the log is read, or while an earlier message needs the database. */
    const held: BusMessage[] = [];
    const channel = new PushChannel<Delivery>(() => {
      unsubscribe();
      if (presenceKey) this.presence.leave(planId, presenceKey);
    });
    // The usual case (the next event in order) is handed over as it is published, with no promise:
    // fanning one event out to thousands of subscribers spends its time here (bench figure 3).
    const inOrder = (message: BusMessage): boolean => {
      if (message.kind === 'presence') {
        channel.push(this.presenceDelivery(message, planId, last));
        return true;
      }
      const { seq, type } = message.event;
      if (type === ActivityType.PLAN_UPDATED) return false;
      if (seq <= last) return true;
      if (seq !== last + 1) return false;
      channel.push(this.deliveryFor(message));
      last = seq;
      return true;
    };
    // Everything else goes one message at a time, in order, behind whatever waits on the database.
    const pump = async () => {
      busy = true;
      try {
        while (held.length > 0 && !channel.closed) {
          const message = held.shift()!;
          if (inOrder(message)) continue;
          await this.deliverFromLog(ctx, channel, planId, message as BusMessage & { kind: 'event' }, {
            get: () => last,
            set: (seq) => (last = seq),
          });
        }
      } catch (error) {
        channel.fail(error);
      } finally {
        busy = false;
      }
    };
    const unsubscribe = this.bus.subscribe(planId, (message) => {
      if (channel.closed) return;
      if (live && !busy && inOrder(message)) return;
      held.push(message);
      if (live && !busy) void pump();
    });
    const start = async () => {
      const current = (await this.deps.dataSource.getRepository(Plan).findOneByOrFail({ id: planId })).lastActivitySeq;
      if (after === null || after === undefined) {
        last = current;
      } else {
        last = Math.min(after, current);
        const missed = await this.logBetween(planId, last, null);
        const loaders = createLoaders(this.deps.dataSource);
        for (const row of missed) {
          await channel.room();
          if (channel.closed) return;
          channel.push({ event: planEventFromLog(row), loaders });
          last = row.seq;
        }
      }
      if (channel.closed) return;
      live = true;
      void pump();
      if (ctx.actor) {
        presenceKey = crypto.randomUUID();
        this.presence.join(planId, this.viewerOf(ctx.actor, presenceKey));
      }
    };
    start().catch((error: unknown) => channel.fail(error));
    return channel;
  }

  /** An event that is out of order (missing ones are read from the log first), or a plan update. */
  private async deliverFromLog(
    ctx: SubscriptionContext,
    channel: PushChannel<Delivery>,
    planId: number,
    message: BusMessage & { kind: 'event' },
    last: { get(): number; set(seq: number): void },
  ): Promise<void> {
    const { seq } = message.event;
    if (seq > last.get()) {
      if (seq > last.get() + 1) {
        const gap = await this.logBetween(planId, last.get(), seq - 1);
        const loaders = createLoaders(this.deps.dataSource);
        for (const row of gap) {
          await channel.room();
          if (channel.closed) return;
          channel.push({ event: planEventFromLog(row), loaders });
          last.set(row.seq);
        }
      }
      channel.push(this.deliveryFor(message));
      last.set(seq);
    }
    await this.stillReadable(ctx, planId, message);
  }

  /** The one delivery of a logged event, shared by every subscriber of this process. */
  private deliveryFor(message: BusMessage & { kind: 'event' }): Delivery {
    let delivery = this.sharedDeliveries.get(message);
    if (!delivery) {
      delivery = { event: planEventFromLog(message.event), loaders: this.loadersFor(message) };
      this.sharedDeliveries.set(message, delivery);
    }
    return delivery;
  }

  /** A presence change repeats the subscriber's latest seq: shared by subscribers at the same seq. */
  private presenceDelivery(message: BusMessage & { kind: 'presence' }, planId: number, seq: number): Delivery {
    let bySeq = this.presenceDeliveries.get(message);
    if (!bySeq) this.presenceDeliveries.set(message, (bySeq = new Map()));
    let delivery = bySeq.get(seq);
    if (!delivery) {
      delivery = {
        event: planEventFromPresence(planId, seq, message.viewers, new Date()),
        loaders: this.loadersFor(message),
      };
      bySeq.set(seq, delivery);
    }
    return delivery;
  }

  /**
   * A plan made private stops reaching those who watched it only because it was public: anonymous
   * sockets are closed with 4401, others end with FORBIDDEN. Decided once per update and viewer.
   */
  private async stillReadable(ctx: SubscriptionContext, planId: number, message: BusMessage): Promise<void> {
    if (message.kind !== 'event' || message.event.type !== ActivityType.PLAN_UPDATED) return;
    if (await this.canStillRead(ctx.actor, planId, message)) return;
    if (!ctx.actor) ctx.closeSocket(4401, 'Unauthorized');
    deny(ctx.actor, 'You may no longer see this plan');
  }

  private canStillRead(actor: Actor | null, planId: number, message: BusMessage): Promise<boolean> {
    let decisions = this.readableAfter.get(message);
    if (!decisions) {
      const plan = this.deps.dataSource.getRepository(Plan).findOneByOrFail({ id: planId });
      decisions = { plan, byViewer: new Map() };
      this.readableAfter.set(message, decisions);
    }
    // Everything canRead looks at: the same key gives the same answer.
    const key = actor ? `${actor.id}:${actor.role}:${actor.organizationId}` : 'anonymous';
    let decision = decisions.byViewer.get(key);
    if (!decision) {
      decision = decisions.plan.then((plan) => this.plans.canRead(actor, plan));
      decisions.byViewer.set(key, decision);
    }
    return decision;
  }

  /** Logged events with after < seq ≤ upTo (no upper bound when upTo is null), in order. */
  private logBetween(planId: number, after: number, upTo: number | null): Promise<ActivityEvent[]> {
    return this.deps.dataSource.getRepository(ActivityEvent).find({
      where: { planId, seq: upTo === null ? MoreThan(after) : Between(after + 1, upTo) },
      order: { seq: 'ASC' },
    });
  }

  private loadersFor(message: BusMessage): Loaders {
    let loaders = this.sharedLoaders.get(message);
    if (!loaders) this.sharedLoaders.set(message, (loaders = createLoaders(this.deps.dataSource)));
    return loaders;
  }

  private viewerOf(actor: Actor, connectionId: string): ViewerPresence {
    return { connectionId, userId: actor.id, organizationId: actor.organizationId, since: this.deps.clock() };
  }

  /** Who is watching the plan's board now. */
  async viewers(actor: Actor | null, planIdArg: string): Promise<ViewerPresence[]> {
    const plan = await this.plans.get(actor, planIdArg, 'planId');
    return this.presence.viewers(plan.id);
  }
}
