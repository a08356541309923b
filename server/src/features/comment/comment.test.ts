import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbSnapshot } from '../../testing/db-snapshot.js';
import { samplePlan, type SamplePlan } from '../../testing/plan-fixtures.js';
import { demo } from '../../testing/sample.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
let plan: SamplePlan;
const tokens: Record<string, string> = {};
const ADD = `mutation($i: AddCommentInput!) { addComment(input: $i) {
  id body author { name } organization { shortName } replyTo { id } task { code comments { id replies { id } } } } }`;

beforeAll(async () => {
  server = await startTestServer();
  plan = await samplePlan(server);
  for (const key of ['vhtt', 'kthat', 'gddt', 'mttq']) tokens[key] = await server.login(demo(key));
});
afterAll(async () => {
  await server.stop();
});

describe('addComment', () => {
  it('threads replies between the units of a shared task', async () => {
    const taskId = plan.tasks['II.2.b']!.id;
    const first = await server.gql(
      ADD,
      { i: { taskId, body: 'Đề nghị Phòng KT-HT gửi tin bài trước 15/7.' } },
      tokens.vhtt,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.addComment.organization.shortName).toBe('VH-TT');
    const reply = await server.gql(
      ADD,
      { i: { taskId, body: 'Đã gửi.', replyToId: first.data!.addComment.id } },
      tokens.kthat,
    );
    expect(reply.data!.addComment.replyTo.id).toBe(first.data!.addComment.id);
    const comments = reply.data!.addComment.task.comments;
    expect(comments).toHaveLength(2);
    expect(comments[0].replies.map((r: any) => r.id)).toEqual([reply.data!.addComment.id]);
  });

  it('lets the Front comment on any task it monitors', async () => {
    const res = await server.gql(
      ADD,
      { i: { taskId: plan.tasks['II.3.c']!.id, body: 'MTTQ đề nghị báo cáo kết quả.' } },
      tokens.mttq,
    );
    expect(res.errors).toBeUndefined();
  });

  type Refusal = [string, () => Record<string, string>, () => string | undefined, string, string | null];
  it.each<Refusal>([
    ['a 1 MB body', () => ({ body: 'x'.repeat(1024 * 1024) }), () => tokens.vhtt, 'BAD_USER_INPUT', 'body'],
    ['an empty body', () => ({ body: ' \n ' }), () => tokens.vhtt, 'BAD_USER_INPUT', 'body'],
    [
      'a reply to a comment of another task',
      () => ({ body: 'x', replyToId: '1', taskId: plan.tasks['II.4']!.id }),
      () => tokens.kthat,
      'BAD_USER_INPUT',
      'replyToId',
    ],
    ['a unit not on the task', () => ({ body: 'x' }), () => tokens.gddt, 'FORBIDDEN', null],
    ['anonymous', () => ({ body: 'x' }), () => undefined, 'UNAUTHENTICATED', null],
  ])('refuses %s and changes nothing', async (_n, extra, token, code, field) => {
    const before = await dbSnapshot(server.app.dataSource);
    const res = await server.gql(ADD, { i: { taskId: plan.tasks['II.2.b']!.id, ...extra() } }, token());
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    if (field) expect(res.errors?.[0]?.extensions?.field).toBe(field);
    expect(JSON.stringify(res).length).toBeLessThan(10_000);
    expect(await dbSnapshot(server.app.dataSource)).toBe(before);
  });

  it('creates one comment for a clientMutationId sent twice', async () => {
    const vars = {
      i: { taskId: plan.tasks['II.2.b']!.id, body: 'Gửi lại khi mạng chập chờn', clientMutationId: 'cm-7' },
    };
    const a = await server.gql(ADD, vars, tokens.vhtt);
    const b = await server.gql(ADD, vars, tokens.vhtt);
    expect(b.data!.addComment.id).toBe(a.data!.addComment.id);
    const all = await server.gql('query($id: ID!) { task(id: $id) { comments { body } } }', {
      id: plan.tasks['II.2.b']!.id,
    });
    expect(all.data!.task.comments.filter((c: any) => c.body === 'Gửi lại khi mạng chập chờn')).toHaveLength(1);
  });

  it('refuses a clientMutationId reused for another kind of mutation', async () => {
    await server.gql(
      ADD,
      { i: { taskId: plan.tasks['II.2.b']!.id, body: 'một', clientMutationId: 'shared-id' } },
      tokens.vhtt,
    );
    const res = await server.gql(
      `mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }`,
      {
        i: {
          taskId: plan.tasks['II.2.b']!.id,
          organizationId: plan.orgs['VH-TT'],
          progress: 5,
          summary: 's',
          clientMutationId: 'shared-id',
        },
      },
      tokens.vhtt,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
