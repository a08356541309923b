import { ActivityType, AssignmentRole, NotificationKind } from '@tiendo/shared';
import type { AppDeps } from '../../context.js';
import { insertRow, toParameter } from '../../db/rows.js';
import { param, queryRows } from '../../db/sql.js';
import { badInput, notFound, parseId } from '../../graphql/errors.js';
import { deny, policy, requireActor, type Actor } from '../../permissions/policy.js';
import { Assignment } from '../assignment/assignment.entity.js';
import { onceForClientMutation } from '../idempotency/idempotency.js';
import type { NotificationService } from '../notification/notification.service.js';
import type { ObstacleService } from '../obstacle/obstacle.service.js';
import { Plan } from '../plan/plan.entity.js';
import { recomputeProgress, statusForProgress } from '../task/progress.js';
import { Task } from '../task/task.entity.js';
import type { SubmitProgressReportInput } from './progress-report.inputs.js';
import { ProgressReport } from './progress-report.entity.js';

export class ProgressReportService {
  constructor(
    private readonly deps: AppDeps,
    private readonly oversight: { notifications: NotificationService; obstacles: ObstacleService },
  ) {}

  async submit(actorOrNull: Actor | null, input: SubmitProgressReportInput): Promise<ProgressReport> {
    const actor = requireActor(actorOrNull);
    const taskId = parseId(input.taskId, 'taskId');
    const organizationId = parseId(input.organizationId, 'organizationId');
    const summary = input.summary.trim();
    if (!summary) throw badInput('summary', 'summary must not be empty');

    let created: ProgressReport | null = null;
    const { id } = await this.deps.writer.run(async (tx) => {
      const { manager } = tx;
      const p = (n: number) => param(manager, n);
      // Plain SQL throughout: this is the busiest write (bench/findings.md, figure 2).
      const [task] = await queryRows<{ id: number; planId: number; code: string }>(
        manager,
        `SELECT "id", "planId", "code" FROM "task" WHERE "id" = ${p(1)}`,
        [taskId],
      );
      if (!task) throw notFound('Task', input.taskId);
      const assignments = await queryRows<
        Pick<Assignment, 'id' | 'organizationId' | 'role' | 'viaGroupId' | 'progress'>
      >(
        manager,
        `SELECT "id", "organizationId", "role", "viaGroupId", "progress" FROM "assignment" WHERE "taskId" = ${p(1)}`,
        [taskId],
      );
      if (!policy.canReportFor(actor, organizationId, assignments)) {
        deny(actor, 'Only members of a unit assigned to this task report on it for that unit');
      }
      return onceForClientMutation(manager, actor.id, input.clientMutationId, 'submitProgressReport', async () => {
        const values = {
          taskId,
          organizationId,
          authorId: actor.id,
          progress: input.progress,
          summary,
          results: input.results?.trim() ?? '',
          difficulties: input.difficulties?.trim() ?? '',
          proposals: input.proposals?.trim() ?? '',
          period: input.period?.trim() || null,
          // The server's clock, so reporting cycles can be checked on fixed dates.
          createdAt: this.deps.clock(),
        };
        const report = Object.assign(new ProgressReport(), {
          id: await insertRow(manager, ProgressReport, values),
          ...values,
        });
        const at = toParameter(manager, Assignment, 'lastReportAt', report.createdAt);
        const assignment = assignments.find((a) => a.organizationId === organizationId)!;
        await queryRows(
          manager,
          `UPDATE "assignment" SET "progress" = ${p(1)}, "status" = ${p(2)}, "lastReportAt" = ${p(3)} WHERE "id" = ${p(4)}`,
          [input.progress, statusForProgress(input.progress), at, assignment.id],
        );
        await queryRows(
          manager,
          `UPDATE "task" SET "lastReportAt" = ${p(1)}, "updatedAt" = CURRENT_TIMESTAMP WHERE "id" = ${p(2)}`,
          [at, taskId],
        );
        await recomputeProgress(manager, taskId);
        await tx.record({
          planId: task.planId,
          type: ActivityType.REPORT_SUBMITTED,
          actorId: actor.id,
          organizationId,
          taskId,
          reportId: report.id,
          changes: { progress: { from: assignment.progress, to: input.progress } },
        });
        // Difficulties in a report open an obstacle for the difficulty office (Phòng Nội vụ).
        if (report.difficulties) {
          await this.oversight.obstacles.raiseInTx(tx, {
            task: await manager.getRepository(Task).findOneByOrFail({ id: taskId }),
            plan: await manager.getRepository(Plan).findOneByOrFail({ id: task.planId }),
            organizationId,
            actorId: actor.id,
            description: report.difficulties,
            reportId: report.id,
          });
        }
        const [unit] = await queryRows<{ name: string }>(
          manager,
          `SELECT "name" FROM "organization" WHERE "id" = ${p(1)}`,
          [organizationId],
        );
        await this.oversight.notifications.notify(
          tx,
          {
            // The units that answer for the task: its direct leads (not each member of a lead group).
            organizationIds: assignments
              .filter(
                (a) => a.role === AssignmentRole.LEAD && a.viaGroupId === null && a.organizationId !== organizationId,
              )
              .map((a) => a.organizationId),
          },
          {
            kind: NotificationKind.REPORT_ON_LED_TASK,
            summary: `${unit!.name} báo cáo nhiệm vụ ${task.code}: ${input.progress}% — ${summary.length > 100 ? `${summary.slice(0, 99)}…` : summary}`,
            planId: task.planId,
            taskId,
            actorId: actor.id,
            organizationId,
            reportId: report.id,
          },
        );
        created = report;
        return report.id;
      });
    });
    // A retry of a report already posted gets that report.
    return created ?? this.deps.dataSource.getRepository(ProgressReport).findOneByOrFail({ id });
  }
}
