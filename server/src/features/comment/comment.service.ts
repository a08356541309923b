import { ActivityType } from '@tiendo/shared';
import type { AppDeps } from '../../context.js';
import { badInput, notFound, parseId } from '../../graphql/errors.js';
import { deny, policy, requireActor, type Actor } from '../../permissions/policy.js';
import { Assignment } from '../assignment/assignment.entity.js';
import { onceForClientMutation } from '../idempotency/idempotency.js';
import type { NotificationService } from '../notification/notification.service.js';
import { Plan } from '../plan/plan.entity.js';
import { Task } from '../task/task.entity.js';
import type { AddCommentInput } from './comment.inputs.js';
import { Comment } from './comment.entity.js';

export class CommentService {
  constructor(
    private readonly deps: AppDeps,
    private readonly notifications: NotificationService,
  ) {}

  async add(actorOrNull: Actor | null, input: AddCommentInput): Promise<Comment> {
    const actor = requireActor(actorOrNull);
    const taskId = parseId(input.taskId, 'taskId');
    const replyToId = input.replyToId ? parseId(input.replyToId, 'replyToId') : null;
    const body = input.body.trim();
    if (!body) throw badInput('body', 'body must not be empty');

    const { id } = await this.deps.writer.run(async (tx) => {
      const task = await tx.manager.getRepository(Task).findOneBy({ id: taskId });
      if (!task) throw notFound('Task', input.taskId);
      const plan = await tx.manager.getRepository(Plan).findOneByOrFail({ id: task.planId });
      const assignments = await tx.manager.getRepository(Assignment).findBy({ taskId });
      if (!policy.canComment(actor, plan, assignments))
        deny(actor, 'Only units taking part in this task comment on it');
      return onceForClientMutation(tx.manager, actor.id, input.clientMutationId, 'addComment', async () => {
        const comments = tx.manager.getRepository(Comment);
        if (replyToId !== null && !(await comments.existsBy({ id: replyToId, taskId }))) {
          throw badInput('replyToId', `Comment ${replyToId} is not a comment on this task`);
        }
        const comment = await comments.save(
          comments.create({
            taskId,
            authorId: actor.id,
            organizationId: actor.organizationId,
            body,
            replyToId,
            editedAt: null,
          }),
        );
        await tx.record({
          planId: task.planId,
          type: ActivityType.COMMENT_ADDED,
          actorId: actor.id,
          organizationId: actor.organizationId,
          taskId,
          commentId: comment.id,
        });
        // "@Phòng Nội vụ", "@phong noi vu", "@Nội vụ": the mentioned units' people are told.
        await this.notifications.notifyMentions(tx, comment, task, actor);
        return comment.id;
      });
    });
    return this.deps.dataSource.getRepository(Comment).findOneByOrFail({ id });
  }
}
