import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbSnapshot } from '../../testing/db-snapshot.js';
import { samplePlan, type SamplePlan } from '../../testing/plan-fixtures.js';
import { demo } from '../../testing/sample.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
let plan: SamplePlan;
let coordinator: string;
const ASSIGN = `mutation($i: AssignOrganizationInput!) { assignOrganization(input: $i) {
  code progress assignments { role progress viaGroup { code } organization { shortName kind } } } }`;
const UNASSIGN = `mutation($i: UnassignOrganizationInput!) { unassignOrganization(input: $i) {
  progress assignments { organization { shortName } } } }`;

beforeAll(async () => {
  server = await startTestServer();
  plan = await samplePlan(server);
  coordinator = await server.login(demo('kthat'));
});
afterAll(async () => {
  await server.stop();
});

describe('assignOrganization', () => {
  it('assigns each member of a group, so each commune reports its own progress', async () => {
    const res = await server.gql(
      ASSIGN,
      { i: { taskId: plan.tasks['II.3.c']!.id, groupId: plan.groups.COMMUNES, role: 'COLLABORATOR' } },
      coordinator,
    );
    expect(res.errors).toBeUndefined();
    const communes = res.data!.assignOrganization.assignments.filter((a: any) => a.organization.kind === 'COMMUNE');
    expect(communes).toHaveLength(8);
    expect(communes.every((a: any) => a.role === 'COLLABORATOR' && a.viaGroup.code === 'COMMUNES')).toBe(true);
    expect(res.data!.assignOrganization.assignments.find((a: any) => a.role === 'LEAD').organization.shortName).toBe(
      'GD&ĐT',
    );
  });

  it('changes a unit’s role without duplicating it', async () => {
    const i = { taskId: plan.tasks['II.3.c']!.id, organizationId: plan.orgs['An Hiệp'], role: 'LEAD' };
    const res = await server.gql(ASSIGN, { i }, coordinator);
    const anHiep = res.data!.assignOrganization.assignments.filter((a: any) => a.organization.shortName === 'An Hiệp');
    expect(anHiep).toEqual([expect.objectContaining({ role: 'LEAD' })]);
  });

  it('unassigns a group’s members and recomputes progress', async () => {
    const member = await server.login(demo('gddt'));
    await server.gql(
      `mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }`,
      {
        i: { taskId: plan.tasks['II.3.c']!.id, organizationId: plan.orgs['GD&ĐT'], progress: 90, summary: 'Gần xong' },
      },
      member,
    );
    const res = await server.gql(
      UNASSIGN,
      { i: { taskId: plan.tasks['II.3.c']!.id, groupId: plan.groups.COMMUNES } },
      coordinator,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.unassignOrganization.assignments.map((a: any) => a.organization.shortName)).toEqual(['GD&ĐT']);
    expect(res.data!.unassignOrganization.progress).toBe(90);
  });

  it.each([
    ['both a unit and a group', { organizationId: '1', groupId: '1' }, 'BAD_USER_INPUT'],
    ['neither a unit nor a group', {}, 'BAD_USER_INPUT'],
    ['an unknown unit', { organizationId: '99999' }, 'NOT_FOUND'],
  ])('refuses %s and changes nothing', async (_n, extra, code) => {
    const before = await dbSnapshot(server.app.dataSource);
    const res = await server.gql(
      ASSIGN,
      { i: { taskId: plan.tasks['II.1']!.id, role: 'LEAD', ...extra } },
      coordinator,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(await dbSnapshot(server.app.dataSource)).toBe(before);
  });

  it('refuses a member', async () => {
    const member = await server.login(demo('vhtt'));
    const res = await server.gql(
      ASSIGN,
      { i: { taskId: plan.tasks['II.1']!.id, organizationId: plan.orgs['VH-TT'], role: 'LEAD' } },
      member,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
