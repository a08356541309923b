import type { AppDeps } from '../../context.js';
import { notFound, parseId } from '../../graphql/errors.js';
import { deny, policy, type Actor } from '../../permissions/policy.js';
import { Plan } from './plan.entity.js';

export class PlanService {
  constructor(private readonly deps: AppDeps) {}

  /** Plans the actor may read: public ones for anonymous visitors, all for signed-in users. */
  list(actor: Actor | null): Promise<Plan[]> {
    return this.deps.dataSource.getRepository(Plan).find({
      where: actor ? {} : { isPublic: true },
      order: { issuedOn: 'DESC', id: 'DESC' },
    });
  }

  async get(actor: Actor | null, id: string | number): Promise<Plan> {
    const planId = parseId(id, 'id');
    const plan = await this.deps.dataSource.getRepository(Plan).findOneBy({ id: planId });
    if (!plan) throw notFound('Plan', id);
    if (!policy.canReadPlan(actor, plan)) deny(actor, 'This plan is not public');
    return plan;
  }
}
