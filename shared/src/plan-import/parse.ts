// Reads the text of a plan (Markdown or plain text) and proposes its task graph: header, cited
// documents, the task tree in the document's own numbering, who leads and helps, deadlines, and
// the roles of section III. Pure: no I/O, no network, no model; the known units come as a parameter.
import { AssignmentRole, LegalDocumentType, OrganizationKind } from '../enums.js';
import { foldVietnamese, normalizeDocumentNumber } from '../text.js';
import { parseViDate } from '../dates.js';
import { findDeadline, ongoing } from './deadlines.js';
import { canonicalDocumentNumber, documentTypeOfWord, findDocuments } from './documents.js';
import { tokenize, unknownUnitAt, UnitMatcher, type Token } from './units.js';
import type {
  DraftAssignee,
  DraftDeadline,
  DraftTask,
  DraftUnitRef,
  DraftValue,
  ParseOptions,
  PlanDraft,
  ProposedUnit,
  Span,
} from './types.js';

interface Line {
  start: number;
  end: number;
  /** The line without Markdown syntax (same offsets as the text). */
  text: string;
  /** A Markdown heading, or a line in bold, or a line in capitals: a title rather than prose. */
  emphasised: boolean;
  /** Written in capitals. */
  caps: boolean;
  table: boolean;
}

