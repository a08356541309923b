import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { rowReader, selectColumns } from '../db/rows.js';
import { params, queryRows } from '../db/sql.js';
import { ActivityEvent } from '../features/activity/activity-event.entity.js';
import { Assignment } from '../features/assignment/assignment.entity.js';
import { Comment } from '../features/comment/comment.entity.js';
import { LegalDocument } from '../features/legal-document/legal-document.entity.js';
import { Obstacle } from '../features/obstacle/obstacle.entity.js';
import { Organization, OrganizationGroup } from '../features/organization/organization.entity.js';
import { Plan } from '../features/plan/plan.entity.js';
import { ProgressReport } from '../features/progress-report/progress-report.entity.js';
import { SupervisionFinding } from '../features/supervision/finding.entity.js';
import { Task } from '../features/task/task.entity.js';
import { inDocumentOrder } from '../features/task/task-tree.js';
import { User } from '../features/user/user.entity.js';

type Order<T> = Partial<Record<keyof T & string, 'ASC' | 'DESC'>>;

/**
 * Batches are dispatched once every promise of the current turn has settled (setImmediate), not
 * after the first microtask as by default: a level of a query whose resolvers settle over several
 * microtasks then still costs one statement, so statement counts do not depend on timing.
 */
// At most 5,000 keys per statement: SQLite and PostgreSQL cap the parameters of one statement.
const BATCH_OPTIONS = { batchScheduleFn: (dispatch: () => void) => setImmediate(dispatch), maxBatchSize: 5000 };

/**
 * A batch loader that also answers at once for keys it has loaded or been primed with. Field
 * resolvers use `get`: a value already loaded then reaches graphql-js without a promise, which on
 * the 2,000-task board saved a promise (and its bookkeeping) for each of ~20,000 nested fields.
 */
export class Loader<K, V> extends DataLoader<K, V> {
  private readonly known: Map<K, V>;

  constructor(batch: (keys: readonly K[]) => Promise<(V | Error)[]>) {
    const known = new Map<K, V>();
    super(async (keys) => {
      const values = await batch(keys);
      keys.forEach((key, i) => {
        const value = values[i];
        if (!(value instanceof Error) && !known.has(key)) known.set(key, value as V);
      });
      return values;
    }, BATCH_OPTIONS);
    this.known = known;
  }

  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    const isValue = !(value instanceof Error) && typeof (value as PromiseLike<V>)?.then !== 'function';
    if (isValue && !this.known.has(key)) this.known.set(key, value as V);
    return super.prime(key, value);
  }

  override clear(key: K): this {
    this.known.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.known.clear();
    return super.clearAll();
  }

  /** The value itself when it is loaded already, else a promise of it. */
  get(key: K): V | Promise<V> {
    return this.known.has(key) ? this.known.get(key)! : this.load(key);
  }
}

/**
 * Per-request batch loaders: every nested field loads through one of these, so a query costs one
 * statement per kind of row, whatever the number of rows (no N+1). Plain SQL read into entities by
 * `rowReader` (TypeORM's find and hydration were most of the board's time, bench/findings.md).
 */
