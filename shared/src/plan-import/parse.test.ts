// Hand-written variants: another numbering style and other units (one unknown), the articles of a
// decision, a table of tasks with deadlines; and the deadline and unit forms plans use.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AssignmentRole, DeadlineKind, LegalDocumentType, OrganizationKind, RecurrencePeriod } from '../enums.js';
import { findDeadline } from './deadlines.js';
import { myTu } from './fixtures/catalogue.js';
import { parsePlanText } from './parse.js';
import type { DraftTask, PlanDraft } from './types.js';

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');
const flat = (ts: DraftTask[]): DraftTask[] => ts.flatMap((t) => [t, ...flat(t.children)]);
const byCode = (d: PlanDraft) => new Map(flat(d.tasks).map((t) => [t.code, t]));
const who = (t: DraftTask, role: AssignmentRole) =>
  t.assignees.filter((a) => a.role === role).map((a) => a.unitKey ?? a.groupCode ?? `new:${a.newUnitName}`);
const deadline = (t: DraftTask) => [t.deadline.kind, t.deadline.date ?? t.deadline.recurrence ?? t.deadline.text];

describe('another numbering style (1. / 2.1. / a), plain text) and other units', () => {
  const text = fixture('other-numbering.txt');
  const d = parsePlanText(text, { catalogue: myTu });
  const t = byCode(d);

  it('reads the header from plain lines', () => {
    expect(d.number?.value).toBe('12/KH-UBND');
    expect(d.place?.value).toBe('Mỹ Tú');
    expect(d.issuedOn?.value).toBe('2021-03-05');
    expect(d.issuer?.unitKey).toBe('ubnd');
    expect(d.title?.value).toBe('Kế hoạch triển khai công tác chuyển đổi số trên địa bàn huyện năm 2021');
    expect(d.signerTitle?.value).toBe('KT. CHỦ TỊCH, PHÓ CHỦ TỊCH');
    expect(d.signerName?.value).toBe('Nguyễn Văn An');
    expect(d.recipients.map((r) => r.value)).toEqual(['UBND tỉnh', 'Các xã, thị trấn', 'Lưu: VT']);
    expect(d.parentPlan?.value).toBe('30/KH-UBND');
    expect(d.documents).toMatchObject([
      {
        number: '30/KH-UBND',
        type: LegalDocumentType.PLAN,
        issuer: 'Ủy ban nhân dân tỉnh Sóc Trăng',
        issuedOn: '2021-02-15',
      },
    ]);
  });

  it('builds the tree from decimal codes, skipping the purpose section', () => {
    expect([...t.keys()]).toEqual(['2', '2.1', '2.1.a', '2.1.b', '2.2', '2.2.a', '2.2.b', '2.3', '3', '3.1', '3.2']);
    expect(t.get('2.1')!.title).toBe('Tuyên truyền về chuyển đổi số');
  });

  it('resolves units whatever the dash, case or diacritics', () => {
    expect(who(t.get('2.1.a')!, AssignmentRole.LEAD)).toEqual(['ttvh']);
    // "phong noi vu", written without diacritics or capitals.
    expect(who(t.get('2.1.a')!, AssignmentRole.COLLABORATOR)).toEqual(['noivu', 'COMMUNES']);
    // "Phòng Tài chính-Kế hoạch" and "PHÒNG TÀI CHÍNH - KẾ HOẠCH:" as lead of its point.
    expect(who(t.get('2.1.b')!, AssignmentRole.COLLABORATOR)).toEqual(['tckh']);
    expect(who(t.get('2.2.a')!, AssignmentRole.LEAD)).toEqual(['tckh']);
    expect(t.get('2.2.a')!.title).toBe('Cân đối kinh phí cho chuyển đổi số trong tháng 9/2021');
    expect(who(t.get('2.2.b')!, AssignmentRole.LEAD)).toEqual(['COMMUNES']);
    expect(who(t.get('2.3')!, AssignmentRole.LEAD)).toEqual(['gddt']);
  });

  it('proposes an unknown unit as new, with its span, instead of dropping it', () => {
    expect(who(t.get('2.1.b')!, AssignmentRole.LEAD)).toEqual(['new:Công an huyện']);
    expect(d.newUnits).toHaveLength(1);
    const u = d.newUnits[0]!;
    expect(u).toMatchObject({ name: 'Công an huyện', kind: OrganizationKind.OTHER });
    expect(text.slice(u.span.start, u.span.end)).toBe('Công an huyện');
    expect(u.confidence).toBeLessThan(0.5);
  });

  it('reads each deadline form', () => {
    expect(deadline(t.get('2.1.a')!)).toEqual([DeadlineKind.DATE, '2021-09-30']);
    expect(deadline(t.get('2.1.b')!)).toEqual([DeadlineKind.RECURRING, RecurrencePeriod.HALF_YEARLY]);
    expect(deadline(t.get('2.2.a')!)).toEqual([DeadlineKind.DATE, '2021-09-30']);
    expect(deadline(t.get('2.2.b')!)).toEqual([DeadlineKind.RECURRING, RecurrencePeriod.QUARTERLY]);
    expect(deadline(t.get('2.3')!)).toEqual([DeadlineKind.DATE, '2022-12-31']);
    expect(deadline(t.get('3.1')!)).toEqual([DeadlineKind.RECURRING, RecurrencePeriod.YEARLY]);
    expect(t.get('3.1')!.deadline.text).toBe('Định kỳ hằng năm');
  });

  it('finds the standing office, the monitors and the difficulty office', () => {
    expect(d.standingOffice?.unitKey).toBe('noivu');
    expect(d.monitors.map((m) => m.unitKey)).toEqual(['mttq', 'nongdan', 'huyendoan']);
    expect(d.difficultyOffice?.unitKey).toBe('tckh');
  });
});

