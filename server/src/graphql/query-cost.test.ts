import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOARD_QUERY } from '../testing/board-query.js';
import { insertBulkPlan } from '../testing/bulk-plan.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

let server: TestServer;
const plans: Record<number, number> = {};

beforeAll(async () => {
  server = await startTestServer();
  for (const n of [20, 2000]) plans[n] = await insertBulkPlan(server.app.dataSource, n);
});
afterAll(async () => {
  await server.stop();
});

describe('the board query', () => {
  it('runs the same fixed number of SQL statements for 20 and for 2,000 tasks', async () => {
    const small = await server.gql(BOARD_QUERY, { id: String(plans[20]) });
    const large = await server.gql(BOARD_QUERY, { id: String(plans[2000]) });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(small.data!.plan.tasks).toHaveLength(20);
    expect(large.data!.plan.tasks).toHaveLength(2000);
    expect(large.data!.plan.tasks[1999].assignments).toHaveLength(2);
    expect(large.data!.plan.tasks[1999].latestReport.summary).toMatch(/^Báo cáo /);

    const statements = small.extensions!.sqlStatements!;
    expect(large.extensions!.sqlStatements).toBe(statements);
    // The plan, its monitors' links, its tasks, their assignments with units, and the latest reports
    // with their units and authors: five statements, whatever the number of tasks.
    expect(statements).toBe(5);
  });

  it('costs the same signed in (plus the session lookup)', async () => {
    const token = await server.login('vhtt@chauthanh.demo');
    const anonymous = await server.gql(BOARD_QUERY, { id: String(plans[20]) });
    const signedIn = await server.gql(BOARD_QUERY, { id: String(plans[20]) }, token);
    expect(signedIn.extensions!.sqlStatements).toBe(anonymous.extensions!.sqlStatements! + 1);
  });
});
