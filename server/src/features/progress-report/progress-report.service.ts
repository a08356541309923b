import { ActivityType, AssignmentRole, NotificationKind } from '@tiendo/shared';
import type { AppDeps } from '../../context.js';
import { badInput, notFound, parseId } from '../../graphql/errors.js';
import { deny, policy, requireActor, type Actor } from '../../permissions/policy.js';
import { Assignment } from '../assignment/assignment.entity.js';
import { onceForClientMutation } from '../idempotency/idempotency.js';
import type { NotificationService } from '../notification/notification.service.js';
import type { ObstacleService } from '../obstacle/obstacle.service.js';
import { Organization } from '../organization/organization.entity.js';
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

    const { id } = await this.deps.writer.run(async (tx) => {
      const task = await tx.manager.getRepository(Task).findOneBy({ id: taskId });
      if (!task) throw notFound('Task', input.taskId);
      const assignments = await tx.manager.getRepository(Assignment).findBy({ taskId });
      if (!policy.canReportFor(actor, organizationId, assignments)) {
        deny(actor, 'Only members of a unit assigned to this task report on it for that unit');
      }
      return onceForClientMutation(tx.manager, actor.id, input.clientMutationId, 'submitProgressReport', async () => {
        const reports = tx.manager.getRepository(ProgressReport);
        const report = await reports.save(
          reports.create({
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
          }),
        );
        const assignment = assignments.find((a) => a.organizationId === organizationId)!;
        await tx.manager
          .getRepository(Assignment)
          .update(
            { id: assignment.id },
            { progress: input.progress, status: statusForProgress(input.progress), lastReportAt: report.createdAt },
          );
        await tx.manager.getRepository(Task).update({ id: taskId }, { lastReportAt: report.createdAt });
        await recomputeProgress(tx.manager, taskId);
        await tx.record({
          planId: task.planId,
          type: ActivityType.REPORT_SUBMITTED,
          actorId: actor.id,
          organizationId,
          taskId,
          reportId: report.id,
          changes: { progress: { from: assignment.progress, to: input.progress } },
        });
        const plan = await tx.manager.getRepository(Plan).findOneByOrFail({ id: task.planId });
        // Difficulties in a report open an obstacle for the difficulty office (Phòng Nội vụ).
        if (report.difficulties) {
          await this.oversight.obstacles.raiseInTx(tx, {
            task,
            plan,
            organizationId,
            actorId: actor.id,
            description: report.difficulties,
            reportId: report.id,
          });
        }
        const unit = await tx.manager.getRepository(Organization).findOneByOrFail({ id: organizationId });
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
            summary: `${unit.name} báo cáo nhiệm vụ ${task.code}: ${input.progress}% — ${summary.length > 100 ? `${summary.slice(0, 99)}…` : summary}`,
            planId: task.planId,
            taskId,
            actorId: actor.id,
            organizationId,
            reportId: report.id,
          },
        );
        return report.id;
      });
    });
    return this.deps.dataSource.getRepository(ProgressReport).findOneByOrFail({ id });
  }
}
