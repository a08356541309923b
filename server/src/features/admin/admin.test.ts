// Administration of units, groups and accounts, each change in the audit trail; plan visibility.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbSnapshot } from '../../testing/db-snapshot.js';
import { samplePlan, type SamplePlan } from '../../testing/plan-fixtures.js';
import { demo } from '../../testing/sample.js';
import { ADMIN, startTestServer, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
let plan: SamplePlan;
let admin: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  plan = await samplePlan(server);
  admin = await server.login(ADMIN.email, ADMIN.password);
  for (const key of ['kthat', 'vhtt', 'ubndhuyen']) tokens[key] = await server.login(demo(key));
});
afterAll(async () => {
  await server.stop();
});

const AUDIT = `query($t: String, $id: ID) { auditLog(targetType: $t, targetId: $id) {
  action targetType targetId at changes actor { email } } }`;
const audit = async (targetType: string, targetId: string) =>
  (await server.gql(AUDIT, { t: targetType, id: targetId }, admin)).data!.auditLog;

describe('units and groups', () => {
  it('creates and changes a unit, found without diacritics, with each change audited', async () => {
    const created = await server.gql(
      `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id name shortName kind parent { shortName } } }`,
      {
        i: {
          name: 'Phòng Khoa học và Công nghệ',
          shortName: 'KH&CN',
          kind: 'OFFICE',
          parentId: plan.orgs['UBND huyện'],
          clientMutationId: 'org-1',
        },
      },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const org = created.data!.createOrganization;
    expect(org).toMatchObject({ shortName: 'KH&CN', parent: { shortName: 'UBND huyện' } });

    const updated = await server.gql(
      `mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { name } }`,
      { i: { id: org.id, name: 'Phòng Khoa học, Công nghệ và Đổi mới' } },
      admin,
    );
    expect(updated.data!.updateOrganization.name).toBe('Phòng Khoa học, Công nghệ và Đổi mới');
    const found = await server.gql(`{ search(text: "doi moi") { organizations { id } } }`);
    expect(found.data!.search.organizations).toEqual([{ id: org.id }]);

    const trail = await audit('Organization', org.id);
    expect(trail.map((e: any) => [e.action, e.actor.email])).toEqual([
      ['ORGANIZATION_UPDATED', ADMIN.email],
      ['ORGANIZATION_CREATED', ADMIN.email],
    ]);
    expect(JSON.parse(trail[0].changes)).toEqual({
      name: { from: 'Phòng Khoa học và Công nghệ', to: 'Phòng Khoa học, Công nghệ và Đổi mới' },
    });
  });

  it('creates a group and replaces its members', async () => {
    const created = await server.gql(
      `mutation($i: CreateOrganizationGroupInput!) { createOrganizationGroup(input: $i) { id code members { shortName } } }`,
      { i: { name: 'Các xã phía Bắc', code: 'NORTH', memberIds: [plan.orgs['An Hiệp'], plan.orgs['An Ninh']] } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const group = created.data!.createOrganizationGroup;
    expect(group.members.map((m: any) => m.shortName)).toEqual(['An Hiệp', 'An Ninh']);
    const updated = await server.gql(
      `mutation($i: UpdateOrganizationGroupInput!) { updateOrganizationGroup(input: $i) { members { shortName } } }`,
      { i: { id: group.id, memberIds: [plan.orgs['Thuận Hòa']] } },
      admin,
    );
    expect(updated.data!.updateOrganizationGroup.members).toEqual([{ shortName: 'Thuận Hòa' }]);
    const trail = await audit('OrganizationGroup', group.id);
    expect(trail.map((e: any) => e.action)).toEqual(['GROUP_UPDATED', 'GROUP_CREATED']);
    expect(JSON.parse(trail[0].changes).memberIds.to).toEqual([Number(plan.orgs['Thuận Hòa'])]);
  });
});

describe('accounts', () => {
  let userId: string;

  it('creates, changes, disables (signing out) and enables an account, with a trail', async () => {
    const created = await server.gql(
      `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`,
      {
        i: {
          email: 'canbo@anhiep.demo',
          name: 'Lê Văn C',
          password: 'mat-khau-dai-1',
          role: 'MEMBER',
          organizationId: plan.orgs['An Hiệp'],
        },
      },
      admin,
    );
    userId = created.data!.createUser.id;
    const token = await server.login('canbo@anhiep.demo', 'mat-khau-dai-1');

    const updated = await server.gql(
      `mutation($i: UpdateUserInput!) { updateUser(input: $i) { name role organization { shortName } } }`,
      { i: { id: userId, role: 'COORDINATOR', organizationId: plan.orgs['An Ninh'] } },
      admin,
    );
    expect(updated.data!.updateUser).toEqual({
      name: 'Lê Văn C',
      role: 'COORDINATOR',
      organization: { shortName: 'An Ninh' },
    });

    const disabled = await server.gql(
      'mutation($id: ID!) { setUserDisabled(id: $id, disabled: true) { disabled } }',
      { id: userId },
      admin,
    );
    expect(disabled.data!.setUserDisabled.disabled).toBe(true);
    expect((await server.gql('{ me { id } }', {}, token)).data!.me).toBeNull();
    await expect(server.login('canbo@anhiep.demo', 'mat-khau-dai-1')).rejects.toThrow(/login failed/);

    await server.gql('mutation($id: ID!) { setUserDisabled(id: $id, disabled: false) { id } }', { id: userId }, admin);
    expect(await server.login('canbo@anhiep.demo', 'mat-khau-dai-1')).toBeTruthy();

    const trail = await audit('User', userId);
    expect(trail.map((e: any) => e.action)).toEqual(['USER_ENABLED', 'USER_DISABLED', 'USER_UPDATED', 'USER_CREATED']);
    expect(JSON.parse(trail[2].changes)).toEqual({
      role: { from: 'MEMBER', to: 'COORDINATOR' },
      organizationId: { from: Number(plan.orgs['An Hiệp']), to: Number(plan.orgs['An Ninh']) },
    });
  });

  it('resets a password: the old one stops working, sessions end, the trail never holds it', async () => {
    const token = await server.login('canbo@anhiep.demo', 'mat-khau-dai-1');
    const reset = await server.gql(
      'mutation($id: ID!) { resetUserPassword(id: $id) { temporaryPassword user { email } } }',
      { id: userId },
      admin,
    );
    const temporary = reset.data!.resetUserPassword.temporaryPassword;
    expect(temporary.length).toBeGreaterThanOrEqual(8);
    expect((await server.gql('{ me { id } }', {}, token)).data!.me).toBeNull();
    await expect(server.login('canbo@anhiep.demo', 'mat-khau-dai-1')).rejects.toThrow(/login failed/);
    expect(await server.login('canbo@anhiep.demo', temporary)).toBeTruthy();
    const trail = JSON.stringify(await audit('User', userId));
    expect(trail).toContain('USER_PASSWORD_RESET');
    expect(trail).not.toContain(temporary);
    expect(trail).not.toContain('mat-khau-dai-1');
  });

  it('lists accounts for administrators only', async () => {
    const res = await server.gql('{ users { email disabled role } }', {}, admin);
    expect(res.data!.users.map((u: any) => u.email)).toContain(demo('noivu'));
    expect((await server.gql('{ users { id } }', {}, tokens.kthat)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    ['disable yourself', 'mutation($id: ID!) { setUserDisabled(id: $id, disabled: true) { id } }', 'BAD_USER_INPUT'],
    ['an unknown account', 'mutation { resetUserPassword(id: "99999") { temporaryPassword } }', 'NOT_FOUND'],
    [
      'a short password',
      'mutation($id: ID!) { resetUserPassword(id: $id, password: "short") { temporaryPassword } }',
      'BAD_USER_INPUT',
    ],
  ])('refuses to %s and changes nothing', async (_n, mutation, code) => {
    const me = (await server.gql('{ me { id } }', {}, admin)).data!.me.id;
    const before = await dbSnapshot(server.app.dataSource);
    const res = await server.gql(mutation, { id: me }, admin);
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(await dbSnapshot(server.app.dataSource)).toBe(before);
  });
});

describe('plan visibility', () => {
  const READ = 'query($id: ID!) { plan(id: $id) { number isPublic } }';

  it('the coordinator makes the plan private: anonymous readers are refused, then public again', async () => {
    expect((await server.gql(READ, { id: plan.id })).data!.plan.isPublic).toBe(true);
    const res = await server.gql(
      'mutation($id: ID!) { setPlanPublic(planId: $id, isPublic: false) { isPublic } }',
      { id: plan.id },
      tokens.kthat,
    );
    expect(res.data!.setPlanPublic.isPublic).toBe(false);
    expect((await server.gql(READ, { id: plan.id })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await server.gql(READ, { id: plan.id }, tokens.vhtt)).data!.plan.number).toBe('85/KH-UBND');
    expect((await server.gql('{ plans { id } }')).data!.plans.map((p: any) => p.id)).not.toContain(plan.id);

    await server.gql(
      'mutation($id: ID!) { setPlanPublic(planId: $id, isPublic: true) { id } }',
      { id: plan.id },
      admin,
    );
    expect((await server.gql(READ, { id: plan.id })).data!.plan.isPublic).toBe(true);
    const trail = await audit('Plan', plan.id);
    expect(trail.map((e: any) => [e.action, e.actor.email, JSON.parse(e.changes).isPublic.to])).toEqual([
      ['PLAN_VISIBILITY_CHANGED', ADMIN.email, true],
      ['PLAN_VISIBILITY_CHANGED', demo('kthat'), false],
    ]);
  });

  it('refuses members and leadership', async () => {
    for (const key of ['vhtt', 'ubndhuyen']) {
      const before = await dbSnapshot(server.app.dataSource);
      const res = await server.gql(
        'mutation($id: ID!) { setPlanPublic(planId: $id, isPublic: false) { id } }',
        { id: plan.id },
        tokens[key],
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await dbSnapshot(server.app.dataSource)).toBe(before);
    }
  });
});
