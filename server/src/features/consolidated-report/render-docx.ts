// The report as DOCX with the `docx` library, laid out per Nghị định 30/2020/NĐ-CP: A4, Times New
// Roman 13–14 pt, margins 20/15/30/20 mm, the issuer and the national motto side by side at the top.
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import {
  NATIONAL_MOTTO,
  NATIONAL_NAME,
  bodyLines,
  numberLine,
  placeAndDate,
  type ReportDocument,
} from './report-document.js';

const FONT = 'Times New Roman';
const mm = (v: number) => Math.round((v / 25.4) * 1440); // millimetres → twips
const pt = (v: number) => v * 2; // points → half-points

const run = (text: string, options: Omit<IRunOptions, 'text'> = {}) =>
  new TextRun({ text, font: FONT, size: pt(14), ...options });

const centered = (text: string, options: Omit<IRunOptions, 'text'> = {}, after = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children: [run(text, options)] });

/** A short rule under the issuer and under the motto (drawn as a line of text, as many offices do). */
const rule = (width: number) => centered('_'.repeat(width), { size: pt(8) }, 60);

const cell = (children: Paragraph[], widthPercent: number) =>
  new TableCell({ width: { size: widthPercent, type: WidthType.PERCENTAGE }, borders: TableBorders.NONE, children });

export async function renderDocx(doc: ReportDocument): Promise<Buffer> {
  const header = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              ...(doc.parentBody ? [centered(doc.parentBody, { size: pt(13) })] : []),
              centered(doc.issuingBody, { size: pt(13), bold: true }),
              rule(10),
              centered(numberLine(doc), { size: pt(13) }),
            ],
            40,
          ),
          cell(
            [
              centered(NATIONAL_NAME, { size: pt(13), bold: true }),
              centered(NATIONAL_MOTTO, { bold: true }),
              rule(22),
              centered(placeAndDate(doc.place, doc.date), { italics: true }),
            ],
            60,
          ),
        ],
      }),
    ],
  });

  const body: Paragraph[] = [];
  for (const section of doc.sections) {
    body.push(
      new Paragraph({
        spacing: { before: 120, after: 60 },
        indent: { firstLine: mm(10) },
        children: [run(section.heading, { bold: true })],
      }),
    );
    for (const line of bodyLines(section.body)) {
      body.push(
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: { after: 60, line: 312 },
          indent: { firstLine: mm(line.kind === 'subBullet' ? 15 : 10) },
          children: [run(line.text)],
        }),
      );
    }
  }

  const footer = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              new Paragraph({ children: [run('Nơi nhận:', { bold: true, italics: true, size: pt(12) })] }),
              ...doc.recipients.map(
                (r, i) =>
                  new Paragraph({
                    children: [run(`- ${r}${i === doc.recipients.length - 1 ? '.' : ';'}`, { size: pt(11) })],
                  }),
              ),
            ],
            50,
          ),
          cell(
            [
              ...doc.signerTitle.split('\n').map((l) => centered(l, { bold: true })),
              ...[1, 2, 3, 4].map(() => centered('')),
              centered(doc.signerName, { bold: true }),
            ],
            50,
          ),
        ],
      }),
    ],
  });

  const document = new Document({
    creator: 'Tiến độ',
    title: `${doc.title} ${doc.subtitle}`,
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
          },
        },
        children: [
          header,
          new Paragraph({
            spacing: { before: 360 },
            alignment: AlignmentType.CENTER,
            children: [run(doc.title, { bold: true })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [run(doc.subtitle, { bold: true })],
          }),
          ...body,
          new Paragraph({ children: [] }),
          footer,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
