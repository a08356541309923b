import { ActivityType, RecurrencePeriod, TaskStatus, DeadlineKind, todayInVietnam, type IsoDate } from '@tiendo/shared';
import type { AppDeps } from '../../context.js';
import { badInput, notFound, parseId } from '../../graphql/errors.js';
import { deny, policy, requireActor, type Actor } from '../../permissions/policy.js';
import { Plan } from '../plan/plan.entity.js';
import type { PlanService } from '../plan/plan.service.js';
import { cycleView, planCycles, type CycleView } from './cycle-view.js';
import { addDaysIso, cycleByKey, daysBetween } from './cycles.js';
import { loadPlanData, type PlanData } from './plan-data.js';
import type { DeadlineItem, PlanDeadlines, ReportingCycle } from './reporting-cycle.types.js';

export class ReportingCycleService {
  constructor(
    private readonly deps: AppDeps,
    private readonly plans: PlanService,
  ) {}

  /** Today in Vietnam by the server's clock. */
  today(): IsoDate {
    return todayInVietnam(this.deps.clock());
  }

  /** The plan's data, once the actor may read the plan. */
  async readable(actor: Actor | null, planId: string | number): Promise<PlanData> {
    const plan = await this.plans.get(actor, planId, 'planId');
    return loadPlanData(this.deps.dataSource, plan);
  }

  /** The plan's cycles up to today's, each with who reported, newest first. */
  async cycles(actor: Actor | null, planId: string): Promise<ReportingCycle[]> {
    const data = await this.readable(actor, planId);
    const today = this.today();
    return planCycles(data.plan, today)
      .reverse()
      .map((c) => toGraphQL(data.plan.id, cycleView(data, c, today)));
  }

  /** One cycle by key, or the one today falls in. */
  async cycle(actor: Actor | null, planId: string, key: string | null | undefined): Promise<ReportingCycle> {
    const data = await this.readable(actor, planId);
    return toGraphQL(data.plan.id, this.view(data, key));
  }

  view(data: PlanData, key: string | null | undefined): CycleView {
    const today = this.today();
    const cycles = planCycles(data.plan, today);
    if (!key) return cycleView(data, cycles.at(-1)!, today);
    const cycle = cycleByKey(data.plan.reportingPeriod, key);
    if (!cycle)
      throw badInput('cycleKey', `${key} is not a ${data.plan.reportingPeriod.toLowerCase()} cycle of this plan`);
    return cycleView(data, cycle, today);
  }

  async deadlines(actor: Actor | null, planId: string, withinDays: number): Promise<PlanDeadlines> {
    if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 366) {
      throw badInput('withinDays', 'withinDays must be a whole number of days from 0 to 366');
    }
    const data = await this.readable(actor, planId);
    return this.deadlinesOf(data, withinDays);
  }

  deadlinesOf(data: PlanData, withinDays: number): PlanDeadlines {
    const today = this.today();
    const horizon = addDaysIso(today, withinDays);
    const overdue: DeadlineItem[] = [];
    const dueSoon: DeadlineItem[] = [];
    for (const task of data.tasks) {
      if (task.deadlineKind !== DeadlineKind.DATE || !task.deadlineDate || task.status === TaskStatus.DONE) continue;
      const item: DeadlineItem = {
        taskId: task.id,
        deadline: task.deadlineDate,
        daysLeft: daysBetween(today, task.deadlineDate),
        pendingOrganizationIds: data.assignments
          .filter((a) => a.taskId === task.id && a.progress < 100)
          .map((a) => a.organizationId),
      };
      if (task.deadlineDate < today) overdue.push(item);
      else if (task.deadlineDate <= horizon) dueSoon.push(item);
    }
    const cycles = planCycles(data.plan, today);
    const current = cycles.at(-1)!;
    const previous = cycles.length > 1 ? cycles.at(-2)! : null;
    return {
      planId: data.plan.id,
      today,
      withinDays,
      overdue: overdue.sort((a, b) => a.daysLeft - b.daysLeft),
      dueSoon: dueSoon.sort((a, b) => a.daysLeft - b.daysLeft),
      currentCycle: toGraphQL(data.plan.id, cycleView(data, current, today)),
      previousCycle: previous ? toGraphQL(data.plan.id, cycleView(data, previous, today)) : null,
    };
  }

  /** A coordinator sets how often the plan's assignees report. */
  async setReportingPeriod(actorOrNull: Actor | null, planId: string, period: RecurrencePeriod): Promise<Plan> {
    const actor = requireActor(actorOrNull);
    const id = parseId(planId, 'planId');
    await this.deps.writer.run(async (tx) => {
      const plan = await tx.manager.getRepository(Plan).findOneBy({ id });
      if (!plan) throw notFound('Plan', planId);
      if (!policy.canEditPlan(actor, plan)) deny(actor, 'Only the plan’s coordinators set its reporting period');
      if (plan.reportingPeriod === period) return;
      await tx.manager.getRepository(Plan).update({ id }, { reportingPeriod: period });
      await tx.record({
        planId: id,
        type: ActivityType.PLAN_UPDATED,
        actorId: actor.id,
        organizationId: actor.organizationId,
        changes: { reportingPeriod: { from: plan.reportingPeriod, to: period } },
      });
    });
    return this.deps.dataSource.getRepository(Plan).findOneByOrFail({ id });
  }
}

export function toGraphQL(planId: number, view: CycleView): ReportingCycle {
  const entries = view.entries.map((e) => ({
    taskId: e.taskId,
    organizationId: e.organizationId,
    role: e.role,
    reported: e.reported,
    reportCount: e.reports.length,
    latestReport: e.reports.at(-1) ?? null,
    progress: e.progress,
  }));
  const reportedCount = entries.filter((e) => e.reported).length;
  return {
    planId,
    ...view.cycle,
    status: view.status,
    daysUntilDue: view.daysUntilDue,
    expectedCount: entries.length,
    reportedCount,
    missingCount: entries.length - reportedCount,
    entries,
  };
}
