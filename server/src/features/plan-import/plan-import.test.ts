import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbSnapshot } from '../../testing/db-snapshot.js';
import { demo } from '../../testing/sample.js';
import { ADMIN, startTestServer, type TestServer } from '../../testing/test-server.js';
import { PLAN_85_TEXT_PATH } from '../../seed/sample-data.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../../../shared/src/plan-import/fixtures');
const communePlan = fs.readFileSync(path.join(FIXTURES, 'an-hiep-commune.md'), 'utf8');
const plan85Text = fs.readFileSync(PLAN_85_TEXT_PATH, 'utf8');

const REF = 'text span { start end } confidence organizationId groupCode newUnitName name flagged';
const IMPORT = `mutation($text: String!, $commit: Boolean!, $draft: PlanDraftInput, $cmid: String) {
  importPlan(text: $text, commit: $commit, draft: $draft, clientMutationId: $cmid) {
    clientMutationId
    plan { id number title parentPlan { id number } issuingOrganization { id name }
      tasks { code title deadlineKind deadlineDate recurrence parent { code }
        assignments { role organization { id name } } } }
    draft {
      documentType
      number { value span { start end } confidence }
      title { value } place { value } issuedOn { value } signerName { value } signerTitle { value }
      recipients { value }
      issuer { ${REF} }
      implements { value } parentPlan { value } parentPlanId
      documents { number type issuer issuedOn title existingId span { start end } confidence }
      tasks { code parentCode depth title body span { start end } confidence
        assignees { role ${REF} }
        deadline { kind date recurrence text span { start end } confidence } }
      standingOffice { ${REF} } monitors { ${REF} } difficultyOffice { ${REF} }
      newUnits { name kind span { start end } confidence flagged }
      warnings
    }
  }
}`;

let server: TestServer;
const tokens = {} as Record<string, string>;
let orgIds: Map<string, string>;
let groupMembers: Map<string, string[]>;

/** The draft as the client sends it back to commit, with the person's corrections applied by `edit`. */
function inputOf(draft: any): any {
  const ref = (r: any) => ({ organizationId: r.organizationId, groupCode: r.groupCode, newUnitName: r.newUnitName });
  return {
    number: draft.number.value,
    title: draft.title.value,
    issuer: ref(draft.issuer),
    issuedOn: draft.issuedOn?.value ?? null,
    place: draft.place?.value ?? null,
    signerName: draft.signerName?.value ?? null,
    signerTitle: draft.signerTitle?.value ?? null,
    recipients: draft.recipients.map((r: any) => r.value),
    documents: draft.documents
      .filter((d: any) => d.number)
      .map((d: any) => ({ number: d.number, type: d.type, issuer: d.issuer, issuedOn: d.issuedOn, title: d.title })),
    implementsNumber: draft.implements?.value ?? null,
    parentPlanNumber: draft.parentPlan?.value ?? null,
    tasks: draft.tasks.map((t: any) => ({
      code: t.code,
      parentCode: t.parentCode,
      title: t.title,
      body: t.body,
      deadlineKind: t.deadline.kind,
      deadlineDate: t.deadline.date,
      deadlineText: t.deadline.text,
      recurrence: t.deadline.recurrence,
      assignees: t.assignees.map((a: any) => ({ role: a.role, ...ref(a) })),
    })),
    standingOffice: draft.standingOffice ? ref(draft.standingOffice) : null,
    monitors: draft.monitors.map(ref),
    difficultyOffice: draft.difficultyOffice ? ref(draft.difficultyOffice) : null,
    newUnits: draft.newUnits.map((u: any) => ({ name: u.name, kind: u.kind })),
  };
}

/** What the draft says each task's assignments are, groups expanded, first role wins. */
function expectedAssignments(draftTask: any, newUnitIds: Map<string, string>): string[] {
  const seen = new Map<string, string>();
  for (const a of draftTask.assignees) {
    const ids = a.organizationId
      ? [a.organizationId]
      : a.groupCode
        ? groupMembers.get(a.groupCode)!
        : [newUnitIds.get(a.newUnitName)!];
    for (const id of ids) if (!seen.has(id)) seen.set(id, a.role);
  }
  return [...seen].map(([id, role]) => `${role}:${id}`).sort();
}