describe('the articles (Điều) of a decision', () => {
  const d = parsePlanText(fixture('decision-articles.md'), { catalogue: myTu });
  const t = byCode(d);

  it('is a decision, with its own header', () => {
    expect(d.documentType).toBe(LegalDocumentType.DECISION);
    expect(d.number?.value).toBe('245/QĐ-UBND');
    expect(d.title?.value).toBe('Quyết định về việc giao nhiệm vụ phòng, chống dịch COVID-19 trên địa bàn huyện');
    expect(d.signerName?.value).toBe('Lê Thị Hoa');
    expect(d.documents.map((x) => [x.number, x.type, x.issuer, x.issuedOn])).toEqual([
      ['15/CT-TTg', LegalDocumentType.DIRECTIVE, 'Thủ tướng Chính phủ', '2020-03-27'],
      ['101/2010/NĐ-CP', LegalDocumentType.DECREE, 'Chính phủ', '2010-09-30'],
    ]);
  });

  it('turns the assigning article into tasks, not the promulgating or executing ones', () => {
    expect([...t.keys()]).toEqual(['2', '2.1', '2.1.a', '2.1.b', '2.2']);
  });

  it('gives a clause’s points to the units the clause names', () => {
    for (const code of ['2.1', '2.1.a', '2.1.b']) {
      expect(who(t.get(code)!, AssignmentRole.LEAD)).toEqual(['yte']);
      expect(who(t.get(code)!, AssignmentRole.COLLABORATOR)).toEqual(['new:Trung tâm Y tế huyện']);
    }
    expect(deadline(t.get('2.1.a')!)).toEqual([DeadlineKind.RECURRING, RecurrencePeriod.MONTHLY]);
    expect(deadline(t.get('2.1.b')!)).toEqual([DeadlineKind.DATE, '2021-05-15']);
    expect(who(t.get('2.2')!, AssignmentRole.LEAD)).toEqual(['huyendoan']);
    expect(who(t.get('2.2')!, AssignmentRole.COLLABORATOR)).toEqual(['nongdan']);
    expect(deadline(t.get('2.2')!)).toEqual([DeadlineKind.DATE, '2021-06-30']);
  });
});

