import crypto from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { ActivityType, AuditAction } from '@tiendo/shared';
import type { AppDeps } from '../../context.js';
import { badInput, notFound, parseId } from '../../graphql/errors.js';
import { deny, policy, requireActor, type Actor } from '../../permissions/policy.js';
import { onceForClientMutation } from '../idempotency/idempotency.js';
import { Organization, OrganizationGroup } from '../organization/organization.entity.js';
import { organizationSearchText } from '../organization/organization.service.js';
import { Plan } from '../plan/plan.entity.js';
import { hashPassword } from '../user/password.js';
import { User } from '../user/user.entity.js';
import type { UserService } from '../user/user.service.js';
import type {
  CreateOrganizationGroupInput,
  CreateOrganizationInput,
  UpdateOrganizationGroupInput,
  UpdateOrganizationInput,
  UpdateUserInput,
} from './admin.inputs.js';
import { recordAudit, diff } from './audit.js';
import { AuditEntry } from './audit-entry.entity.js';

/** Administration of units, groups and accounts, every change kept in the audit trail. */
export class AdminService {
  constructor(
    private readonly deps: AppDeps,
    // Told when an account is signed out, so the server closes its live sockets too.
    private readonly sessions: Pick<UserService, 'revokeAllSessions' | 'notifySessionsRevoked'>,
  ) {}

  private admin(actorOrNull: Actor | null): Actor {
    const actor = requireActor(actorOrNull);
    if (!policy.canAdminister(actor)) deny(actor, 'Only administrators do this');
    return actor;
  }

  async users(actorOrNull: Actor | null): Promise<User[]> {
    this.admin(actorOrNull);
    return this.deps.dataSource.getRepository(User).find({ order: { organizationId: 'ASC', id: 'ASC' } });
  }

  async auditLog(
    actorOrNull: Actor | null,
    filter: { targetType?: string | null; targetId?: string | null; limit: number },
  ): Promise<AuditEntry[]> {
    this.admin(actorOrNull);
    if (!Number.isInteger(filter.limit) || filter.limit < 1 || filter.limit > 1000) {
      throw badInput('limit', 'limit must be 1–1000');
    }
    const targetId = filter.targetId ? parseId(filter.targetId, 'targetId') : null;
    return this.deps.dataSource.getRepository(AuditEntry).find({
      where: {
        ...(filter.targetType ? { targetType: filter.targetType } : {}),
        ...(targetId !== null ? { targetId } : {}),
      },
      order: { id: 'DESC' },
      take: filter.limit,
    });
  }

  async createOrganization(actorOrNull: Actor | null, input: CreateOrganizationInput): Promise<Organization> {
    const actor = this.admin(actorOrNull);
    const parentId = input.parentId ? parseId(input.parentId, 'parentId') : null;
    const name = input.name.trim();
    const shortName = input.shortName.trim();
    if (!name) throw badInput('name', 'name must not be blank');
    if (!shortName) throw badInput('shortName', 'shortName must not be blank');
    const { id } = await this.deps.writer.run(async ({ manager }) => {
      if (parentId !== null) await this.mustExist(manager, Organization, parentId, 'parentId');
      return onceForClientMutation(manager, actor.id, input.clientMutationId, 'createOrganization', async () => {
        const repo = manager.getRepository(Organization);
        const org = await repo.save(
          repo.create({
            name,
            shortName,
            kind: input.kind,
            parentId,
            searchText: organizationSearchText({ name, shortName }),
          }),
        );
        await recordAudit(manager, {
          actorId: actor.id,
          action: AuditAction.ORGANIZATION_CREATED,
          targetType: 'Organization',
          targetId: org.id,
          changes: diff({} as Organization, { name, shortName, kind: input.kind, parentId }),
        });
        return org.id;
      });
    });
    return this.deps.dataSource.getRepository(Organization).findOneByOrFail({ id });
  }

