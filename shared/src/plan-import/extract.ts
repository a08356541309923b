// The text of a plan as it arrives: a .docx (through mammoth: its HTML keeps headings, bold, lists
// and tables, which become Markdown), a .pdf with a text layer (through unpdf, which bundles PDF.js
// for Node and browsers alike: the positioned text items are laid out again in columns, as
// `pdftotext -layout` does, so two-column headers and signatures keep their places), or plain text.
// Both libraries are loaded only when such a file comes, in the CLI and in the browser alike.

export type DocumentFormat = 'DOCX' | 'PDF' | 'TEXT';

/** A PDF whose pages carry no text (a scan): it must be run through OCR or exported again. */
export class NoTextLayerError extends Error {
  readonly code = 'NO_TEXT_LAYER';
  constructor() {
    super(
      'Tệp PDF không có lớp chữ (có thể là bản scan): hãy dùng bản PDF xuất từ Word hoặc nhận dạng chữ (OCR) trước khi nhập. / This PDF has no text layer (it may be a scan): use a PDF exported from a word processor, or run OCR first.',
    );
  }
}

/** A file the importer does not read. */
export class UnsupportedDocumentError extends Error {
  readonly code = 'UNSUPPORTED_DOCUMENT';
  constructor(name: string) {
    super(
      `Không đọc được tệp "${name}": hãy dùng .docx, .pdf có lớp chữ, .txt hoặc .md. / Cannot read "${name}": use .docx, a .pdf with a text layer, .txt or .md.`,
    );
  }
}

export function formatOf(fileName: string, bytes: Uint8Array): DocumentFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const head = String.fromCharCode(...bytes.slice(0, 5));
  if (ext === 'pdf' || head === '%PDF-') return 'PDF';
  if (ext === 'docx' || (head.startsWith('PK') && ext !== 'txt' && ext !== 'md')) return 'DOCX';
  if (ext === 'doc') return null;
  return 'TEXT';
}

export async function documentText(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ text: string; format: DocumentFormat }> {
  const format = formatOf(fileName, bytes);
  if (format === 'PDF') return { text: await pdfText(bytes), format };
  if (format === 'DOCX') return { text: await docxText(bytes, fileName), format };
  if (format === 'TEXT') return { text: new TextDecoder('utf-8').decode(bytes), format };
  throw new UnsupportedDocumentError(fileName);
}

// ---- DOCX

async function docxText(bytes: Uint8Array, fileName: string): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  const input =
    typeof globalThis.Buffer === 'function'
      ? { buffer: globalThis.Buffer.from(bytes) }
      : { arrayBuffer: bytes.slice().buffer as ArrayBuffer };
  let html: string;
  try {
    html = (await mammoth.convertToHtml(input as Parameters<typeof mammoth.convertToHtml>[0])).value;
  } catch {
    throw new UnsupportedDocumentError(fileName);
  }
  return htmlToText(html);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (ENTITIES[e.toLowerCase()] ?? m),
  );

