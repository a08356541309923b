import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertBulkPlan } from '../../testing/bulk-plan.js';
import { samplePlan, type SamplePlan } from '../../testing/plan-fixtures.js';
import { demo } from '../../testing/sample.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { ActivityListener } from '../../testing/ws-client.js';

let server: TestServer;
let plan: SamplePlan;
const tokens = {} as Record<string, string>;
const listeners: ActivityListener[] = [];
const listen = (options: { token?: string | null; after?: number | null; planId?: string } = {}) => {
  const l = new ActivityListener(server.app.url, options.planId ?? plan.id, options);
  listeners.push(l);
  return l;
};

const SUBMIT = `mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }`;
const report = (task: string, org: string, progress: number, token: string | undefined) =>
  server.gql(
    SUBMIT,
    { i: { taskId: plan.tasks[task]!.id, organizationId: plan.orgs[org], progress, summary: `${progress}%` } },
    token,
  );
const comment = (task: string, body: string, token: string | undefined) =>
  server.gql(
    `mutation($i: AddCommentInput!) { addComment(input: $i) { id } }`,
    { i: { taskId: plan.tasks[task]!.id, body } },
    token,
  );

const expectGapFree = (seqs: number[]) => {
  for (let i = 1; i < seqs.length; i++) expect(seqs[i], `seq after ${seqs[i - 1]}`).toBe(seqs[i - 1]! + 1);
};

beforeAll(async () => {
  server = await startTestServer({ wsKeepAliveMs: 500 });
  plan = await samplePlan(server);
  for (const key of ['vhtt', 'kthat', 'dtth', 'anhiep', 'gddt', 'mttq', 'tuphap'])
    tokens[key] = await server.login(demo(key));
});
afterAll(async () => {
  await Promise.all(listeners.map((l) => l.dispose()));
  await server.stop();
});

