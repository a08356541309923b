// Pass 2 of the parser: the text as lines. Markdown syntax is blanked (offsets stay), lines printed
// in two columns (`pdftotext -layout`: issuer left and motto right, recipients left and signature
// right) become one line per column, tables printed as text columns become rows of cells, and
// lines broken by hard wrapping are joined again.
import { foldVietnamese } from '../text.js';

export interface Cell {
  text: string;
  /** The pieces of the cell, one per printed line, with their offsets. */
  parts: { text: string; start: number }[];
}

export interface Line {
  start: number;
  end: number;
  /** The line without Markdown syntax (same offsets as the text; line breaks of joined lines as spaces). */
  text: string;
  /** A Markdown heading, or a line in bold, or a line in capitals: a title rather than prose. */
  emphasised: boolean;
  /** Written in capitals. */
  caps: boolean;
  table: boolean;
  /** A blank line comes before it. */
  blankBefore: boolean;
  /** Column of the line's first character in its printed line. */
  column: number;
  /** One of several columns of one printed line. */
  split: boolean;
  /** A row of a table printed as text columns. */
  cells?: Cell[];
}

/** Blanks Markdown syntax so that offsets into the result are offsets into the original text. */
export function mask(text: string): string {
  return text
    .replace(/^([ \t]{0,3})(#{1,6})([ \t])/gm, (_m, a: string, h: string, b: string) => a + ' '.repeat(h.length) + b)
    .replace(/\\([.\-*_()#+[\]])/g, '$1 ')
    .replace(/\*\*|__/g, '  ')
    .replace(/(^|\s)\*(?=\S)/g, '$1 ')
    .replace(/(?<=\S)\*(?=\s|$)/g, ' ');
}

const GAP = /\s{3,}/g;

function lineOf(text: string, masked: string, start: number, end: number, extra: Partial<Line>): Line {
  const m = masked.slice(start, end);
  const lead = m.length - m.trimStart().length;
  const body = m.trim();
  const rawTrim = text.slice(start, end).trim();
  const letters = body.replace(/[^\p{L}]/gu, '');
  const caps = letters.length > 3 && letters === letters.toUpperCase();
  return {
    start: start + lead,
    end: start + lead + body.length,
    text: body,
    emphasised: /^#{1,6}\s/.test(rawTrim) || /^(\*\*|__).*(\*\*|__)$/.test(rawTrim) || caps,
    caps,
    table: rawTrim.startsWith('|'),
    blankBefore: false,
    column: 0,
    split: false,
    ...extra,
  };
}

interface Printed {
  start: number;
  end: number;
  raw: string;
}

/** Cells of a line printed in columns: each run of text between gaps of two spaces or more. */
function pieces(p: Printed): { text: string; start: number; col: number }[] {
  const out: { text: string; start: number; col: number }[] = [];
  for (const m of p.raw.matchAll(/\S+(?: \S+)*/g)) out.push({ text: m[0], start: p.start + m.index, col: m.index });
  return out;
}

const TABLE_HEAD = /(noi dung|nhiem vu|cong viec)/;
const TABLE_WHO = /chu tri/;

/**
 * A table printed as text columns: its header line names the columns (Nội dung… Chủ trì…), each
 * row starts with its number in the first column, and a cell's text may go on over the next lines.
 */
function columnTable(printed: Printed[], at: number): { rows: Cell[][]; end: number; header: Cell[] } | null {
  // Cheap tests first: every line of the text comes here.
  if (!/\S {2,}\S.* {2,}\S/.test(printed[at]!.raw) || !/tr[iì]/iu.test(printed[at]!.raw)) return null;
  const head = pieces(printed[at]!);
  const folded = foldVietnamese(printed[at]!.raw);
  if (head.length < 3 || !TABLE_HEAD.test(folded) || !TABLE_WHO.test(folded)) return null;
  const cols = head.map((h) => h.col);
  const colOf = (c: number) => {
    let k = 0;
    for (let i = 0; i < cols.length; i++) if (cols[i]! <= c + 3) k = i;
    return k;
  };
  const rows: Cell[][] = [];
  let k = at + 1;
  for (; k < printed.length; k++) {
    const ps = pieces(printed[k]!);
    if (ps.length === 0) continue;
    const firstCol = colOf(ps[0]!.col);
    const startsRow = firstCol === 0 && /^\d{1,3}\.?$/.test(ps[0]!.text);
    if (!startsRow && (firstCol === 0 || rows.length === 0)) break;
    if (startsRow) rows.push(cols.map(() => ({ text: '', parts: [] })));
    const row = rows[rows.length - 1]!;
    for (const p of ps) {
      const cell = row[colOf(p.col)]!;
      cell.parts.push({ text: p.text, start: p.start });
      cell.text = cell.text ? `${cell.text} ${p.text}` : p.text;
    }
  }
  if (rows.length === 0) return null;
  const header = head.map((h) => ({ text: h.text, parts: [{ text: h.text, start: h.start }] }));
  return { rows, end: k, header };
}

export function splitLines(text: string, masked: string): Line[] {
  const printed: Printed[] = [];
  let pos = 0;
  for (const raw of masked.split('\n')) {
    printed.push({ start: pos, end: pos + raw.length, raw });
    pos += raw.length + 1;
  }
  const lines: Line[] = [];
  let blank = false;
  for (let i = 0; i < printed.length; i++) {
    const p = printed[i]!;
    const body = p.raw.trim();
    if (!body) {
      blank = true;
      continue;
    }
    if (!body.startsWith('|')) {
      const table = columnTable(printed, i);
      if (table) {
        const cellsLine = (cells: Cell[]): Line => {
          const starts = cells.flatMap((c) => c.parts.map((x) => x.start));
          const ends = cells.flatMap((c) => c.parts.map((x) => x.start + x.text.length));
          const start = Math.min(...starts);
          const end = Math.max(...ends);
          return {
            start,
            end,
            text: cells.map((c) => c.text).join(' | '),
            emphasised: false,
            caps: false,
            table: true,
            blankBefore: false,
            column: 0,
            split: false,
            cells,
          };
        };
        lines.push({ ...cellsLine(table.header), blankBefore: blank });
        for (const row of table.rows) lines.push(cellsLine(row));
        i = table.end - 1;
        blank = false;
        continue;
      }
    }
    const lead = p.raw.length - p.raw.trimStart().length;
    // Gaps as printed (the raw line): blanked Markdown ("**Điều 1.** Ban hành") is not a column gap.
    const printedRaw = text.slice(p.start, p.end);
    const gaps = body.startsWith('|') ? [] : [...printedRaw.slice(lead).matchAll(GAP)];
    if (gaps.length === 0) {
      lines.push(lineOf(text, masked, p.start, p.end, { blankBefore: blank, column: lead }));
    } else {
      let from = p.start + lead;
      for (const g of [...gaps, null]) {
        const to = g ? p.start + lead + g.index : p.end;
        if (masked.slice(from, to).trim()) {
          lines.push(lineOf(text, masked, from, to, { blankBefore: blank, column: from - p.start, split: true }));
        }
        if (g) from = to + g[0].length;
      }
    }
    blank = false;
  }
  return lines;
}

/**
 * Joins lines broken by hard wrapping: a line that is not numbered, follows without a blank line,
 * and continues a line that does not end a sentence, a clause or a heading. The joined line keeps
 * the offsets of the text (its line breaks read as spaces).
 */
export function unwrap(lines: Line[], masked: string, startsItem: (text: string) => boolean): Line[] {
  const out: Line[] = [];
  let before: Line | undefined;
  for (const l of lines) {
    const prev = out[out.length - 1];
    // A wrapped line goes on in lower case, or follows a line as long as a page is wide; a short
    // line before a capital is a heading and its text.
    const wrapped = !!before && (!/^\p{Lu}/u.test(l.text) || before.end - before.start >= 60);
    before = l;
    const joins =
      prev &&
      wrapped &&
      !l.blankBefore &&
      !prev.table &&
      !l.table &&
      !prev.split &&
      !l.split &&
      !prev.emphasised &&
      !l.emphasised &&
      !startsItem(l.text) &&
      !/[.;:!?]["”)]?$|\/\.$/u.test(prev.text) &&
      !/^trong quá trình/iu.test(l.text);
    if (joins) {
      out[out.length - 1] = { ...prev, end: l.end, text: masked.slice(prev.start, l.end).replace(/\n/g, ' ') };
    } else out.push(l);
  }
  return out;
}