export function createLoaders(ds: DataSource) {
  const manager = ds.manager;
  const table = (entity: EntityTarget<ObjectLiteral>) => `"${ds.getMetadata(entity).tableName}"`;
  const list = (count: number) => params(manager, count);
  const orderBy = <T extends ObjectLiteral>(entity: EntityTarget<T>, alias: string, order: Order<T>) =>
    Object.entries(order)
      .map(([property, direction]) => {
        const column = ds.getMetadata(entity).findColumnWithPropertyName(property)!;
        return `${alias}."${column.databaseName}" ${direction}`;
      })
      .join(', ');

  const byId = <T extends ObjectLiteral & { id: number }>(entity: EntityTarget<T>) => {
    const read = rowReader(ds, entity);
    return new Loader<number, T | null>(async (ids) => {
      const rows = await queryRows<Record<string, unknown>>(
        manager,
        `SELECT * FROM ${table(entity)} WHERE "id" IN (${list(ids.length)})`,
        [...ids],
      );
      const map = new Map(rows.map((r) => [Number(r.id), read(r)]));
      return ids.map((id) => map.get(id) ?? null);
    });
  };

  /**
   * Rows by a foreign key, in the given order. With `then`, the rows each of them points to (their
   * units) are loaded in the same batch, in one more statement: the statement count then never
   * depends on how batches happen to fall across event-loop ticks. (A JOIN repeated the unit's
   * columns on each of the board's 6,700 assignments and took twice as long.)
   */
  const manyBy = <T extends ObjectLiteral, J>(
    entity: EntityTarget<T>,
    key: keyof T & string,
    order: Order<T>,
    then?: { key: keyof T & string; loader: Loader<number, J> },
  ) => {
    const read = rowReader(ds, entity);
    return new Loader<number, T[]>(async (keys) => {
      const rows = await queryRows<Record<string, unknown>>(
        manager,
        `SELECT e.* FROM ${table(entity)} e WHERE e."${key}" IN (${list(keys.length)}) ORDER BY ${orderBy(entity, 'e', order)}`,
        [...keys],
      );
      const map = new Map<number, T[]>(keys.map((k) => [k, []]));
      const entities = rows.map(read);
      for (const row of entities) map.get(row[key] as number)?.push(row);
      if (then) await then.loader.loadMany([...new Set(entities.map((row) => row[then.key] as number))]);
      return keys.map((k) => map.get(k) ?? []);
    });
  };

  /** A many-to-many through a join table: owner id → the rows on the other side, in two statements. */
  const joined = <T extends ObjectLiteral & { id: number }>(
    rowsById: Loader<number, T | null>,
    joinTable: string,
    ownerColumn: string,
    otherColumn: string,
  ) =>
    new Loader<number, T[]>(async (owners) => {
      const links = await queryRows<{ owner: number; other: number }>(
        manager,
        `SELECT j."${ownerColumn}" AS "owner", j."${otherColumn}" AS "other" FROM "${joinTable}" j
          WHERE j."${ownerColumn}" IN (${list(owners.length)}) ORDER BY j."${otherColumn}"`,
        [...owners],
      );
      const rows = await rowsById.loadMany(links.map((l) => Number(l.other)));
      const map = new Map<number, T[]>(owners.map((o) => [o, []]));
      links.forEach((link, i) => {
        const row = rows[i];
        if (row && !(row instanceof Error)) map.get(Number(link.owner))?.push(row);
      });
      return owners.map((o) => map.get(o) ?? []);
    });

  const organization = byId(Organization);
  const legalDocument = byId(LegalDocument);
  const organizationGroup = byId(OrganizationGroup);
  const user = byId(User);
  const task = byId(Task);
  const tasksOfPlans = manyBy(Task, 'planId', { id: 'ASC' });
  const readReport = rowReader(ds, ProgressReport);
  const readUnit = rowReader(ds, Organization, 'o__');
  const readAuthor = rowReader(ds, User, 'u__');

  return {
    organization,
    organizationGroup,
    user,
    plan: byId(Plan),
    task,
    comment: byId(Comment),
    progressReport: byId(ProgressReport),
    activityByTask: manyBy(ActivityEvent, 'taskId', { seq: 'ASC' }),
    obstacle: byId(Obstacle),
    finding: byId(SupervisionFinding),
    obstaclesByTask: manyBy(Obstacle, 'taskId', { id: 'ASC' }),
    findingsByTask: manyBy(SupervisionFinding, 'taskId', { id: 'ASC' }),
    legalDocument,
    tasksByPlan: new Loader<number, Task[]>(async (planIds) => {
      const byPlan = await tasksOfPlans.loadMany([...planIds]);
      // A plan's tasks are each other's parents: Task.parent then costs nothing.
      for (const tasks of byPlan) if (!(tasks instanceof Error)) for (const t of tasks) task.prime(t.id, t);
      return byPlan.map((tasks) => (tasks instanceof Error ? tasks : inDocumentOrder(tasks)));
    }),
    childrenByTask: manyBy(Task, 'parentId', { position: 'ASC', id: 'ASC' }),
    assignmentsByTask: manyBy(Assignment, 'taskId', { id: 'ASC' }, { key: 'organizationId', loader: organization }),
    assignmentsByOrganization: manyBy(Assignment, 'organizationId', { id: 'ASC' }),
    reportsByTask: manyBy(ProgressReport, 'taskId', { id: 'DESC' }),
    commentsByTask: manyBy(Comment, 'taskId', { id: 'ASC' }),
    repliesByComment: manyBy(Comment, 'replyToId', { id: 'ASC' }),
    latestReportByTask: new Loader<number, ProgressReport | null>(async (taskIds) => {
      // With the reporting unit and the author, which fill their loaders.
      const rows = await queryRows<Record<string, unknown>>(
        manager,
        `SELECT r.*, ${selectColumns(ds, Organization, 'o', 'o__')}, ${selectColumns(ds, User, 'u', 'u__')}
           FROM "progress_report" r
           LEFT JOIN "organization" o ON o."id" = r."organizationId"
           LEFT JOIN "user" u ON u."id" = r."authorId"
          WHERE r."id" IN (SELECT MAX(l."id") FROM "progress_report" l
                            WHERE l."taskId" IN (${list(taskIds.length)}) GROUP BY l."taskId")`,
        [...taskIds],
      );
      const map = new Map<number, ProgressReport>();
      for (const row of rows) {
        const report = readReport(row);
        if (row.o__id !== null) organization.prime(report.organizationId, readUnit(row));
        if (row.u__id !== null) user.prime(report.authorId, readAuthor(row));
        map.set(report.taskId, report);
      }
      return taskIds.map((id) => map.get(id) ?? null);
    }),
    citedDocumentsByPlan: joined(legalDocument, 'plan_cited_document', 'planId', 'documentId'),
    monitorsByPlan: joined(organization, 'plan_monitor', 'planId', 'organizationId'),
    membersByGroup: joined(organization, 'organization_group_member', 'groupId', 'organizationId'),
    groupsByOrganization: joined(organizationGroup, 'organization_group_member', 'organizationId', 'groupId'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
