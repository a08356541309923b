// The difficulty workflow end to end: a commune's report with difficulties opens an obstacle at
// Phòng Nội vụ, which forwards it to the People's Committee, which answers — with notifications and
// plan events arriving on real graphql-ws sockets on the way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertBulkPlan } from '../../testing/bulk-plan.js';
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

beforeAll(async () => {
  server = await startTestServer();
  plan = await samplePlan(server);
  for (const key of ['anhiep', 'noivu', 'ubndhuyen', 'kthat', 'vhtt', 'mttq', 'tuphap'])
    tokens[key] = await server.login(demo(key));
});
afterAll(async () => {
  await Promise.all(open.map((l) => l.dispose()));
  await server.stop();
});

/** The highest notification id the user has, so a listener started now misses nothing after it. */
async function inboxMark(token: string): Promise<string> {
  const res = await server.gql('{ notifications(limit: 1) { id } }', {}, token);
  return res.data!.notifications[0]?.id ?? '0';
}

async function inbox(key: string) {
  const l = new SubscriptionListener<any>(server.app.url, NOTIFICATION_ADDED, {
    token: tokens[key],
    variables: { after: await inboxMark(tokens[key]!) },
  });
  open.push(l);
  return l;
}

async function planEvents() {
  const seq = (await server.gql('query($id: ID!) { plan(id: $id) { lastActivitySeq } }', { id: plan.id })).data!.plan
    .lastActivitySeq;
  const l = new ActivityListener(server.app.url, plan.id, { token: tokens.mttq, after: seq });
  open.push(l);
  return l;
}

const OBSTACLE_FIELDS = `id status description forwardNote resolution version forwardedAt resolvedAt
  organization { shortName } routedTo { shortName } raisedBy { email } forwardedBy { email } resolvedBy { email }
  report { id } task { code openObstacleCount }`;

