import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { searchTerms } from '@tiendo/shared';
import type { AppDeps } from '../../context.js';
import { badInput } from '../../graphql/errors.js';
import type { Actor } from '../../permissions/policy.js';
import { LegalDocument } from '../legal-document/legal-document.entity.js';
import { Organization } from '../organization/organization.entity.js';
import type { PlanService } from '../plan/plan.service.js';
import { Task } from '../task/task.entity.js';

const LIMIT = 50;

/** LIKE needs its wildcards escaped so that "50%" means 50%. */
const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Every term must occur in the row's folded search text. */
function whereAllTerms<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, terms: string[]) {
  return qb.andWhere(
    new Brackets((b) => {
      terms.forEach((term, i) =>
        b.andWhere(`${alias}."searchText" LIKE :t${i} ESCAPE '\\'`, { [`t${i}`]: likePattern(term) }),
      );
    }),
  );
}

export class SearchService {
  constructor(
    private readonly deps: AppDeps,
    private readonly plans: PlanService,
  ) {}

  async search(actor: Actor | null, text: string) {
    if (text.length > 200) throw badInput('text', 'Search text must be at most 200 characters');
    const terms = searchTerms(text).slice(0, 8);
    if (terms.length === 0) return { tasks: [], organizations: [], documents: [] };
    const ds = this.deps.dataSource;

    const readable = await this.plans.readablePlanIds(actor);
    const tasks = whereAllTerms(ds.getRepository(Task).createQueryBuilder('t'), 't', terms)
      .andWhere(readable === 'all' ? '1 = 1' : readable.length ? 't."planId" IN (:...readable)' : '1 = 0', { readable })
      .orderBy('t."planId"', 'DESC')
      .addOrderBy('t.position', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .limit(LIMIT);
    const organizations = whereAllTerms(ds.getRepository(Organization).createQueryBuilder('o'), 'o', terms)
      .orderBy('o.id', 'ASC')
      .limit(LIMIT);
    const documents = whereAllTerms(ds.getRepository(LegalDocument).createQueryBuilder('d'), 'd', terms)
      .orderBy('d."issuedOn"', 'ASC')
      .limit(LIMIT);

    const [t, o, d] = await Promise.all([tasks.getMany(), organizations.getMany(), documents.getMany()]);
    return { tasks: t, organizations: o, documents: d };
  }
}