/** Blanks Markdown syntax so that offsets into the result are offsets into the original text. */
function mask(text: string): string {
  return text
    .replace(/^([ \t]{0,3})(#{1,6})([ \t])/gm, (_m, a: string, h: string, b: string) => a + ' '.repeat(h.length) + b)
    .replace(/\\([.\-*_()#+[\]])/g, '$1 ')
    .replace(/\*\*|__/g, '  ')
    .replace(/(^|\s)\*(?=\S)/g, '$1 ')
    .replace(/(?<=\S)\*(?=\s|$)/g, ' ');
}

function splitLines(text: string, masked: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  for (const raw of text.split('\n')) {
    const lineEnd = pos + raw.length;
    const m = masked.slice(pos, lineEnd);
    const lead = m.length - m.trimStart().length;
    const body = m.trim();
    if (body) {
      const start = pos + lead;
      const rawTrim = raw.trim();
      const letters = body.replace(/[^\p{L}]/gu, '');
      const caps = letters.length > 3 && letters === letters.toUpperCase();
      lines.push({
        start,
        end: start + body.length,
        text: body,
        emphasised: /^#{1,6}\s/.test(rawTrim) || /^(\*\*|__).*(\*\*|__)$/.test(rawTrim) || caps,
        caps,
        table: rawTrim.startsWith('|'),
      });
    }
    pos = lineEnd + 1;
  }
  return lines;
}

type Style = 'chapter' | 'article' | 'roman' | 'arabic' | 'letter' | 'bullet' | `decimal${number}`;

interface Marker {
  style: Style;
  label: string;
  /** Characters of the marker, up to the text after it. */
  length: number;
}

function markerOf(text: string): Marker | null {
  let m: RegExpExecArray | null;
  if ((m = /^(?:PHẦN|Phần)\s+([IVXLC]+)\b\s*[.:-]?\s*/u.exec(text)))
    return { style: 'roman', label: m[1]!, length: m[0].length };
  if ((m = /^(?:CHƯƠNG|Chương)\s+([IVXLC]+|\d+)\b\s*[.:-]?\s*/u.exec(text)))
    return { style: 'chapter', label: `C${m[1]}`, length: m[0].length };
  if ((m = /^(?:ĐIỀU|Điều)\s+(\d+)\s*[.:]?\s*/u.exec(text)))
    return { style: 'article', label: m[1]!, length: m[0].length };
  if ((m = /^([IVXLC]+)\s*[.)]\s+/u.exec(text))) return { style: 'roman', label: m[1]!, length: m[0].length };
  if ((m = /^(\d+(?:\.\d+)+)\.?\s+/u.exec(text)))
    return { style: `decimal${m[1]!.split('.').length}`, label: m[1]!, length: m[0].length };
  if ((m = /^(\d{1,2})\s*[.)]\s+/u.exec(text))) return { style: 'arabic', label: m[1]!, length: m[0].length };
  if ((m = /^([a-zđ])\s*[).]\s+/u.exec(text))) return { style: 'letter', label: m[1]!, length: m[0].length };
  if ((m = /^[-–—•+*]\s+/u.exec(text))) return { style: 'bullet', label: '', length: m[0].length };
  return null;
}

interface Node {
  style: Style;
  code: string;
  line: Line;
  marker: Marker;
  body: Line[];
  table: Line[];
  children: Node[];
  parent: Node | null;
}

const fold = foldVietnamese;
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

const KEEP_CAPS = new Set(['UBND', 'HĐND', 'MTTQ', 'KH', 'QĐ', 'TW', 'CNTT', 'KT-XH']);
/** "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU" → "Nhiệm vụ, giải pháp chủ yếu". */
function sentenceCase(s: string): string {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters !== letters.toUpperCase()) return s;
  return capitalize(
    s
      .split(' ')
      .map((w) => (KEEP_CAPS.has(w.replace(/[^\p{L}-]/gu, '')) ? w : w.toLowerCase()))
      .join(' '),
  );
}

const LEADING_WHEN = /^(?:trong|trước|đến|chậm nhất|từ)\b[^,]{0,40}?\d{4}\s*,\s*/iu;
const TITLE_WORDS = 24;

/** A task's title from prose: its first clause, without a leading deadline, at most a couple of dozen words. */
function titleFrom(text: string): string {
  let s = clean(text)
    .replace(LEADING_WHEN, '')
    .replace(/^(?:(?:có|chịu) trách nhiệm|là)\s+/iu, '');
  s = s.split(/;|:|\s\(|\.\s|\.$/u)[0]!.trim();
  const words = s.split(' ');
  if (words.length > TITLE_WORDS) {
    const head = words.slice(0, TITLE_WORDS).join(' ');
    const comma = head.lastIndexOf(',');
    s = comma > head.length * 0.6 ? head.slice(0, comma) : `${head}…`;
  }
  return capitalize(s.replace(/[,.;:]+$/u, '').trim());
}

const CONTEXT_SECTION = /^(muc dich|yeu cau|muc tieu|quan diem|can cu|tinh hinh|ket qua|danh gia)/;
const NOT_A_TASK_ARTICLE =
  /^(ban hanh kem theo|quyet dinh nay co hieu luc)|co hieu luc (thi hanh )?ke tu|chiu trach nhiem thi hanh/;

export function parsePlanText(text: string, options: ParseOptions): PlanDraft {
  const matcher = new UnitMatcher(options.catalogue);
  const masked = mask(text);
  const lines = splitLines(text, masked);
  const warnings: string[] = [];
  const newUnits = new Map<string, ProposedUnit>();
  const value = <T>(v: T, span: Span, confidence: number): DraftValue<T> => ({ value: v, span, confidence });
  const lineText = (l: Line, from = 0) => masked.slice(l.start + from, l.end);

  // ---- Header: number, place and date, the document's type and title.
  let number: DraftValue<string> | null = null;
  let numberLine = -1;
  let place: DraftValue<string> | null = null;
  let issuedOn: DraftValue<string> | null = null;
  let typeLine = -1;
  let documentType: LegalDocumentType = LegalDocumentType.PLAN;
  const headerLimit = Math.min(lines.length, 40);
  for (let i = 0; i < headerLimit; i++) {
    const l = lines[i]!;
    const n = /\bS[ốo]\s*:\s*(\d+(?:\/\d{4})?\s*[/-]\s*[\p{L}\d&-]+(?:\s*\/\s*[\p{L}\d-]+)*)/iu.exec(l.text);
    if (n && !number) {
      const start = l.start + n.index + n[0].length - n[1]!.length;
      number = value(
        canonicalDocumentNumber(normalizeDocumentNumber(n[1]!)),
        { start, end: start + n[1]!.length },
        0.95,
      );
      numberLine = i;
    }
    const d = /(?:^|\|)\s*([^|,\d]{2,60}?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu.exec(l.text);
    if (d && !issuedOn) {
      const iso = parseViDate(`${d[2]}/${d[3]}/${d[4]}`);
      const placeStart = l.start + d.index + d[0].indexOf(d[1]!);
      place = value(clean(d[1]!), { start: placeStart, end: placeStart + d[1]!.trim().length }, 0.9);
      if (iso) issuedOn = value(iso, { start: l.start + d.index, end: l.start + d.index + d[0].length }, 0.95);
    }
    const t = documentTypeOfWord(l.text.replace(/[:.]\s*$/, '').trim());
    if (t && typeLine < 0 && !l.table) {
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
      if (sub.length > 0 && !(l.emphasised && sub[0]!.emphasised)) break;
      // "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN …" under a decision's subtitle is its authority, not its title.
      if (sub.length > 0 && l.caps && !sub[0]!.caps) break;
      if (markerOf(l.text) && markerOf(l.text)!.style !== 'bullet') break;
      sub.push(l);
      preambleFrom = i + 1;
      if (!l.emphasised) break;
    }
    const label = sentenceCase(head.text.replace(/[:.]\s*$/, '').trim());
    const subtitle = clean(sub.map((l) => l.text).join(' '));
    const lowered = /^\p{Lu}\p{Ll}/u.test(subtitle) ? subtitle.charAt(0).toLowerCase() + subtitle.slice(1) : subtitle;
    titleSpan = { start: head.start, end: sub.length ? sub[sub.length - 1]!.end : head.end };
    title = value(subtitle ? `${label} ${lowered}` : label, titleSpan, subtitle ? 0.9 : 0.5);
  } else {
    warnings.push('Không tìm thấy tên loại văn bản (KẾ HOẠCH, QUYẾT ĐỊNH…).');
  }

  // ---- Body: from the first numbered heading to "Nơi nhận" (or the signature).
  let bodyStart = lines.findIndex((l, i) => {
    if (i < preambleFrom) return false;
    const m = markerOf(l.text);
    return m !== null && m.style !== 'bullet';
  });
  if (bodyStart < 0) bodyStart = lines.length;
  let bodyEnd = lines.findIndex((l, i) => i > bodyStart && /^noi nhan\b/.test(fold(l.text)));
  const signatureAt = lines.findIndex((l, i) => i > bodyStart && /^(TM|KT|TL|TUQ|Q)\.\s/u.test(l.text));
  if (bodyEnd < 0) bodyEnd = signatureAt >= 0 ? signatureAt : lines.length;

  // ---- Cited documents.
  const docs = findDocuments(masked, number?.value ?? null, options.documents ?? []);
  const skip = docs.mentions.map((m) => m.span);

  // ---- Tree of numbered items.
  const roots: Node[] = [];
  const stack: Node[] = [];
  const closing: Line[] = [];
  let inClosing = false;
  for (let i = bodyStart; i < bodyEnd; i++) {
    const l = lines[i]!;
    const marker = l.table ? null : markerOf(l.text);
    if (marker && marker.style !== 'bullet') {
      inClosing = false;
      const at = stack.findIndex((n) => n.style === marker.style);
      if (at >= 0) stack.length = at;
      const parent = stack[stack.length - 1] ?? null;
      const code =
        marker.style === 'article'
          ? marker.label
          : marker.style.startsWith('decimal') && parent && marker.label.startsWith(`${parent.code}.`)
            ? marker.label
            : parent
              ? `${parent.code}.${marker.label}`
              : marker.label;
      const node: Node = { style: marker.style, code, line: l, marker, body: [], table: [], children: [], parent };
      (parent ? parent.children : roots).push(node);
      stack.push(node);
      continue;
    }
    if (!marker && /^trong qua trinh\b.*kho khan/.test(fold(l.text))) inClosing = true;
    if (inClosing) {
      closing.push(l);
      continue;
    }
    const current = stack[stack.length - 1];
    if (!current) continue;
    if (l.table) current.table.push(l);
    else current.body.push(l);
  }

  // ---- The issuer: header lines above "Số:", else "<unit> ban hành Kế hoạch" in the preamble.
  const preamble = lines.slice(preambleFrom, bodyStart);
  let issuer: DraftUnitRef | null = null;
  const headerUnits = lines
    .slice(0, numberLine >= 0 ? numberLine : 0)
    .map((l) => (l.table ? { ...l, text: l.text.split('|').filter((c) => c.trim())[0] ?? '' } : l))
    .filter((l) => !/cong hoa|doc lap/.test(fold(l.text)));
  if (headerUnits.length > 0) {
    const first = headerUnits[0]!;
    const last = headerUnits[headerUnits.length - 1]!;
    const joined = headerUnits.map((l) => l.text.trim()).join(' ');
    const toks = tokenize(joined, 0);
    const m = matcher.matchAt(toks, 0, joined, 0);
    if (m) issuer = { ...m.ref, span: { start: first.start, end: last.end }, confidence: 0.9 };
    else
      issuer = {
        text: joined,
        span: { start: first.start, end: last.end },
        confidence: 0.4,
        unitKey: null,
        groupCode: null,
        newUnitName: capitalize(joined.toLowerCase()),
      };
  }
  if (!issuer?.unitKey) {
    for (const l of preamble) {
      const m = /([^,]{3,120}?)\s+ban hành\s+(?:kế hoạch|quyết định|chương trình)/iu.exec(l.text);
      if (!m) continue;
      const base = l.start + m.index;
      const toks = tokenize(m[1]!, base);
      for (let k = 0; k < toks.length; k++) {
        const r = matcher.matchAt(toks, k, m[1]!, base);
        if (r?.ref.unitKey) {
          issuer = { ...r.ref, confidence: 0.85 };
          break;
        }
      }
      if (issuer?.unitKey) break;
    }
  }
  if (!issuer) warnings.push('Không xác định được cơ quan ban hành.');

  // ---- What the plan carries out: "Thực hiện <document>" in the title, else in the preamble.
  const carried = docs.mentions.filter((m) =>
    /(thuc hien|trien khai)\s*$/.test(fold(masked.slice(Math.max(0, m.span.start - 20), m.span.start))),
  );
  const docOf = (n: string | null) => docs.documents.find((d) => d.number === n);
  const inTitle = carried.find(
    (m) => titleSpan && m.span.start >= titleSpan.start && m.span.end <= titleSpan.end + 400,
  );
  const implementsMention = inTitle ?? carried[0];
  const implementsDoc = implementsMention?.number ?? null;
  const implementsValue = implementsDoc ? value(implementsDoc, implementsMention!.span, inTitle ? 0.9 : 0.7) : null;
  const parentMention = carried.find((m) => docOf(m.number)?.type === LegalDocumentType.PLAN);
  const parentPlan = parentMention ? value(parentMention.number!, parentMention.span, 0.85) : null;

  // ---- Who: lists of units at the start of an item.
  const propose = (u: NonNullable<ReturnType<typeof unknownUnitAt>>): DraftUnitRef => {
    const key = fold(u.name);
    if (!newUnits.has(key)) newUnits.set(key, { name: u.name, kind: u.kind, span: u.span, confidence: 0.4 });
    return {
      text: u.name,
      span: u.span,
      confidence: 0.4,
      unitKey: null,
      groupCode: null,
      newUnitName: newUnits.get(key)!.name,
    };
  };
  const is = (toks: Token[], i: number, ...ws: string[]) => ws.every((w, k) => toks[i + k]?.norm === w);
  const TITLES: string[][] = [['thu', 'truong'], ['chanh'], ['chu', 'tich'], ['giam', 'doc'], ['truong']];

  /** Units listed from tokens[i]: "A, B và các xã, thị trấn". Member organisations come flagged. */
  const scanList = (toks: Token[], i: number, src: string, base: number) => {
    const refs: { ref: DraftUnitRef; member: boolean }[] = [];
    let next = i;
    for (;;) {
      let j = next;
      if (refs.length > 0) {
        if (toks[j]?.norm === ',' || toks[j]?.norm === 'va' || toks[j]?.norm === 'cung') j++;
        else break;
        if (toks[j]?.norm === 'va') j++;
      }
      for (const t of TITLES) if (is(toks, j, ...t) && toks[j + t.length]?.word) j += t.length;
      const m = matcher.matchAt(toks, j, src, base);
      if (m) {
        refs.push({ ref: m.ref, member: false });
        next = m.next;
        if (is(toks, next, 'co', 'lien', 'quan')) next += 3;
        else if (is(toks, next, 'lien', 'quan')) next += 2;
        continue;
      }
      const prev = refs[refs.length - 1]?.ref;
      const memberWords = is(toks, j, 'cac', 'to', 'chuc', 'thanh', 'vien') ? 5 : 0;
      if (memberWords && prev?.unitKey) {
        const end = toks[j + memberWords - 1]!;
        const span = { start: toks[j]!.start, end: end.end };
        for (const u of matcher.membersOf(prev.unitKey)) {
          refs.push({
            ref: {
              text: src.slice(span.start - base, span.end - base),
              span,
              confidence: 0.7,
              unitKey: u.key,
              groupCode: null,
              newUnitName: null,
            },
            member: true,
          });
        }
        next = j + memberWords;
        continue;
      }
      const u = unknownUnitAt(toks, j, src, base);
      if (u) {
        refs.push({ ref: propose(u), member: false });
        next = u.next;
        continue;
      }
      break;
    }
    return { refs, next };
  };

  /** Lead and collaborators named at the start of a piece of prose; `rest` is where the work starts. */
  const scanAssignees = (src: string, base: number): { assignees: DraftAssignee[]; rest: number } => {
    const toks = tokenize(src, base);
    const when = LEADING_WHEN.exec(src);
    let i = 0;
    if (when) while (i < toks.length && toks[i]!.start < base + when[0].length) i++;
    if (is(toks, i, 'de', 'nghi') || is(toks, i, 'yeu', 'cau') || is(toks, i, 'chi', 'dao')) i += 2;
    else if (is(toks, i, 'giao')) i += 1;
    const subjects = scanList(toks, i, src, base);
    if (subjects.refs.length === 0) return { assignees: [], rest: 0 };
    const assignees: DraftAssignee[] = subjects.refs.map(({ ref, member }) => ({
      ...ref,
      role: member ? AssignmentRole.COLLABORATOR : AssignmentRole.LEAD,
    }));
    i = subjects.next;
    if (is(toks, i, 'chu', 'tri')) i += 2;
    if (toks[i]?.norm === ',') i++;
    const cooperate = is(toks, i, 'phoi', 'hop', 'voi') ? 3 : is(toks, i, 'phoi', 'hop', 'chat', 'che', 'voi') ? 5 : 0;
    if (cooperate) {
      const helpers = scanList(toks, i + cooperate, src, base);
      for (const { ref } of helpers.refs) assignees.push({ ...ref, role: AssignmentRole.COLLABORATOR });
      i = helpers.refs.length ? helpers.next : i;
    }
    if (toks[i]?.norm === ':') i++;
    return { assignees, rest: toks[i] ? toks[i]!.start - base : src.length };
  };

  /** "Cấp ủy, chính quyền từ huyện đến xã": the issuer leads, the Party committee and the communes help. */
  const phraseAssignees = (src: string, base: number): DraftAssignee[] => {
    const m = /(cấp ủy[^.;]{0,30}?)?chính quyền (?:các cấp )?từ huyện đến (?:xã|cơ sở)/iu.exec(src);
    if (!m || !issuer?.unitKey) return [];
    const span = { start: base + m.index, end: base + m.index + m[0].length };
    const named = (name: string, role: AssignmentRole): DraftAssignee[] => {
      const r = matcher.matchAt(tokenize(name), 0, name, 0);
      return r ? [{ ...r.ref, text: m[0], span, confidence: 0.5, role }] : [];
    };
    return [
      { ...issuer, text: m[0], span, confidence: 0.5, role: AssignmentRole.LEAD },
      ...(m[1] ? named('Huyện ủy', AssignmentRole.COLLABORATOR) : []),
      ...named('các xã, thị trấn', AssignmentRole.COLLABORATOR),
    ];
  };

  const lastLine = (n: Node): Line => {
    const own = [n.line, ...n.body, ...n.table];
    const deepest = n.children.length ? lastLine(n.children[n.children.length - 1]!) : null;
    const ownLast = own.reduce((a, b) => (b.end > a.end ? b : a));
    return deepest && deepest.end > ownLast.end ? deepest : ownLast;
  };
  const bodyText = (ls: Line[]) =>
    ls
      .map((l) => {
        const m = markerOf(l.text);
        return clean(m?.style === 'bullet' ? l.text.slice(m.length) : l.text);
      })
      .join('\n');

  const buildTask = (n: Node, inherited: DraftAssignee[]): DraftTask => {
    const headStart = n.line.start + n.marker.length;
    const head = lineText(n.line, n.marker.length).trim();
    const span = { start: n.line.start, end: lastLine(n).end };
    const found = n.line.emphasised ? null : scanAssignees(head, headStart);
    // "c) Phòng Giáo dục và Đào tạo:" names who; the work is in the lines below.
    const leadIn = found !== null && /:\s*$/.test(head) && head.slice(found.rest).split(/\s+/).length <= 4;
    const prose = !n.line.emphasised && !leadIn && (/[.;:]\s*$/.test(head) || head.split(/\s+/).length > 30);
    let assignees: DraftAssignee[] = [];
    let taskTitle: string;
    let body: string;
    let confidence = 0.8;
    if (!leadIn && !prose) {
      taskTitle = sentenceCase(head.replace(/[:.]\s*$/, '').trim());
      body = bodyText(n.body);
      const first = n.body[0];
      if (first && markerOf(first.text)?.style !== 'bullet')
        assignees = scanAssignees(first.text, first.start).assignees;
      confidence = 0.9;
    } else {
      const found = scanAssignees(head, headStart);
      assignees = found.assignees;
      const firstBody = n.body[0];
      const firstText = firstBody ? bodyText([firstBody]) : '';
      const rest = head.slice(found.rest).trim();
      taskTitle =
        leadIn && !firstText && n.children.length > 0
          ? clean(head.replace(/:\s*$/, ''))
          : leadIn || rest.length < 3
            ? titleFrom(firstText || rest || head)
            : titleFrom(skipPartners(rest));
      body = leadIn ? bodyText(n.body) : [clean(head), bodyText(n.body)].filter(Boolean).join('\n');
      confidence = leadIn ? 0.75 : 0.65;
    }
    // A table of tasks belongs to the rows, not to the section above it.
    const ownEnd = Math.max(n.line.end, ...n.body.map((l) => l.end));
    if (assignees.length === 0) assignees = phraseAssignees(masked.slice(n.line.start, ownEnd), n.line.start);
    // "1. Phòng Y tế chủ trì…: a) …; b) …": the points are the work of whoever the item names.
    if (assignees.length === 0 && inherited.length > 0) {
      assignees = inherited.map((a) => ({ ...a, confidence: Math.min(a.confidence, 0.6) }));
    }
    const deadline: DraftDeadline =
      findDeadline(masked.slice(n.line.start, ownEnd), n.line.start, skip) ??
      ongoing({ start: n.line.start, end: n.line.end });
    const children = n.children.filter(isTask).map((c) => buildTask(c, assignees));
    children.push(...tableTasks(n, children.length));
    return { code: n.code, title: taskTitle, body, span, confidence, assignees, deadline, children };
  };

  /** Rows of a table of tasks (TT | Nội dung | Chủ trì | Phối hợp | Thời gian) become child tasks. */
  const tableTasks = (n: Node, already: number): DraftTask[] => {
    if (n.table.length < 2) return [];
    const cells = (l: Line) => {
      const out: { text: string; start: number }[] = [];
      let pos = l.start;
      const raw = masked.slice(l.start, l.end);
      const parts = raw.split('|');
      for (const [k, p] of parts.entries()) {
        if (k > 0 && k < parts.length - (raw.trimEnd().endsWith('|') ? 1 : 0)) {
          const lead = p.length - p.trimStart().length;
          out.push({ text: p.trim(), start: pos + lead });
        }
        pos += p.length + 1;
      }
      return out;
    };
    const header = cells(n.table[0]!).map((c) => fold(c.text));
    const col = (re: RegExp) => header.findIndex((h) => re.test(h));
    const cNo = col(/^(tt|stt|so tt)$/);
    const cWhat = col(/noi dung|nhiem vu|cong viec/);
    const cLead = col(/chu tri/);
    const cHelp = col(/phoi hop/);
    const cWhen = col(/thoi gian|thoi han|tien do|hoan thanh/);
    if (cWhat < 0) return [];
    const out: DraftTask[] = [];
    for (const row of n.table.slice(1)) {
      if (/^\|?[\s:|-]+$/.test(row.text)) continue;
      const c = cells(row);
      const what = c[cWhat];
      if (!what?.text) continue;
      const no = cNo >= 0 ? c[cNo]?.text.replace(/[.)]$/, '') : '';
      const code = `${n.code}.${no || String(already + out.length + 1)}`;
      const assignees: DraftAssignee[] = [];
      const unitsIn = (cell: { text: string; start: number } | undefined, role: AssignmentRole) => {
        if (!cell?.text) return;
        const toks = tokenize(cell.text, cell.start);
        for (const { ref, member } of scanList(toks, 0, cell.text, cell.start).refs)
          assignees.push({ ...ref, role: member ? AssignmentRole.COLLABORATOR : role });
      };
      unitsIn(c[cLead], AssignmentRole.LEAD);
      unitsIn(c[cHelp], AssignmentRole.COLLABORATOR);
      const when = cWhen >= 0 ? c[cWhen] : undefined;
      const deadline =
        (when?.text ? findDeadline(when.text, when.start, [], true) : null) ??
        ongoing({ start: row.start, end: row.end });
      out.push({
        code,
        title: titleFrom(what.text),
        body: clean(what.text),
        span: { start: row.start, end: row.end },
        confidence: 0.85,
        assignees,
        deadline,
        children: [],
      });
    }
    return out;
  };

  const isTask = (n: Node): boolean => {
    const head = fold(lineText(n.line, n.marker.length));
    if (n.parent === null && CONTEXT_SECTION.test(head)) return false;
    if (n.style === 'article' && NOT_A_TASK_ARTICLE.test(head)) return false;
    return true;
  };
  const tasks = roots.filter(isTask).map((n) => buildTask(n, []));
  const all: DraftTask[] = [];
  const walk = (ts: DraftTask[]) => ts.forEach((t) => (all.push(t), walk(t.children)));
  walk(tasks);
  for (const t of all) {
    if (t.children.length === 0 && !t.assignees.some((a) => a.role === AssignmentRole.LEAD)) {
      warnings.push(`Nhiệm vụ ${t.code}: chưa xác định đơn vị chủ trì.`);
    }
  }

  // ---- Section III's roles.
  const implementation = tasks.find((t) => /^to chuc thuc hien/.test(fold(t.title)));
  const sectionTasks = implementation ? flatten(implementation.children) : all;
  const firstUnitLead = (t: DraftTask) =>
    t.assignees.find((a) => a.role === AssignmentRole.LEAD && (a.unitKey || a.newUnitName)) ?? null;
  let standingOffice: DraftUnitRef | null = null;
  const reporter = sectionTasks.find(
    (t) => /tong hop[^.]{0,40}bao cao|bao cao ket qua/.test(fold(t.body)) && firstUnitLead(t),
  );
  if (reporter) standingOffice = { ...stripRole(firstUnitLead(reporter)!), confidence: 0.85 };
  else {
    const single = sectionTasks.find((t) => firstUnitLead(t));
    if (single) standingOffice = { ...stripRole(firstUnitLead(single)!), confidence: 0.4 };
  }
  const monitorTask = all.find(
    (t) =>
      t.assignees.some((a) => a.role === AssignmentRole.LEAD && matcher.kindOf(a) === OrganizationKind.FRONT) ||
      (/mat tran to quoc/.test(fold(t.body)) && t.assignees.length > 0),
  );
  const monitors = monitorTask ? monitorTask.assignees.filter((a) => a.unitKey).map(stripRole) : [];

  let difficultyOffice: DraftUnitRef | null = null;
  const difficultyLines = closing.length
    ? closing
    : lines.slice(bodyStart, bodyEnd).filter((l) => /kho khan, vuong mac/.test(fold(l.text)));
  for (const l of difficultyLines) {
    const toks = tokenize(l.text, l.start);
    for (let k = 0; k < toks.length && !difficultyOffice; k++) {
      const via = is(toks, k, 'thong', 'qua') || is(toks, k, 'gui', 've') ? 2 : is(toks, k, 've') ? 1 : 0;
      if (!via) continue;
      const found = scanList(toks, k + via, l.text, l.start).refs[0];
      if (found) difficultyOffice = { ...found.ref, confidence: 0.8 };
    }
  }

  // ---- Recipients and signature.
  const recipients: DraftValue<string>[] = [];
  const after = lines.slice(bodyEnd);
  let k = 0;
  if (after[0] && /^noi nhan/.test(fold(after[0].text))) {
    k = 1;
    for (; k < after.length; k++) {
      const l = after[k]!;
      const m = markerOf(l.text);
      if (m?.style !== 'bullet') break;
      const v = l.text
        .slice(m.length)
        .replace(/[;.,]+\s*$/u, '')
        .trim();
      recipients.push(value(v, { start: l.start + m.length, end: l.start + m.length + v.length }, 0.9));
    }
  }
  let signerTitle: DraftValue<string> | null = null;
  let signerName: DraftValue<string> | null = null;
  const rest = after.slice(k);
  const capIdx = rest.findIndex((l) => /^(TM|KT|TL|TUQ|Q)\.\s/u.test(l.text) || /^(PHÓ )?CHỦ TỊCH$/u.test(l.text));
  if (capIdx >= 0) {
    const cap: Line[] = [rest[capIdx]!];
    for (let i = capIdx + 1; i < rest.length; i++) {
      const t = rest[i]!.text;
      if (t.replace(/[^\p{L}]/gu, '') === t.replace(/[^\p{L}]/gu, '').toUpperCase() && !/^\(/.test(t))
        cap.push(rest[i]!);
      else break;
    }
    signerTitle = value(
      cap.map((l) => clean(l.text)).join(', '),
      { start: cap[0]!.start, end: cap[cap.length - 1]!.end },
      0.9,
    );
    const name = rest
      .slice(capIdx + cap.length)
      .filter((l) => /^\p{Lu}[\p{L}]*(\s+\p{Lu}[\p{L}]*){1,5}$/u.test(l.text.trim()) && !/^[\p{Lu}\s]+$/u.test(l.text))
      .pop();
    if (name) signerName = value(clean(name.text), { start: name.start, end: name.end }, 0.85);
  }
  if (!signerName) warnings.push('Không tìm thấy người ký.');

  for (const ref of [issuer, standingOffice, difficultyOffice]) {
    if (ref?.newUnitName && !newUnits.has(fold(ref.newUnitName))) {
      newUnits.set(fold(ref.newUnitName), {
        name: ref.newUnitName,
        kind: OrganizationKind.OTHER,
        span: ref.span,
        confidence: ref.confidence,
      });
    }
  }

  return {
    documentType,
    number,
    place,
    issuedOn,
    issuer,
    title,
    signerName,
    signerTitle,
    recipients,
    documents: docs.documents,
    implements: implementsValue,
    parentPlan,
    tasks,
    standingOffice,
    monitors,
    difficultyOffice,
    newUnits: [...newUnits.values()],
    warnings,
  };
}

/** "phối hợp chặt chẽ với tổ chức Đảng cùng cấp tổ chức tuyên truyền…" → "tổ chức tuyên truyền…". */
function skipPartners(rest: string): string {
  if (!/^phối hợp/iu.test(rest)) return rest;
  const verb =
    /\s((?:tổ chức|triển khai|thực hiện|tăng cường|xây dựng|tham mưu|rà soát|đẩy mạnh|tuyên truyền)\s+\p{Ll})/u.exec(
      rest.slice(10),
    );
  return verb ? rest.slice(10 + verb.index + 1) : rest;
}

function flatten(ts: DraftTask[]): DraftTask[] {
  return ts.flatMap((t) => [t, ...flatten(t.children)]);
}

function stripRole(a: DraftAssignee): DraftUnitRef {
  const { role: _role, ...ref } = a;
  return ref;
}
