import {
  ActivityType,
  AssignmentRole,
  FindingStatus,
  isIsoDate,
  isPastDeadline,
  NotificationKind,
  todayInVietnam,
} from '@tiendo/shared';
import type { AppDeps } from '../../context.js';
import { badInput, conflict, notFound, parseId } from '../../graphql/errors.js';
import { deny, policy, requireActor, type Actor } from '../../permissions/policy.js';
import { Assignment } from '../assignment/assignment.entity.js';
import { onceForClientMutation } from '../idempotency/idempotency.js';
import type { NotificationService } from '../notification/notification.service.js';
import { Organization } from '../organization/organization.entity.js';
import { Task } from '../task/task.entity.js';
import type { FileFindingInput, RespondToFindingInput } from './finding.inputs.js';
import { SupervisionFinding } from './finding.entity.js';

const short = (text: string) => (text.length > 120 ? `${text.slice(0, 119)}…` : text);

export class FindingService {
  constructor(
    private readonly deps: AppDeps,
    private readonly notifications: NotificationService,
  ) {}

  /** Unanswered past its due day (Vietnam time). */
  isOverdue(f: SupervisionFinding): boolean {
    return f.status === FindingStatus.OPEN && isPastDeadline(f.dueDate, this.deps.clock());
  }

  async file(actorOrNull: Actor | null, input: FileFindingInput): Promise<SupervisionFinding> {
    const actor = requireActor(actorOrNull);
    const taskId = parseId(input.taskId, 'taskId');
    const content = input.content.trim();
    if (!content) throw badInput('content', 'content must not be empty');
    if (!isIsoDate(input.dueDate)) throw badInput('dueDate', 'dueDate must be a real date written yyyy-MM-dd');
    if (input.dueDate < todayInVietnam(this.deps.clock())) throw badInput('dueDate', 'dueDate must not be in the past');
    const { id } = await this.deps.writer.run(async (tx) => {
      const task = await tx.manager.getRepository(Task).findOneBy({ id: taskId });
      if (!task) throw notFound('Task', input.taskId);
      if (!policy.canFileFinding(actor)) deny(actor, 'Only the Front and the mass organisations file findings');
      return onceForClientMutation(tx.manager, actor.id, input.clientMutationId, 'fileFinding', async () => {
        const repo = tx.manager.getRepository(SupervisionFinding);
        const finding = await repo.save(
          repo.create({
            planId: task.planId,
            taskId,
            organizationId: actor.organizationId,
            filedById: actor.id,
            content,
            dueDate: input.dueDate,
            status: FindingStatus.OPEN,
            response: null,
            respondedById: null,
            respondingOrganizationId: null,
            respondedAt: null,
            // The server's clock, so reporting cycles and the consolidated report see it on fixed dates.
            createdAt: this.deps.clock(),
          }),
        );
        await tx.record({
          planId: task.planId,
          type: ActivityType.FINDING_FILED,
          actorId: actor.id,
          organizationId: actor.organizationId,
          taskId,
          findingId: finding.id,
          changes: {
            status: { from: null, to: FindingStatus.OPEN },
            content: { from: null, to: content },
            dueDate: { from: null, to: input.dueDate },
          },
        });
        const leads = await tx.manager.getRepository(Assignment).findBy({ taskId, role: AssignmentRole.LEAD });
        const unit = actor.organizationId
          ? await tx.manager.getRepository(Organization).findOneBy({ id: actor.organizationId })
          : null;
        await this.notifications.notify(
          tx,
          { organizationIds: leads.map((a) => a.organizationId) },
          {
            kind: NotificationKind.FINDING_FILED,
            summary: `${unit?.name ?? 'Cơ quan giám sát'} kiến nghị ở nhiệm vụ ${task.code} (trả lời trước ${input.dueDate.split('-').reverse().join('/')}): ${short(content)}`,
            planId: task.planId,
            taskId,
            actorId: actor.id,
            organizationId: actor.organizationId,
            findingId: finding.id,
          },
        );
        return finding.id;
      });
    });
    return this.deps.dataSource.getRepository(SupervisionFinding).findOneByOrFail({ id });
  }

  async respond(actorOrNull: Actor | null, input: RespondToFindingInput): Promise<SupervisionFinding> {
    const actor = requireActor(actorOrNull);
    const id = parseId(input.id, 'id');
    const response = input.response.trim();
    if (!response) throw badInput('response', 'response must not be empty');
    await this.deps.writer.run(async (tx) => {
      const repo = tx.manager.getRepository(SupervisionFinding);
      const finding = await repo.findOneBy({ id });
      if (!finding) throw notFound('SupervisionFinding', input.id);
      const assignments = await tx.manager.getRepository(Assignment).findBy({ taskId: finding.taskId });
      if (!policy.canRespondToFinding(actor, assignments)) deny(actor, 'Only the task’s lead unit answers findings');
      if (finding.status !== FindingStatus.OPEN) throw conflict(`Finding ${finding.id} was already answered`);
      const respondingOrganizationId =
        actor.organizationId ?? assignments.find((a) => a.role === AssignmentRole.LEAD)?.organizationId ?? null;
      const result = await repo.update(
        { id, status: FindingStatus.OPEN },
        {
          status: FindingStatus.ANSWERED,
          response,
          respondedById: actor.id,
          respondingOrganizationId,
          respondedAt: this.deps.clock(),
        },
      );
      if (result.affected !== 1) throw conflict(`Finding ${finding.id} was already answered`);
      const task = await tx.manager.getRepository(Task).findOneByOrFail({ id: finding.taskId });
      await tx.record({
        planId: finding.planId,
        type: ActivityType.FINDING_ANSWERED,
        actorId: actor.id,
        organizationId: respondingOrganizationId,
        taskId: finding.taskId,
        findingId: finding.id,
        changes: {
          status: { from: FindingStatus.OPEN, to: FindingStatus.ANSWERED },
          response: { from: null, to: response },
        },
      });
      await this.notifications.notify(
        tx,
        {
          organizationIds: finding.organizationId === null ? [] : [finding.organizationId],
          userIds: [finding.filedById],
        },
        {
          kind: NotificationKind.FINDING_ANSWERED,
          summary: `Đơn vị chủ trì nhiệm vụ ${task.code} đã trả lời kiến nghị: ${short(response)}`,
          planId: finding.planId,
          taskId: finding.taskId,
          actorId: actor.id,
          organizationId: respondingOrganizationId,
          findingId: finding.id,
        },
      );
    });
    return this.deps.dataSource.getRepository(SupervisionFinding).findOneByOrFail({ id });
  }
}
