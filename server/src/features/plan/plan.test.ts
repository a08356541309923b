import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

const PLAN_QUERY = `{
  plans { id number parentPlan { number } implementsDocument { number }
    standingOffice { name } difficultyOffice { name } monitors { name } recipients isPublic signerName issuedOn
    citedDocuments { number type issuedOn }
    tasks { code title deadlineKind deadlineDate deadlineText recurrence overdue parent { code }
      assignments { role viaGroup { code } organization { name kind } } } } }`;

type PlanData = {
  plans: {
    number: string;
    tasks: {
      code: string;
      deadlineKind: string;
      deadlineDate: string | null;
      parent: { code: string } | null;
      assignments: { role: string; viaGroup: { code: string } | null; organization: { name: string; kind: string } }[];
    }[];
    [k: string]: unknown;
  }[];
};

describe('the sample plan 85/KH-UBND', () => {
  it('has every task of domain.md in document order, with its tree', async () => {
    const res = await server.gql<PlanData>(PLAN_QUERY);
    expect(res.errors).toBeUndefined();
    const plan = res.data!.plans.find((p) => p.number === '85/KH-UBND')!;
    expect(plan.tasks.map((t) => t.code)).toEqual([
      'II',
      'II.1',
      'II.2',
      'II.2.a',
      'II.2.b',
      'II.3',
      'II.3.a',
      'II.3.b',
      'II.3.c',
      'II.3.d',
      'II.4',
      'III',
      'III.1',
      'III.2',
      'III.3',
    ]);
    const parentOf = Object.fromEntries(plan.tasks.map((t) => [t.code, t.parent?.code ?? null]));
    expect(parentOf['II.3.b']).toBe('II.3');
    expect(parentOf['II.3']).toBe('II');
    expect(parentOf['II']).toBeNull();
    expect(parentOf['III.1']).toBe('III');
  });

  it('has the plan’s metadata: cascade, roles of section III, recipients, cited documents', async () => {
    const res = await server.gql<PlanData>(PLAN_QUERY);
    const plan = res.data!.plans.find((p) => p.number === '85/KH-UBND')! as Record<string, any>;
    expect(plan.parentPlan.number).toBe('56/KH-UBND');
    expect(plan.implementsDocument.number).toBe('142/QĐ-TTg');
    expect(plan.standingOffice.name).toBe('Phòng Kinh tế - Hạ tầng');
    expect(plan.difficultyOffice.name).toBe('Phòng Nội vụ');
    expect(plan.monitors.map((m: { name: string }) => m.name)).toContain('Ủy ban Mặt trận Tổ quốc Việt Nam huyện');
    expect(plan.signerName).toBe('Trần Quốc Thắng');
    expect(plan.issuedOn).toBe('2020-06-12');
    expect(plan.recipients).toContain('Cổng thông tin điện tử huyện');
    expect(plan.citedDocuments.map((d: { number: string }) => d.number).sort()).toEqual(
      [
        '14/2014/QĐ-TTg',
        '142/QĐ-TTg',
        '163/QĐ-TTg',
        '1659/QĐ-TTg',
        '20-CTr/TU',
        '23/QĐ-UBND',
        '27-NQ/TW',
        '42-CT/TW',
        '52-KL/TW',
        '56/KH-UBND',
      ].sort(),
    );
  });

  it('assigns leads and collaborators as domain.md says, expanding groups to each member', async () => {
    const res = await server.gql<PlanData>(PLAN_QUERY);
    const tasks = res.data!.plans.find((p) => p.number === '85/KH-UBND')!.tasks;
    const byCode = Object.fromEntries(tasks.map((t) => [t.code, t]));
    const names = (code: string, role: string) =>
      byCode[code]!.assignments.filter((a) => a.role === role).map((a) => a.organization.name);
    const communes = (code: string, role: string) =>
      byCode[code]!.assignments.filter((a) => a.role === role && a.organization.kind === 'COMMUNE');

    expect(names('II.2.b', 'LEAD')).toEqual(['Phòng Văn hóa - Thông tin']);
    expect(names('II.2.b', 'COLLABORATOR').sort()).toEqual(
      ['Phòng Kinh tế - Hạ tầng', 'Đài Truyền thanh huyện'].sort(),
    );
    expect(names('II.3.b', 'LEAD')).toEqual(['Phòng Kinh tế - Hạ tầng']);
    expect(names('II.3.c', 'LEAD')).toEqual(['Phòng Giáo dục và Đào tạo']);
    expect(names('II.3.d', 'LEAD')).toEqual(['Phòng Nội vụ']);
    expect(names('II.4', 'LEAD')).toEqual(['Phòng Kinh tế - Hạ tầng']);
    expect(names('II.4', 'COLLABORATOR')).toContain('Phòng Tài chính - Kế hoạch');
    expect(names('III.1', 'LEAD')).toEqual(['Phòng Kinh tế - Hạ tầng']);
    expect(names('III.3', 'LEAD')).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam huyện']);

    // "các xã, thị trấn" expands to the 8 communes, each assigned on its own and marked as via the group.
    for (const [code, role] of [
      ['II.2.a', 'LEAD'],
      ['II.3.a', 'LEAD'],
      ['II.3.b', 'COLLABORATOR'],
      ['II.4', 'COLLABORATOR'],
      ['III.1', 'COLLABORATOR'],
      ['III.2', 'LEAD'],
    ] as const) {
      const list = communes(code, role);
      expect(list, `${code} ${role}`).toHaveLength(8);
      expect(list.every((a) => a.viaGroup?.code === 'COMMUNES')).toBe(true);
    }
    // A unit named on its own keeps its role even when a group it belongs to is also named.
    expect(names('II.3.b', 'COLLABORATOR')).not.toContain('Phòng Kinh tế - Hạ tầng');
    // Offices: all 13 of the district lead II.2.a along with the communes.
    expect(names('II.2.a', 'LEAD')).toHaveLength(13 + 8);
  });

  it('marks deadlines: II.2.a due 30/06/2020, ongoing and recurring ones as such', async () => {
    const res = await server.gql<PlanData>(PLAN_QUERY);
    const byCode = Object.fromEntries(
      res.data!.plans.find((p) => p.number === '85/KH-UBND')!.tasks.map((t) => [t.code, t]),
    );
    expect(byCode['II.2.a']).toMatchObject({ deadlineKind: 'DATE', deadlineDate: '2020-06-30' });
    expect(byCode['II.1']).toMatchObject({ deadlineKind: 'ONGOING', deadlineDate: null });
    expect(byCode['III.3']).toMatchObject({ deadlineKind: 'ONGOING' });
    expect(byCode['III.1']).toMatchObject({ deadlineKind: 'RECURRING', recurrence: 'YEARLY' });
    // 30/06/2020 has long passed and nobody reported: overdue.
    expect(byCode['II.2.a']).toMatchObject({ overdue: true });
  });

  it('lists the district’s units: 8 communes, the Front and its member organisations', async () => {
    const res = await server.gql<{
      organizations: { kind: string }[];
      organizationGroups: { code: string; members: unknown[] }[];
    }>('{ organizations { kind } organizationGroups { code members { name } } }');
    const kinds = res.data!.organizations.map((o) => o.kind);
    expect(kinds.filter((k) => k === 'COMMUNE')).toHaveLength(8);
    expect(kinds.filter((k) => k === 'FRONT')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'MASS_ORGANIZATION')).toHaveLength(5);
    const communes = res.data!.organizationGroups.find((g) => g.code === 'COMMUNES')!;
    expect(communes.members).toHaveLength(8);
  });
});
