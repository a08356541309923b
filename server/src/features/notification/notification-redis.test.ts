// Two server instances on one PostgreSQL database and one Redis: a mention written on one instance
// reaches the mentioned user's inbox on the other (notificationAdded goes through the event bus).
// Runs in the PostgreSQL project, which provides TIENDO_TEST_REDIS_URL.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePlan, type SamplePlan } from '../../testing/plan-fixtures.js';
import { demo } from '../../testing/sample.js';
import { NOTIFICATION_ADDED, SubscriptionListener } from '../../testing/subscription.js';
import { createTestDatabase, startTestServer, type TestServer } from '../../testing/test-server.js';

const redis = process.env.TIENDO_TEST_REDIS_URL;
const postgres = /^postgres/.test(process.env.DATABASE_URL ?? '');

describe.skipIf(!redis || !postgres)('notifications across instances (Redis)', () => {
  let a: TestServer;
  let b: TestServer;
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let plan: SamplePlan;
  const listeners: SubscriptionListener[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    const env = { DATABASE_URL: db.url, REDIS_URL: redis!, TIENDO_REDIS_PREFIX: `tiendo-test-${crypto.randomUUID()}` };
    a = await startTestServer({ env });
    b = await startTestServer({ env });
    plan = await samplePlan(a);
  });
  afterAll(async () => {
    await Promise.all(listeners.map((l) => l.dispose()));
    await b?.stop();
    await a?.stop();
    await db?.drop();
  });

  it('delivers a mention written on instance A to an inbox open on instance B', async () => {
    const noivu = await b.login(demo('noivu'));
    const vhtt = await a.login(demo('vhtt'));
    const inbox = new SubscriptionListener<any>(b.app.url, NOTIFICATION_ADDED, {
      token: noivu,
      variables: { after: '0' },
    });
    listeners.push(inbox);
    const res = await a.gql(
      'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }',
      { i: { taskId: plan.tasks['II.2.b']!.id, body: 'Nhờ @Phòng Nội vụ hỗ trợ' } },
      vhtt,
    );
    expect(res.errors).toBeUndefined();
    await inbox.until((l) => l.results.length === 1, 'the mention on the other instance');
    expect(inbox.results[0]).toMatchObject({ kind: 'MENTION', comment: { body: 'Nhờ @Phòng Nội vụ hỗ trợ' } });
    // And live, not only by replay: a second mention after the inbox is open.
    await a.gql(
      'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }',
      { i: { taskId: plan.tasks['II.2.b']!.id, body: '@noi vu lần hai' } },
      vhtt,
    );
    await inbox.until((l) => l.results.length === 2, 'the second mention');
    expect(inbox.errors).toEqual([]);
  });
});
