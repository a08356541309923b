import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbSnapshot } from '../../testing/db-snapshot.js';
import { samplePlan, type SamplePlan } from '../../testing/plan-fixtures.js';
import { demo } from '../../testing/sample.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
let plan: SamplePlan;
const tokens: Record<string, string> = {};

const SUBMIT = `mutation($i: SubmitProgressReportInput!) {
  submitProgressReport(input: $i) { id progress summary organization { shortName } author { email }
    task { code progress status lastReportAt parent { code progress } assignments { progress status organization { shortName } } } } }`;

beforeAll(async () => {
  server = await startTestServer();
  plan = await samplePlan(server);
  for (const key of ['vhtt', 'kthat', 'dtth', 'anhiep', 'thuanhoa', 'gddt', 'mttq'])
    tokens[key] = await server.login(demo(key));
});
afterAll(async () => {
  await server.stop();
});

const report = (task: string, org: string, progress: number, extra: Record<string, unknown> = {}) => ({
  i: {
    taskId: plan.tasks[task]!.id,
    organizationId: plan.orgs[org],
    progress,
    summary: `Báo cáo ${progress}%`,
    ...extra,
  },
});

describe('submitProgressReport', () => {
  it('rolls a unit’s progress up to the task and to its parent', async () => {
    // II.2.b has three assignees: VH-TT leads, KT-HT and Đài TT help. II.2's children: II.2.a and II.2.b.
    const first = await server.gql(SUBMIT, report('II.2.b', 'VH-TT', 60), tokens.vhtt);
    expect(first.errors).toBeUndefined();
    const r = first.data!.submitProgressReport;
    expect(r).toMatchObject({ progress: 60, organization: { shortName: 'VH-TT' }, author: { email: demo('vhtt') } });
    expect(r.task.assignments.find((a: any) => a.organization.shortName === 'VH-TT')).toMatchObject({
      progress: 60,
      status: 'IN_PROGRESS',
    });
    expect(r.task.progress).toBe(20); // (60 + 0 + 0) / 3
    expect(r.task.status).toBe('IN_PROGRESS');
    expect(r.task.lastReportAt).toBeTruthy();
    expect(r.task.parent).toEqual({ code: 'II.2', progress: 10 }); // (0 + 20) / 2

    const second = await server.gql(SUBMIT, report('II.2.b', 'Đài TT', 90), tokens.dtth);
    expect(second.data!.submitProgressReport.task.progress).toBe(50); // (60 + 0 + 90) / 3
    const root = await server.gql('query($id: ID!) { task(id: $id) { progress } }', { id: plan.tasks['II']!.id });
    // II's children: II.1 (0), II.2 (25), II.3 (0), II.4 (0) → 6.25 → 6
    expect(root.data!.task.progress).toBe(6);
  });

  it('lets each commune report its own part of a group task', async () => {
    const res = await server.gql(SUBMIT, report('II.2.a', 'An Hiệp', 100), tokens.anhiep);
    expect(res.errors).toBeUndefined();
    const task = res.data!.submitProgressReport.task;
    expect(task.assignments.find((a: any) => a.organization.shortName === 'An Hiệp')).toMatchObject({
      progress: 100,
      status: 'DONE',
    });
    expect(task.assignments.find((a: any) => a.organization.shortName === 'Thuận Hòa').progress).toBe(0);
    expect(task.progress).toBe(Math.round(100 / 21));
  });

  it('keeps every report: a correction is a new report, the latest counts', async () => {
    await server.gql(SUBMIT, report('II.3.c', 'GD&ĐT', 50), tokens.gddt);
    await server.gql(SUBMIT, report('II.3.c', 'GD&ĐT', 30, { summary: 'Đính chính: 30%' }), tokens.gddt);
    const res = await server.gql(
      'query($id: ID!) { task(id: $id) { progress reports { progress summary } latestReport { progress } } }',
      {
        id: plan.tasks['II.3.c']!.id,
      },
    );
    expect(res.data!.task.reports.map((r: any) => r.progress)).toEqual([30, 50]);
    expect(res.data!.task.latestReport.progress).toBe(30);
    expect(res.data!.task.progress).toBe(30);
  });

  describe('refuses bad calls and changes nothing', () => {
    const cases: [string, () => [Record<string, unknown>, string | undefined], string, string | null][] = [
      ['progress 150', () => [report('II.2.b', 'VH-TT', 150), tokens.vhtt], 'BAD_USER_INPUT', 'progress'],
      ['progress -1', () => [report('II.2.b', 'VH-TT', -1), tokens.vhtt], 'BAD_USER_INPUT', 'progress'],
      [
        'an empty summary',
        () => [report('II.2.b', 'VH-TT', 10, { summary: '   ' }), tokens.vhtt],
        'BAD_USER_INPUT',
        'summary',
      ],
      [
        'a 1 MB summary',
        () => [report('II.2.b', 'VH-TT', 10, { summary: 'x'.repeat(1024 * 1024) }), tokens.vhtt],
        'BAD_USER_INPUT',
        'summary',
      ],
      [
        'a task id that is not an id',
        () => [report('II.2.b', 'VH-TT', 10, { taskId: 'abc' }), tokens.vhtt],
        'BAD_USER_INPUT',
        'taskId',
      ],
      ['an unknown task', () => [report('II.2.b', 'VH-TT', 10, { taskId: '999999' }), tokens.vhtt], 'NOT_FOUND', null],
      ['no sign-in', () => [report('II.2.b', 'VH-TT', 10), undefined], 'UNAUTHENTICATED', null],
      ['another unit’s report', () => [report('II.2.b', 'VH-TT', 10), tokens.kthat], 'FORBIDDEN', null],
      ['a unit not assigned to the task', () => [report('II.3.c', 'VH-TT', 10), tokens.vhtt], 'FORBIDDEN', null],
      [
        'a monitor reporting on a task it does not do',
        () => [report('II.2.b', 'MTTQ huyện', 10), tokens.mttq],
        'FORBIDDEN',
        null,
      ],
    ];
    it.each(cases)('%s', async (_name, make, code, field) => {
      const [variables, token] = make();
      const before = await dbSnapshot(server.app.dataSource);
      const res = await server.gql(SUBMIT, variables, token);
      expect(res.data?.submitProgressReport ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
      if (field) expect(res.errors?.[0]?.extensions?.field).toBe(field);
      expect(JSON.stringify(res).length).toBeLessThan(10_000); // never echoes a huge input back
      expect(await dbSnapshot(server.app.dataSource)).toBe(before);
    });

    it('an unknown enum value, inline or in variables', async () => {
      const before = await dbSnapshot(server.app.dataSource);
      const inline = await server.gql(
        `mutation { assignOrganization(input: { taskId: "1", organizationId: "1", role: BOSS }) { id } }`,
        {},
        tokens.kthat,
      );
      expect(inline.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const viaVariables = await server.gql(
        `mutation($i: AssignOrganizationInput!) { assignOrganization(input: $i) { id } }`,
        { i: { taskId: '1', organizationId: '1', role: 'BOSS' } },
        tokens.kthat,
      );
      expect(viaVariables.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
      expect(await dbSnapshot(server.app.dataSource)).toBe(before);
    });
  });

  it('creates one report for a clientMutationId sent twice, and returns it both times', async () => {
    const vars = report('II.3.b', 'KT-HT', 45, { clientMutationId: 'retry-1' });
    const [a, b] = await Promise.all([server.gql(SUBMIT, vars, tokens.kthat), server.gql(SUBMIT, vars, tokens.kthat)]);
    const c = await server.gql(SUBMIT, vars, tokens.kthat);
    expect(a.errors).toBeUndefined();
    const ids = [a, b, c].map((r) => r.data!.submitProgressReport.id);
    expect(new Set(ids).size).toBe(1);
    const reports = await server.gql('query($id: ID!) { task(id: $id) { reports { id } } }', {
      id: plan.tasks['II.3.b']!.id,
    });
    expect(reports.data!.task.reports).toHaveLength(1);
  });
});
