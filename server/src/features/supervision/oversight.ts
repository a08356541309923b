import { Field, Int, ObjectType } from 'type-graphql';
import { AssignmentRole, FindingStatus, ObstacleStatus, TaskStatus } from '@tiendo/shared';
import { In, Not } from 'typeorm';
import type { AppDeps } from '../../context.js';
import { badInput } from '../../graphql/errors.js';
import { deny, policy, requireActor, type Actor } from '../../permissions/policy.js';
import { Assignment } from '../assignment/assignment.entity.js';
import { Obstacle } from '../obstacle/obstacle.entity.js';
import type { PlanService } from '../plan/plan.service.js';
import { inDocumentOrder } from '../task/task-tree.js';
import { Task } from '../task/task.entity.js';
import type { TaskService } from '../task/task.service.js';
import { SupervisionFinding } from './finding.entity.js';
import type { FindingService } from './finding.service.js';

/** What monitors watch on a plan: findings, late tasks, silent tasks, open difficulties. */
@ObjectType({ description: 'The oversight view of a plan (giám sát): what needs chasing.' })
export class Oversight {
  @Field(() => [Task], { description: 'Tasks with at least one finding, in document order.' })
  tasksWithFindings!: Task[];

  @Field(() => [Task], { description: 'Dated tasks past their deadline and not done.' })
  overdueTasks!: Task[];

  @Field(() => [Task], { description: 'Leaf tasks being worked on with no report in the last staleDays days.' })
  staleTasks!: Task[];

  @Field(() => [SupervisionFinding], { description: 'Unanswered findings past their due day.' })
  overdueFindings!: SupervisionFinding[];

  @Field(() => [SupervisionFinding], { description: 'Every unanswered finding.' })
  openFindings!: SupervisionFinding[];

  @Field(() => [Obstacle], { description: 'Difficulties not yet answered.' })
  openObstacles!: Obstacle[];

  @Field(() => Int)
  staleDays!: number;
}

export class OversightService {
  constructor(
    private readonly deps: AppDeps,
    private readonly plans: PlanService,
    private readonly tasks: TaskService,
    private readonly findings: FindingService,
  ) {}

  async forPlan(actorOrNull: Actor | null, planId: string, staleDays: number): Promise<Oversight> {
    const actor = requireActor(actorOrNull);
    if (!Number.isInteger(staleDays) || staleDays < 1 || staleDays > 3650) {
      throw badInput('staleDays', 'staleDays must be 1–3650');
    }
    const plan = await this.plans.get(actor, planId, 'planId');
    if (!policy.canOversee(actor, plan)) deny(actor, 'The oversight view is for monitors, leadership and coordinators');
    const ds = this.deps.dataSource;
    const [tasks, findings, obstacles] = await Promise.all([
      ds.getRepository(Task).findBy({ planId: plan.id }),
      ds.getRepository(SupervisionFinding).find({ where: { planId: plan.id }, order: { id: 'ASC' } }),
      ds.getRepository(Obstacle).find({
        where: { planId: plan.id, status: Not(ObstacleStatus.RESOLVED) },
        order: { id: 'ASC' },
      }),
    ]);
    const ordered = inDocumentOrder(tasks);
    const working = new Set(
      (
        await ds.getRepository(Assignment).find({
          select: { taskId: true },
          where: { taskId: In(tasks.map((t) => t.id)), role: Not(AssignmentRole.MONITOR) },
        })
      ).map((a) => a.taskId),
    );
    const parents = new Set(tasks.map((t) => t.parentId).filter((p) => p !== null));
    const cutoff = this.deps.clock().getTime() - staleDays * 86_400_000;
    const withFindings = new Set(findings.map((f) => f.taskId));
    return Object.assign(new Oversight(), {
      staleDays,
      tasksWithFindings: ordered.filter((t) => withFindings.has(t.id)),
      overdueTasks: ordered.filter((t) => this.tasks.isOverdue(t)),
      staleTasks: ordered.filter(
        (t) =>
          !parents.has(t.id) &&
          working.has(t.id) &&
          t.status !== TaskStatus.DONE &&
          (t.lastReportAt === null || t.lastReportAt.getTime() < cutoff),
      ),
      openFindings: findings.filter((f) => f.status === FindingStatus.OPEN),
      overdueFindings: findings.filter((f) => this.findings.isOverdue(f)),
      openObstacles: obstacles,
    });
  }
}
