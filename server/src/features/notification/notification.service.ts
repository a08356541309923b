import { Repeater } from '@repeaterjs/repeater';
import { In, IsNull, MoreThan, Not, type EntityManager } from 'typeorm';
import { NotificationKind, UserRole } from '@tiendo/shared';
import type { AppDeps, RequestContext } from '../../context.js';
import type { Tx } from '../../db/writer.js';
import { insertRows } from '../../db/rows.js';
import { param, params, queryRows, sqlBoolean } from '../../db/sql.js';
import { badInput, parseId } from '../../graphql/errors.js';
import { createLoaders, type Loaders } from '../../graphql/loaders.js';
import { actorOf, deny, policy, requireActor, type Actor } from '../../permissions/policy.js';
import type { ActivityBus } from '../activity/activity-bus.js';
import { Organization } from '../organization/organization.entity.js';
import { Plan } from '../plan/plan.entity.js';
import type { PlanService } from '../plan/plan.service.js';
import { User } from '../user/user.entity.js';
import { findMentions, organizationNames, userNames, type Mentionable } from './mentions.js';
import { Notification } from './notification.entity.js';

/** Who a notification goes to: every active user of some units, and some users. */
export interface Recipients {
  organizationIds?: number[];
  userIds?: number[];
  /** Leadership users of these units (the People's Committee). */
  leadershipOf?: number[];
}

export type NewNotification = Pick<Notification, 'kind' | 'summary'> &
  Partial<
    Pick<
      Notification,
      'planId' | 'taskId' | 'actorId' | 'organizationId' | 'commentId' | 'reportId' | 'obstacleId' | 'findingId'
    >
  >;

/** A notification on its way to its user, with the loaders its fields resolve through. */
export interface NotificationDelivery {
  notification: Notification;
  loaders: Loaders;
}

/** What notificationAdded needs from its socket's context. */
export interface NotificationContext extends RequestContext {
  notifications: NotificationService;
}

export class NotificationService {
  constructor(
    private readonly deps: AppDeps,
    private readonly bus: ActivityBus,
    private readonly plans: PlanService,
  ) {}

  /**
   * Writes one notification per recipient in the caller's transaction (never to the actor who
   * caused it, nor to disabled accounts) and announces them once the transaction commits.
   * Plain SQL: every progress report notifies its task's leads (bench/findings.md, figure 2).
   */
  async notify(tx: Tx, to: Recipients, n: NewNotification): Promise<Notification[]> {
    const userIds = await this.recipientIds(tx.manager, to);
    const wanted = await this.mayRead(
      tx.manager,
      userIds.filter((id) => id !== n.actorId),
      n.planId ?? null,
    );
    if (wanted.length === 0) return [];
    const values = wanted.map((userId) => ({
      userId,
      kind: n.kind,
      summary: n.summary,
      planId: n.planId ?? null,
      taskId: n.taskId ?? null,
      actorId: n.actorId ?? null,
      organizationId: n.organizationId ?? null,
      commentId: n.commentId ?? null,
      reportId: n.reportId ?? null,
      obstacleId: n.obstacleId ?? null,
      findingId: n.findingId ?? null,
      readAt: null,
      createdAt: new Date(),
    }));
    const inserted = await insertRows<Notification, { id: number; userId: number }>(tx.manager, Notification, values, [
      'id',
      'userId',
    ]);
    const idOf = new Map(inserted.map((r) => [Number(r.userId), Number(r.id)]));
    const rows = values.map((v) => Object.assign(new Notification(), { id: idOf.get(v.userId)!, ...v }));
    tx.afterCommit(() => {
      for (const row of rows) this.bus.publish({ kind: 'notification', userId: row.userId, notificationId: row.id });
    });
    return rows;
  }

