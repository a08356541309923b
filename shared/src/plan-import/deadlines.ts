// Deadlines as plans write them: "quý II năm 2020", "trước ngày 30/6/2020", "tháng 9/2020",
// "năm 2021", "thường xuyên", "hằng năm", "định kỳ 6 tháng", "giai đoạn 2016 - 2025".
import { quarterEnd, isIsoDate, type IsoDate } from '../dates.js';
import { DeadlineKind, RecurrencePeriod } from '../enums.js';
import type { DraftDeadline, Span } from './types.js';

const ROMAN_QUARTER: Record<string, 1 | 2 | 3 | 4> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function monthEnd(year: number, month: number): IsoDate {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function dayOf(d: string, m: string, y: string): IsoDate | null {
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface Found {
  deadline: DraftDeadline;
  /** Dates beat recurrences, which beat periods, which beat "thường xuyên". */
  rank: number;
}

// Words that make a date a deadline rather than a date of something ("ngày 21/01/2020 của …").
const BEFORE = String.raw`(?:(?:hoàn thành|xong)\s+)?(?:trước|chậm nhất|hạn chót|đến hết|đến|trong|hết|cuối)|hoàn thành`;
const Q = String.raw`quý\s+(IV|I{1,3}|[1-4])\s*(?:năm\s+|\/\s*)(\d{4})`;
const PATTERNS: { re: RegExp; make: (m: RegExpExecArray) => Omit<DraftDeadline, 'span' | 'text'> | null }[] = [
  {
    // "Trong quý II năm 2020", "Quý III/2021"; "trước quý III" means by the end of quarter II.
    re: new RegExp(String.raw`(?:(${BEFORE})\s+)?${Q}`, 'giu'),
    make: (m) => {
      let q = ROMAN_QUARTER[m[2]!.toLowerCase()]!;
      let y = Number(m[3]);
      if (/trước$/iu.test(m[1] ?? '')) [q, y] = q === 1 ? [4, y - 1] : [(q - 1) as 1 | 2 | 3, y];
      return date(quarterEnd(y, q), 0.9);
    },
  },
  {
    re: new RegExp(String.raw`(${BEFORE})\s+(?:ngày\s+)?(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})`, 'giu'),
    make: (m) => {
      const d = dayOf(m[2]!, m[3]!, m[4]!);
      return d ? date(d, 0.9) : null;
    },
  },
  {
    re: new RegExp(String.raw`(${BEFORE})\s+ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`, 'giu'),
    make: (m) => {
      const d = dayOf(m[2]!, m[3]!, m[4]!);
      return d ? date(d, 0.9) : null;
    },
  },
  {
    // "tháng 9/2020", "trong tháng 9 năm 2020" (never "ngày 12 tháng 6 năm 2020").
    re: new RegExp(
      String.raw`(?<!ngày\s+\d{1,2}\s+)(?:(${BEFORE})\s+)?tháng\s+(\d{1,2})\s*(?:\/|năm\s+)\s*(\d{4})`,
      'giu',
    ),
    make: (m) => {
      let month = Number(m[2]);
      let y = Number(m[3]);
      if (month < 1 || month > 12) return null;
      if (/trước$/iu.test(m[1] ?? '')) [month, y] = month === 1 ? [12, y - 1] : [month - 1, y];
      return date(monthEnd(y, month), 0.85);
    },
  },
  {
    re: new RegExp(String.raw`(${BEFORE})\s+năm\s+(\d{4})\b`, 'giu'),
    make: (m) => {
      const y = Number(m[2]) - (/trước$/iu.test(m[1] ?? '') ? 1 : 0);
      return date(`${y}-12-31`, 0.8);
    },
  },
];

function date(d: IsoDate, confidence: number): Omit<DraftDeadline, 'span' | 'text'> {
  return { kind: DeadlineKind.DATE, date: d, recurrence: null, confidence };
}

const RECURRING: { re: RegExp; period: RecurrencePeriod; confidence: number }[] = [
  {
    re: /(?:định kỳ\s+)?(?:6|sáu) tháng(?: một lần| 1 lần)?|(?:hằng|hàng) 6 tháng/giu,
    period: RecurrencePeriod.HALF_YEARLY,
    confidence: 0.85,
  },
  { re: /(?:định kỳ\s+)?(?:hằng|hàng|mỗi) quý|định kỳ quý/giu, period: RecurrencePeriod.QUARTERLY, confidence: 0.85 },
  // "định kỳ mỗi tháng 01 lần", "Chủ nhật cuối mỗi tháng".
  {
    re: /(?:định kỳ\s+)?(?:hằng|hàng|mỗi) tháng|định kỳ tháng/giu,
    period: RecurrencePeriod.MONTHLY,
    confidence: 0.85,
  },
  { re: /(?:định kỳ\s+)?(?:hằng|hàng|mỗi) năm/giu, period: RecurrencePeriod.YEARLY, confidence: 0.85 },
  // "định kỳ" alone names no period: yearly, as plans evaluate yearly, and say so by a low confidence.
  { re: /định kỳ/giu, period: RecurrencePeriod.YEARLY, confidence: 0.5 },
];

/**
 * The deadline a piece of text sets, or null. `text` starts at `offset` in the plan; `skip` are
 * spans that are not deadlines (the dates of cited documents). `labelled` says the text is a
 * deadline cell or "Thời gian:" line, where a bare "Năm 2021" is a deadline too.
 */
export function findDeadline(text: string, offset: number, skip: Span[] = [], labelled = false): DraftDeadline | null {
  const found: Found[] = [];
  const inSkip = (s: number, e: number) => skip.some((k) => s < k.end && e > k.start);
  const add = (m: RegExpExecArray, d: Omit<DraftDeadline, 'span' | 'text'>, rank: number, text?: string) => {
    const start = offset + m.index;
    const end = start + m[0].length;
    if (inSkip(start, end)) return;
    found.push({
      deadline: { ...d, text: capitalize(text ?? m[0].replace(/\s+/g, ' ')), span: { start, end } },
      rank,
    });
  };
  for (const p of PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      const d = p.make(m as RegExpExecArray);
      if (d) add(m as RegExpExecArray, d, 4);
    }
  }
  // A deadline cell, or the clause after "Thời gian:": a bare year, date or span of years is a deadline.
  const labelledClause = (clause: string, at: number) => {
    const shift = (m: RegExpExecArray) => Object.assign(m, { index: m.index + at });
    let m: RegExpExecArray | null;
    if ((m = /^\s*(?:năm\s+)?(\d{4})\s*\.?\s*$/iu.exec(clause))) add(shift(m), date(`${m[1]}-12-31`, 0.8), 4);
    else if ((m = /^\s*(?:ngày\s+)?(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})\s*\.?\s*$/iu.exec(clause))) {
      const iso = dayOf(m[1]!, m[2]!, m[3]!);
      if (iso) add(shift(m), date(iso, 0.85), 4);
    } else if (
      (m = /^\s*(?:giai đoạn\s+|năm học\s+|năm\s+)?(\d{4})\s*[-\u2013\u2014]\s*(\d{4})\s*\.?\s*$/iu.exec(clause))
    ) {
      add(
        shift(m),
        { kind: DeadlineKind.ONGOING, date: null, recurrence: null, confidence: 0.7 },
        2,
        `Giai đoạn ${m[1]} - ${m[2]}`,
      );
    }
  };
  if (labelled) labelledClause(text, 0);
  for (const m of text.matchAll(/thời (?:gian|hạn)(?: thực hiện| hoàn thành)?\s*:\s*/giu)) {
    const from = m.index + m[0].length;
    const clause = /^[^;\n]*?(?=[;\n]|\.\s|\.?$)/u.exec(text.slice(from))?.[0] ?? '';
    labelledClause(clause, from);
  }
  // "hằng tuần": the system's reporting cycles are a month or longer; the task is ongoing, said weekly.
  for (const m of text.matchAll(/(?:định kỳ\s+)?(?:hằng|hàng|mỗi) tuần/giu)) {
    add(
      m as RegExpExecArray,
      { kind: DeadlineKind.ONGOING, date: null, recurrence: null, confidence: 0.75 },
      3,
      'Hằng tuần',
    );
    break;
  }
  for (const r of RECURRING) {
    for (const m of text.matchAll(r.re)) {
      add(
        m as RegExpExecArray,
        { kind: DeadlineKind.RECURRING, date: null, recurrence: r.period, confidence: r.confidence },
        r.confidence > 0.6 ? 3 : 2.5,
      );
    }
  }
  const periods = [...text.matchAll(/giai đoạn\s+(\d{4})\s*[-\u2013\u2014]\s*(\d{4})/giu)];
  if (periods.length > 0) {
    const first = periods[0]!;
    const text = `Giai đoạn ${periods.map((p) => `${p[1]} - ${p[2]}`).join('; ')}`;
    add(
      first as RegExpExecArray,
      { kind: DeadlineKind.ONGOING, date: null, recurrence: null, confidence: 0.7 },
      2,
      text,
    );
  }
  for (const m of text.matchAll(/thường xuyên|liên tục/giu)) {
    add(
      m as RegExpExecArray,
      { kind: DeadlineKind.ONGOING, date: null, recurrence: null, confidence: 0.8 },
      1,
      'Thường xuyên',
    );
    break;
  }
  if (found.length === 0) return null;
  // The strongest kind wins; among equals, the first written.
  found.sort((a, b) => b.rank - a.rank || a.deadline.span!.start - b.deadline.span!.start);
  return found[0]!.deadline;
}

/** No deadline in the text: the task runs for the life of the plan. */
export function ongoing(span: Span): DraftDeadline {
  return { kind: DeadlineKind.ONGOING, date: null, recurrence: null, text: null, span, confidence: 0.3 };
}
