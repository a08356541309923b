import { AssignmentRole, TaskStatus } from '@tiendo/shared';
import type { EntityManager } from 'typeorm';
import { param, queryRows, sqlBoolean } from '../../db/sql.js';

/** The status progress implies: nothing yet, under way, or done. */
export function statusForProgress(progress: number): TaskStatus {
  if (progress >= 100) return TaskStatus.DONE;
  if (progress > 0) return TaskStatus.IN_PROGRESS;
  return TaskStatus.NOT_STARTED;
}

/** The mean of the parts, rounded; 0 when there is none. */
export function rollUp(parts: number[]): number {
  return parts.length ? Math.round(parts.reduce((s, p) => s + p, 0) / parts.length) : 0;
}

/**
 * Recomputes a task's progress from its working assignees (not monitors) and its subtasks, then
 * does the same for each ancestor. A task whose status a coordinator set keeps that status.
 * Plain SQL, one statement per level (plus an update when it changed): every progress report runs
 * this (bench/findings.md, figure 2).
 */
export async function recomputeProgress(manager: EntityManager, taskId: number | null): Promise<void> {
  const p = (n: number) => param(manager, n);
  const monitor = AssignmentRole.MONITOR;
  for (let id = taskId; id !== null;) {
    const [task] = await queryRows<{
      parentId: number | null;
      progress: number;
      status: TaskStatus;
      manual: boolean | number;
      total: number | string | null;
      parts: number | string;
    }>(
      manager,
      `SELECT t."parentId" AS "parentId", t."progress" AS "progress", t."status" AS "status",
              t."statusSetManually" AS "manual", s."total" AS "total", s."parts" AS "parts"
         FROM "task" t,
              (SELECT SUM(x."progress") AS "total", COUNT(*) AS "parts" FROM (
                 SELECT a."progress" FROM "assignment" a WHERE a."taskId" = ${p(1)} AND a."role" <> ${p(2)}
                 UNION ALL
                 SELECT c."progress" FROM "task" c WHERE c."parentId" = ${p(3)}) x) s
        WHERE t."id" = ${p(4)}`,
      [id, monitor, id, id],
    );
    if (!task) throw new Error(`task ${id} does not exist`);
    // PostgreSQL returns SUM and COUNT as bigint strings.
    const parts = Number(task.parts);
    const progress = parts ? Math.round(Number(task.total) / parts) : 0;
    const status = sqlBoolean(task.manual) ? task.status : statusForProgress(progress);
    if (progress !== task.progress || status !== task.status) {
      // Progress is derived, so it does not bump the version a coordinator's edit is checked against.
      await queryRows(
        manager,
        `UPDATE "task" SET "progress" = ${p(1)}, "status" = ${p(2)}, "updatedAt" = CURRENT_TIMESTAMP WHERE "id" = ${p(3)}`,
        [progress, status, id],
      );
    }
    id = task.parentId;
  }
}