describe('planActivity', () => {
  it('delivers every event of another client’s mutations, in order', async () => {
    const b = listen({ token: tokens.vhtt });
    await b.until((l) => l.events.some((e) => e.type === 'PRESENCE_CHANGED'), 'subscription to start');

    await report('II.2.b', 'KT-HT', 30, tokens.kthat);
    await comment('II.2.b', 'Phối hợp đăng tin', tokens.kthat);
    const created = await server.gql(
      `mutation($i: CreateTaskInput!) { createTask(input: $i) { id version } }`,
      {
        i: {
          planId: plan.id,
          parentId: plan.tasks['II.2']!.id,
          code: 'II.2.c',
          title: 'Tọa đàm',
          deadlineKind: 'ONGOING',
        },
      },
      tokens.kthat,
    );
    const task = created.data!.createTask;
    await server.gql(
      `mutation($i: UpdateTaskInput!) { updateTask(input: $i) { id } }`,
      { i: { id: task.id, version: 1, title: 'Tọa đàm trí thức' } },
      tokens.kthat,
    );
    await server.gql(
      `mutation($i: AssignOrganizationInput!) { assignOrganization(input: $i) { id } }`,
      { i: { taskId: task.id, organizationId: plan.orgs['VH-TT'], role: 'LEAD' } },
      tokens.kthat,
    );

    await b.until((l) => l.logged.length >= 5, '5 events');
    const events = b.logged;
    expect(events.map((e) => e.type)).toEqual([
      'REPORT_SUBMITTED',
      'COMMENT_ADDED',
      'TASK_CREATED',
      'TASK_UPDATED',
      'ASSIGNMENT_CHANGED',
    ]);
    expectGapFree(events.map((e) => e.seq));
    expect(events[0]).toMatchObject({
      task: { code: 'II.2.b', progress: 10 },
      report: { progress: 30 },
      actor: { email: demo('kthat') },
    });
    expect(events[1]!.comment!.body).toBe('Phối hợp đăng tin');
    expect(events[3]!.task).toMatchObject({ code: 'II.2.c' });
  });

  it('replays exactly what a dropped client missed, then goes on live', async () => {
    const first = listen({ token: tokens.gddt });
    await first.until((l) => l.events.length > 0, 'presence');
    await report('II.3.c', 'GD&ĐT', 10, tokens.gddt);
    await first.until((l) => l.logged.length === 1, 'first event');
    const lastSeen = first.logged[0]!.seq;
    await first.dispose();

    await report('II.3.c', 'GD&ĐT', 20, tokens.gddt);
    await comment('II.3.c', 'Đã xây dựng dự thảo', tokens.gddt);
    await report('II.3.c', 'GD&ĐT', 35, tokens.gddt);

    const back = listen({ token: tokens.gddt, after: lastSeen });
    await back.until((l) => l.logged.length >= 3, 'the three missed events');
    await report('II.3.c', 'GD&ĐT', 50, tokens.gddt);
    await back.until((l) => l.logged.length >= 4, 'the live event');
    // A moment for any duplicate to show up.
    await new Promise((r) => setTimeout(r, 200));
    const got = back.logged;
    expect(got.map((e) => e.seq)).toEqual([lastSeen + 1, lastSeen + 2, lastSeen + 3, lastSeen + 4]);
    expect(got.map((e) => e.type)).toEqual([
      'REPORT_SUBMITTED',
      'COMMENT_ADDED',
      'REPORT_SUBMITTED',
      'REPORT_SUBMITTED',
    ]);
    expect(got.map((e) => e.report?.progress ?? null)).toEqual([20, null, 35, 50]);
  });

  it('delivers 200 events to each of 50 listeners, in order and without gaps', async () => {
    const start = (await server.gql(`query($id: ID!) { plan(id: $id) { lastActivitySeq } }`, { id: plan.id })).data!
      .plan.lastActivitySeq;
    // Half signed in, half anonymous (the portal); `after` makes a listener that is still
    // connecting when the writes begin miss nothing.
    const fifty = Array.from({ length: 50 }, (_, i) => listen({ token: i % 2 ? tokens.mttq : null, after: start }));
    const writers: [string, string, string][] = [
      ['II.2.b', 'VH-TT', 'vhtt'],
      ['II.2.b', 'Đài TT', 'dtth'],
      ['II.2.a', 'An Hiệp', 'anhiep'],
      ['II.3.b', 'KT-HT', 'kthat'],
    ];
    for (let round = 0; round < 50; round++) {
      // Four writers at once, fifty rounds: 200 reports.
      await Promise.all(writers.map(([task, org, key]) => report(task, org, (round * 2) % 101, tokens[key]!)));
    }
    for (const l of fifty) {
      await l.until((x) => x.logged.filter((e) => e.seq > start).length >= 200, '200 events', 20_000);
      const seqs = l.logged.filter((e) => e.seq > start).map((e) => e.seq);
      expect(seqs).toHaveLength(200);
      expect(seqs[0]).toBe(start + 1);
      expectGapFree(seqs);
    }
    await Promise.all(fifty.map((l) => l.dispose()));
  });

  it('shows who is watching, and drops them when they leave', async () => {
    const watcher = listen({ token: tokens.mttq });
    const other = listen({ token: tokens.tuphap });
    await watcher.until(
      (l) =>
        l.events.some(
          (e) => e.type === 'PRESENCE_CHANGED' && (e.viewers ?? []).some((v) => v.user.email === demo('tuphap')),
        ),
      'Tư pháp to appear',
    );
    const now = await server.gql(
      `query($id: ID!) { viewers(planId: $id) { user { email } organization { shortName } since } }`,
      { id: plan.id },
      tokens.mttq,
    );
    expect(now.data!.viewers.map((v: any) => v.user.email)).toEqual(
      expect.arrayContaining([demo('mttq'), demo('tuphap')]),
    );
    await other.dispose();
    await watcher.until((l) => {
      const presence = l.events.filter((e) => e.type === 'PRESENCE_CHANGED').at(-1);
      return !!presence && !(presence.viewers ?? []).some((v) => v.user.email === demo('tuphap'));
    }, 'Tư pháp to disappear');
    const after = await server.gql(
      `query($id: ID!) { viewers(planId: $id) { user { email } } }`,
      { id: plan.id },
      tokens.mttq,
    );
    expect(after.data!.viewers.map((v: any) => v.user.email)).not.toContain(demo('tuphap'));
  });

  it('records the same log as each task’s history', async () => {
    const res = await server.gql(
      `query($id: ID!) { task(id: $id) { activity { seq type actor { email } report { progress } } } }`,
      {
        id: plan.tasks['II.3.c']!.id,
      },
    );
    const history = res.data!.task.activity;
    expect(history.map((e: any) => e.report?.progress ?? null)).toEqual([10, 20, null, 35, 50]);
    expectGapFree([]); // seqs of one task need not be consecutive; ordering is what matters:
    expect(history.map((e: any) => e.seq)).toEqual([...history.map((e: any) => e.seq)].sort((a, b) => a - b));
  });
});

