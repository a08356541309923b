import type { EntityManager } from 'typeorm';
import type { ActivityType } from '@tiendo/shared';
import { insertRow } from '../../db/rows.js';
import { param, queryRows } from '../../db/sql.js';
import { ActivityEvent } from './activity-event.entity.js';

export interface NewActivity {
  planId: number;
  type: ActivityType;
  actorId: number | null;
  organizationId?: number | null;
  taskId?: number | null;
  reportId?: number | null;
  commentId?: number | null;
  obstacleId?: number | null;
  findingId?: number | null;
  changes?: Record<string, { from: unknown; to: unknown }> | null;
}

/**
 * Appends an event to the plan's activity log inside the caller's write transaction. The sequence
 * number is allocated by the database (UPDATE … RETURNING), never in memory, so it stays gap-free
 * per plan whichever process writes.
 */
export async function appendActivity(manager: EntityManager, activity: NewActivity): Promise<ActivityEvent> {
  const rows = await queryRows<{ lastActivitySeq: number }>(
    manager,
    `UPDATE "plan" SET "lastActivitySeq" = "lastActivitySeq" + 1 WHERE "id" = ${param(manager, 1)} RETURNING "lastActivitySeq"`,
    [activity.planId],
  );
  const seq = rows[0]?.lastActivitySeq;
  if (seq === undefined) throw new Error(`plan ${activity.planId} does not exist`);
  const values = {
    planId: activity.planId,
    seq,
    type: activity.type,
    at: new Date(),
    actorId: activity.actorId,
    organizationId: activity.organizationId ?? null,
    taskId: activity.taskId ?? null,
    reportId: activity.reportId ?? null,
    commentId: activity.commentId ?? null,
    obstacleId: activity.obstacleId ?? null,
    findingId: activity.findingId ?? null,
    changes: activity.changes ?? null,
  };
  // Plain SQL: every write appends an event (bench/findings.md, figure 2).
  const id = await insertRow(manager, ActivityEvent, values);
  return Object.assign(new ActivityEvent(), { id, ...values });
}