/** mammoth's HTML as Markdown: paragraphs, headings, bold, numbered and bulleted lists, tables. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let para: string | null = null;
  let prefix = '';
  const lists: { ordered: boolean; n: number }[] = [];
  let table: string[][] | null = null;
  let cell: string | null = null;
  const write = (s: string) => {
    if (cell !== null) cell += s;
    else if (para !== null) para += s;
    else para = s;
  };
  const endPara = () => {
    if (cell !== null) {
      if (cell && !cell.endsWith(' ')) cell += ' ';
      return;
    }
    if (para !== null && para.trim()) out.push(prefix + para.trim(), '');
    para = null;
    prefix = '';
  };
  for (const m of html.matchAll(/<(\/?)([a-zA-Z0-9]+)[^>]*?(\/?)>|([^<]+)/g)) {
    if (m[4] !== undefined) {
      write(decode(m[4]));
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    if (tag === 'br') write(cell !== null ? ' ' : '\n');
    else if (tag === 'strong' || tag === 'b') {
      if (cell === null) write('**');
    } else if (/^(p|h[1-6])$/.test(tag)) {
      if (closing) endPara();
      else {
        endPara();
        if (cell === null) para = tag[0] === 'h' ? `${'#'.repeat(Number(tag[1]))} ` : '';
      }
    } else if (tag === 'ol' || tag === 'ul') {
      endPara();
      if (closing) lists.pop();
      else lists.push({ ordered: tag === 'ol', n: 0 });
    } else if (tag === 'li') {
      endPara();
      if (!closing && cell === null) {
        const l = lists[lists.length - 1];
        if (l) l.n++;
        const depth = lists.length;
        prefix = !l?.ordered
          ? '- '
          : depth === 1
            ? `${l.n}. `
            : depth === 2
              ? `${String.fromCharCode(96 + l.n)}) `
              : '- ';
        para = '';
      }
    } else if (tag === 'table') {
      if (!closing) {
        endPara();
        table = [];
      } else if (table) {
        const rows = table.filter((r) => r.some((c) => c));
        const width = Math.max(0, ...rows.map((r) => r.length));
        rows.forEach((r, k) => {
          const cells = Array.from({ length: width }, (_, i) => (r[i] ?? '').replace(/\|/g, '/'));
          out.push(`| ${cells.join(' | ')} |`);
          if (k === 0) out.push(`| ${cells.map(() => '---').join(' | ')} |`);
        });
        out.push('');
        table = null;
      }
    } else if (tag === 'tr' && !closing && table) table.push([]);
    else if (tag === 'td' || tag === 'th') {
      if (!closing) cell = '';
      else if (table) {
        table[table.length - 1]?.push((cell ?? '').replace(/\*\*/g, '').replace(/\s+/g, ' ').trim());
        cell = null;
      }
    }
  }
  endPara();
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

// ---- PDF

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { extractTextItems, getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(bytes.slice());
  const { items } = await extractTextItems(pdf);
  const pages = (items as Item[][]).map(layoutPage);
  if (!pages.some((p) => /\p{L}/u.test(p))) throw new NoTextLayerError();
  return `${pages.join('\n\n').trim()}\n`;
}

/** One page's text items as lines of text, items placed at their columns (at least 3 spaces between columns). */
export function layoutPage(items: Item[]): string {
  const shown = items.filter((i) => i.str.trim());
  if (shown.length === 0) return '';
  const chars = shown.reduce((n, i) => n + i.str.length, 0);
  const charWidth = Math.max(1, shown.reduce((w, i) => w + i.width, 0) / Math.max(1, chars));
  const left = Math.min(...shown.map((i) => i.x));
  const rows: Item[][] = [];
  for (const it of [...shown].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.y - it.y) <= Math.max(2, it.fontSize * 0.4)) row.push(it);
    else rows.push([it]);
  }
  // Rows further apart than usual (by half as much again) have a blank line between them: a new paragraph.
  const steps = rows
    .slice(1)
    .map((r, k) => rows[k]![0]!.y - r[0]!.y)
    .sort((a, b) => a - b);
  const usual = steps.length ? steps[Math.floor(steps.length / 2)]! : 0;
  const lines: string[] = [];
  rows.forEach((row, k) => {
    row.sort((a, b) => a.x - b.x);
    let line = '';
    let end = left;
    for (const it of row) {
      const gap = it.x - end;
      const col = Math.round((it.x - left) / charWidth);
      if (line && gap < charWidth * 0.3) line += '';
      else if (line && gap < charWidth * 2) line += ' ';
      else line = line.padEnd(Math.max(col, line.length + (line ? 3 : 0)), ' ');
      line += it.str;
      end = it.x + it.width;
    }
    if (k > 0 && rows[k - 1]![0]!.y - row[0]!.y > usual * 1.5) lines.push('');
    lines.push(line.trimEnd());
  });
  return lines.join('\n');
}