  /** Only people who may read the plan hear about it: a mention must not leak a private plan. */
  private async mayRead(manager: EntityManager, userIds: number[], planId: number | null): Promise<number[]> {
    if (planId === null || userIds.length === 0) return userIds;
    const [found] = await queryRows<{ isPublic: boolean | number }>(
      manager,
      `SELECT "isPublic" FROM "plan" WHERE "id" = ${param(manager, 1)}`,
      [planId],
    );
    if (!found) throw new Error(`plan ${planId} does not exist`);
    if (sqlBoolean(found.isPublic)) return userIds;
    const plan = await manager.getRepository(Plan).findOneByOrFail({ id: planId });
    const users = await manager.getRepository(User).findBy({ id: In(userIds) });
    const allowed: number[] = [];
    for (const user of users) if (await this.plans.canRead(actorOf(user), plan)) allowed.push(user.id);
    return allowed.sort((a, b) => a - b);
  }

  /** Ids of the active users who match a condition (in SQL, with its parameters). */
  private async activeUsers(manager: EntityManager, where: string, params: unknown[]): Promise<number[]> {
    const rows = await queryRows<{ id: number }>(
      manager,
      `SELECT "id" FROM "user" WHERE ${where} AND "disabled" = ${param(manager, params.length + 1)}`,
      [...params, false],
    );
    return rows.map((r) => Number(r.id));
  }

  private async recipientIds(manager: EntityManager, to: Recipients): Promise<number[]> {
    const ids = new Set<number>();
    const list = (values: number[]) => params(manager, values.length);
    if (to.organizationIds?.length) {
      const where = `"organizationId" IN (${list(to.organizationIds)})`;
      for (const id of await this.activeUsers(manager, where, to.organizationIds)) ids.add(id);
    }
    if (to.userIds?.length) {
      for (const id of await this.activeUsers(manager, `"id" IN (${list(to.userIds)})`, to.userIds)) ids.add(id);
    }
    if (to.leadershipOf?.length) {
      const role = param(manager, to.leadershipOf.length + 1);
      const leaders = await this.activeUsers(
        manager,
        `"organizationId" IN (${list(to.leadershipOf)}) AND "role" = ${role}`,
        [...to.leadershipOf, UserRole.LEADERSHIP],
      );
      // A plan issued by a body without leadership accounts goes to every leadership account.
      const all = leaders.length
        ? leaders
        : await this.activeUsers(manager, `"role" = ${param(manager, 1)}`, [UserRole.LEADERSHIP]);
      for (const id of all) ids.add(id);
    }
    return [...ids].sort((a, b) => a - b);
  }

  /** The units and users a comment body mentions. */
  async mentionsIn(manager: EntityManager, body: string): Promise<{ organizationIds: number[]; userIds: number[] }> {
    if (!body.includes('@')) return { organizationIds: [], userIds: [] };
    const [orgs, users] = await Promise.all([
      manager.getRepository(Organization).find({ select: { id: true, name: true, shortName: true } }),
      manager.getRepository(User).find({ select: { id: true, name: true, email: true }, where: { disabled: false } }),
    ]);
    const candidates: Mentionable[] = [
      ...orgs.map((o) => ({ kind: 'organization' as const, id: o.id, names: organizationNames(o) })),
      ...users.map((u) => ({ kind: 'user' as const, id: u.id, names: userNames(u) })),
    ];
    return findMentions(body, candidates);
  }

  /** Notifies the units and people a comment mentions. */
  async notifyMentions(
    tx: Tx,
    comment: { id: number; body: string; taskId: number },
    task: { planId: number; code: string },
    actor: Actor,
  ): Promise<void> {
    const { organizationIds, userIds } = await this.mentionsIn(tx.manager, comment.body);
    if (!organizationIds.length && !userIds.length) return;
    const author = await tx.manager.getRepository(User).findOneByOrFail({ id: actor.id });
    const units = organizationIds.length
      ? await tx.manager.getRepository(Organization).findBy({ id: In(organizationIds) })
      : [];
    const whom = units.length ? units.map((u) => u.name).join(', ') : 'bạn';
    const excerpt = comment.body.length > 140 ? `${comment.body.slice(0, 139)}…` : comment.body;
    await this.notify(
      tx,
      { organizationIds, userIds },
      {
        kind: NotificationKind.MENTION,
        summary: `${author.name} nhắc đến ${whom} ở nhiệm vụ ${task.code}: ${excerpt}`,
        planId: task.planId,
        taskId: comment.taskId,
        actorId: actor.id,
        organizationId: organizationIds[0] ?? null,
        commentId: comment.id,
      },
    );
  }

