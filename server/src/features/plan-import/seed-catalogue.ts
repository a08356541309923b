import type { UnitCatalogue } from '@tiendo/shared';
import type { SeedGroup, SeedOrganization } from '../../seed/chau-thanh.js';

/** The sample district as a unit catalogue keyed by the seed's unit keys (tests, the CLI without a database). */
export function catalogueFromSeed(organizations: SeedOrganization[], groups: SeedGroup[]): UnitCatalogue {
  return {
    units: organizations.map((o) => ({
      key: o.key,
      name: o.name,
      shortName: o.shortName,
      kind: o.kind,
      parentKey: o.parent ?? null,
    })),
    groups: groups.map((g) => ({ code: g.code, name: g.name, members: g.members })),
  };
}
