// Cited documents: "Quyết định số 142/QĐ-TTg ngày 21/01/2020 của Thủ tướng Chính phủ về …",
// "Kết luận số 52-KL/TW", "Chương trình hành động số 20-Ctr/TU", and ones cited by name only
// ("Nghị quyết Trung ương 7 khóa X"), resolved against the documents already known.
import { LegalDocumentType } from '../enums.js';
import { foldVietnamese, normalizeDocumentNumber } from '../text.js';
import { parseViDate } from '../dates.js';
import type { DraftDocument, KnownDocument, Span } from './types.js';

const T = LegalDocumentType;
const TYPE_WORDS: [string, LegalDocumentType][] = [
  ['Chương trình hành động', T.ACTION_PROGRAMME],
  ['Nghị quyết', T.RESOLUTION],
  ['Kết luận', T.CONCLUSION],
  ['Quyết định', T.DECISION],
  ['Kế hoạch', T.PLAN],
  ['Chỉ thị', T.DIRECTIVE],
  ['Thông tư', T.CIRCULAR],
  ['Nghị định', T.DECREE],
];
const FOLDED_TYPE_WORDS = TYPE_WORDS.map(([w, t]) => [foldVietnamese(w), t] as const);
const TYPE_CODES: Record<string, LegalDocumentType> = {
  NQ: T.RESOLUTION,
  KL: T.CONCLUSION,
  QD: T.DECISION,
  KH: T.PLAN,
  CTR: T.ACTION_PROGRAMME,
  CT: T.DIRECTIVE,
  TT: T.CIRCULAR,
  ND: T.DECREE,
};

export const DOCUMENT_TYPE_LABELS: Record<LegalDocumentType, string> = {
  RESOLUTION: 'Nghị quyết',
  CONCLUSION: 'Kết luận',
  DECISION: 'Quyết định',
  PLAN: 'Kế hoạch',
  ACTION_PROGRAMME: 'Chương trình hành động',
  DIRECTIVE: 'Chỉ thị',
  CIRCULAR: 'Thông tư',
  DECREE: 'Nghị định',
  OTHER: 'Văn bản',
};

/** The document type a heading word names ("KẾ HOẠCH" → PLAN), or null. */
export function documentTypeOfWord(word: string): LegalDocumentType | null {
  if (word.length > 40) return null;
  const folded = foldVietnamese(word);
  for (const [w, t] of FOLDED_TYPE_WORDS) if (w === folded) return t;
  if (folded === 'chuong trinh') return T.ACTION_PROGRAMME;
  // A Hướng dẫn (guidance) assigns work like a plan; the type list has no word of its own for it.
  if (folded === 'huong dan') return T.OTHER;
  return null;
}

const NUMBER = String.raw`\d+(?:\/\d{4})?\s?[\/-]\s?[A-ZĐ][A-Za-zĐđ]*(?:[\/-][A-ZĐ][A-Za-zĐđ0-9]*)*`;
const TYPE_ALT = TYPE_WORDS.map(([w]) => w).join('|');
const DATE = String.raw`\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}`;
const REFERENCE = new RegExp(String.raw`(?:(${TYPE_ALT})\s+(?:số\s+)?)?(${NUMBER})(?:\s+ngày\s+(${DATE}))?`, 'giu');
const ISSUER_END =
  /\s+(?:về|thực hiện|giai đoạn|ban hành|phê duyệt|nhằm|theo|tại|để|quy định|hướng dẫn|và|phù hợp|đã|với)(?=\s|$).*$/iu;

/** "20-Ctr/TU" → "20-CTr/TU": the usual capitalisation of each code, and no stray spaces. */
export function canonicalDocumentNumber(raw: string): string {
  return normalizeDocumentNumber(raw).replace(/(^|[/-])(ctr)(?=$|[/-])/giu, '$1CTr');
}

function typeFromNumber(number: string): LegalDocumentType {
  const code = /[/-]([A-Za-zĐđ]+)/u.exec(number)?.[1];
  return (code && TYPE_CODES[foldVietnamese(code).toUpperCase()]) || T.OTHER;
}