describe('refusals', () => {
  it('closes the socket with 4403 for a bad token', async () => {
    const l = listen({ token: 'forged' });
    await l.until((x) => x.closeCode !== null, 'close');
    expect(l.closeCode).toBe(4403);
    expect(l.events).toEqual([]);
  });

  it('lets anonymous viewers watch a public plan', async () => {
    const start = (await server.gql(`query($id: ID!) { plan(id: $id) { lastActivitySeq } }`, { id: plan.id })).data!
      .plan.lastActivitySeq;
    const l = listen({ token: null, after: start });
    await report('II.2.b', 'VH-TT', 77, tokens.vhtt);
    await l.until((x) => x.logged.some((e) => e.report?.progress === 77), 'the event');
    expect(l.errors).toEqual([]);
  });

  it('shows each viewer of one event what that viewer may see (the actor’s email to signed-in users only)', async () => {
    const start = (await server.gql(`query($id: ID!) { plan(id: $id) { lastActivitySeq } }`, { id: plan.id })).data!
      .plan.lastActivitySeq;
    const anonymous = [listen({ token: null, after: start }), listen({ token: null, after: start })];
    const signedIn = [listen({ token: tokens.gddt, after: start }), listen({ token: tokens.mttq, after: start })];
    await new Promise((r) => setTimeout(r, 300));
    await report('II.2.b', 'VH-TT', 81, tokens.vhtt);
    for (const l of [...anonymous, ...signedIn]) {
      await l.until((x) => x.logged.some((e) => e.report?.progress === 81), 'the event');
    }
    const actorOf = (l: ActivityListener) => l.logged.find((e) => e.report?.progress === 81)!.actor;
    for (const l of anonymous) expect(actorOf(l)).toEqual({ email: null });
    for (const l of signedIn) expect(actorOf(l)).toEqual({ email: demo('vhtt') });
  });

  it('closes with 4401 for anonymous viewers of a private plan, and refuses units it does not involve', async () => {
    const privateId = await insertBulkPlan(server.app.dataSource, 10, 'PRIVATE-1', {
      isPublic: false,
      organizationIds: [Number(plan.orgs['KT-HT'])],
    });
    const anonymous = listen({ token: null, planId: String(privateId) });
    await anonymous.until((x) => x.closeCode !== null, 'close');
    expect(anonymous.closeCode).toBe(4401);

    const outsider = listen({ token: tokens.tuphap, planId: String(privateId) });
    await outsider.until((x) => x.errors.length > 0, 'an error');
    expect((outsider.errors[0] as any)[0]?.extensions?.code ?? (outsider.errors[0] as any).extensions?.code).toBe(
      'FORBIDDEN',
    );

    const involved = listen({ token: tokens.kthat, planId: String(privateId) });
    await involved.until((x) => x.events.length > 0, 'presence on the private plan');
    expect(involved.errors).toEqual([]);
  });
});