beforeAll(async () => {
  server = await startTestServer();
  for (const key of ['gddt', 'kthat', 'mttq', 'ubndhuyen']) tokens[key] = await server.login(demo(key));
  tokens.admin = await server.login(ADMIN.email, ADMIN.password);
  const orgs = await server.gql(`{ organizations { id name } organizationGroups { code members { id } } }`);
  orgIds = new Map(orgs.data!.organizations.map((o: any) => [o.name, o.id]));
  groupMembers = new Map(orgs.data!.organizationGroups.map((g: any) => [g.code, g.members.map((m: any) => m.id)]));
});
afterAll(() => server?.stop());

describe('importPlan: the draft', () => {
  it('reads the sample text against the units and documents on record, for any signed-in user', async () => {
    const before = await dbSnapshot(server.app.dataSource);
    const res = await server.gql(IMPORT, { text: plan85Text, commit: false }, tokens.gddt);
    expect(res.errors).toBeUndefined();
    const { draft, plan } = res.data!.importPlan;
    expect(plan).toBeNull();
    expect(draft.number.value).toBe('85/KH-UBND');
    expect(draft.issuer.organizationId).toBe(orgIds.get('Ủy ban nhân dân huyện Châu Thành'));
    expect(draft.tasks.map((t: any) => t.code)).toEqual([
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
    const b = draft.tasks.find((t: any) => t.code === 'II.2.b');
    expect(b).toMatchObject({ parentCode: 'II.2', depth: 2 });
    expect(b.assignees[0]).toMatchObject({ role: 'LEAD', name: 'Phòng Văn hóa - Thông tin' });
    expect(plan85Text.slice(b.assignees[0].span.start, b.assignees[0].span.end)).toBe('Phòng Văn hóa – Thông tin');
    expect(draft.standingOffice.name).toBe('Phòng Kinh tế - Hạ tầng');
    expect(draft.difficultyOffice.name).toBe('Phòng Nội vụ');
    // Every cited document is on record already, and the provincial plan 56 is tracked.
    expect(draft.documents).toHaveLength(10);
    expect(draft.documents.every((d: any) => d.existingId)).toBe(true);
    const plans = await server.gql(`{ plans { id number } }`);
    expect(draft.parentPlanId).toBe(plans.data!.plans.find((p: any) => p.number === '56/KH-UBND').id);
    expect(await dbSnapshot(server.app.dataSource)).toBe(before);
  });

  it('proposes units not on record and flags sets of units it cannot place, dropping none', async () => {
    const text = [
      'ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH',
      'Số: 7/KH-UBND',
      'Châu Thành, ngày 3 tháng 3 năm 2021',
      '',
      'KẾ HOẠCH',
      'Thử',
      '',
      'I. NHIỆM VỤ',
      '1. Các chi bộ, đảng bộ cơ sở tổ chức học tập trong quý II năm 2021.',
      '2. Trạm Y tế xã Phú Tâm chủ trì, phối hợp Phòng VH-TT tiêm chủng hằng tháng.',
    ].join('\n');
    const res = await server.gql(IMPORT, { text, commit: false }, tokens.gddt);
    expect(res.errors).toBeUndefined();
    const { draft } = res.data!.importPlan;
    const [one, two] = draft.tasks.filter((t: any) => t.depth === 1);
    expect(one.assignees).toMatchObject([{ role: 'LEAD', newUnitName: 'Các chi bộ, đảng bộ cơ sở', flagged: true }]);
    expect(two.assignees).toMatchObject([
      { role: 'LEAD', newUnitName: 'Trạm Y tế xã Phú Tâm', flagged: false },
      {
        role: 'COLLABORATOR',
        name: 'Phòng Văn hóa - Thông tin',
        organizationId: orgIds.get('Phòng Văn hóa - Thông tin'),
      },
    ]);
    expect(draft.newUnits.map((u: any) => [u.name, u.flagged])).toEqual([
      ['Các chi bộ, đảng bộ cơ sở', true],
      ['Trạm Y tế xã Phú Tâm', false],
    ]);
  });

  it('needs a sign-in', async () => {
    const res = await server.gql(IMPORT, { text: plan85Text, commit: false });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('importPlan: commit', () => {
  it('is for coordinators and administrators: other roles change nothing', async () => {
    const before = await dbSnapshot(server.app.dataSource);
    for (const key of ['gddt', 'mttq', 'ubndhuyen']) {
      const res = await server.gql(IMPORT, { text: communePlan, commit: true }, tokens[key]);
      expect(res.errors?.[0]?.extensions?.code, key).toBe('FORBIDDEN');
    }
    expect(await dbSnapshot(server.app.dataSource)).toBe(before);
  });

  it('rejects bad input naming the field, and changes nothing', async () => {
    const before = await dbSnapshot(server.app.dataSource);
    const preview = (await server.gql(IMPORT, { text: communePlan, commit: false }, tokens.admin)).data!.importPlan
      .draft;
    const cases: [unknown, string][] = [];
    const blank = await server.gql(IMPORT, { text: '   ', commit: true }, tokens.admin);
    cases.push([blank, 'text']);
    const noDate = inputOf(preview);
    noDate.tasks[1].deadlineKind = 'DATE';
    noDate.tasks[1].deadlineDate = null;
    cases.push([
      await server.gql(IMPORT, { text: communePlan, commit: true, draft: noDate }, tokens.admin),
      'draft.tasks[1].deadlineDate',
    ]);
    const notAccepted = inputOf(preview);
    notAccepted.newUnits = [];
    cases.push([
      await server.gql(IMPORT, { text: communePlan, commit: true, draft: notAccepted }, tokens.admin),
      'draft.tasks[1].assignees[2].newUnitName',
    ]);
    const unknownUnit = inputOf(preview);
    unknownUnit.tasks[2].assignees = [{ role: 'LEAD', organizationId: '999999' }];
    cases.push([
      await server.gql(IMPORT, { text: communePlan, commit: true, draft: unknownUnit }, tokens.admin),
      'draft.tasks[2].assignees[0].organizationId',
    ]);
    const orphan = inputOf(preview);
    orphan.tasks[1].parentCode = 'IX';
    cases.push([
      await server.gql(IMPORT, { text: communePlan, commit: true, draft: orphan }, tokens.admin),
      'draft.tasks[1].parentCode',
    ]);
    for (const [res, field] of cases as [any, string][]) {
      expect(res.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await dbSnapshot(server.app.dataSource)).toBe(before);
  });

  it('creates exactly what the draft says, links the plan it carries out, and a retry returns the same plan', async () => {
    const events = async () => (await server.app.dataSource.query('SELECT COUNT(*) AS n FROM activity_event'))[0].n;
    const eventsBefore = Number(await events());
    const res = await server.gql(IMPORT, { text: communePlan, commit: true, cmid: 'import-an-hiep-1' }, tokens.admin);
    expect(res.errors).toBeUndefined();
    const { draft, plan, clientMutationId } = res.data!.importPlan;
    expect(clientMutationId).toBe('import-an-hiep-1');
    expect(plan).toMatchObject({
      number: '40/KH-UBND',
      title: draft.title.value,
      parentPlan: { number: '85/KH-UBND' },
      issuingOrganization: { name: 'Xã An Hiệp' },
    });
    // The proposed unit was created.
    expect(draft.newUnits.map((u: any) => u.name)).toEqual(['Công an xã An Hiệp']);
    const orgs = await server.gql(`{ organizations { id name } }`);
    const created = orgs.data!.organizations.filter((o: any) => o.name === 'Công an xã An Hiệp');
    expect(created).toHaveLength(1);
    const newUnitIds = new Map([['Công an xã An Hiệp', created[0].id]]);

    // Task by task: code, parent, title, deadline and assignments, groups expanded.
    expect(plan.tasks.map((t: any) => t.code)).toEqual(draft.tasks.map((t: any) => t.code));
    for (const d of draft.tasks) {
      const t = plan.tasks.find((x: any) => x.code === d.code);
      expect({ parent: t.parent?.code ?? null, title: t.title, kind: t.deadlineKind }).toEqual({
        parent: d.parentCode,
        title: d.title,
        kind: d.deadline.kind,
      });
      expect(t.deadlineDate).toBe(d.deadline.date);
      expect(t.recurrence).toBe(d.deadline.recurrence);
      const made = t.assignments.map((a: any) => `${a.role}:${a.organization.id}`).sort();
      expect(made, d.code).toEqual(expectedAssignments(d, newUnitIds));
    }
    // "Các xã, thị trấn" is every commune.
    expect(plan.tasks.find((t: any) => t.code === 'I.2').assignments).toHaveLength(8 + 1);

    // The plan's document is recorded, with section III's roles.
    const detail = await server.gql(
      `query($id: ID!) { plan(id: $id) { implementsDocument { number type } citedDocuments { number } standingOffice { name } difficultyOffice { name } monitors { name } } }`,
      { id: plan.id },
      tokens.admin,
    );
    expect(detail.errors).toBeUndefined();
    expect(detail.data!.plan).toMatchObject({
      implementsDocument: { number: '85/KH-UBND', type: 'PLAN' },
      citedDocuments: [{ number: '85/KH-UBND' }],
      standingOffice: { name: 'Xã An Hiệp' },
      monitors: expect.arrayContaining([{ name: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện' }]),
    });
    // One TASK_CREATED per task and one ASSIGNMENT_CHANGED per unit or group named.
    const refs = draft.tasks.reduce((n: number, t: any) => n + t.assignees.length, 0);
    expect(Number(await events()) - eventsBefore).toBe(draft.tasks.length + refs);

    const snapshot = await dbSnapshot(server.app.dataSource);
    const retry = await server.gql(IMPORT, { text: communePlan, commit: true, cmid: 'import-an-hiep-1' }, tokens.admin);
    expect(retry.data!.importPlan.plan.id).toBe(plan.id);
    expect(await dbSnapshot(server.app.dataSource)).toBe(snapshot);

    const again = await server.gql(IMPORT, { text: communePlan, commit: true }, tokens.admin);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'draft.number' });
    expect(await dbSnapshot(server.app.dataSource)).toBe(snapshot);
  });

  it('commits the draft as the person corrected it', async () => {
    const text = communePlan.replace('Số: 40/KH-UBND', 'Số: 41/KH-UBND');
    const preview = (await server.gql(IMPORT, { text, commit: false }, tokens.admin)).data!.importPlan.draft;
    const input = inputOf(preview);
    // The person reassigns I.1 to Phòng Nội vụ alone, sets I.3's deadline, and rejects the new unit.
    const i1 = input.tasks.find((t: any) => t.code === 'I.1');
    i1.assignees = [{ role: 'LEAD', organizationId: orgIds.get('Phòng Nội vụ') }];
    const i3 = input.tasks.find((t: any) => t.code === 'I.3');
    Object.assign(i3, { deadlineKind: 'DATE', deadlineDate: '2020-12-31', deadlineText: 'Trước ngày 31/12/2020' });
    input.tasks
      .find((t: any) => t.code === 'I.2')
      .assignees.push({
        role: 'COLLABORATOR',
        organizationId: orgIds.get('Phòng Y tế'),
      });
    input.newUnits = [];
    const countOrgs = async () => (await server.gql(`{ organizations { id } }`)).data!.organizations.length;
    const orgsBefore = await countOrgs();
    const res = await server.gql(IMPORT, { text, commit: true, draft: input }, tokens.admin);
    expect(res.errors).toBeUndefined();
    const tasks = res.data!.importPlan.plan.tasks;
    const task = (code: string) => tasks.find((t: any) => t.code === code);
    expect(task('I.1').assignments).toEqual([
      { role: 'LEAD', organization: { id: orgIds.get('Phòng Nội vụ'), name: 'Phòng Nội vụ' } },
    ]);
    expect(task('I.3')).toMatchObject({ deadlineKind: 'DATE', deadlineDate: '2020-12-31', recurrence: null });
    expect(task('I.2').assignments.map((a: any) => a.organization.name)).toContain('Phòng Y tế');
    expect(await countOrgs()).toBe(orgsBefore);
  });
  // Runs last: it creates the unit the other tests find proposed as new.
  it('lets a coordinator import the plans their unit issues or coordinates, and only those', async () => {
    const before = await dbSnapshot(server.app.dataSource);
    const notTheirs = await server.gql(IMPORT, { text: communePlan, commit: true }, tokens.kthat);
    expect(notTheirs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await dbSnapshot(server.app.dataSource)).toBe(before);
    // The same plan with Phòng Kinh tế - Hạ tầng as its standing office (section II.1).
    const theirs = communePlan
      .replace('Số: 40/KH-UBND', 'Số: 42/KH-UBND')
      .replace('1. Xã An Hiệp theo dõi', '1. Phòng Kinh tế - Hạ tầng theo dõi');
    const res = await server.gql(IMPORT, { text: theirs, commit: true }, tokens.kthat);
    expect(res.errors).toBeUndefined();
    expect(res.data!.importPlan.draft.standingOffice.name).toBe('Phòng Kinh tế - Hạ tầng');
    const seen = await server.gql(
      `query($id: ID!) { plan(id: $id) { number } }`,
      { id: res.data!.importPlan.plan.id },
      tokens.kthat,
    );
    expect(seen.data!.plan.number).toBe('42/KH-UBND');
  });
});