function dateOf(text: string | undefined): string | null {
  if (!text) return null;
  const long = /(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(text);
  return long ? parseViDate(`${long[1]}/${long[2]}/${long[3]}`) : parseViDate(text);
}

export interface DocumentScan {
  documents: DraftDocument[];
  /** Where each citation is, with its number: to tell "Thực hiện X" and to skip its date as a deadline. */
  mentions: { number: string | null; span: Span }[];
}

/** Every document the text cites, merged by number, in the order first cited. */
export function findDocuments(text: string, ownNumber: string | null, known: KnownDocument[] = []): DocumentScan {
  const byNumber = new Map<string, DraftDocument>();
  const mentions: DocumentScan['mentions'] = [];
  const knownByNumber = new Map(known.map((k) => [canonicalDocumentNumber(k.number), k]));
  const add = (doc: DraftDocument) => {
    const key = doc.number ?? `name:${foldVietnamese(doc.title ?? '')}`;
    const prev = byNumber.get(key);
    if (!prev) {
      byNumber.set(key, doc);
      return;
    }
    prev.issuer ??= doc.issuer;
    prev.issuedOn ??= doc.issuedOn;
    prev.title ??= doc.title;
    if (prev.type === T.OTHER) prev.type = doc.type;
  };

  for (const m of text.matchAll(REFERENCE)) {
    const number = canonicalDocumentNumber(m[2]!);
    const span = { start: m.index, end: m.index + m[0].length };
    mentions.push({ number, span });
    if (ownNumber && number === ownNumber) continue;
    const typeWord = m[1] ? documentTypeOfWord(m[1]) : null;
    // The issuer and subject follow; read them without consuming the citations they may contain.
    let after = text.slice(span.end, span.end + 600);
    const of = /^\s+của\s+([^,;.()\n]{2,120})/u.exec(after);
    let issuer = of?.[1]!.replace(ISSUER_END, '').trim() || null;
    if (issuer && !/^\p{Lu}/u.test(issuer)) issuer = null;
    if (of && issuer) after = after.slice(after.indexOf(issuer) + issuer.length);
    const about = /^\s+(về\s[^;(\n]*?)(?=[;(\n]|\.\s|,\s+\p{Lu}|$)/u.exec(after)?.[1]?.trim();
    const k = knownByNumber.get(number);
    add({
      number,
      type: typeWord ?? typeFromNumber(number),
      issuer: issuer ?? k?.issuer ?? null,
      issuedOn: dateOf(m[3]) ?? k?.issuedOn ?? null,
      title: about ? about.charAt(0).toUpperCase() + about.slice(1) : (k?.title ?? null),
      span,
      confidence: m[1] ? 0.9 : 0.75,
    });
  }

  // Resolutions of a Party Central Committee plenum are cited by name: "Nghị quyết Trung ương 7 khóa X".
  for (const m of text.matchAll(
    /Nghị quyết\s+(?:Hội nghị\s+)?(?:lần thứ\s+)?Trung ương\s+(\d+|[\p{L}]+)\s+khóa\s+([IVXLC]+)/gu,
  )) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (mentions.some((x) => x.span.start <= span.start && x.span.end >= span.end)) continue;
    const name = m[0].replace(/\s+/g, ' ');
    const folded = foldVietnamese(name);
    const k = known.find((d) => d.type === T.RESOLUTION && foldVietnamese(d.title).includes(folded));
    mentions.push({ number: k ? canonicalDocumentNumber(k.number) : null, span });
    if (k) {
      add({
        number: canonicalDocumentNumber(k.number),
        type: T.RESOLUTION,
        issuer: k.issuer,
        issuedOn: k.issuedOn,
        title: k.title,
        span,
        confidence: 0.7,
      });
    } else {
      add({
        number: null,
        type: T.RESOLUTION,
        issuer: 'Ban Chấp hành Trung ương Đảng',
        issuedOn: null,
        title: name,
        span,
        confidence: 0.5,
      });
    }
  }
  const documents = [...byNumber.values()].sort((a, b) => a.span.start - b.span.start);
  mentions.sort((a, b) => a.span.start - b.span.start);
  return { documents, mentions };
}
