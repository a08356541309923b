import crypto from 'node:crypto';
import { Repeater } from '@repeaterjs/repeater';
import { MoreThan, Between } from 'typeorm';
import { ActivityType } from '@tiendo/shared';
import type { AppDeps, RequestContext } from '../../context.js';
import { badInput, notFound, parseId } from '../../graphql/errors.js';
import { createLoaders, type Loaders } from '../../graphql/loaders.js';
import { deny, type Actor } from '../../permissions/policy.js';
import { Plan } from '../plan/plan.entity.js';
import type { PlanService } from '../plan/plan.service.js';
import type { ActivityBus, BusMessage, ViewerPresence } from './activity-bus.js';
import { ActivityEvent } from './activity-event.entity.js';
import { planEventFromLog, planEventFromPresence, type PlanEvent } from './plan-event.js';
import type { Presence } from './presence.js';

/** A subscription's context: a request context plus what a live socket needs. */
export interface SubscriptionContext extends RequestContext {
  connectionId: string;
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

    return new Repeater<Delivery>(async (push, stop) => {
      let last = 0;
      let live = false;
      const early: BusMessage[] = [];
      let chain: Promise<void> = Promise.resolve();
      const enqueue = (message: BusMessage) => {
        chain = chain
          .then(() =>
            this.deliver(
              message,
              planId,
              () => last,
              (seq) => (last = seq),
              push,
            ),
          )
          .then(() => this.stillReadable(ctx, planId, message))
          .catch(stop);
      };
      const unsubscribe = this.bus.subscribe(planId, (message) => (live ? enqueue(message) : early.push(message)));
      const presenceKey = `${ctx.connectionId}:${crypto.randomUUID()}`;
      try {
        const current = (await this.deps.dataSource.getRepository(Plan).findOneByOrFail({ id: planId }))
          .lastActivitySeq;
        if (after === null || after === undefined) {
          last = current;
        } else {
          last = Math.min(after, current);
          const missed = await this.logBetween(planId, last, null);
          const loaders = createLoaders(this.deps.dataSource);
          for (const row of missed) {
            await push({ event: planEventFromLog(row), loaders });
            last = row.seq;
          }
        }
        live = true;
        for (const message of early) enqueue(message);
        if (ctx.actor) this.presence.join(planId, this.viewerOf(ctx.actor, presenceKey));
        await stop;
      } finally {
        unsubscribe();
        if (ctx.actor) this.presence.leave(planId, presenceKey);
      }
    });
  }

  private async deliver(
    message: BusMessage,
    planId: number,
    last: () => number,
    setLast: (seq: number) => void,
    push: (d: Delivery) => Promise<unknown>,
  ): Promise<void> {
    if (message.kind === 'presence') {
      await push({
        event: planEventFromPresence(planId, last(), message.viewers, new Date()),
        loaders: this.loadersFor(message),
      });
      return;
    }
    const { seq } = message.event;
    if (seq <= last()) return;
    if (seq > last() + 1) {
      const gap = await this.logBetween(planId, last(), seq - 1);
      const loaders = createLoaders(this.deps.dataSource);
      for (const row of gap) {
        await push({ event: planEventFromLog(row), loaders });
        setLast(row.seq);
      }
    }
    let delivery = this.sharedDeliveries.get(message);
    if (!delivery) {
      delivery = { event: planEventFromLog(message.event), loaders: this.loadersFor(message) };
      this.sharedDeliveries.set(message, delivery);
    }
    await push(delivery);
    setLast(seq);
  }

  /**
   * A plan made private stops reaching those who watched it only because it was public: anonymous
   * sockets are closed with 4401, others end with FORBIDDEN.
   */
  private async stillReadable(ctx: SubscriptionContext, planId: number, message: BusMessage): Promise<void> {
    if (message.kind !== 'event' || message.event.type !== ActivityType.PLAN_UPDATED) return;
    const plan = await this.deps.dataSource.getRepository(Plan).findOneByOrFail({ id: planId });
    if (await this.plans.canRead(ctx.actor, plan)) return;
    if (!ctx.actor) ctx.closeSocket(4401, 'Unauthorized');
    deny(ctx.actor, 'You may no longer see this plan');
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