describe('a commune’s difficulty reaches the People’s Committee and is answered', () => {
  let obstacleId: string;
  let version: number;

  it('a report with difficulties opens an obstacle routed to Phòng Nội vụ, who is told at once', async () => {
    const noivu = await inbox('noivu');
    const events = await planEvents();
    const res = await server.gql(
      `mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }`,
      {
        i: {
          taskId: plan.tasks['II.2.a']!.id,
          organizationId: plan.orgs['An Hiệp'],
          progress: 40,
          summary: 'Đã phổ biến ở 5/8 ấp',
          difficulties: 'Thiếu kinh phí in tài liệu tuyên truyền',
        },
      },
      tokens.anhiep,
    );
    expect(res.errors).toBeUndefined();
    const reportId = res.data!.submitProgressReport.id;

    await noivu.until((l) => l.results.some((n) => n.kind === 'OBSTACLE_ROUTED'), 'Nội vụ’s notification');
    const note = noivu.results.find((n) => n.kind === 'OBSTACLE_ROUTED')!;
    expect(note).toMatchObject({
      read: false,
      actor: { email: demo('anhiep') },
      organization: { shortName: 'An Hiệp' },
      task: { code: 'II.2.a' },
      obstacle: { status: 'OPEN' },
    });
    expect(note.summary).toContain('Thiếu kinh phí');
    obstacleId = note.obstacle.id;

    await events.until((l) => l.logged.some((e) => e.type === 'OBSTACLE_RAISED'), 'OBSTACLE_RAISED');
    expect(events.logged.map((e) => e.type)).toEqual(['REPORT_SUBMITTED', 'OBSTACLE_RAISED']);

    const task = await server.gql(
      `query($id: ID!) { task(id: $id) { openObstacleCount obstacles { ${OBSTACLE_FIELDS} } } }`,
      { id: plan.tasks['II.2.a']!.id },
      tokens.kthat,
    );
    expect(task.data!.task.openObstacleCount).toBe(1);
    expect(task.data!.task.obstacles).toHaveLength(1);
    const obstacle = task.data!.task.obstacles[0];
    expect(obstacle).toMatchObject({
      status: 'OPEN',
      description: 'Thiếu kinh phí in tài liệu tuyên truyền',
      organization: { shortName: 'An Hiệp' },
      routedTo: { shortName: 'Nội vụ' },
      raisedBy: { email: demo('anhiep') },
      report: { id: reportId },
      forwardedBy: null,
    });
    version = obstacle.version;
  });

  it('refuses to answer an obstacle that was not forwarded, and anyone but Nội vụ forwarding it', async () => {
    const before = await dbSnapshot(server.app.dataSource);
    const early = await server.gql(
      `mutation($i: ResolveObstacleInput!) { resolveObstacle(input: $i) { id } }`,
      { i: { id: obstacleId, resolution: 'Chưa đến lượt' } },
      tokens.ubndhuyen,
    );
    expect(early.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    for (const key of ['anhiep', 'kthat', 'ubndhuyen', 'mttq']) {
      const res = await server.gql(
        `mutation($i: ForwardObstacleInput!) { forwardObstacle(input: $i) { id } }`,
        { i: { id: obstacleId, note: 'x' } },
        tokens[key],
      );
      expect(res.errors?.[0]?.extensions?.code, key).toBe('FORBIDDEN');
    }
    expect(await dbSnapshot(server.app.dataSource)).toBe(before);
  });

  it('Nội vụ consolidates and forwards it; the People’s Committee is told', async () => {
    const ubnd = await inbox('ubndhuyen');
    const events = await planEvents();
    const res = await server.gql(
      `mutation($i: ForwardObstacleInput!) { forwardObstacle(input: $i) { ${OBSTACLE_FIELDS} } }`,
      { i: { id: obstacleId, note: 'Tổng hợp: 3 xã thiếu kinh phí, đề nghị UBND huyện bổ sung', version } },
      tokens.noivu,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.forwardObstacle).toMatchObject({
      status: 'FORWARDED',
      forwardNote: 'Tổng hợp: 3 xã thiếu kinh phí, đề nghị UBND huyện bổ sung',
      forwardedBy: { email: demo('noivu') },
      task: { openObstacleCount: 1 },
    });
    expect(res.data!.forwardObstacle.forwardedAt).toBeTruthy();

    await ubnd.until((l) => l.results.some((n) => n.kind === 'OBSTACLE_ROUTED'), 'UBND’s notification');
    expect(ubnd.results[0]).toMatchObject({ actor: { email: demo('noivu') }, obstacle: { status: 'FORWARDED' } });
    await events.until((l) => l.logged.some((e) => e.type === 'OBSTACLE_FORWARDED'), 'OBSTACLE_FORWARDED');

    const again = await server.gql(
      `mutation($i: ForwardObstacleInput!) { forwardObstacle(input: $i) { id } }`,
      { i: { id: obstacleId, note: 'lần hai' } },
      tokens.noivu,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('the People’s Committee answers; the commune and Nội vụ are told; the task shows no open obstacle', async () => {
    const commune = await inbox('anhiep');
    const noivu = await inbox('noivu');
    const events = await planEvents();
    const stale = await server.gql(
      `mutation($i: ResolveObstacleInput!) { resolveObstacle(input: $i) { id } }`,
      { i: { id: obstacleId, resolution: 'x', version } },
      tokens.ubndhuyen,
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'version' });

    const res = await server.gql(
      `mutation($i: ResolveObstacleInput!) { resolveObstacle(input: $i) { ${OBSTACLE_FIELDS} } }`,
      { i: { id: obstacleId, resolution: 'Giao Phòng Tài chính - Kế hoạch bố trí 20 triệu đồng' } },
      tokens.ubndhuyen,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.resolveObstacle).toMatchObject({
      status: 'RESOLVED',
      resolvedBy: { email: demo('ubndhuyen') },
      task: { openObstacleCount: 0 },
    });
    for (const l of [commune, noivu]) {
      await l.until((x) => x.results.some((n) => n.kind === 'OBSTACLE_RESOLVED'), 'the answer');
      expect(l.results.find((n) => n.kind === 'OBSTACLE_RESOLVED').summary).toContain('20 triệu');
    }
    await events.until((l) => l.logged.some((e) => e.type === 'OBSTACLE_RESOLVED'), 'OBSTACLE_RESOLVED');
  });

  it('keeps every step in the task’s history with who, when, old and new values', async () => {
    const res = await server.gql(
      `query($id: ID!) { task(id: $id) { activity { type at actor { email } obstacle { id }
        fieldChanges { field from to } } } }`,
      { id: plan.tasks['II.2.a']!.id },
      tokens.kthat,
    );
    const steps = res.data!.task.activity.filter((e: any) => e.type.startsWith('OBSTACLE_'));
    expect(steps.map((e: any) => [e.type, e.actor.email, e.obstacle.id])).toEqual([
      ['OBSTACLE_RAISED', demo('anhiep'), obstacleId],
      ['OBSTACLE_FORWARDED', demo('noivu'), obstacleId],
      ['OBSTACLE_RESOLVED', demo('ubndhuyen'), obstacleId],
    ]);
    const status = (e: any) => e.fieldChanges.find((c: any) => c.field === 'status');
    expect(steps.map((e: any) => [JSON.parse(status(e).from), JSON.parse(status(e).to)])).toEqual([
      [null, 'OPEN'],
      ['OPEN', 'FORWARDED'],
      ['FORWARDED', 'RESOLVED'],
    ]);
    expect(steps.every((e: any) => e.at)).toBe(true);
  });

  it('lists a plan’s obstacles by state, for signed-in readers only', async () => {
    const q = `query($id: ID!, $s: [ObstacleStatus!]) { obstacles(planId: $id, statuses: $s) { id status } }`;
    const resolved = await server.gql(q, { id: plan.id, s: ['RESOLVED'] }, tokens.mttq);
    expect(resolved.data!.obstacles).toEqual([{ id: obstacleId, status: 'RESOLVED' }]);
    expect((await server.gql(q, { id: plan.id, s: ['OPEN'] }, tokens.mttq)).data!.obstacles).toEqual([]);
    expect((await server.gql(q, { id: plan.id })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('raiseObstacle', () => {
  const RAISE = `mutation($i: RaiseObstacleInput!) { raiseObstacle(input: $i) { id status organization { shortName } } }`;

  it('raises one obstacle for a clientMutationId sent twice', async () => {
    const vars = {
      i: { taskId: plan.tasks['II.2.b']!.id, description: 'Thiếu phóng viên', clientMutationId: 'obst-1' },
    };
    const [a, b] = await Promise.all([server.gql(RAISE, vars, tokens.vhtt), server.gql(RAISE, vars, tokens.vhtt)]);
    expect(a.errors).toBeUndefined();
    expect(a.data!.raiseObstacle).toMatchObject({ status: 'OPEN', organization: { shortName: 'VH-TT' } });
    expect(b.data!.raiseObstacle.id).toBe(a.data!.raiseObstacle.id);
    const task = await server.gql(
      'query($id: ID!) { task(id: $id) { obstacles { id } } }',
      { id: plan.tasks['II.2.b']!.id },
      tokens.vhtt,
    );
    expect(task.data!.task.obstacles).toHaveLength(1);
  });

  it.each<[string, () => string | undefined, () => Record<string, unknown>, string]>([
    ['an empty description', () => tokens.vhtt, () => ({ description: '  ' }), 'BAD_USER_INPUT'],
    ['a unit not on the task', () => tokens.tuphap, () => ({}), 'FORBIDDEN'],
    ['a monitor', () => tokens.mttq, () => ({}), 'FORBIDDEN'],
    ['another unit’s name', () => tokens.vhtt, () => ({ organizationId: plan.orgs['KT-HT'] }), 'FORBIDDEN'],
    ['nobody signed in', () => undefined, () => ({}), 'UNAUTHENTICATED'],
    ['an unknown task', () => tokens.vhtt, () => ({ taskId: '99999' }), 'NOT_FOUND'],
  ])('refuses %s and changes nothing', async (_n, token, extra, code) => {
    const before = await dbSnapshot(server.app.dataSource);
    const res = await server.gql(
      RAISE,
      { i: { taskId: plan.tasks['II.2.b']!.id, description: 'Khó khăn', ...extra() } },
      token(),
    );
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(await dbSnapshot(server.app.dataSource)).toBe(before);
  });

  it('hides obstacles from anonymous readers of a public plan', async () => {
    const res = await server.gql('query($id: ID!) { task(id: $id) { obstacles { id } openObstacleCount } }', {
      id: plan.tasks['II.2.b']!.id,
    });
    expect(res.data!.task).toEqual({ obstacles: [], openObstacleCount: 0 });
  });
});

describe('cost', () => {
  it('adds one statement to a signed-in board whatever its size (openObstacleCount is batched)', async () => {
    const small = String(await insertBulkPlan(server.app.dataSource, 20, 'COST-20'));
    const large = String(await insertBulkPlan(server.app.dataSource, 200, 'COST-200'));
    const q = `query($id: ID!) { plan(id: $id) { tasks { id openObstacleCount } } }`;
    const without = `query($id: ID!) { plan(id: $id) { tasks { id } } }`;
    const cost = async (query: string, id: string) =>
      (await server.gql(query, { id }, tokens.kthat)).extensions!.sqlStatements!;
    expect(await cost(q, small)).toBe((await cost(without, small)) + 1);
    expect(await cost(q, large)).toBe(await cost(q, small));
  });
});
