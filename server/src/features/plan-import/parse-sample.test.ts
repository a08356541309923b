// The draft of the sample plan's text, item by item against the hand-entered truth of plan 85
// (server/src/seed/plan-85.ts, chau-thanh.ts) and ../shared/domain.md. Pure: no server.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AssignmentRole, DeadlineKind, parsePlanText, type DraftTask, type PlanDraft } from '@tiendo/shared';
import { documents, groups, organizations } from '../../seed/chau-thanh.js';
import { plan85, type SeedTask } from '../../seed/plan-85.js';
import { PLAN_85_TEXT_PATH } from '../../seed/sample-data.js';
import { catalogueFromSeed } from './seed-catalogue.js';

const text = fs.readFileSync(PLAN_85_TEXT_PATH, 'utf8');
const draft: PlanDraft = parsePlanText(text, { catalogue: catalogueFromSeed(organizations, groups), documents });

const flat = (ts: DraftTask[]): DraftTask[] => ts.flatMap((t) => [t, ...flat(t.children)]);
const seedFlat = (ts: SeedTask[]): SeedTask[] => ts.flatMap((t) => [t, ...seedFlat(t.children ?? [])]);
const tasks = new Map(flat(draft.tasks).map((t) => [t.code, t]));
const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);

/** "Các cơ quan, đơn vị có liên quan" is a group without members: the seed leaves it out. */
const who = (t: DraftTask, role: AssignmentRole) =>
  t.assignees
    .filter((a) => a.role === role && a.groupCode !== 'RELATED_BODIES')
    .map((a) => a.unitKey ?? a.groupCode ?? `new:${a.newUnitName}`)
    .sort();