  async list(actorOrNull: Actor | null, unreadOnly: boolean, limit: number): Promise<Notification[]> {
    const actor = requireActor(actorOrNull);
    if (!policy.canUseInbox(actor)) deny(actor, 'No inbox');
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw badInput('limit', 'limit must be 1–500');
    return this.deps.dataSource.getRepository(Notification).find({
      where: { userId: actor.id, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { id: 'DESC' },
      take: limit,
    });
  }

  async unreadCount(actorOrNull: Actor | null): Promise<number> {
    const actor = requireActor(actorOrNull);
    return this.deps.dataSource.getRepository(Notification).countBy({ userId: actor.id, readAt: IsNull() });
  }

  /** Marks the given notifications of the actor read (all of them when ids is null); returns how many changed. */
  async markRead(actorOrNull: Actor | null, ids: string[] | null | undefined): Promise<number> {
    const actor = requireActor(actorOrNull);
    if (!policy.canUseInbox(actor)) deny(actor, 'No inbox');
    const parsed = ids?.map((id) => parseId(id, 'ids')) ?? null;
    if (parsed && parsed.length > 500) throw badInput('ids', 'at most 500 ids at once');
    return this.deps.writer.run(async ({ manager }) => {
      const repo = manager.getRepository(Notification);
      if (parsed) {
        // Another user's notifications are not yours to mark: refuse rather than skip silently.
        const foreign = await repo.countBy({ id: In(parsed), userId: Not(actor.id) });
        if (foreign > 0) deny(actor, 'These notifications are not yours');
      }
      const result = await repo.update(
        { userId: actor.id, readAt: IsNull(), ...(parsed ? { id: In(parsed) } : {}) },
        { readAt: this.deps.clock() },
      );
      return result.affected ?? 0;
    });
  }

  /**
   * The signed-in user's new notifications, live. With `after` (the highest id the client has) it
   * first replays the ones it missed, then goes on live, with no gap or duplicate at the seam.
   */
  stream(ctx: NotificationContext, afterArg: string | null | undefined): AsyncIterable<NotificationDelivery> {
    const actor = requireActor(ctx.actor);
    const after = afterArg === null || afterArg === undefined ? null : Number(afterArg);
    if (after !== null && (!Number.isSafeInteger(after) || after < 0))
      throw badInput('after', 'after must be an id ≥ 0');
    const repo = this.deps.dataSource.getRepository(Notification);
    return new Repeater<NotificationDelivery>(async (push, stop) => {
      let last = 0;
      let live = false;
      const early: number[] = [];
      let chain: Promise<void> = Promise.resolve();
      const deliver = (id: number) => {
        chain = chain
          .then(async () => {
            if (id <= last) return;
            const notification = await repo.findOneBy({ id, userId: actor.id });
            if (!notification) return;
            last = id;
            await push({ notification, loaders: createLoaders(this.deps.dataSource) });
          })
          .catch(stop);
      };
      const unsubscribe = this.bus.subscribeUser(actor.id, (message) =>
        live ? deliver(message.notificationId) : early.push(message.notificationId),
      );
      try {
        if (after !== null) {
          last = after;
          const missed = await repo.find({ where: { userId: actor.id, id: MoreThan(after) }, order: { id: 'ASC' } });
          const loaders = createLoaders(this.deps.dataSource);
          for (const notification of missed) {
            await push({ notification, loaders });
            last = notification.id;
          }
        }
        live = true;
        for (const id of early.sort((a, b) => a - b)) deliver(id);
        await stop;
      } finally {
        unsubscribe();
      }
    });
  }
}
