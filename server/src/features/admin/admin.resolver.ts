import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Organization, OrganizationGroup } from '../organization/organization.entity.js';
import { Plan } from '../plan/plan.entity.js';
import { User } from '../user/user.entity.js';
import {
  CreateOrganizationGroupInput,
  CreateOrganizationInput,
  PasswordReset,
  UpdateOrganizationGroupInput,
  UpdateOrganizationInput,
  UpdateUserInput,
} from './admin.inputs.js';
import type { AdminService } from './admin.service.js';
import { AuditEntry } from './audit-entry.entity.js';

@Resolver(() => AuditEntry)
export class AdminResolver {
  constructor(private readonly admin: AdminService) {}

  @Query(() => [User], { description: 'Every account (administrators).' })
  users(@Ctx() ctx: RequestContext) {
    return this.admin.users(ctx.actor);
  }

  @Query(() => [AuditEntry], { description: 'The audit trail, newest first (administrators).' })
  auditLog(
    @Ctx() ctx: RequestContext,
    @Arg('targetType', () => String, { nullable: true }) targetType?: string | null,
    @Arg('targetId', () => ID, { nullable: true }) targetId?: string | null,
    @Arg('limit', () => Int, { defaultValue: 100 }) limit = 100,
  ) {
    return this.admin.auditLog(ctx.actor, { targetType, targetId, limit });
  }

  @Mutation(() => Organization, { description: 'Creates a unit (administrators).' })
  createOrganization(
    @Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.admin.createOrganization(ctx.actor, input);
  }

  @Mutation(() => Organization, { description: 'Changes a unit (administrators).' })
  updateOrganization(
    @Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.admin.updateOrganization(ctx.actor, input);
  }

  @Mutation(() => OrganizationGroup, { description: 'Creates a group of units (administrators).' })
  createOrganizationGroup(
    @Arg('input', () => CreateOrganizationGroupInput) input: CreateOrganizationGroupInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.admin.createGroup(ctx.actor, input);
  }

  @Mutation(() => OrganizationGroup, { description: 'Renames a group or replaces its members (administrators).' })
  updateOrganizationGroup(
    @Arg('input', () => UpdateOrganizationGroupInput) input: UpdateOrganizationGroupInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.admin.updateGroup(ctx.actor, input);
  }

  @Mutation(() => User, { description: 'Changes an account’s name, role or unit (administrators).' })
  updateUser(@Arg('input', () => UpdateUserInput) input: UpdateUserInput, @Ctx() ctx: RequestContext) {
    return this.admin.updateUser(ctx.actor, input);
  }

  @Mutation(() => User, { description: 'Disables an account (signing it out) or enables it again (administrators).' })
  setUserDisabled(
    @Arg('id', () => ID) id: string,
    @Arg('disabled', () => Boolean) disabled: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return this.admin.setUserDisabled(ctx.actor, id, disabled);
  }

  @Mutation(() => PasswordReset, {
    description: 'Sets a new password (generated when none is given) and signs the account out (administrators).',
  })
  resetUserPassword(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Arg('password', () => String, { nullable: true }) password?: string | null,
  ) {
    return this.admin.resetPassword(ctx.actor, id, password);
  }

  @Mutation(() => Plan, { description: 'Makes a plan public (the district portal) or private (its coordinators).' })
  setPlanPublic(
    @Arg('planId', () => ID) planId: string,
    @Arg('isPublic', () => Boolean) isPublic: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return this.admin.setPlanPublic(ctx.actor, planId, isPublic);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who did it.' })
  actor(@Root() e: AuditEntry, @Ctx() ctx: RequestContext) {
    return e.actorId === null ? null : ctx.loaders.user.load(e.actorId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'JSON of what changed: { field: { from, to } }.' })
  changes(@Root() e: AuditEntry) {
    return e.changes ? JSON.stringify(e.changes) : null;
  }
}
