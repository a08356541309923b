import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Organization } from '../organization/organization.entity.js';
import { Task } from '../task/task.entity.js';
import { User } from '../user/user.entity.js';
import { AddCommentInput } from './comment.inputs.js';
import { Comment } from './comment.entity.js';
import type { CommentService } from './comment.service.js';

@Resolver(() => Comment)
export class CommentResolver {
  constructor(private readonly comments: CommentService) {}

  @Mutation(() => Comment, { description: 'Comments on a task, or replies to a comment.' })
  addComment(@Arg('input', () => AddCommentInput) input: AddCommentInput, @Ctx() ctx: RequestContext) {
    return this.comments.add(ctx.actor, input);
  }

  @FieldResolver(() => Task)
  task(@Root() c: Comment, @Ctx() ctx: RequestContext) {
    return ctx.loaders.task.load(c.taskId);
  }

  @FieldResolver(() => User)
  author(@Root() c: Comment, @Ctx() ctx: RequestContext) {
    return ctx.loaders.user.load(c.authorId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The author’s unit when they wrote it.' })
  organization(@Root() c: Comment, @Ctx() ctx: RequestContext) {
    return c.organizationId === null ? null : ctx.loaders.organization.load(c.organizationId);
  }

  @FieldResolver(() => Comment, { nullable: true })
  replyTo(@Root() c: Comment, @Ctx() ctx: RequestContext) {
    return c.replyToId === null ? null : ctx.loaders.comment.load(c.replyToId);
  }

  @FieldResolver(() => [Comment])
  replies(@Root() c: Comment, @Ctx() ctx: RequestContext) {
    return ctx.loaders.repliesByComment.load(c.id);
  }
}
