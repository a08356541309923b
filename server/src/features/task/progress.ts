import { AssignmentRole, TaskStatus } from '@tiendo/shared';
import type { EntityManager } from 'typeorm';
import { Assignment } from '../assignment/assignment.entity.js';
import { Task } from './task.entity.js';

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
 */
export async function recomputeProgress(manager: EntityManager, taskId: number | null): Promise<void> {
  const tasks = manager.getRepository(Task);
  for (let id = taskId; id !== null;) {
    const task = await tasks.findOneByOrFail({ id });
    const assignments = await manager.getRepository(Assignment).find({ where: { taskId: id } });
    const children = await tasks.find({ where: { parentId: id }, select: { id: true, progress: true } });
    const progress = rollUp([
      ...assignments.filter((a) => a.role !== AssignmentRole.MONITOR).map((a) => a.progress),
      ...children.map((c) => c.progress),
    ]);
    const status = task.statusSetManually ? task.status : statusForProgress(progress);
    if (progress !== task.progress || status !== task.status) {
      // Progress is derived, so it does not bump the version a coordinator's edit is checked against.
      await tasks.update({ id }, { progress, status });
    }
    id = task.parentId;
  }
}
