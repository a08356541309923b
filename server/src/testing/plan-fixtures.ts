import type { TestServer } from './test-server.js';

export interface SamplePlan {
  id: string;
  tasks: Record<string, { id: string; version: number }>;
  orgs: Record<string, string>;
  groups: Record<string, string>;
}

/** Ids of plan 85's tasks by code, of units by short name, and of groups by code. */
export async function samplePlan(server: TestServer): Promise<SamplePlan> {
  const res = await server.gql(`{
    plans { id number tasks { id code version } }
    organizations { id shortName }
    organizationGroups { id code }
  }`);
  const plan = res.data!.plans.find((p: { number: string }) => p.number === '85/KH-UBND');
  return {
    id: plan.id,
    tasks: Object.fromEntries(plan.tasks.map((t: { id: string; code: string; version: number }) => [t.code, t])),
    orgs: Object.fromEntries(
      res.data!.organizations.map((o: { id: string; shortName: string }) => [o.shortName, o.id]),
    ),
    groups: Object.fromEntries(res.data!.organizationGroups.map((g: { id: string; code: string }) => [g.code, g.id])),
  };
}