  async updateOrganization(actorOrNull: Actor | null, input: UpdateOrganizationInput): Promise<Organization> {
    const actor = this.admin(actorOrNull);
    const id = parseId(input.id, 'id');
    const parentId = input.parentId ? parseId(input.parentId, 'parentId') : undefined;
    if (parentId === id) throw badInput('parentId', 'A unit cannot be its own parent');
    const name = input.name?.trim();
    const shortName = input.shortName?.trim();
    if (input.name !== undefined && input.name !== null && !name) throw badInput('name', 'name must not be blank');
    if (input.shortName !== undefined && input.shortName !== null && !shortName) {
      throw badInput('shortName', 'shortName must not be blank');
    }
    await this.deps.writer.run(async ({ manager }) => {
      const repo = manager.getRepository(Organization);
      const org = await repo.findOneBy({ id });
      if (!org) throw notFound('Organization', input.id);
      if (parentId !== undefined) await this.mustExist(manager, Organization, parentId, 'parentId');
      const changes = diff(org, { name, shortName, kind: input.kind ?? undefined, parentId });
      if (Object.keys(changes).length === 0) return;
      const next = { ...org, ...Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v.to])) };
      await repo.update(
        { id },
        {
          ...Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v.to])),
          searchText: organizationSearchText(next),
        },
      );
      await recordAudit(manager, {
        actorId: actor.id,
        action: AuditAction.ORGANIZATION_UPDATED,
        targetType: 'Organization',
        targetId: id,
        changes,
      });
    });
    return this.deps.dataSource.getRepository(Organization).findOneByOrFail({ id });
  }

  async createGroup(actorOrNull: Actor | null, input: CreateOrganizationGroupInput): Promise<OrganizationGroup> {
    const actor = this.admin(actorOrNull);
    const memberIds = [...new Set(input.memberIds.map((m) => parseId(m, 'memberIds')))];
    const name = input.name.trim();
    if (!name) throw badInput('name', 'name must not be blank');
    const { id } = await this.deps.writer.run(async ({ manager }) => {
      await this.mustAllExist(manager, memberIds);
      return onceForClientMutation(manager, actor.id, input.clientMutationId, 'createOrganizationGroup', async () => {
        const repo = manager.getRepository(OrganizationGroup);
        if (await repo.existsBy({ code: input.code })) throw badInput('code', `A group ${input.code} already exists`);
        const group = await repo.save(
          repo.create({ name, code: input.code, members: memberIds.map((m) => ({ id: m }) as Organization) }),
        );
        await recordAudit(manager, {
          actorId: actor.id,
          action: AuditAction.GROUP_CREATED,
          targetType: 'OrganizationGroup',
          targetId: group.id,
          changes: {
            name: { from: null, to: name },
            code: { from: null, to: input.code },
            memberIds: { from: null, to: memberIds },
          },
        });
        return group.id;
      });
    });
    return this.deps.dataSource.getRepository(OrganizationGroup).findOneByOrFail({ id });
  }

  async updateGroup(actorOrNull: Actor | null, input: UpdateOrganizationGroupInput): Promise<OrganizationGroup> {
    const actor = this.admin(actorOrNull);
    const id = parseId(input.id, 'id');
    const memberIds = input.memberIds
      ? [...new Set(input.memberIds.map((m) => parseId(m, 'memberIds')))].sort((a, b) => a - b)
      : null;
    const name = input.name?.trim();
    if (input.name !== undefined && input.name !== null && !name) throw badInput('name', 'name must not be blank');
    await this.deps.writer.run(async ({ manager }) => {
      const repo = manager.getRepository(OrganizationGroup);
      const group = await repo.findOne({ where: { id }, relations: { members: true } });
      if (!group) throw notFound('OrganizationGroup', input.id);
      const changes = diff({ name: group.name }, { name });
      if (memberIds) {
        await this.mustAllExist(manager, memberIds);
        const current = (group.members ?? []).map((m) => m.id).sort((a, b) => a - b);
        if (JSON.stringify(current) !== JSON.stringify(memberIds)) {
          changes.memberIds = { from: current, to: memberIds };
          group.members = memberIds.map((m) => ({ id: m }) as Organization);
        }
      }
      if (Object.keys(changes).length === 0) return;
      if (name) group.name = name;
      await repo.save(group);
      await recordAudit(manager, {
        actorId: actor.id,
        action: AuditAction.GROUP_UPDATED,
        targetType: 'OrganizationGroup',
        targetId: id,
        changes,
      });
    });
    return this.deps.dataSource.getRepository(OrganizationGroup).findOneByOrFail({ id });
  }

  async updateUser(actorOrNull: Actor | null, input: UpdateUserInput): Promise<User> {
    const actor = this.admin(actorOrNull);
    const id = parseId(input.id, 'id');
    const organizationId = input.organizationId ? parseId(input.organizationId, 'organizationId') : undefined;
    const name = input.name?.trim();
    if (input.name !== undefined && input.name !== null && !name) throw badInput('name', 'name must not be blank');
    await this.deps.writer.run(async ({ manager }) => {
      const repo = manager.getRepository(User);
      const user = await repo.findOneBy({ id });
      if (!user) throw notFound('User', input.id);
      if (organizationId !== undefined) await this.mustExist(manager, Organization, organizationId, 'organizationId');
      if (id === actor.id && input.role && input.role !== user.role) {
        throw badInput('role', 'Administrators do not change their own role');
      }
      const changes = diff(user, { name, role: input.role ?? undefined, organizationId });
      if (Object.keys(changes).length === 0) return;
      await repo.update({ id }, Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v.to])));
      await recordAudit(manager, {
        actorId: actor.id,
        action: AuditAction.USER_UPDATED,
        targetType: 'User',
        targetId: id,
        changes,
      });
    });
    return this.deps.dataSource.getRepository(User).findOneByOrFail({ id });
  }

  /** Disables (and signs out) or re-enables an account. */
  async setUserDisabled(actorOrNull: Actor | null, idArg: string, disabled: boolean): Promise<User> {
    const actor = this.admin(actorOrNull);
    const id = parseId(idArg, 'id');
    if (id === actor.id && disabled) throw badInput('id', 'Administrators do not disable themselves');
    await this.deps.writer.run(async ({ manager }) => {
      const user = await manager.getRepository(User).findOneBy({ id });
      if (!user) throw notFound('User', idArg);
      if (user.disabled === disabled) return;
      await manager.getRepository(User).update({ id }, { disabled });
      if (disabled) await this.sessions.revokeAllSessions(manager, id);
      await recordAudit(manager, {
        actorId: actor.id,
        action: disabled ? AuditAction.USER_DISABLED : AuditAction.USER_ENABLED,
        targetType: 'User',
        targetId: id,
        changes: { disabled: { from: user.disabled, to: disabled } },
      });
    });
    if (disabled) this.sessions.notifySessionsRevoked(id);
    return this.deps.dataSource.getRepository(User).findOneByOrFail({ id });
  }

  /** Sets a new password (generated when none is given) and signs the account out everywhere. */
  async resetPassword(
    actorOrNull: Actor | null,
    idArg: string,
    password: string | null | undefined,
  ): Promise<{ user: User; temporaryPassword: string }> {
    const actor = this.admin(actorOrNull);
    const id = parseId(idArg, 'id');
    if (password !== null && password !== undefined && (password.length < 8 || password.length > 200)) {
      throw badInput('password', 'password must be 8–200 characters');
    }
    const temporaryPassword = password ?? crypto.randomBytes(9).toString('base64url');
    const passwordHash = await hashPassword(temporaryPassword);
    await this.deps.writer.run(async ({ manager }) => {
      const user = await manager.getRepository(User).findOneBy({ id });
      if (!user) throw notFound('User', idArg);
      await manager.getRepository(User).update({ id }, { passwordHash });
      await this.sessions.revokeAllSessions(manager, id);
      await recordAudit(manager, {
        actorId: actor.id,
        action: AuditAction.USER_PASSWORD_RESET,
        targetType: 'User',
        targetId: id,
        // Never the password, not even its hash: only that it changed.
        changes: { password: { from: '***', to: '***' } },
      });
    });
    this.sessions.notifySessionsRevoked(id);
    return { user: await this.deps.dataSource.getRepository(User).findOneByOrFail({ id }), temporaryPassword };
  }

  /** Makes a plan readable without signing in (the district portal), or private again. */
  async setPlanPublic(actorOrNull: Actor | null, planIdArg: string, isPublic: boolean): Promise<Plan> {
    const actor = requireActor(actorOrNull);
    const id = parseId(planIdArg, 'planId');
    await this.deps.writer.run(async (tx) => {
      const plan = await tx.manager.getRepository(Plan).findOneBy({ id });
      if (!plan) throw notFound('Plan', planIdArg);
      if (!policy.canSetPlanVisibility(actor, plan)) deny(actor, 'Only the plan’s coordinators change who sees it');
      if (plan.isPublic === isPublic) return;
      await tx.manager.getRepository(Plan).update({ id }, { isPublic });
      const changes = { isPublic: { from: plan.isPublic, to: isPublic } };
      await tx.record({
        planId: id,
        type: ActivityType.PLAN_UPDATED,
        actorId: actor.id,
        organizationId: actor.organizationId,
        changes,
      });
      await recordAudit(tx.manager, {
        actorId: actor.id,
        action: AuditAction.PLAN_VISIBILITY_CHANGED,
        targetType: 'Plan',
        targetId: id,
        changes,
      });
    });
    return this.deps.dataSource.getRepository(Plan).findOneByOrFail({ id });
  }

  private async mustExist(
    manager: EntityManager,
    entity: typeof Organization,
    id: number,
    field: string,
  ): Promise<void> {
    if (!(await manager.getRepository(entity).existsBy({ id }))) throw badInput(field, `Unit ${id} does not exist`);
  }

  private async mustAllExist(manager: EntityManager, ids: number[]): Promise<void> {
    if (ids.length === 0) return;
    const found = await manager.getRepository(Organization).countBy({ id: In(ids) });
    if (found !== ids.length) throw badInput('memberIds', 'Some of the units do not exist');
  }
}
