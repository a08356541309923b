import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbSnapshot } from '../../testing/db-snapshot.js';
import { samplePlan, type SamplePlan } from '../../testing/plan-fixtures.js';
import { demo } from '../../testing/sample.js';
import { ADMIN, startTestServer, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
let plan: SamplePlan;
let coordinator: string;
let member: string;
let admin: string;

const CREATE = `mutation($i: CreateTaskInput!) { createTask(input: $i) {
  id code title version status progress deadlineKind deadlineDate deadlineText parent { code children { code } } } }`;
const UPDATE = `mutation($i: UpdateTaskInput!) { updateTask(input: $i) {
  id code title version status deadlineKind deadlineDate recurrence overdue } }`;

beforeAll(async () => {
  // A fixed "now" in Vietnam: 01/07/2020 00:30 (UTC+7) is 30/06/2020 17:30 UTC.
  server = await startTestServer({ clock: () => new Date('2020-06-30T17:30:00Z') });
  plan = await samplePlan(server);
  coordinator = await server.login(demo('kthat'));
  member = await server.login(demo('vhtt'));
  admin = await server.login(ADMIN.email, ADMIN.password);
});
afterAll(async () => {
  await server.stop();
});

describe('createTask', () => {
  it('lets the plan’s coordinator add a subtask with a deadline', async () => {
    const res = await server.gql(
      CREATE,
      {
        i: {
          planId: plan.id,
          parentId: plan.tasks['II.3']!.id,
          code: 'II.3.e',
          title: 'Tổ chức hội thảo trí thức trẻ',
          deadlineKind: 'DATE',
          deadlineDate: '2020-09-30',
          deadlineText: 'Tháng 9/2020',
        },
      },
      coordinator,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createTask).toMatchObject({
      code: 'II.3.e',
      version: 1,
      status: 'NOT_STARTED',
      progress: 0,
      deadlineDate: '2020-09-30',
      parent: { code: 'II.3' },
    });
    expect(res.data!.createTask.parent.children.map((c: any) => c.code)).toEqual([
      'II.3.a',
      'II.3.b',
      'II.3.c',
      'II.3.d',
      'II.3.e',
    ]);
  });

  type Refusal = [string, () => string | undefined, string, string | null, Record<string, string>];
  it.each<Refusal>([
    ['a member', () => member, 'FORBIDDEN', null, {}],
    ['anonymous', () => undefined, 'UNAUTHENTICATED', null, {}],
    ['a DATE without a date', () => coordinator, 'BAD_USER_INPUT', 'deadlineDate', { deadlineKind: 'DATE' }],
    [
      'an impossible date',
      () => coordinator,
      'BAD_USER_INPUT',
      'deadlineDate',
      { deadlineKind: 'DATE', deadlineDate: '2020-02-30' },
    ],
    ['RECURRING without a period', () => coordinator, 'BAD_USER_INPUT', 'recurrence', { deadlineKind: 'RECURRING' }],
    ['a duplicate code', () => coordinator, 'BAD_USER_INPUT', 'code', { code: 'II.1' }],
    ['a blank title', () => coordinator, 'BAD_USER_INPUT', 'title', { title: '  ' }],
    ['an unknown deadline kind', () => coordinator, 'BAD_USER_INPUT', 'deadlineKind', { deadlineKind: 'SOMEDAY' }],
    ['an unknown plan', () => coordinator, 'NOT_FOUND', null, { planId: '424242' }],
  ])('refuses %s and changes nothing', async (_n, token, code, field, extra) => {
    const before = await dbSnapshot(server.app.dataSource);
    const res = await server.gql(
      CREATE,
      { i: { planId: plan.id, code: 'II.9', title: 'Nhiệm vụ mới', deadlineKind: 'ONGOING', ...extra } },
      token(),
    );
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    if (field) expect(res.errors?.[0]?.extensions?.field).toBe(field);
    expect(await dbSnapshot(server.app.dataSource)).toBe(before);
  });

  it('creates one task for a clientMutationId sent twice', async () => {
    const vars = {
      i: { planId: plan.id, code: 'III.4', title: 'Sơ kết', deadlineKind: 'ONGOING', clientMutationId: 'c-1' },
    };
    const a = await server.gql(CREATE, vars, coordinator);
    const b = await server.gql(CREATE, vars, coordinator);
    expect(a.errors).toBeUndefined();
    expect(b.data!.createTask.id).toBe(a.data!.createTask.id);
  });
});

describe('updateTask', () => {
  it('changes a task and bumps its version', async () => {
    const { id, version } = plan.tasks['II.3.c']!;
    const res = await server.gql(
      UPDATE,
      { i: { id, version, title: 'Chương trình bồi dưỡng nhân tài trẻ' } },
      coordinator,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateTask).toMatchObject({ title: 'Chương trình bồi dưỡng nhân tài trẻ', version: version + 1 });
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const { id } = plan.tasks['II.4']!;
    const first = await server.gql(UPDATE, { i: { id, version: 1, status: 'BLOCKED' } }, coordinator);
    expect(first.data!.updateTask).toMatchObject({ status: 'BLOCKED', version: 2 });
    const before = await dbSnapshot(server.app.dataSource);
    // Another coordinator still holds version 1.
    const stale = await server.gql(UPDATE, { i: { id, version: 1, title: 'Ghi đè' } }, admin);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(await dbSnapshot(server.app.dataSource)).toBe(before);
  });

  it('lets only one of two concurrent updates from the same version win', async () => {
    const { id } = plan.tasks['III.2']!;
    const results = await Promise.all(
      ['Phiên bản A', 'Phiên bản B'].map((title) => server.gql(UPDATE, { i: { id, version: 1, title } }, coordinator)),
    );
    const won = results.filter((r) => r.data?.updateTask);
    const lost = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const now = await server.gql('query($id: ID!) { task(id: $id) { title version } }', { id });
    expect(now.data!.task).toEqual({ title: won[0]!.data!.updateTask.title, version: 2 });
  });

  it('computes overdue in Vietnam’s time zone', async () => {
    // Clock: 01/07/2020 00:30 in Vietnam, still 30/06 in UTC. II.2.a was due 30/06/2020.
    const res = await server.gql('query($id: ID!) { task(id: $id) { overdue } }', { id: plan.tasks['II.2.a']!.id });
    expect(res.data!.task.overdue).toBe(true);
    const due = await server.gql(
      UPDATE,
      { i: { id: plan.tasks['II.2.a']!.id, version: 1, deadlineDate: '2020-07-01' } },
      coordinator,
    );
    expect(due.data!.updateTask).toMatchObject({ overdue: false, deadlineKind: 'DATE', deadlineDate: '2020-07-01' });
  });

  it('refuses a member’s edit', async () => {
    const res = await server.gql(UPDATE, { i: { id: plan.tasks['II.1']!.id, version: 1, title: 'x' } }, member);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
