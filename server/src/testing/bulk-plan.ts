import type { DataSource } from 'typeorm';
import { AssignmentRole, DeadlineKind, TaskStatus } from '@tiendo/shared';
import { Assignment } from '../features/assignment/assignment.entity.js';
import { Organization } from '../features/organization/organization.entity.js';
import { Plan } from '../features/plan/plan.entity.js';
import { ProgressReport } from '../features/progress-report/progress-report.entity.js';
import { Task } from '../features/task/task.entity.js';
import { User } from '../features/user/user.entity.js';

/**
 * Inserts a plan of `taskCount` tasks (sections of 10 subtasks), each with a lead, a collaborator
 * and one progress report, straight into the database: a fixture for query-cost tests and benchmarks.
 */
export async function insertBulkPlan(
  ds: DataSource,
  taskCount: number,
  number = `BULK-${taskCount}`,
  options: { isPublic?: boolean; organizationIds?: number[] } = {},
): Promise<number> {
  const all = await ds.getRepository(Organization).find({ order: { id: 'ASC' } });
  const orgs = options.organizationIds ? all.filter((o) => options.organizationIds!.includes(o.id)) : all;
  const author = await ds.getRepository(User).findOneOrFail({ where: {}, order: { id: 'ASC' } });
  return ds.transaction(async (m) => {
    const plan = await m.getRepository(Plan).save({
      number,
      title: `Kế hoạch thử tải ${taskCount} nhiệm vụ`,
      issuingOrganizationId: orgs[0]!.id,
      issuedOn: '2021-01-01',
      place: null,
      signerName: null,
      signerTitle: null,
      parentPlanId: null,
      implementsDocumentId: null,
      standingOfficeId: null,
      difficultyOfficeId: null,
      recipients: [],
      isPublic: options.isPublic ?? true,
      sourceText: null,
      lastActivitySeq: 0,
    });
    const tasks = m.getRepository(Task);
    let parentId: number | null = null;
    for (let i = 0; i < taskCount; i++) {
      const isSection = i % 10 === 0;
      const code: string = isSection ? `S${i / 10 + 1}` : `S${Math.floor(i / 10) + 1}.${i % 10}`;
      const task: Task = await tasks.save({
        planId: plan.id,
        parentId: isSection ? null : parentId,
        code,
        position: i % 10,
        title: `Nhiệm vụ ${code}`,
        description: '',
        deadlineKind: i % 3 === 0 ? DeadlineKind.DATE : DeadlineKind.ONGOING,
        deadlineDate: i % 3 === 0 ? '2021-06-30' : null,
        deadlineText: null,
        recurrence: null,
        status: TaskStatus.IN_PROGRESS,
        statusSetManually: false,
        progress: 50,
        version: 1,
        lastReportAt: new Date(),
        searchText: code.toLowerCase(),
      });
      if (isSection) parentId = task.id;
      const lead = orgs[i % orgs.length]!;
      const helper = orgs[(i + 1) % orgs.length]!;
      const units = helper.id === lead.id ? [lead] : [lead, helper];
      await m.getRepository(Assignment).insert(
        units.map((org, k) => ({
          taskId: task.id,
          organizationId: org.id,
          role: k === 0 ? AssignmentRole.LEAD : AssignmentRole.COLLABORATOR,
          progress: k === 0 ? 50 : 0,
          status: k === 0 ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED,
          viaGroupId: null,
        })),
      );
      await m.getRepository(ProgressReport).insert({
        taskId: task.id,
        organizationId: lead.id,
        authorId: author.id,
        progress: 50,
        summary: `Báo cáo ${code}`,
        results: '',
        difficulties: '',
        proposals: '',
        period: null,
      });
    }
    return plan.id;
  });
}
