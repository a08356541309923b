import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Organization } from '../organization/organization.entity.js';
import { Task } from '../task/task.entity.js';
import { User } from '../user/user.entity.js';
import { SubmitProgressReportInput } from './progress-report.inputs.js';
import { ProgressReport } from './progress-report.entity.js';
import type { ProgressReportService } from './progress-report.service.js';

@Resolver(() => ProgressReport)
export class ProgressReportResolver {
  constructor(private readonly reports: ProgressReportService) {}

  @Mutation(() => ProgressReport, {
    description: 'Posts a progress report for your unit; the task’s and its parents’ progress roll up.',
  })
  submitProgressReport(
    @Arg('input', () => SubmitProgressReportInput) input: SubmitProgressReportInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.reports.submit(ctx.actor, input);
  }

  @FieldResolver(() => Task)
  task(@Root() r: ProgressReport, @Ctx() ctx: RequestContext) {
    return ctx.loaders.task.load(r.taskId);
  }

  @FieldResolver(() => Organization, { description: 'The reporting unit.' })
  organization(@Root() r: ProgressReport, @Ctx() ctx: RequestContext) {
    return ctx.loaders.organization.get(r.organizationId);
  }

  @FieldResolver(() => User)
  author(@Root() r: ProgressReport, @Ctx() ctx: RequestContext) {
    return ctx.loaders.user.get(r.authorId);
  }
}
