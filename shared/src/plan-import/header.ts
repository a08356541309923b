// The header and the tail of a document: number, place and date, type and title, issuer; the
// recipients and the signature. Layout-aware: columns come as separate lines (lines.ts).
import { LegalDocumentType } from '../enums.js';
import { parseViDate } from '../dates.js';
import { foldVietnamese, normalizeDocumentNumber } from '../text.js';
import { canonicalDocumentNumber, documentTypeOfWord } from './documents.js';
import type { Line } from './lines.js';
import { markerOf } from './numbering.js';
import type { DraftUnitRef, DraftValue, Span } from './types.js';
import { textOf, tokenize, unknownUnitAt, type UnitMatcher } from './units.js';

const value = <T>(v: T, span: Span, confidence: number): DraftValue<T> => ({ value: v, span, confidence });
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const KEEP_CAPS = new Set(['UBND', 'HĐND', 'MTTQ', 'KH', 'QĐ', 'TW', 'CNTT', 'KT-XH']);
/** "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU" → "Nhiệm vụ, giải pháp chủ yếu". */
export function sentenceCase(s: string): string {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters !== letters.toUpperCase()) return s;
  return capitalize(
    s
      .split(' ')
      .map((w) => (KEEP_CAPS.has(w.replace(/[^\p{L}-]/gu, '')) ? w : w.toLowerCase()))
      .join(' '),
  );
}

/** "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI" → "Ủy ban nhân dân tỉnh Quảng Ngãi": the place keeps its capitals. */
export function unitNameCase(s: string): string {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters !== letters.toUpperCase()) return s;
  const ws = s.toLowerCase().split(/\s+/);
  let place = false;
  const out = ws.map((w, i) => {
    if (KEEP_CAPS.has(w.toUpperCase())) return w.toUpperCase();
    const titled = capitalize(w);
    if (i === 0) return titled;
    if (place) return titled;
    if (/^(tỉnh|huyện|xã|phường|quận|trấn|phố|ấp)$/u.test(w) && !(w === 'xã' && ws[i + 1] === 'hội')) place = true;
    return w;
  });
  return out.join(' ');
}

export interface Header {
  number: DraftValue<string> | null;
  numberLine: number;
  place: DraftValue<string> | null;
  issuedOn: DraftValue<string> | null;
  documentType: LegalDocumentType;
  typeLine: number;
  title: DraftValue<string> | null;
  titleSpan: Span | null;
  /** The first line after the title. */
  preambleFrom: number;
}