describe('the draft of plan 85/KH-UBND', () => {
  it('reads the header: number (despite the stray space), place, date, issuer, title, signer', () => {
    expect(draft.number?.value).toBe(plan85.number);
    expect(slice(draft.number!.span)).toBe('85 /KH-UBND');
    expect(draft.place?.value).toBe(plan85.place);
    expect(draft.issuedOn?.value).toBe(plan85.issuedOn);
    expect(draft.issuer?.unitKey).toBe(plan85.issuer);
    expect(draft.title?.value).toBe(plan85.title);
    expect(draft.signerName?.value).toBe(plan85.signerName);
    expect(draft.signerTitle?.value).toBe(plan85.signerTitle);
    expect(draft.recipients.map((r) => r.value)).toEqual(plan85.recipients);
    expect(slice(draft.recipients[0]!.span)).toBe('UBND tỉnh');
  });

  it('finds every cited document with its type, issuer and date', () => {
    expect(draft.documents.map((d) => d.number).sort()).toEqual([...plan85.cites].sort());
    for (const seed of documents) {
      const d = draft.documents.find((x) => x.number === seed.number);
      expect(d, seed.number).toBeDefined();
      expect({ number: d!.number, type: d!.type, issuer: d!.issuer, issuedOn: d!.issuedOn }).toEqual({
        number: seed.number,
        type: seed.type,
        issuer: seed.issuer,
        issuedOn: seed.issuedOn,
      });
    }
    // Cited by name only; resolved against the known documents.
    expect(slice(draft.documents.find((d) => d.number === '27-NQ/TW')!.span)).toBe('Nghị quyết Trung ương 7 khóa X');
  });

  it('knows what the plan carries out and which plan it follows', () => {
    expect(draft.implements?.value).toBe(plan85.implements);
    expect(draft.parentPlan?.value).toBe(plan85.parentPlanNumber);
  });

  it('proposes exactly the tasks of the seed, in the same tree', () => {
    const shape = (ts: { code: string; children?: unknown[] }[]): unknown[] =>
      ts.map((t) => [t.code, shape((t.children ?? []) as { code: string }[])]);
    expect(shape(draft.tasks)).toEqual(shape(plan85.tasks));
  });

  for (const seed of seedFlat(plan85.tasks)) {
    it(`task ${seed.code}: leads, collaborators, deadline`, () => {
      const t = tasks.get(seed.code)!;
      expect(t).toBeDefined();
      const seedWho = (role: AssignmentRole) =>
        (seed.assignees ?? [])
          .filter((a) => a.role === role)
          .map((a) => a.unit)
          .sort();
      expect(who(t, AssignmentRole.LEAD)).toEqual(seedWho(AssignmentRole.LEAD));
      expect(who(t, AssignmentRole.COLLABORATOR)).toEqual(seedWho(AssignmentRole.COLLABORATOR));
      expect(t.deadline.kind).toBe(seed.deadline.kind);
      if (seed.deadline.kind === DeadlineKind.DATE) expect(t.deadline.date).toBe(seed.deadline.date);
      if (seed.deadline.kind === DeadlineKind.RECURRING) expect(t.deadline.recurrence).toBe(seed.deadline.period);
      expect(t.deadline.text ?? undefined).toBe(seed.deadline.text);
      // Every task points at its own numbered item in the text.
      expect(slice(t.span).startsWith(seed.code.split('.').pop()!)).toBe(true);
      expect(t.confidence).toBeGreaterThan(0);
    });
  }

  it('takes titles from the headings, and from the first clause where an item has none', () => {
    for (const code of ['II', 'II.1', 'II.2', 'II.3', 'II.4', 'III']) {
      const seed = seedFlat(plan85.tasks).find((s) => s.code === code)!;
      expect(tasks.get(code)!.title).toBe(seed.title);
    }
    // The seed's titles of lettered items are hand-written summaries; the draft starts where the text does.
    expect(tasks.get('II.2.a')!.title).toMatch(/^Tổ chức tuyên truyền, quán triệt/);
    expect(tasks.get('II.2.b')!.title).toMatch(/^Tăng cường công tác thông tin, tuyên truyền/);
    expect(tasks.get('II.3.a')!.title).toMatch(/^Rà soát quy định của pháp luật/);
    expect(tasks.get('II.3.b')!.title).toContain('cơ chế, chính sách khuyến khích doanh nghiệp');
    expect(tasks.get('II.3.c')!.title).toMatch(/^Tham mưu đề xuất xây dựng và tổ chức thực hiện chương trình đào tạo/);
    expect(tasks.get('II.3.d')!.title).toContain('thu hút nhân lực trình độ cao');
    expect(tasks.get('III.1')!.title).toMatch(/^Triển khai thực hiện/);
    expect(tasks.get('III.2')!.title).toMatch(/^Tổ chức quán triệt, cụ thể hóa/);
    expect(tasks.get('III.3')!.title).toMatch(/^Tham gia phối hợp triển khai/);
    expect(tasks.get('II.1')!.body.split('\n')).toHaveLength(3);
    expect(tasks.get('II.3.d')!.body).toContain('Quyết định 163/QĐ-TTg');
  });

  it('reads section III: standing office, monitors, and the office that takes difficulties', () => {
    expect(draft.standingOffice?.unitKey).toBe(plan85.standingOffice);
    expect(draft.monitors.map((m) => m.unitKey)).toEqual(plan85.monitors);
    expect(draft.difficultyOffice?.unitKey).toBe(plan85.difficultyOffice);
    expect(slice(draft.difficultyOffice!.span)).toBe('Phòng Nội vụ');
  });

  it('spans point at the source of each unit and deadline', () => {
    const b = tasks.get('II.2.b')!;
    expect(b.assignees.map((a) => slice(a.span))).toContain('Phòng Văn hóa – Thông tin');
    expect(slice(tasks.get('II.2.a')!.deadline.span!)).toBe('Trong quý II năm 2020');
  });

  it('knows every unit it names: nothing proposed as new, no warning', () => {
    expect(draft.newUnits).toEqual([]);
    expect(draft.warnings).toEqual([]);
  });
});
