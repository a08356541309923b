import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { ActivityEvent } from '../features/activity/activity-event.entity.js';
import { Assignment } from '../features/assignment/assignment.entity.js';
import { Organization } from '../features/organization/organization.entity.js';
import { Plan } from '../features/plan/plan.entity.js';
import { ProgressReport } from '../features/progress-report/progress-report.entity.js';
import { Task } from '../features/task/task.entity.js';
import { Session, User } from '../features/user/user.entity.js';
import { createLoaders } from '../graphql/loaders.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { insertRow, rowReader } from './rows.js';
import { queryRows } from './sql.js';

let server: TestServer;
// A server in Vietnam runs at UTC+7: SQLite's UTC text must not be read as local time.
const machineZone = process.env.TZ;
beforeAll(async () => {
  process.env.TZ = 'Asia/Ho_Chi_Minh';
  server = await startTestServer();
  // A session, a progress report and its activity event: rows the seed does not have.
  const token = await server.login('vhtt@chauthanh.demo');
  const { data } = await server.gql<{
    me: { organization: { id: string } };
    plans: { tasks: { id: string; assignments: { role: string; organization: { id: string } }[] }[] }[];
  }>('{ me { organization { id } } plans { tasks { id assignments { role organization { id } } } } }', {}, token);
  const unit = data!.me.organization.id;
  const task = data!.plans
    .flatMap((p) => p.tasks)
    .find((t) => t.assignments.some((a) => a.organization.id === unit && a.role !== 'MONITOR'))!;
  const posted = await server.gql(
    `mutation($t: ID!, $u: ID!) { submitProgressReport(input: { taskId: $t, organizationId: $u, progress: 40, summary: "Đã triển khai", period: "Quý I/2026" }) { id } }`,
    { t: task.id, u: unit },
    token,
  );
  expect(posted.errors).toBeUndefined();
});
afterAll(async () => {
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
  await server.stop();
});

async function bothWays<T extends ObjectLiteral>(entity: EntityTarget<T>) {
  const ds = server.app.dataSource;
  const table = ds.getMetadata(entity).tableName;
  const viaTypeOrm = await ds.getRepository(entity).find({ order: { id: 'ASC' } as never });
  const read = rowReader(ds, entity);
  const viaRows = (
    await queryRows<Record<string, unknown>>(ds.manager, `SELECT * FROM "${table}" ORDER BY "id"`, [])
  ).map(read);
  return { viaTypeOrm, viaRows };
}

describe('plain rows read into entities', () => {
  it.each([
    ['plans (JSON, booleans, instants)', Plan],
    ['tasks', Task],
    ['assignments', Assignment],
    ['progress reports', ProgressReport],
    ['units', Organization],
    ['users', User],
    ['sessions', Session],
    ['activity events (JSON changes)', ActivityEvent],
  ] as [string, EntityTarget<ObjectLiteral>][])('reads %s exactly as TypeORM does', async (_name, entity) => {
    const { viaTypeOrm, viaRows } = await bothWays(entity);
    expect(viaRows.length).toBeGreaterThan(0);
    expect(viaRows).toEqual(viaTypeOrm);
    // Same classes too: field resolvers and `instanceof` checks see what TypeORM would give them.
    expect(viaRows.every((row, i) => row.constructor === viaTypeOrm[i]!.constructor)).toBe(true);
  });

  it('writes values TypeORM reads back unchanged', async () => {
    const ds = server.app.dataSource;
    const at = new Date('2026-03-14T02:33:33.906Z');
    const id = await insertRow(ds.manager, ActivityEvent, {
      planId: 1,
      seq: 1_000_000,
      type: 'TASK_UPDATED' as ActivityEvent['type'],
      at,
      actorId: null,
      changes: { title: { from: 'cũ', to: 'mới' } },
    });
    const back = await ds.getRepository(ActivityEvent).findOneByOrFail({ id });
    expect(back.at).toEqual(at);
    expect(back.changes).toEqual({ title: { from: 'cũ', to: 'mới' } });
    expect(back.organizationId).toBeNull();
  });
});

describe('loaders', () => {
  it('answer at once, without a promise, for rows already loaded', async () => {
    const loaders = createLoaders(server.app.dataSource);
    const first = loaders.organization.get(1);
    expect(first).toBeInstanceOf(Promise);
    const unit = await first;
    expect(unit).toBeInstanceOf(Organization);
    expect(loaders.organization.get(1)).toBe(unit);
    loaders.organization.clear(1);
    const again = loaders.organization.get(1);
    expect(again).toBeInstanceOf(Promise);
    expect(await again).toEqual(unit);
  });
});