const NUMBER_LINE = /(?:^|\|)\s*S[ốo]\s*:?\s*(\d+(?:\/\d{4})?\s*[/-]\s*[\p{L}\d&-]+(?:\s*\/\s*[\p{L}\d-]+)*)/iu;
const DATE_LINE = /(?:^|\|)\s*([^|,\d]{2,60}?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;

/** The type line of a document: "KẾ HOẠCH", "QUYẾT ĐỊNH", "CHƯƠNG TRÌNH", "HƯỚNG DẪN"… alone on its line. */
export function typeOfLine(l: Line): LegalDocumentType | null {
  if (l.table) return null;
  return documentTypeOfWord(l.text.replace(/[:.]\s*$/, '').trim());
}

export function readHeader(lines: Line[], warnings: string[]): Header {
  let number: DraftValue<string> | null = null;
  let numberLine = -1;
  let place: DraftValue<string> | null = null;
  let issuedOn: DraftValue<string> | null = null;
  let typeLine = -1;
  let documentType: LegalDocumentType = LegalDocumentType.PLAN;
  const headerLimit = Math.min(lines.length, 40);
  for (let i = 0; i < headerLimit; i++) {
    const l = lines[i]!;
    const n = NUMBER_LINE.exec(l.text);
    if (n && !number && (typeLine < 0 || i < typeLine + 2)) {
      const start = l.start + n.index + n[0].length - n[1]!.length;
      number = value(
        canonicalDocumentNumber(normalizeDocumentNumber(n[1]!)),
        { start, end: start + n[1]!.length },
        0.95,
      );
      numberLine = i;
    }
    const d = DATE_LINE.exec(l.text);
    if (d && !issuedOn) {
      const iso = parseViDate(`${d[2]}/${d[3]}/${d[4]}`);
      const placeStart = l.start + d.index + d[0].indexOf(d[1]!);
      place = value(clean(d[1]!), { start: placeStart, end: placeStart + d[1]!.trim().length }, 0.9);
      if (iso) issuedOn = value(iso, { start: l.start + d.index, end: l.start + d.index + d[0].length }, 0.95);
    }
    const t = typeOfLine(l);
    if (t && typeLine < 0) {
      typeLine = i;
      documentType = t;
    }
  }
  if (!number) warnings.push('Không tìm thấy số văn bản (Số: …).');
  if (!issuedOn) warnings.push('Không tìm thấy ngày ban hành.');

  let title: DraftValue<string> | null = null;
  let titleSpan: Span | null = null;
  let preambleFrom = 0;
  if (typeLine >= 0) {
    const head = lines[typeLine]!;
    const sub: Line[] = [];
    for (let i = typeLine + 1; i < lines.length; i++) {
      const l = lines[i]!;
      if (/^[-_*=]{3,}$/.test(l.text)) continue;
      if (sub.length > 0) {
        const emphasisChain = l.emphasised && sub[0]!.emphasised;
        // Plain text: the title goes on over the lines that follow it without a blank line.
        const plainChain = !sub[0]!.emphasised && !l.emphasised && !l.blankBefore && sub.length < 4;
        if (!emphasisChain && !plainChain) break;
      }
      // "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN …" under a decision's subtitle is its authority, not its title.
      if (sub.length > 0 && l.caps && !sub[0]!.caps) break;
      if (/^(căn cứ|\(|thực hiện)/iu.test(l.text) && sub.length > 0) break;
      if (markerOf(l.text) && markerOf(l.text)!.style !== 'bullet') break;
      if (l.split) continue;
      sub.push(l);
      preambleFrom = i + 1;
    }
    const label = sentenceCase(head.text.replace(/[:.]\s*$/, '').trim());
    const subtitle = clean(sub.map((l) => l.text).join(' '));
    const lowered = /^\p{Lu}\p{Ll}/u.test(subtitle) ? subtitle.charAt(0).toLowerCase() + subtitle.slice(1) : subtitle;
    titleSpan = { start: head.start, end: sub.length ? sub[sub.length - 1]!.end : head.end };
    title = value(subtitle ? `${label} ${lowered}` : label, titleSpan, subtitle ? 0.9 : 0.5);
  } else {
    warnings.push('Không tìm thấy tên loại văn bản (KẾ HOẠCH, QUYẾT ĐỊNH…).');
  }
  return { number, numberLine, place, issuedOn, documentType, typeLine, title, titleSpan, preambleFrom };
}

const MOTTO = /cong hoa|doc lap|dang cong san viet nam/;

/**
 * The issuer from the lines above "Số:" (the left column): the whole of them when they name a unit
 * on record; else the last of them (the issuer under its superior: "ĐẢNG BỘ TỈNH …" / "HUYỆN ỦY …");
 * else the unit they name, proposed as new. The issuer comes from the document, never the catalogue's
 * own: a name on record must be matched whole, its level and place included.
 */
export function readIssuer(lines: Line[], header: Header, matcher: UnitMatcher): DraftUnitRef | null {
  const until = header.numberLine >= 0 ? header.numberLine : header.typeLine;
  if (until <= 0) return null;
  const candidates = lines
    .slice(0, until)
    .map((l) => {
      if (!l.table) return l;
      const first = /^\|?\s*([^|]*)/.exec(l.text)![1]!;
      const at = l.text.indexOf(first);
      return { ...l, start: l.start + at, end: l.start + at + first.trimEnd().length, text: first.trim() };
    })
    .filter((l) => /\p{L}{2}/u.test(l.text) && !MOTTO.test(foldVietnamese(l.text)) && !DATE_LINE.test(l.text))
    .filter((l) => !l.split || l.column < 40);
  if (candidates.length === 0) return null;
  const whole = (ls: Line[]): { ref: DraftUnitRef } | null => {
    const toks = ls.flatMap((l) => tokenize(l.text, l.start));
    const m = matcher.matchAt(toks, 0);
    if (!m || toks.slice(m.next).some((t) => t.word)) return null;
    return { ref: { ...m.ref, span: { start: ls[0]!.start, end: ls[ls.length - 1]!.end }, confidence: 0.9 } };
  };
  for (let k = 0; k < candidates.length; k++) {
    const found = whole(candidates.slice(k));
    if (found) return found.ref;
  }
  // Not on record: propose it. A superior above the issuer ("BỘ …" over "CỤC …") is left out.
  const last = candidates[candidates.length - 1]!;
  const lastToks = tokenize(last.text, last.start);
  const own = candidates.length > 1 && unknownUnitAt(lastToks, 0) ? [last] : candidates;
  const toks = own.flatMap((l) => tokenize(l.text, l.start));
  const name = unitNameCase(textOf(toks, 0, toks.length));
  return {
    text: own.map((l) => l.text).join(' '),
    span: { start: own[0]!.start, end: own[own.length - 1]!.end },
    confidence: 0.4,
    unitKey: null,
    groupCode: null,
    newUnitName: name,
  };
}

export interface Tail {
  recipients: DraftValue<string>[];
  signerTitle: DraftValue<string> | null;
  signerName: DraftValue<string> | null;
}

export const SIGNATURE =
  /^(?:(?:TM|KT|TL|TUQ|Q|T\/M|T\/L|K\/T)\.?\s+\p{Lu}{2}|(?:PHÓ )?(?:CHỦ TỊCH|BÍ THƯ|BỘ TRƯỞNG|GIÁM ĐỐC)$)/u;
const NAME = /^\p{Lu}[\p{Ll}]*(\s+\p{Lu}[\p{Ll}]*){1,5}$/u;

/** Recipients (the bullets under "Nơi nhận") and the signature, in whichever order or column they come. */
export function readTail(tail: Line[], warnings: string[]): Tail {
  const recipients: DraftValue<string>[] = [];
  const noiNhan = tail.findIndex((l) => /^noi nhan/.test(foldVietnamese(l.text)));
  if (noiNhan >= 0) {
    for (let k = noiNhan + 1; k < tail.length; k++) {
      const l = tail[k]!;
      const m = markerOf(l.text);
      if (m?.style !== 'bullet') {
        if (SIGNATURE.test(l.text) || l.split || l.caps || NAME.test(l.text)) continue;
        break;
      }
      const v = l.text
        .slice(m.length)
        .replace(/[;.,]+\s*$/u, '')
        .trim();
      recipients.push(value(v, { start: l.start + m.length, end: l.start + m.length + v.length }, 0.9));
    }
  }
  let signerTitle: DraftValue<string> | null = null;
  let signerName: DraftValue<string> | null = null;
  const capIdx = tail.findIndex((l) => SIGNATURE.test(l.text));
  if (capIdx >= 0) {
    const cap: Line[] = [tail[capIdx]!];
    let k = capIdx + 1;
    for (; k < tail.length; k++) {
      const l = tail[k]!;
      if (markerOf(l.text)?.style === 'bullet' || /^noi nhan/.test(foldVietnamese(l.text))) continue;
      const letters = l.text.replace(/[^\p{L}]/gu, '');
      if (letters && letters === letters.toUpperCase() && !/^\(/.test(l.text)) cap.push(l);
      else break;
    }
    signerTitle = value(
      cap.map((l) => clean(l.text)).join(', '),
      { start: cap[0]!.start, end: cap[cap.length - 1]!.end },
      0.9,
    );
    const name = tail
      .slice(k)
      .find((l) => markerOf(l.text)?.style !== 'bullet' && NAME.test(l.text.trim()) && !/^[\p{Lu}\s]+$/u.test(l.text));
    if (name) signerName = value(clean(name.text), { start: name.start, end: name.end }, 0.85);
  }
  if (!signerName) warnings.push('Không tìm thấy người ký.');
  return { recipients, signerTitle, signerName };
}
