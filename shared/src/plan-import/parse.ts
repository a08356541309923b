// Reads the text of a plan (Markdown or plain text, as typed or as converted from DOCX or PDF) and
// proposes its task graph: header, cited documents, the task tree in the document's own numbering,
// who leads and helps, deadlines, and the roles of the last section. Pure: no I/O, no network, no
// model; the known units come as a parameter. A pipeline of small passes:
//   normalise (normalise.ts) → lines and layout (lines.ts) → header and segments (header.ts, here:
//   a decision's attached plan, the body, the closing paragraph, the tail) → numbering (numbering.ts)
//   → tasks, each split into lead / collaborators / deadline (tasks.ts, assign.ts, deadlines.ts) →
//   units (units.ts) → roles (roles.ts).
import { AssignmentRole, LegalDocumentType, OrganizationKind } from '../enums.js';
import { foldVietnamese } from '../text.js';
import { AssigneeReader } from './assign.js';
import { findDocuments } from './documents.js';
import { readHeader, readIssuer, readTail, SIGNATURE, typeOfLine, type Header } from './header.js';
import { mask, splitLines, unwrap, type Line } from './lines.js';
import { mapSpans, normalise } from './normalise.js';
import { buildTree, markerOf } from './numbering.js';
import { readRoles } from './roles.js';
import { buildTasks } from './tasks.js';
import type { DraftTask, DraftUnitRef, DraftValue, ParseOptions, PlanDraft, Span } from './types.js';
import { tokenize, unitsOnRecord } from './units.js';

const fold = foldVietnamese;
const isNoiNhan = (l: Line) => /^n/i.test(l.text) && /^noi nhan\b/.test(fold(l.text));
const isSignature = (l: Line) => SIGNATURE.test(l.text);
const startsItem = (text: string) => markerOf(text) !== null;

export interface Segments {
  /** Lines before the body that are not the title (the preamble: "Căn cứ …"). */
  preamble: Line[];
  body: Line[];
  /** Recipients and signature of the document (of the decision, when a plan is attached to it). */
  tail: Line[];
  /** The line where a plan attached to a decision starts, or -1. */
  attachedAt: number;
}

/**
 * Where the tasks are. A decision whose articles promulgate a plan attached below its signature
 * ("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …") has its tasks in that plan; otherwise they
 * run from the first numbered line after the title to "Nơi nhận" or the signature, whichever comes first.
 */
export function segment(lines: Line[], header: Header): Segments {
  const firstItem = (from: number) => {
    const i = lines.findIndex(
      (l, k) => k >= from && !l.table && markerOf(l.text) && markerOf(l.text)!.style !== 'bullet',
    );
    return i < 0 ? lines.length : i;
  };
  const endOf = (from: number) => {
    const i = lines.findIndex((l, k) => k > from && (isNoiNhan(l) || isSignature(l)));
    return i < 0 ? lines.length : i;
  };
  let attachedAt = -1;
  if (header.documentType === LegalDocumentType.DECISION && header.typeLine >= 0) {
    const decisionEnd = endOf(header.typeLine);
    for (let i = decisionEnd + 1; i < lines.length; i++) {
      const t = typeOfLine(lines[i]!);
      if (t && t !== LegalDocumentType.DECISION && !lines[i]!.split) {
        attachedAt = i;
        break;
      }
    }
    if (attachedAt >= 0) {
      const bodyStart = firstItem(attachedAt + 1);
      const bodyEnd = endOf(bodyStart);
      return {
        preamble: lines.slice(header.preambleFrom, decisionEnd),
        body: lines.slice(bodyStart, bodyEnd),
        tail: lines.slice(decisionEnd, attachedAt),
        attachedAt,
      };
    }
  }
  const bodyStart = firstItem(header.preambleFrom);
  const bodyEnd = endOf(bodyStart);
  return {
    preamble: lines.slice(header.preambleFrom, bodyStart),
    body: lines.slice(bodyStart, bodyEnd),
    tail: lines.slice(bodyEnd),
    attachedAt,
  };
}

