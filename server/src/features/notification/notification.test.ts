// Mentions in comments reach the mentioned units' and people's inboxes, live; the inbox is personal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertBulkPlan } from '../../testing/bulk-plan.js';
import { dbSnapshot } from '../../testing/db-snapshot.js';
import { samplePlan, type SamplePlan } from '../../testing/plan-fixtures.js';
import { demo } from '../../testing/sample.js';
import { NOTIFICATION_ADDED, SubscriptionListener } from '../../testing/subscription.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
let plan: SamplePlan;
const tokens: Record<string, string> = {};
const open: { dispose(): Promise<void> }[] = [];

beforeAll(async () => {
  server = await startTestServer();
  plan = await samplePlan(server);
  for (const key of ['vhtt', 'noivu', 'kthat', 'tuphap', 'dtth', 'gddt', 'mttq'])
    tokens[key] = await server.login(demo(key));
});
afterAll(async () => {
  await Promise.all(open.map((l) => l.dispose()));
  await server.stop();
});

const COMMENT = `mutation($i: AddCommentInput!) { addComment(input: $i) { id } }`;
const comment = (body: string, token: string | undefined, task = 'II.2.b') =>
  server.gql(COMMENT, { i: { taskId: plan.tasks[task]!.id, body } }, token);

function listen(key: string, after = '0') {
  const l = new SubscriptionListener<any>(server.app.url, NOTIFICATION_ADDED, {
    token: tokens[key],
    variables: { after },
  });
  open.push(l);
  return l;
}

describe('mentions', () => {
  it('tells Phòng Nội vụ when a comment names it, with or without diacritics, and nobody else', async () => {
    const noivu = listen('noivu');
    const tuphap = listen('tuphap');
    const author = listen('vhtt');
    const first = await comment('Đề nghị @Phòng Nội vụ cho ý kiến về biên chế', tokens.vhtt);
    expect(first.errors).toBeUndefined();
    await noivu.until((l) => l.results.length === 1, 'the first mention');
    expect(noivu.results[0]).toMatchObject({
      kind: 'MENTION',
      read: false,
      actor: { email: demo('vhtt') },
      organization: { shortName: 'Nội vụ' },
      task: { code: 'II.2.b' },
      comment: { body: 'Đề nghị @Phòng Nội vụ cho ý kiến về biên chế' },
    });
    await comment('nhắc lại @phong noi vu', tokens.kthat);
    await noivu.until((l) => l.results.length === 2, 'the second mention, without diacritics');
    expect(noivu.results[1].actor.email).toBe(demo('kthat'));
    expect(tuphap.results).toEqual([]);
    expect(author.results).toEqual([]);
  });

  it('tells a person mentioned by e-mail or name, and several units at once', async () => {
    const gddt = listen('gddt');
    const dtth = listen('dtth');
    await comment('@gddt@chauthanh.demo và @Đài TT cùng phối hợp', tokens.kthat);
    await gddt.until((l) => l.results.length === 1, 'GD&ĐT');
    await dtth.until((l) => l.results.length === 1, 'Đài TT');
    expect(gddt.results[0].kind).toBe('MENTION');
  });

  it('does not tell a unit that may not read a private plan, even when mentioned', async () => {
    const privateId = await insertBulkPlan(server.app.dataSource, 3, 'PRIVATE-MENTION', {
      isPublic: false,
      organizationIds: [Number(plan.orgs['KT-HT'])],
    });
    const tasks = await server.gql(
      'query($id: ID!) { plan(id: $id) { tasks { id } } }',
      { id: String(privateId) },
      tokens.kthat,
    );
    const taskId = tasks.data!.plan.tasks[0].id;
    const count = async (key: string) =>
      (await server.gql('{ notifications { id } }', {}, tokens[key])).data!.notifications.length;
    const [noivuBefore, mttqBefore] = [await count('noivu'), await count('mttq')];
    const res = await server.gql(
      COMMENT,
      { i: { taskId, body: 'Nhờ @Phòng Nội vụ và @MTTQ huyện xem' } },
      tokens.kthat,
    );
    expect(res.errors).toBeUndefined();
    // MTTQ monitors every plan; Nội vụ has no part in this one.
    expect(await count('mttq')).toBe(mttqBefore + 1);
    expect(await count('noivu')).toBe(noivuBefore);
  });

  it('replays what a reconnecting inbox missed, after the highest id it has', async () => {
    const all = await server.gql('{ notifications { id kind } }', {}, tokens.noivu);
    const ids = all.data!.notifications.map((n: any) => n.id);
    expect(ids).toHaveLength(2);
    const replay = listen('noivu', ids[1]); // newest first: ids[1] is the older one
    await replay.until((l) => l.results.length === 1, 'the one after');
    expect(replay.results[0].id).toBe(ids[0]);
  });
});

describe('the inbox', () => {
  it('counts unread, marks some or all read, and lists unread only', async () => {
    const q = `{ unreadNotificationCount notifications(unreadOnly: true) { id read } }`;
    let res = await server.gql(q, {}, tokens.noivu);
    expect(res.data!.unreadNotificationCount).toBe(2);
    const [newest] = res.data!.notifications;
    const marked = await server.gql(
      'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
      { ids: [newest.id] },
      tokens.noivu,
    );
    expect(marked.data!.markNotificationsRead).toBe(1);
    res = await server.gql(q, {}, tokens.noivu);
    expect(res.data!.unreadNotificationCount).toBe(1);
    expect(res.data!.notifications.map((n: any) => n.id)).not.toContain(newest.id);
    expect((await server.gql('mutation { markNotificationsRead }', {}, tokens.noivu)).data!.markNotificationsRead).toBe(
      1,
    );
    expect((await server.gql(q, {}, tokens.noivu)).data!.unreadNotificationCount).toBe(0);
  });

  it('refuses to touch another user’s notifications, and anonymous callers', async () => {
    const theirs = (await server.gql('{ notifications { id } }', {}, tokens.gddt)).data!.notifications[0].id;
    const before = await dbSnapshot(server.app.dataSource);
    const res = await server.gql(
      'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
      { ids: [theirs] },
      tokens.noivu,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql('mutation { markNotificationsRead }')).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await server.gql('{ notifications { id } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await dbSnapshot(server.app.dataSource)).toBe(before);
    const anonymous = new SubscriptionListener(server.app.url, NOTIFICATION_ADDED, { token: null });
    open.push(anonymous);
    await anonymous.until((l) => l.errors.length > 0, 'a refusal');
    expect(anonymous.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('tells the lead office when another unit reports on its task', async () => {
    const mark = (await server.gql('{ notifications(limit: 1) { id } }', {}, tokens.vhtt)).data!.notifications[0]?.id;
    const live = listen('vhtt', mark ?? '0');
    const res = await server.gql(
      `mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }`,
      {
        i: {
          taskId: plan.tasks['II.2.b']!.id,
          organizationId: plan.orgs['Đài TT'],
          progress: 30,
          summary: 'Đã phát 4 tin',
        },
      },
      tokens.dtth,
    );
    expect(res.errors).toBeUndefined();
    await live.until((l) => l.results.length === 1, 'the report notification');
    expect(live.results[0]).toMatchObject({ kind: 'REPORT_ON_LED_TASK', organization: { shortName: 'Đài TT' } });
    expect(live.results[0].summary).toContain('30%');
  });
});
