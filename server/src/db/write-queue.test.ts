import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrganizationKind } from '@tiendo/shared';
import { Organization } from '../features/organization/organization.entity.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { WriteQueue } from './write-queue.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

const unit = (name: string) => ({
  name,
  shortName: name,
  kind: OrganizationKind.OTHER,
  parentId: null,
  searchText: name,
});

describe('the write queue', () => {
  it('commits writes submitted together as one group on SQLite, each failing write rolling back alone', async () => {
    const ds = server.app.dataSource;
    const queue = new WriteQueue(ds);
    const order: number[] = [];
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        queue.run(async (m) => {
          order.push(i);
          await m.getRepository(Organization).insert(unit(`Nhóm ghi ${i}`));
          if (i === 7) throw new Error('write 7 fails after inserting');
          if (i === 11)
            await m.query(
              `INSERT INTO "organization" ("id", "name", "shortName", "kind", "searchText") VALUES (1, 'x', 'x', 'OTHER', 'x')`,
            );
          return i * 10;
        }),
      ),
    );
    // In arrival order, each caller gets its own outcome.
    expect(order).toEqual(Array.from({ length: 20 }, (_, i) => i));
    results.forEach((r, i) => {
      if (i === 7 || i === 11) expect(r.status).toBe('rejected');
      else expect(r).toEqual({ status: 'fulfilled', value: i * 10 });
    });
    expect((results[7] as PromiseRejectedResult).reason.message).toBe('write 7 fails after inserting');

    const names = (await ds.getRepository(Organization).find())
      .map((o) => o.name)
      .filter((n) => n.startsWith('Nhóm ghi '));
    expect(names.sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => i)
        .filter((i) => i !== 7 && i !== 11)
        .map((i) => `Nhóm ghi ${i}`)
        .sort(),
    );
    // One transaction (one fsync) for the group on SQLite; one per write on PostgreSQL.
    expect(queue.transactions).toBe(ds.options.type === 'better-sqlite3' ? 1 : 18);
  });

  it('groups writes that arrive in separate event-loop callbacks, as concurrent HTTP requests do', async () => {
    const ds = server.app.dataSource;
    const queue = new WriteQueue(ds);
    // Each write starts from its own I/O-phase callback (setImmediate stands in for a request).
    const writes = await Promise.all(
      Array.from(
        { length: 12 },
        (_, i) =>
          new Promise<Promise<number>>((resolve) =>
            setImmediate(() =>
              resolve(
                queue.run(async (m) => {
                  await m.getRepository(Organization).insert(unit(`Yêu cầu ${i}`));
                  return i;
                }),
              ),
            ),
          ),
      ),
    );
    expect(await Promise.all(writes)).toEqual(Array.from({ length: 12 }, (_, i) => i));
    expect(queue.transactions).toBe(ds.options.type === 'better-sqlite3' ? 1 : 12);
  });

  it('runs a write submitted alone in its own transaction, and drains', async () => {
    const queue = new WriteQueue(server.app.dataSource);
    await expect(queue.run(async () => 'alone')).resolves.toBe('alone');
    const later = queue.run(async (m) => (await m.getRepository(Organization).count()) > 0);
    await queue.drain();
    await expect(later).resolves.toBe(true);
    expect(queue.transactions).toBe(2);
    expect(queue.depth).toBe(0);
  });
});
