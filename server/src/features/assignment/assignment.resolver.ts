import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Organization, OrganizationGroup } from '../organization/organization.entity.js';
import { Task } from '../task/task.entity.js';
import { AssignOrganizationInput, UnassignOrganizationInput } from './assignment.inputs.js';
import { Assignment } from './assignment.entity.js';
import type { AssignmentService } from './assignment.service.js';

@Resolver(() => Assignment)
export class AssignmentResolver {
  constructor(private readonly assignments: AssignmentService) {}

  @Mutation(() => Task, { description: 'Assigns a unit or a group’s members to a task; returns the task.' })
  assignOrganization(
    @Arg('input', () => AssignOrganizationInput) input: AssignOrganizationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.assignments.assign(ctx.actor, input);
  }

  @Mutation(() => Task, { description: 'Removes a unit or a group’s members from a task; returns the task.' })
  unassignOrganization(
    @Arg('input', () => UnassignOrganizationInput) input: UnassignOrganizationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.assignments.unassign(ctx.actor, input);
  }

  @FieldResolver(() => Task)
  task(@Root() a: Assignment, @Ctx() ctx: RequestContext) {
    return ctx.loaders.task.load(a.taskId);
  }

  @FieldResolver(() => Organization)
  organization(@Root() a: Assignment, @Ctx() ctx: RequestContext) {
    return ctx.loaders.organization.get(a.organizationId);
  }

  @FieldResolver(() => OrganizationGroup, { nullable: true, description: 'The group it was assigned through.' })
  viaGroup(@Root() a: Assignment, @Ctx() ctx: RequestContext) {
    return a.viaGroupId === null ? null : ctx.loaders.organizationGroup.get(a.viaGroupId);
  }
}
