// Supervision: MTTQ files a finding on a task, the lead office is told and answers; an unanswered
// finding past its due day is flagged; monitors see the oversight view. The server's clock is moved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbSnapshot } from '../../testing/db-snapshot.js';
import { samplePlan, type SamplePlan } from '../../testing/plan-fixtures.js';
import { demo } from '../../testing/sample.js';
import { NOTIFICATION_ADDED, SubscriptionListener } from '../../testing/subscription.js';
import { ActivityListener } from '../../testing/ws-client.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
let plan: SamplePlan;
const tokens: Record<string, string> = {};
const open: { dispose(): Promise<void> }[] = [];
// 25/11/2026 10:00 in Vietnam. Sessions last 7 days, so the clock moves by days, not weeks.
let now = new Date('2026-11-25T03:00:00Z');
const days = (n: number) => (now = new Date(now.getTime() + n * 86_400_000));

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  plan = await samplePlan(server);
  for (const key of ['mttq', 'phunu', 'vhtt', 'kthat', 'dtth', 'ubndhuyen', 'tuphap'])
    tokens[key] = await server.login(demo(key));
});
afterAll(async () => {
  await Promise.all(open.map((l) => l.dispose()));
  await server.stop();
});

async function inbox(key: string) {
  const mark = (await server.gql('{ notifications(limit: 1) { id } }', {}, tokens[key])).data!.notifications[0]?.id;
  const l = new SubscriptionListener<any>(server.app.url, NOTIFICATION_ADDED, {
    token: tokens[key],
    variables: { after: mark ?? '0' },
  });
  open.push(l);
  return l;
}

const FILE = `mutation($i: FileFindingInput!) { fileFinding(input: $i) {
  id status content dueDate overdue organization { shortName } filedBy { email } task { code } } }`;
const RESPOND = `mutation($i: RespondToFindingInput!) { respondToFinding(input: $i) {
  id status response overdue respondedAt respondedBy { email } respondingOrganization { shortName } } }`;
const OVERSIGHT = `query($id: ID!, $d: Int) { oversight(planId: $id, staleDays: $d) {
  staleDays tasksWithFindings { code } overdueTasks { code } staleTasks { code }
  openFindings { id } overdueFindings { id task { code } } openObstacles { id } } }`;

