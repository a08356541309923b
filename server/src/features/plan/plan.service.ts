import { Brackets } from 'typeorm';
import type { AppDeps } from '../../context.js';
import { notFound, parseId } from '../../graphql/errors.js';
import { deny, policy, type Actor } from '../../permissions/policy.js';
import { Assignment } from '../assignment/assignment.entity.js';
import { Task } from '../task/task.entity.js';
import { Plan } from './plan.entity.js';

export class PlanService {
  constructor(private readonly deps: AppDeps) {}

  /** Plans the actor may read, newest first. */
  async list(actor: Actor | null): Promise<Plan[]> {
    const qb = this.deps.dataSource.getRepository(Plan).createQueryBuilder('p');
    const readable = await this.readablePlanIds(actor);
    if (readable !== 'all') qb.where(readable.length ? 'p.id IN (:...ids)' : '1 = 0', { ids: readable });
    return qb.orderBy('p."issuedOn"', 'DESC').addOrderBy('p.id', 'DESC').getMany();
  }

  async get(actor: Actor | null, id: string | number, field = 'id'): Promise<Plan> {
    const plan = await this.deps.dataSource.getRepository(Plan).findOneBy({ id: parseId(id, field) });
    if (!plan) throw notFound('Plan', id);
    await this.assertReadable(actor, plan);
    return plan;
  }

  async canRead(actor: Actor | null, plan: Plan): Promise<boolean> {
    if (plan.isPublic || !actor || policy.seesEveryPlan(actor) || actor.organizationId === null) {
      return policy.canReadPlan(actor, plan, false);
    }
    return policy.canReadPlan(actor, plan, await this.involves(plan, actor.organizationId));
  }

  /** Throws UNAUTHENTICATED or FORBIDDEN when the actor may not read the plan. */
  async assertReadable(actor: Actor | null, plan: Plan): Promise<void> {
    if (!(await this.canRead(actor, plan))) deny(actor, 'You may not see this plan');
  }

  /** Ids of the plans the actor may read, or 'all'. */
  async readablePlanIds(actor: Actor | null): Promise<number[] | 'all'> {
    if (policy.seesEveryPlan(actor)) return 'all';
    const org = actor?.organizationId ?? null;
    const qb = this.deps.dataSource
      .getRepository(Plan)
      .createQueryBuilder('p')
      .select('p.id', 'id')
      .where('p."isPublic" = :pub', { pub: true });
    if (org !== null) {
      qb.orWhere(
        new Brackets((b) =>
          b
            .where(':org IN (p."issuingOrganizationId", p."standingOfficeId", p."difficultyOfficeId")', { org })
            .orWhere('p.id IN (SELECT m."planId" FROM plan_monitor m WHERE m."organizationId" = :org)')
            .orWhere(
              `p.id IN (SELECT t."planId" FROM ${this.table(Task)} t JOIN ${this.table(Assignment)} a ON a."taskId" = t.id WHERE a."organizationId" = :org)`,
            ),
        ),
      );
    }
    return (await qb.getRawMany<{ id: number }>()).map((r) => Number(r.id));
  }

  /** Whether the unit issued, coordinates, monitors or works on the plan. */
  private async involves(plan: Plan, organizationId: number): Promise<boolean> {
    if ([plan.issuingOrganizationId, plan.standingOfficeId, plan.difficultyOfficeId].includes(organizationId))
      return true;
    const ds = this.deps.dataSource;
    const assigned = await ds
      .getRepository(Assignment)
      .createQueryBuilder('a')
      .innerJoin(Task, 't', 't.id = a."taskId"')
      .where('t."planId" = :plan AND a."organizationId" = :org', { plan: plan.id, org: organizationId })
      .getExists();
    if (assigned) return true;
    const monitors: unknown[] = await ds
      .createQueryBuilder()
      .select('1')
      .from('plan_monitor', 'm')
      .where('m."planId" = :plan AND m."organizationId" = :org', { plan: plan.id, org: organizationId })
      .getRawMany();
    return monitors.length > 0;
  }

  private table(entity: typeof Task | typeof Assignment): string {
    return `"${this.deps.dataSource.getMetadata(entity).tableName}"`;
  }
}
