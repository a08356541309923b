import path from 'node:path';
import { gql, login, startBuilt } from '../support/built-server.js';
import type { Targets } from './hostile.js';

/** A built server in production mode on a fresh database, with what a fuzz run needs. */
export async function fuzzTarget(dir: string) {
  const dbPath = path.join(dir, 'tiendo.sqlite');
  const server = await startBuilt({
    DATABASE_URL: `sqlite:${dbPath}`,
    NODE_ENV: 'production',
    TIENDO_SEED: 'sample',
    // The fuzzer is one client sending thousands of requests: the rate limits would answer most of
    // them with RATE_LIMITED (well-formed, but it would test less).
    TIENDO_RATE_LIMIT_IP: '10000000',
    TIENDO_RATE_LIMIT_USER: '10000000',
  });
  const member = await login(server.url, 'vhtt@chauthanh.demo');
  const revoked = await login(server.url, 'noivu@chauthanh.demo');
  await gql(server.url, 'mutation { logout }', undefined, revoked);
  const organizationId = (await gql(server.url, '{ me { organization { id } } }', undefined, member)).data.me
    .organization.id;
  const plan = (await gql(server.url, '{ plans { id number tasks { id code version } } }')).data.plans.find(
    (p: { number: string }) => p.number === '85/KH-UBND',
  );
  const task = plan.tasks.find((t: { code: string }) => t.code === 'II.2.b');
  const comment = await gql(
    server.url,
    'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }',
    { i: { taskId: task.id, body: 'Ý kiến đầu tiên' } },
    member,
  );
  const targets: Targets = {
    planId: plan.id,
    taskId: task.id,
    organizationId,
    commentId: comment.data.addComment.id,
    taskVersion: task.version,
  };
  return { server, dbPath, targets, tokens: { member, revoked } };
}
