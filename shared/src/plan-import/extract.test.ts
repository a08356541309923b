// Plans as they arrive: DOCX and PDF files the tests make themselves (docx; a PDF writer with a text
// layer and no font file), read into text and then into the same draft as their text.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AssignmentRole } from '../enums.js';
import { scoreDraft } from './corpus-score.js';
import { loadCorpus } from './corpus.js';
import { documentText, formatOf, NoTextLayerError, UnsupportedDocumentError } from './extract.js';
import { quangNgai } from './fixtures/corpus/catalogues.js';
import { makeDocx } from './fixtures/make-docx.js';
import { makePdf, textToPdfLines } from './fixtures/make-pdf.js';
import { parsePlanText } from './parse.js';
import type { DraftTask } from './types.js';

const flat = (ts: DraftTask[]): DraftTask[] => ts.flatMap((t) => [t, ...flat(t.children)]);

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