describe('a finding from MTTQ to the lead office’s answer', () => {
  let findingId: string;

  it('MTTQ files a finding on II.2.b; Phòng VH-TT, which leads it, is told live', async () => {
    const vhtt = await inbox('vhtt');
    const dtth = await inbox('dtth');
    const seq = (await server.gql('query($id: ID!) { plan(id: $id) { lastActivitySeq } }', { id: plan.id })).data!.plan
      .lastActivitySeq;
    const events = new ActivityListener(server.app.url, plan.id, { token: tokens.kthat, after: seq });
    open.push(events);

    const res = await server.gql(
      FILE,
      {
        i: {
          taskId: plan.tasks['II.2.b']!.id,
          content: 'Đề nghị tăng thời lượng phát thanh về đội ngũ trí thức',
          dueDate: '2026-11-27',
          clientMutationId: 'finding-1',
        },
      },
      tokens.mttq,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.fileFinding).toMatchObject({
      status: 'OPEN',
      dueDate: '2026-11-27',
      overdue: false,
      organization: { shortName: 'MTTQ huyện' },
      filedBy: { email: demo('mttq') },
      task: { code: 'II.2.b' },
    });
    findingId = res.data!.fileFinding.id;

    await vhtt.until((l) => l.results.length > 0, 'VH-TT’s notification');
    expect(vhtt.results[0]).toMatchObject({
      kind: 'FINDING_FILED',
      finding: { id: findingId, status: 'OPEN' },
      organization: { shortName: 'MTTQ huyện' },
    });
    expect(vhtt.results[0].summary).toContain('27/11/2026');
    await events.until((l) => l.logged.some((e) => e.type === 'FINDING_FILED'), 'FINDING_FILED');

    // A retry with the same clientMutationId files nothing new.
    const retry = await server.gql(
      FILE,
      { i: { taskId: plan.tasks['II.2.b']!.id, content: 'x', dueDate: '2026-11-27', clientMutationId: 'finding-1' } },
      tokens.mttq,
    );
    expect(retry.data!.fileFinding.id).toBe(findingId);
    // Đài TT only helps with II.2.b: a collaborator is not asked to answer.
    expect(dtth.results).toEqual([]);
  });

  it('monitors see it in the oversight view, with overdue and silent tasks', async () => {
    const res = await server.gql(OVERSIGHT, { id: plan.id, d: 30 }, tokens.phunu);
    expect(res.errors).toBeUndefined();
    const view = res.data!.oversight;
    expect(view.tasksWithFindings).toEqual([{ code: 'II.2.b' }]);
    expect(view.openFindings).toEqual([{ id: findingId }]);
    expect(view.overdueFindings).toEqual([]);
    // II.2.a was due in Q2 2020 and nobody finished it.
    expect(view.overdueTasks.map((t: any) => t.code)).toContain('II.2.a');
    // No report at all yet: every leaf task being worked on is silent.
    expect(view.staleTasks.map((t: any) => t.code)).toEqual(
      expect.arrayContaining(['II.1', 'II.2.a', 'II.2.b', 'II.3.c', 'III.3']),
    );
    expect(view.staleTasks.map((t: any) => t.code)).not.toContain('II.2'); // a parent is not a leaf
  });

  it('flags the finding once its due day has passed unanswered', async () => {
    days(2); // 27/11: still due today
    let res = await server.gql(OVERSIGHT, { id: plan.id }, tokens.mttq);
    expect(res.data!.oversight.overdueFindings).toEqual([]);
    days(1); // 28/11
    res = await server.gql(OVERSIGHT, { id: plan.id }, tokens.mttq);
    expect(res.data!.oversight.overdueFindings).toEqual([{ id: findingId, task: { code: 'II.2.b' } }]);
    const task = await server.gql(
      'query($id: ID!) { task(id: $id) { findings { id overdue status } } }',
      { id: plan.tasks['II.2.b']!.id },
      tokens.vhtt,
    );
    expect(task.data!.task.findings).toEqual([{ id: findingId, overdue: true, status: 'OPEN' }]);
  });

  it('only the lead unit answers', async () => {
    const before = await dbSnapshot(server.app.dataSource);
    for (const key of ['kthat', 'dtth', 'mttq', 'ubndhuyen', 'tuphap']) {
      const res = await server.gql(RESPOND, { i: { id: findingId, response: 'x' } }, tokens[key]);
      expect(res.errors?.[0]?.extensions?.code, key).toBe('FORBIDDEN');
    }
    expect(await dbSnapshot(server.app.dataSource)).toBe(before);
  });

  it('VH-TT answers; MTTQ is told live; the flag goes away', async () => {
    const mttq = await inbox('mttq');
    const res = await server.gql(
      RESPOND,
      { i: { id: findingId, response: 'Đã tăng lên 2 chuyên mục mỗi tháng từ tháng 12' } },
      tokens.vhtt,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.respondToFinding).toMatchObject({
      status: 'ANSWERED',
      overdue: false,
      respondedBy: { email: demo('vhtt') },
      respondingOrganization: { shortName: 'VH-TT' },
    });
    await mttq.until((l) => l.results.length > 0, 'MTTQ’s notification');
    expect(mttq.results[0]).toMatchObject({ kind: 'FINDING_ANSWERED', finding: { id: findingId, status: 'ANSWERED' } });

    const again = await server.gql(RESPOND, { i: { id: findingId, response: 'lần hai' } }, tokens.vhtt);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const view = await server.gql(OVERSIGHT, { id: plan.id }, tokens.mttq);
    expect(view.data!.oversight.overdueFindings).toEqual([]);
    expect(view.data!.oversight.openFindings).toEqual([]);

    const history = await server.gql(
      `query($id: ID!) { task(id: $id) { activity { type actor { email } finding { id } fieldChanges { field from to } } } }`,
      { id: plan.tasks['II.2.b']!.id },
      tokens.vhtt,
    );
    const steps = history.data!.task.activity.filter((e: any) => e.type.startsWith('FINDING_'));
    expect(steps.map((e: any) => [e.type, e.actor.email])).toEqual([
      ['FINDING_FILED', demo('mttq')],
      ['FINDING_ANSWERED', demo('vhtt')],
    ]);
    expect(steps[1].fieldChanges).toContainEqual({ field: 'status', from: '"OPEN"', to: '"ANSWERED"' });
  });
});

describe('refusals', () => {
  it.each<[string, () => string | undefined, Record<string, unknown>, string]>([
    ['a member', () => tokens.vhtt, {}, 'FORBIDDEN'],
    ['the coordinator', () => tokens.kthat, {}, 'FORBIDDEN'],
    ['nobody signed in', () => undefined, {}, 'UNAUTHENTICATED'],
    ['a due day in the past', () => tokens.mttq, { dueDate: '2020-01-01' }, 'BAD_USER_INPUT'],
    ['a due day that is not a date', () => tokens.mttq, { dueDate: '31/02/2027' }, 'BAD_USER_INPUT'],
    ['empty content', () => tokens.mttq, { content: ' ' }, 'BAD_USER_INPUT'],
  ])('fileFinding refuses %s and changes nothing', async (_n, token, extra, code) => {
    const before = await dbSnapshot(server.app.dataSource);
    const res = await server.gql(
      FILE,
      { i: { taskId: plan.tasks['II.3.c']!.id, content: 'Kiến nghị', dueDate: '2027-06-30', ...extra } },
      token(),
    );
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(await dbSnapshot(server.app.dataSource)).toBe(before);
  });

  it('keeps the oversight view from members and anonymous callers', async () => {
    expect((await server.gql(OVERSIGHT, { id: plan.id }, tokens.vhtt)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql(OVERSIGHT, { id: plan.id })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await server.gql(OVERSIGHT, { id: plan.id }, tokens.kthat)).errors).toBeUndefined();
  });
});
