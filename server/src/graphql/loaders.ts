import DataLoader from 'dataloader';
import {
  In,
  type DataSource,
  type EntityTarget,
  type FindOptionsOrder,
  type FindOptionsRelations,
  type ObjectLiteral,
} from 'typeorm';
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

/**
 * Batches are dispatched once every promise of the current turn has settled (setImmediate), not
 * after the first microtask as by default: a level of a query whose resolvers settle over several
 * microtasks then still costs one statement, so statement counts do not depend on timing.
 */
const BATCH_OPTIONS = { batchScheduleFn: (dispatch: () => void) => setImmediate(dispatch) };

/**
 * Per-request batch loaders: every nested field loads through one of these, so a query costs one
 * statement per kind of row, whatever the number of rows (no N+1).
 */
export function createLoaders(ds: DataSource) {
  const byId = <T extends ObjectLiteral & { id: number }>(entity: EntityTarget<T>) =>
    new DataLoader<number, T | null>(async (ids) => {
      const rows = await ds.getRepository(entity).findBy({ id: In([...ids]) } as never);
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }, BATCH_OPTIONS);

  const manyBy = <T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    key: keyof T & string,
    order: FindOptionsOrder<T>,
    joins?: { relations: FindOptionsRelations<T>; prime: (rows: T[]) => void },
  ) =>
    new DataLoader<number, T[]>(async (keys) => {
      const rows = await ds
        .getRepository(entity)
        .find({ where: { [key]: In([...keys]) } as never, order, relations: joins?.relations });
      joins?.prime(rows);
      const map = new Map<number, T[]>(keys.map((k) => [k, []]));
      for (const row of rows) map.get(row[key] as number)?.push(row);
      return keys.map((k) => map.get(k) ?? []);
    }, BATCH_OPTIONS);

  /** A many-to-many through a join table: owner id → the rows on the other side, in two statements. */
  const joined = <T extends ObjectLiteral & { id: number }>(
    rowsById: DataLoader<number, T | null>,
    table: string,
    ownerColumn: string,
    otherColumn: string,
  ) =>
    new DataLoader<number, T[]>(async (owners) => {
      const links: { owner: number; other: number }[] = await ds
        .createQueryBuilder()
        .select(`j."${ownerColumn}"`, 'owner')
        .addSelect(`j."${otherColumn}"`, 'other')
        .from(table, 'j')
        .where(`j."${ownerColumn}" IN (:...owners)`, { owners: [...owners] })
        .orderBy(`j."${otherColumn}"`)
        .getRawMany();
      const rows = await rowsById.loadMany(links.map((l) => Number(l.other)));
      const map = new Map<number, T[]>(owners.map((o) => [o, []]));
      links.forEach((link, i) => {
        const row = rows[i];
        if (row && !(row instanceof Error)) map.get(Number(link.owner))?.push(row);
      });
      return owners.map((o) => map.get(o) ?? []);
    }, BATCH_OPTIONS);

  const organization = byId(Organization);
  const legalDocument = byId(LegalDocument);
  const organizationGroup = byId(OrganizationGroup);
  const user = byId(User);
  const task = byId(Task);

  // Rows fetched with a JOIN fill the loaders of the joined rows: the board's units and authors come
  // with the assignments and reports, so the statement count never depends on how batches happen to
  // fall across event-loop ticks.
  const primeOrganizations = (rows: { organization?: Organization | null }[]) => {
    for (const r of rows) if (r.organization) organization.prime(r.organization.id, r.organization);
  };

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
    tasksByPlan: new DataLoader<number, Task[]>(async (planIds) => {
      const byPlan = await manyBy(Task, 'planId', { id: 'ASC' }).loadMany([...planIds]);
      // A plan's tasks are each other's parents: Task.parent then costs nothing.
      for (const tasks of byPlan) if (!(tasks instanceof Error)) for (const t of tasks) task.prime(t.id, t);
      return byPlan.map((tasks) => (tasks instanceof Error ? tasks : inDocumentOrder(tasks)));
    }, BATCH_OPTIONS),
    childrenByTask: manyBy(Task, 'parentId', { position: 'ASC', id: 'ASC' }),
    assignmentsByTask: manyBy(
      Assignment,
      'taskId',
      { id: 'ASC' },
      { relations: { organization: true }, prime: primeOrganizations },
    ),
    assignmentsByOrganization: manyBy(Assignment, 'organizationId', { id: 'ASC' }),
    reportsByTask: manyBy(ProgressReport, 'taskId', { id: 'DESC' }),
    commentsByTask: manyBy(Comment, 'taskId', { id: 'ASC' }),
    repliesByComment: manyBy(Comment, 'replyToId', { id: 'ASC' }),
    latestReportByTask: new DataLoader<number, ProgressReport | null>(async (taskIds) => {
      const rows = await ds
        .getRepository(ProgressReport)
        .createQueryBuilder('r')
        .leftJoinAndSelect('r.organization', 'o')
        .leftJoinAndSelect('r.author', 'u')
        .where((qb) => {
          const latest = qb
            .subQuery()
            .select('MAX(l.id)')
            .from(ProgressReport, 'l')
            .where('l."taskId" IN (:...taskIds)', { taskIds: [...taskIds] })
            .groupBy('l."taskId"')
            .getQuery();
          return `r.id IN ${latest}`;
        })
        .getMany();
      primeOrganizations(rows);
      for (const r of rows) if (r.author) user.prime(r.author.id, r.author);
      const map = new Map(rows.map((r) => [r.taskId, r]));
      return taskIds.map((id) => map.get(id) ?? null);
    }, BATCH_OPTIONS),
    citedDocumentsByPlan: joined(legalDocument, 'plan_cited_document', 'planId', 'documentId'),
    monitorsByPlan: joined(organization, 'plan_monitor', 'planId', 'organizationId'),
    membersByGroup: joined(organization, 'organization_group_member', 'groupId', 'organizationId'),
    groupsByOrganization: joined(organizationGroup, 'organization_group_member', 'organizationId', 'groupId'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
