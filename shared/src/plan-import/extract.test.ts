// Plans as they arrive: DOCX and PDF files the tests make themselves (docx; a PDF writer with a text
// layer and no font file), read into text and then into the same draft as their text.
import fs from 'node:fs';
import path from 'node:path';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { describe, expect, it } from 'vitest';
import { AssignmentRole } from '../enums.js';
import { scoreDraft } from './corpus-score.js';
import { loadCorpus } from './corpus.js';
import { documentText, formatOf, NoTextLayerError, UnsupportedDocumentError } from './extract.js';
import { quangNgai } from './fixtures/corpus/catalogues.js';
import { makePdf, textToPdfLines } from './fixtures/make-pdf.js';
import { parsePlanText } from './parse.js';
import type { DraftTask } from './types.js';

const flat = (ts: DraftTask[]): DraftTask[] => ts.flatMap((t) => [t, ...flat(t.children)]);

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
const row = (...cells: string[]) => new TableRow({ children: cells.map((c) => cell(c)) });

/** A plan as a word processor saves it: letterhead table, centred title, typed numbering, a table of tasks. */
export async function makeDocx(): Promise<Uint8Array> {
  const p = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
  const doc = new Document({
    sections: [
      {
        children: [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({
                children: [
                  cell('ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', true),
                  cell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true),
                ],
              }),
              row('Số: 301/KH-UBND', 'Độc lập - Tự do - Hạnh phúc'),
              row('', 'Quảng Ngãi, ngày 10 tháng 12 năm 2025'),
            ],
          }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'KẾ HOẠCH', bold: true })] }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: 'Phát triển thể thao quần chúng năm 2026', bold: true })],
          }),
          p('I. MỤC ĐÍCH, YÊU CẦU', true),
          p('Nâng cao sức khỏe nhân dân.'),
          p('II. NHIỆM VỤ', true),
          p(
            '1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp Sở Y tế tổ chức giải chạy; hoàn thành trong quý II/2026.',
          ),
          p('2. Nhiệm vụ cụ thể', true),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              row('STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'),
              row('1', 'Sửa chữa sân vận động', 'Sở Xây dựng', 'Sở Tài chính', '30/9/2026'),
              row('2', 'Hội thao cán bộ', 'Sở Nội vụ', 'Tỉnh đoàn, Liên đoàn Lao động tỉnh', 'Hằng năm'),
            ],
          }),
          p('III. TỔ CHỨC THỰC HIỆN', true),
          p('Sở Văn hóa, Thể thao và Du lịch là cơ quan thường trực, tổng hợp, báo cáo UBND tỉnh hằng quý.'),
          p('Nơi nhận:', true),
          p('- Lưu: VT.'),
          p('TM. ỦY BAN NHÂN DÂN', true),
          p('CHỦ TỊCH', true),
          p('Nguyễn Hoàng Giang'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('documents as they arrive', () => {
  it('reads a .docx: its letterhead, typed numbering and table of tasks become the same draft', async () => {
    const { text, format } = await documentText(await makeDocx(), 'ke-hoach.docx');
    expect(format).toBe('DOCX');
    const d = parsePlanText(text, { catalogue: quangNgai });
    expect(d.number?.value).toBe('301/KH-UBND');
    expect(d.issuedOn?.value).toBe('2025-12-10');
    expect(d.issuer?.unitKey).toBe('ubnd');
    expect(d.title?.value).toBe('Kế hoạch phát triển thể thao quần chúng năm 2026');
    expect(d.signerName?.value).toBe('Nguyễn Hoàng Giang');
    const tasks = new Map(flat(d.tasks).map((t) => [t.code, t]));
    expect([...tasks.keys()]).toEqual(['II', 'II.1', 'II.2', 'II.2.1', 'II.2.2', 'III']);
    const who = (code: string, role: AssignmentRole) =>
      tasks
        .get(code)!
        .assignees.filter((a) => a.role === role)
        .map((a) => a.unitKey);
    expect(who('II.1', AssignmentRole.LEAD)).toEqual(['sovhttdl']);
    expect(who('II.1', AssignmentRole.COLLABORATOR)).toEqual(['soyt']);
    expect(tasks.get('II.1')!.deadline.date).toBe('2026-06-30');
    expect(who('II.2.1', AssignmentRole.LEAD)).toEqual(['soxd']);
    expect(tasks.get('II.2.1')!.deadline.date).toBe('2026-09-30');
    expect(who('II.2.2', AssignmentRole.COLLABORATOR)).toEqual(['tinhdoan', 'ldld']);
    expect(d.standingOffice?.unitKey).toBe('sovhttdl');
  });

  it('reads a .pdf with a text layer laid out in columns as the same draft as its text', async () => {
    for (const name of ['03-qng-kh-thien-tai-layout', '18-hg-kh-chu-ky-truoc-noi-nhan', '17-mt-qd-bang-kem-theo']) {
      const plan = loadCorpus().find((p) => p.name === name)!;
      const pdf = makePdf([textToPdfLines(plan.text)]);
      const { text, format } = await documentText(pdf, `${name}.pdf`);
      expect(format).toBe('PDF');
      const score = scoreDraft(parsePlanText(text, { catalogue: plan.catalogue }), plan.expected, name);
      expect(score.misses, name).toEqual([]);
    }
  });

  it('says clearly that a scanned PDF has no text, and which files it does not read', async () => {
    const scan = makePdf([[], []]);
    await expect(documentText(scan, 'scan.pdf')).rejects.toBeInstanceOf(NoTextLayerError);
    await expect(documentText(scan, 'scan.pdf')).rejects.toThrow(/không có lớp chữ.*no text layer/s);
    await expect(documentText(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), 'old.doc')).rejects.toBeInstanceOf(
      UnsupportedDocumentError,
    );
    expect(formatOf('plan.md', new TextEncoder().encode('# KẾ HOẠCH'))).toBe('TEXT');
  });

  it('reads plain text as UTF-8', async () => {
    const file = path.join(import.meta.dirname, 'fixtures', 'corpus', '01-qng-kh-nong-thon.md');
    const bytes = new Uint8Array(fs.readFileSync(file));
    expect((await documentText(bytes, 'plan.md')).text).toBe(fs.readFileSync(file, 'utf8'));
  });
});
