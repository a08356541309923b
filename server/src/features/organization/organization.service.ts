import { In } from 'typeorm';
import { foldVietnamese, type OrganizationKind } from '@tiendo/shared';
import type { AppDeps } from '../../context.js';
import { Organization, OrganizationGroup } from './organization.entity.js';

export class OrganizationService {
  constructor(private readonly deps: AppDeps) {}

  list(kinds?: OrganizationKind[] | null): Promise<Organization[]> {
    return this.deps.dataSource.getRepository(Organization).find({
      where: kinds?.length ? { kind: In(kinds) } : {},
      order: { kind: 'ASC', id: 'ASC' },
    });
  }

  listGroups(): Promise<OrganizationGroup[]> {
    return this.deps.dataSource.getRepository(OrganizationGroup).find({ order: { id: 'ASC' } });
  }
}

/** The text an organization is found by, without diacritics. */
export function organizationSearchText(o: { name: string; shortName: string }): string {
  return foldVietnamese(`${o.name} ${o.shortName}`);
}