export function parsePlanText(input: string, options: ParseOptions): PlanDraft {
  const normalised = normalise(input);
  const text = normalised.text;
  const masked = mask(text);
  const lines = splitLines(text, masked);
  const warnings: string[] = [];
  const value = <T>(v: T, span: Span, confidence: number): DraftValue<T> => ({ value: v, span, confidence });

  const header = readHeader(lines, warnings);
  const matcher = unitsOnRecord(options.catalogue, header.issuedOn?.value ?? null);
  const reader = new AssigneeReader(matcher);
  const parts = segment(lines, header);
  const body = unwrap(parts.body, masked, startsItem);

  // ---- The issuer: the header's left column, else "<unit> ban hành Kế hoạch" in the preamble.
  let issuer: DraftUnitRef | null = readIssuer(lines, header, matcher);
  if (!issuer?.unitKey) {
    for (const l of parts.preamble) {
      const m = /([^,]{3,120}?)\s+ban hành\s+(?:kế hoạch|quyết định|chương trình)/iu.exec(l.text);
      if (!m) continue;
      const base = l.start + m.index;
      const toks = tokenize(m[1]!, base);
      for (let k = 0; k < toks.length; k++) {
        const r = matcher.matchAt(toks, k);
        if (r?.ref.unitKey) {
          issuer = { ...r.ref, confidence: 0.85 };
          break;
        }
      }
      if (issuer?.unitKey) break;
    }
  }
  if (!issuer) warnings.push('Không xác định được cơ quan ban hành.');

  // ---- Cited documents, and what the plan carries out ("Thực hiện <document>" in its title, else in the preamble).
  const docs = findDocuments(masked, header.number?.value ?? null, options.documents ?? []);
  const carried = docs.mentions.filter((m) =>
    /(thuc hien|trien khai)\s*$/.test(fold(masked.slice(Math.max(0, m.span.start - 20), m.span.start))),
  );
  const docOf = (n: string | null) => docs.documents.find((d) => d.number === n);
  const titleSpan = header.titleSpan;
  const inTitle = carried.find(
    (m) => titleSpan && m.span.start >= titleSpan.start && m.span.end <= titleSpan.end + 400,
  );
  const implementsMention = inTitle ?? carried[0];
  const implementsDoc = implementsMention?.number ?? null;
  const implementsValue = implementsDoc ? value(implementsDoc, implementsMention!.span, inTitle ? 0.9 : 0.7) : null;
  const parentMention = carried.find((m) => docOf(m.number)?.type === LegalDocumentType.PLAN);
  const parentPlan = parentMention ? value(parentMention.number!, parentMention.span, 0.85) : null;

  // ---- The tasks.
  const tree = buildTree(body, (l) => /^trong/i.test(l.text) && /^trong qua trinh\b.*kho khan/.test(fold(l.text)));
  const tasks = buildTasks(tree.roots, { masked, reader, skip: docs.mentions.map((m) => m.span), issuer });
  const all: DraftTask[] = [];
  const walk = (ts: DraftTask[]) => ts.forEach((t) => (all.push(t), walk(t.children)));
  walk(tasks);
  for (const t of all) {
    if (t.children.length === 0 && !t.assignees.some((a) => a.role === AssignmentRole.LEAD)) {
      warnings.push(`Nhiệm vụ ${t.code}: chưa xác định đơn vị chủ trì.`);
    }
  }
  for (const t of all) {
    for (const a of t.assignees) {
      if (a.flagged) warnings.push(`Nhiệm vụ ${t.code}: "${a.text}" chưa rõ là đơn vị nào, cần người kiểm tra.`);
    }
  }

  const roles = readRoles(tasks, body, tree.closing, reader);
  const tail = readTail(parts.tail, warnings);

  for (const ref of [issuer, roles.standingOffice, roles.difficultyOffice]) {
    if (ref?.newUnitName && !reader.newUnits.has(fold(ref.newUnitName))) {
      reader.newUnits.set(fold(ref.newUnitName), {
        name: ref.newUnitName,
        kind:
          ref === issuer && /^ủy ban nhân dân/iu.test(ref.newUnitName)
            ? OrganizationKind.PEOPLES_COMMITTEE
            : OrganizationKind.OTHER,
        span: ref.span,
        confidence: ref.confidence,
      });
    }
  }

  const draft: PlanDraft = {
    documentType: header.documentType,
    number: header.number,
    place: header.place,
    issuedOn: header.issuedOn,
    issuer,
    title: header.title,
    signerName: tail.signerName,
    signerTitle: tail.signerTitle,
    recipients: tail.recipients,
    documents: docs.documents,
    implements: implementsValue,
    parentPlan,
    tasks,
    standingOffice: roles.standingOffice,
    monitors: roles.monitors,
    difficultyOffice: roles.difficultyOffice,
    newUnits: [...reader.newUnits.values()],
    warnings,
  };
  return normalised.changed ? mapSpans(draft, normalised.toOriginal) : draft;
}
