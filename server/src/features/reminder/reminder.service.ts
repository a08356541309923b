import { ActivityType, NotificationKind, ReminderKind, formatIsoDateVi } from '@tiendo/shared';
import { In } from 'typeorm';
import type { AppDeps } from '../../context.js';
import type { Tx } from '../../db/writer.js';
import { badInput, notFound, parseId } from '../../graphql/errors.js';
import { deny, policy, requireActor, type Actor } from '../../permissions/policy.js';
import { onceForClientMutation } from '../idempotency/idempotency.js';
import { Plan } from '../plan/plan.entity.js';
import type { PlanService } from '../plan/plan.service.js';
import { cycleView, planCycles, type CycleView } from '../reporting-cycle/cycle-view.js';
import { loadPlanData, type PlanData } from '../reporting-cycle/plan-data.js';
import type { ReportingCycleService } from '../reporting-cycle/reporting-cycle.service.js';
import type { NotificationService } from '../notification/notification.service.js';
import type { SendRemindersInput } from './reminder.inputs.js';
import { Reminder } from './reminder.entity.js';

type NewReminder = Omit<Reminder, 'id' | 'plan' | 'organization' | 'batchId'>;

export class ReminderService {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly deps: AppDeps,
    private readonly plans: PlanService,
    private readonly cycles: ReportingCycleService,
    private readonly notifications: NotificationService,
  ) {}

  /**
   * Checks every plan on a schedule inside the server. Each occasion reminds a unit once (a unique
   * key), so several instances checking at once send nothing twice.
   */
  schedule(intervalMinutes: number): () => Promise<void> {
    if (intervalMinutes > 0) {
      this.timer = setInterval(() => {
        this.running = this.runScheduled().catch((err: unknown) => this.deps.log.error({ err }, 'reminder run failed'));
      }, intervalMinutes * 60_000);
      this.timer.unref();
    }
    return async () => {
      if (this.timer) clearInterval(this.timer);
      this.timer = null;
      await this.running;
    };
  }

  /** One automatic run over every plan, as of the server's clock. Returns the reminders it made. */
  async runScheduled(): Promise<Reminder[]> {
    const plans = await this.deps.dataSource.getRepository(Plan).find({ order: { id: 'ASC' } });
    const made: Reminder[] = [];
    for (const plan of plans) {
      const data = await loadPlanData(this.deps.dataSource, plan);
      const candidates = this.automatic(data);
      if (!candidates.length) continue;
      const saved = await this.deps.writer.run(async (tx) => {
        const repo = tx.manager.getRepository(Reminder);
        const known = new Set(
          (
            await repo.find({
              where: { dedupeKey: In(candidates.map((c) => c.dedupeKey!)) },
              select: { dedupeKey: true },
            })
          ).map((r) => r.dedupeKey),
        );
        const fresh = candidates.filter((c) => !known.has(c.dedupeKey));
        if (!fresh.length) return [];
        // Another instance may insert the same occasion meanwhile: the unique key keeps one.
        await repo.createQueryBuilder().insert().values(fresh).orIgnore().execute();
        const rows = await repo.find({
          where: { dedupeKey: In(fresh.map((c) => c.dedupeKey!)) },
          order: { id: 'ASC' },
        });
        await this.recordSent(tx, plan.id, null, rows);
        await this.deliver(tx, rows);
        return rows;
      });
      made.push(...saved);
    }
    if (made.length) this.deps.log.info({ count: made.length }, 'reminders sent');
    return made;
  }

  /** What the schedule would remind now for one plan, keyed by occasion. */
  private automatic(data: PlanData): NewReminder[] {
    const days = this.deps.config.reminderDaysBefore;
    const now = this.deps.clock();
    const today = this.cycles.today();
    const planId = data.plan.id;
    const out: NewReminder[] = [];
    const cycles = planCycles(data.plan, today);
    const current = cycleView(data, cycles.at(-1)!, today);
    if (current.daysUntilDue >= 0 && current.daysUntilDue <= days) {
      for (const [orgId, codes] of missingByOrganization(data, current)) {
        out.push({
          planId,
          organizationId: orgId,
          kind: ReminderKind.DUE_SOON,
          cycleKey: current.cycle.key,
          taskId: null,
          dueOn: current.cycle.dueOn,
          message: `Kỳ báo cáo ${current.cycle.label} của Kế hoạch ${data.plan.number} đến hạn ngày ${formatIsoDateVi(current.cycle.dueOn)}: đơn vị chưa báo cáo nhiệm vụ ${codes.join(', ')}.`,
          senderId: null,
          dedupeKey: `${ReminderKind.DUE_SOON}:${planId}:${current.cycle.key}:${orgId}`,
          createdAt: now,
        });
      }
    }
    if (cycles.length > 1) {
      const previous = cycleView(data, cycles.at(-2)!, today);
      for (const [orgId, codes] of missingByOrganization(data, previous)) {
        out.push({
          planId,
          organizationId: orgId,
          kind: ReminderKind.MISSING,
          cycleKey: previous.cycle.key,
          taskId: null,
          dueOn: previous.cycle.dueOn,
          message: `Đơn vị chưa báo cáo kỳ ${previous.cycle.label} (hạn ${formatIsoDateVi(previous.cycle.dueOn)}) của Kế hoạch ${data.plan.number}: nhiệm vụ ${codes.join(', ')}.`,
          senderId: null,
          dedupeKey: `${ReminderKind.MISSING}:${planId}:${previous.cycle.key}:${orgId}`,
          createdAt: now,
        });
      }
    }
    const deadlines = this.cycles.deadlinesOf(data, days);
    const code = new Map(data.tasks.map((t) => [t.id, t.code]));
    for (const item of deadlines.overdue) {
      for (const orgId of item.pendingOrganizationIds) {
        out.push({
          planId,
          organizationId: orgId,
          kind: ReminderKind.OVERDUE,
          cycleKey: null,
          taskId: item.taskId,
          dueOn: item.deadline,
          message: `Nhiệm vụ ${code.get(item.taskId)} của Kế hoạch ${data.plan.number} đã quá hạn ngày ${formatIsoDateVi(item.deadline)} mà đơn vị chưa hoàn thành.`,
          senderId: null,
          dedupeKey: `${ReminderKind.OVERDUE}:${planId}:task-${item.taskId}:${orgId}`,
          createdAt: now,
        });
      }
    }
    for (const item of deadlines.dueSoon) {
      for (const orgId of item.pendingOrganizationIds) {
        out.push({
          planId,
          organizationId: orgId,
          kind: ReminderKind.DUE_SOON,
          cycleKey: null,
          taskId: item.taskId,
          dueOn: item.deadline,
          message: `Nhiệm vụ ${code.get(item.taskId)} của Kế hoạch ${data.plan.number} đến hạn ngày ${formatIsoDateVi(item.deadline)} (còn ${item.daysLeft} ngày).`,
          senderId: null,
          dedupeKey: `${ReminderKind.DUE_SOON}:${planId}:task-${item.taskId}:${orgId}`,
          createdAt: now,
        });
      }
    }
    return out;
  }

  /** A coordinator urges late units (đôn đốc): every late unit of the cycle, or the ones named. */
  async send(actorOrNull: Actor | null, input: SendRemindersInput): Promise<Reminder[]> {
    const actor = requireActor(actorOrNull);
    const planId = parseId(input.planId, 'planId');
    const named = input.organizationIds?.map((id) => parseId(id, 'organizationIds')) ?? null;
    const extra = input.message?.trim() ?? '';
    const plan = await this.deps.dataSource.getRepository(Plan).findOneBy({ id: planId });
    if (!plan) throw notFound('Plan', input.planId);
    if (!policy.canSendReminders(actor, plan)) deny(actor, 'Only the plan’s coordinators urge its units');

    const { id } = await this.deps.writer.run(async (tx) => {
      const data = await loadPlanData(tx.manager, plan);
      const view = this.cycles.view(data, input.cycleKey);
      const assigned = new Set(data.assignments.map((a) => a.organizationId));
      if (named) {
        const stranger = named.find((o) => !assigned.has(o));
        if (stranger !== undefined) throw badInput('organizationIds', `unit ${stranger} has no task in this plan`);
      }
      return onceForClientMutation(tx.manager, actor.id, input.clientMutationId, 'sendReminders', async () => {
        const missing = missingByOrganization(data, view);
        const overdue = new Map<number, string[]>();
        const code = new Map(data.tasks.map((t) => [t.id, t.code]));
        for (const item of this.cycles.deadlinesOf(data, 0).overdue) {
          for (const o of item.pendingOrganizationIds)
            overdue.set(o, [...(overdue.get(o) ?? []), code.get(item.taskId)!]);
        }
        const late = [...new Set([...missing.keys(), ...overdue.keys()])].sort((a, b) => a - b);
        const targets = named ? [...new Set(named)] : late;
        if (!targets.length) return 0;
        const now = this.deps.clock();
        const rows: NewReminder[] = targets.map((orgId) => {
          const parts = [extra];
          const codes = missing.get(orgId);
          if (codes) {
            parts.push(
              `Đề nghị đơn vị báo cáo kết quả thực hiện Kế hoạch ${plan.number} kỳ ${view.cycle.label} (hạn ${formatIsoDateVi(view.cycle.dueOn)}), nhiệm vụ ${codes.join(', ')}.`,
            );
          }
          const late = overdue.get(orgId);
          if (late) parts.push(`Nhiệm vụ quá hạn chưa hoàn thành: ${late.join(', ')}.`);
          if (!codes && !late) parts.push(`Đề nghị đơn vị khẩn trương thực hiện và báo cáo Kế hoạch ${plan.number}.`);
          return {
            planId,
            organizationId: orgId,
            kind: ReminderKind.URGE,
            cycleKey: view.cycle.key,
            taskId: null,
            dueOn: view.cycle.dueOn,
            message: parts.filter(Boolean).join(' '),
            senderId: actor.id,
            dedupeKey: null,
            createdAt: now,
          };
        });
        const repo = tx.manager.getRepository(Reminder);
        const saved = await repo.save(rows.map((r) => repo.create(r)));
        const batchId = saved[0]!.id;
        await repo.update({ id: In(saved.map((r) => r.id)) }, { batchId });
        await this.recordSent(tx, planId, actor, saved);
        await this.deliver(tx, saved);
        return batchId;
      });
    });
    return id
      ? this.deps.dataSource.getRepository(Reminder).find({ where: { batchId: id }, order: { id: 'ASC' } })
      : [];
  }

  /** A plan's reminders, newest first: all of them for those who follow the plan, else the unit's own. */
  async forPlan(actor: Actor | null, planId: string, organizationId: string | null | undefined): Promise<Reminder[]> {
    const plan = await this.plans.get(actor, planId, 'planId');
    const where: { planId: number; organizationId?: number } = { planId: plan.id };
    if (organizationId) where.organizationId = parseId(organizationId, 'organizationId');
    if (!policy.canSeeAllReminders(actor, plan)) {
      if (!actor?.organizationId) return [];
      if (where.organizationId !== undefined && where.organizationId !== actor.organizationId) {
        deny(actor, 'You see your own unit’s reminders only');
      }
      where.organizationId = actor.organizationId;
    }
    return this.deps.dataSource.getRepository(Reminder).find({ where, order: { id: 'DESC' }, take: 500 });
  }

  /** Reminders to the signed-in user's unit, across plans, newest first. */
  async mine(actorOrNull: Actor | null): Promise<Reminder[]> {
    const actor = requireActor(actorOrNull);
    if (actor.organizationId === null) return [];
    return this.deps.dataSource
      .getRepository(Reminder)
      .find({ where: { organizationId: actor.organizationId }, order: { id: 'DESC' }, take: 200 });
  }

  /** Each reminder reaches every member of its unit as a notification, in the same transaction. */
  private async deliver(tx: Tx, reminders: Reminder[]) {
    for (const r of reminders) {
      await this.notifications.notify(
        tx,
        { organizationIds: [r.organizationId] },
        {
          kind: NotificationKind.REMINDER,
          summary: r.message,
          planId: r.planId,
          taskId: r.taskId,
          actorId: r.senderId,
          organizationId: r.organizationId,
        },
      );
    }
  }

  private async recordSent(tx: Tx, planId: number, actor: Actor | null, reminders: Reminder[]) {
    await tx.record({
      planId,
      type: ActivityType.REMINDER_SENT,
      actorId: actor?.id ?? null,
      organizationId: reminders.length === 1 ? reminders[0]!.organizationId : null,
      changes: {
        reminders: { from: null, to: reminders.map((r) => r.id) },
        organizations: { from: null, to: [...new Set(reminders.map((r) => r.organizationId))] },
        kinds: { from: null, to: [...new Set(reminders.map((r) => r.kind))] },
      },
    });
  }
}

/** Each unit that still owes reports in the cycle, with the task codes it owes them on. */
export function missingByOrganization(data: PlanData, view: CycleView): Map<number, string[]> {
  const code = new Map(data.tasks.map((t) => [t.id, t.code]));
  const out = new Map<number, string[]>();
  for (const e of view.entries) {
    if (e.reported) continue;
    out.set(e.organizationId, [...(out.get(e.organizationId) ?? []), code.get(e.taskId)!]);
  }
  return out;
}
