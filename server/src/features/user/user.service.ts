import crypto from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import { AuditAction, UserRole } from '@tiendo/shared';
import type { AppDeps } from '../../context.js';
import { hydrate, toParameter } from '../../db/rows.js';
import { param, queryRows } from '../../db/sql.js';
import { badInput, parseId, unauthenticated } from '../../graphql/errors.js';
import { onceForClientMutation } from '../idempotency/idempotency.js';
import { deny, policy, requireActor, type Actor } from '../../permissions/policy.js';
import { recordAudit } from '../admin/audit.js';
import { Organization } from '../organization/organization.entity.js';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password.js';
import type { CreateUserInput } from './user.inputs.js';
import { Session, User } from './user.entity.js';

const sha256 = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export class UserService {
  constructor(private readonly deps: AppDeps) {}

  /** The user a bearer token belongs to, or null when it is unknown, expired or revoked. */
  async authenticate(token: string | null): Promise<User | null> {
    if (!token || token.length > 200) return null;
    // One statement per request, in plain SQL (it runs before every signed-in operation): the
    // session joined to its user.
    const manager = this.deps.dataSource.manager;
    const [row] = await queryRows<Record<string, unknown>>(
      manager,
      `SELECT u.* FROM "session" s JOIN "user" u ON u."id" = s."userId"
        WHERE s."tokenHash" = ${param(manager, 1)} AND s."revokedAt" IS NULL AND s."expiresAt" > ${param(manager, 2)}`,
      [sha256(token), toParameter(manager, Session, 'expiresAt', this.deps.clock())],
    );
    const user = row ? hydrate(manager, User, row) : null;
    if (!user || user.disabled) return null;
    return user;
  }

  async login(
    email: string,
    password: string,
    ip = 'unknown',
  ): Promise<{ token: string; expiresAt: Date; user: User }> {
    // Guessing is throttled per email and address, and per address (README, Security and Operations).
    await this.deps.limits.checkLogin(email, ip);
    const user = await this.deps.dataSource.getRepository(User).findOneBy({ email: email.trim().toLowerCase() });
    // Verify against a dummy hash for unknown emails so both paths take the same time.
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !ok || user.disabled) {
      await this.deps.limits.loginFailed(email, ip);
      throw unauthenticated('Email or password is incorrect');
    }
    await this.deps.limits.loginSucceeded(email, ip);
    const token = crypto.randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.deps.clock().getTime() + this.deps.config.sessionTtlHours * 3600_000);
    await this.deps.writer.run(({ manager }) =>
      manager.getRepository(Session).insert({ tokenHash: sha256(token), userId: user.id, expiresAt, revokedAt: null }),
    );
    return { token, expiresAt, user };
  }

  async logout(token: string | null): Promise<boolean> {
    if (!token) return false;
    const result = await this.deps.writer.run(({ manager }) =>
      manager
        .getRepository(Session)
        .update({ tokenHash: sha256(token), revokedAt: IsNull() }, { revokedAt: this.deps.clock() }),
    );
    return (result.affected ?? 0) > 0;
  }

  async createUser(actorOrNull: Actor | null, input: CreateUserInput): Promise<User> {
    if (!policy.canManageUsers(actorOrNull)) deny(actorOrNull, 'Only administrators create users');
    const actor = actorOrNull!;
    const email = input.email.trim().toLowerCase();
    const organizationId = input.organizationId ? parseId(input.organizationId, 'organizationId') : null;
    const passwordHash = await hashPassword(input.password);
    const { id } = await this.deps.writer.run(async ({ manager }) =>
      onceForClientMutation(manager, actor.id, input.clientMutationId, 'createUser', async () => {
        if (await manager.getRepository(User).existsBy({ email }))
          throw badInput('email', 'A user with this email already exists');
        if (organizationId !== null && !(await manager.getRepository(Organization).existsBy({ id: organizationId }))) {
          throw badInput('organizationId', `Unit ${organizationId} does not exist`);
        }
        const user = await manager.getRepository(User).save(
          manager.getRepository(User).create({
            email,
            name: input.name.trim(),
            passwordHash,
            organizationId,
            role: input.role,
            disabled: false,
          }),
        );
        await recordAudit(manager, {
          actorId: actor.id,
          action: AuditAction.USER_CREATED,
          targetType: 'User',
          targetId: user.id,
          changes: {
            email: { from: null, to: email },
            name: { from: null, to: user.name },
            role: { from: null, to: input.role },
            organizationId: { from: null, to: organizationId },
          },
        });
        return user.id;
      }),
    );
    return this.deps.dataSource.getRepository(User).findOneByOrFail({ id });
  }

  /** Revokes every live session of a user (yourself, or anyone for administrators); returns how many. */
  async revokeSessions(actor: Actor | null, userIdArg: string | null | undefined): Promise<number> {
    const me = requireActor(actor);
    const userId = userIdArg ? parseId(userIdArg, 'userId') : me.id;
    if (!policy.canRevokeSessionsOf(me, userId)) deny(me, 'Only administrators sign other users out');
    const revoked = await this.deps.writer.run(({ manager }) => this.revokeAllSessions(manager, userId));
    this.notifySessionsRevoked(userId);
    return revoked;
  }

  /** Revokes a user's live sessions inside the caller's transaction; returns how many. */
  async revokeAllSessions(manager: EntityManager, userId: number): Promise<number> {
    const result = await manager
      .getRepository(Session)
      .update({ userId, revokedAt: IsNull() }, { revokedAt: this.deps.clock() });
    return result.affected ?? 0;
  }

  private readonly revokedListeners: ((userId: number) => void)[] = [];

  /** Called after a user's sessions were revoked (the server then closes their live sockets). */
  onSessionsRevoked(listener: (userId: number) => void): void {
    this.revokedListeners.push(listener);
  }

  /** Tells listeners a user's sessions were revoked here or by the admin feature (disable, password reset). */
  notifySessionsRevoked(userId: number) {
    for (const listener of this.revokedListeners) listener(userId);
  }

  /** Creates or updates the first administrator from TIENDO_ADMIN_EMAIL / TIENDO_ADMIN_PASSWORD. */
  async ensureAdmin(email: string, password: string): Promise<void> {
    const repo = this.deps.dataSource.getRepository(User);
    const existing = await repo.findOneBy({ email });
    if (existing && (await verifyPassword(existing.passwordHash, password)) && existing.role === UserRole.ADMIN) return;
    const passwordHash = await hashPassword(password);
    await this.deps.writer.run(async ({ manager }) => {
      const users = manager.getRepository(User);
      if (existing) await users.update({ id: existing.id }, { passwordHash, role: UserRole.ADMIN, disabled: false });
      else
        await users.insert({
          email,
          name: 'Quản trị hệ thống',
          passwordHash,
          role: UserRole.ADMIN,
          organizationId: null,
          disabled: false,
        });
    });
    this.deps.log.info(
      { email },
      existing ? 'administrator updated from the environment' : 'administrator created from the environment',
    );
  }
}
