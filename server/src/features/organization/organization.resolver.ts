import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { OrganizationKind } from '@tiendo/shared';
import type { RequestContext } from '../../context.js';
import { Assignment } from '../assignment/assignment.entity.js';
import { Organization, OrganizationGroup } from './organization.entity.js';
import type { OrganizationService } from './organization.service.js';

@Resolver(() => Organization)
export class OrganizationResolver {
  constructor(private readonly service: OrganizationService) {}

  @Query(() => [Organization], { description: 'Every unit, optionally of some kinds only.' })
  organizations(@Arg('kinds', () => [OrganizationKind], { nullable: true }) kinds?: OrganizationKind[] | null) {
    return this.service.list(kinds);
  }

  @Query(() => [OrganizationGroup], { description: 'Groups of units named in plans.' })
  organizationGroups() {
    return this.service.listGroups();
  }

  @FieldResolver(() => Organization, { nullable: true })
  parent(@Root() org: Organization, @Ctx() ctx: RequestContext) {
    return org.parentId === null ? null : ctx.loaders.organization.load(org.parentId);
  }

  @FieldResolver(() => [Assignment], { description: 'Every task this unit is assigned to.' })
  assignments(@Root() org: Organization, @Ctx() ctx: RequestContext) {
    return ctx.loaders.assignmentsByOrganization.load(org.id);
  }

  @FieldResolver(() => [OrganizationGroup])
  groups(@Root() org: Organization, @Ctx() ctx: RequestContext) {
    return ctx.loaders.groupsByOrganization.load(org.id);
  }
}

@Resolver(() => OrganizationGroup)
export class OrganizationGroupResolver {
  @FieldResolver(() => [Organization])
  members(@Root() group: OrganizationGroup, @Ctx() ctx: RequestContext) {
    return ctx.loaders.membersByGroup.load(group.id);
  }
}