describe('a table of tasks with deadlines', () => {
  const text = fixture('deadline-table.md');
  const d = parsePlanText(text, { catalogue: myTu });
  const t = byCode(d);

  it('makes one task per row, with lead, collaborators and deadline from the columns', () => {
    expect([...t.keys()]).toEqual(['II', 'II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'III', 'III.1', 'III.2']);
    const rows = ['II.1', 'II.2', 'II.3', 'II.4', 'II.5'].map((c) => t.get(c)!);
    expect(rows.map((r) => r.title)).toEqual([
      'Rà soát, đơn giản hóa thủ tục hành chính',
      'Số hóa hồ sơ một cửa',
      'Khảo sát mức độ hài lòng',
      'Báo cáo kết quả cải cách hành chính',
      'Tuyên truyền cải cách hành chính',
    ]);
    expect(rows.map((r) => who(r, AssignmentRole.LEAD))).toEqual([['noivu'], ['vp'], ['noivu'], ['noivu'], ['ttvh']]);
    expect(rows.map((r) => who(r, AssignmentRole.COLLABORATOR))).toEqual([['OFFICES'], ['COMMUNES'], ['mttq'], [], []]);
    expect(rows.map(deadline)).toEqual([
      [DeadlineKind.DATE, '2021-09-30'],
      [DeadlineKind.DATE, '2021-12-31'],
      [DeadlineKind.DATE, '2022-12-31'],
      [DeadlineKind.RECURRING, RecurrencePeriod.HALF_YEARLY],
      [DeadlineKind.ONGOING, 'Thường xuyên'],
    ]);
    expect(text.slice(rows[0]!.deadline.span!.start, rows[0]!.deadline.span!.end)).toBe('Quý III/2021');
    // The section itself takes no deadline from its rows.
    expect(t.get('II')!.deadline).toMatchObject({ kind: DeadlineKind.ONGOING, text: null });
  });

  it('reads section III from numbered prose', () => {
    expect(d.standingOffice?.unitKey).toBe('noivu');
    expect(d.monitors.map((m) => m.unitKey)).toEqual(['mttq', 'nongdan', 'huyendoan']);
  });
});

describe('deadlines as plans write them', () => {
  const cases: [string, string | null, DeadlineKind, string | null][] = [
    ['Trong quý II năm 2020, các xã', 'Trong quý II năm 2020', DeadlineKind.DATE, '2020-06-30'],
    ['hoàn thành trước ngày 30/6/2020.', 'Hoàn thành trước ngày 30/6/2020', DeadlineKind.DATE, '2020-06-30'],
    ['trong tháng 9/2020', 'Trong tháng 9/2020', DeadlineKind.DATE, '2020-09-30'],
    ['tháng 2/2024', 'Tháng 2/2024', DeadlineKind.DATE, '2024-02-29'],
    ['hoàn thành trong năm 2021', 'Hoàn thành trong năm 2021', DeadlineKind.DATE, '2021-12-31'],
    ['chậm nhất ngày 15 tháng 10 năm 2021', 'Chậm nhất ngày 15 tháng 10 năm 2021', DeadlineKind.DATE, '2021-10-15'],
    ['thực hiện thường xuyên', 'Thường xuyên', DeadlineKind.ONGOING, null],
    ['báo cáo hằng năm', 'Hằng năm', DeadlineKind.RECURRING, RecurrencePeriod.YEARLY],
    ['định kỳ 6 tháng báo cáo', 'Định kỳ 6 tháng', DeadlineKind.RECURRING, RecurrencePeriod.HALF_YEARLY],
    ['giai đoạn 2016 - 2025', 'Giai đoạn 2016 - 2025', DeadlineKind.ONGOING, null],
  ];
  for (const [text, written, kind, value] of cases) {
    it(`"${text}"`, () => {
      const d = findDeadline(text, 100)!;
      expect(d.kind).toBe(kind);
      expect(d.text).toBe(written);
      expect(d.date ?? d.recurrence).toBe(value);
      expect(d.span!.start).toBeGreaterThanOrEqual(100);
    });
  }

  it('does not take the date of a document or of signing for a deadline', () => {
    expect(findDeadline('Quyết định số 142/QĐ-TTg ngày 21/01/2020 của Thủ tướng Chính phủ', 0)).toBeNull();
    expect(findDeadline('Châu Thành, ngày 12 tháng 6 năm 2020', 0)).toBeNull();
  });

  it('takes a bare year for a deadline only in a deadline cell', () => {
    expect(findDeadline('Năm 2022', 0, [], true)?.date).toBe('2022-12-31');
    expect(findDeadline('Năm 2022', 0)).toBeNull();
  });
});
