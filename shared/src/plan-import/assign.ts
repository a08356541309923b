// Pass 4 of the parser: who does a task. A task's text names its lead first ("Sở X chủ trì", "Đề
// nghị Ủy ban MTTQ …", "Giao Phòng Y tế …"), then who helps ("phối hợp [với] A, B và C"; "; D, E
// tham gia"). The Front's member organisations named after it help it; units not on record are
// proposed, sets of units not on record are flagged; nothing named is dropped.
import { AssignmentRole, OrganizationKind } from '../enums.js';
import { foldVietnamese } from '../text.js';
import type { DraftAssignee, DraftUnitRef, ProposedUnit } from './types.js';
import { groupMentionAt, tokenize, unknownUnitAt, type Token, type UnitMatcher, type UnknownUnit } from './units.js';

export const LEADING_WHEN = /^(?:trong|trước|đến|chậm nhất|từ)\b[^,]{0,40}?\d{4}\s*,\s*/iu;

const is = (toks: Token[], i: number, ...ws: string[]) => ws.every((w, k) => toks[i + k]?.norm === w);
/** Titles before a unit ("Chủ tịch UBND các xã", "Trưởng các ấp", "Thủ trưởng các cơ quan"). */
const TITLES = ['Thủ trưởng', 'Chánh', 'Chủ tịch', 'Giám đốc', 'Trưởng', 'Cục trưởng', 'Vụ trưởng'];

export interface ListItem {
  ref: DraftUnitRef;
  member: boolean;
}

export class AssigneeReader {
  readonly newUnits = new Map<string, ProposedUnit>();
  constructor(readonly matcher: UnitMatcher) {}

  propose(u: UnknownUnit): DraftUnitRef {
    const key = foldVietnamese(u.name);
    const confidence = u.flagged ? 0.3 : 0.4;
    if (!this.newUnits.has(key))
      this.newUnits.set(key, {
        name: u.name,
        kind: u.kind,
        span: u.span,
        confidence,
        ...(u.flagged ? { flagged: true } : {}),
      });
    return {
      text: u.name,
      span: u.span,
      confidence,
      unitKey: null,
      groupCode: null,
      newUnitName: this.newUnits.get(key)!.name,
      ...(u.flagged ? { flagged: true } : {}),
    };
  }

  private titleAt(toks: Token[], j: number): number {
    for (const t of TITLES) {
      const ws = t.split(' ');
      if (ws.every((w, k) => toks[j + k]?.raw === w || (k > 0 && toks[j + k]?.raw.toLowerCase() === w)))
        if (toks[j + ws.length]?.word) return ws.length;
    }
    return 0;
  }

  /** Units listed from tokens[i]: "A, B và các xã, thị trấn". `cell`: a table cell, where ";" also separates. */
  scanList(toks: Token[], i: number, cell = false): { refs: ListItem[]; next: number } {
    const refs: ListItem[] = [];
    let next = i;
    let front: string | null = null;
    for (;;) {
      let j = next;
      if (refs.length > 0) {
        if (
          toks[j]?.norm === ',' ||
          toks[j]?.norm === 'va' ||
          toks[j]?.norm === 'cung' ||
          (cell && toks[j]?.norm === ';')
        )
          j++;
        else break;
        if (toks[j]?.norm === 'va') j++;
      }
      j += this.titleAt(toks, j);
      const m = this.matcher.matchAt(toks, j);
      if (m) {
        const member = front !== null && this.matcher.isFrontMember(m.ref, front);
        refs.push({ ref: m.ref, member });
        if (this.matcher.kindOf(m.ref) === OrganizationKind.FRONT && refs.length === 1) front = m.ref.unitKey;
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
        const text = toks
          .slice(j, j + memberWords)
          .map((t) => t.raw)
          .join(' ');
        for (const u of this.matcher.membersOf(prev.unitKey)) {
          refs.push({
            ref: { text, span, confidence: 0.7, unitKey: u.key, groupCode: null, newUnitName: null },
            member: true,
          });
        }
        next = j + memberWords;
        continue;
      }
      const u = unknownUnitAt(toks, j) ?? groupMentionAt(toks, j);
      if (u) {
        refs.push({ ref: this.propose(u), member: false });
        next = u.next;
        continue;
      }
      break;
    }
    return { refs, next };
  }

  /** Lead and collaborators named at the start of a piece of prose; `rest` is where the work starts. */
  scanAssignees(src: string, base: number): { assignees: DraftAssignee[]; rest: number } {
    const toks = tokenize(src, base);
    const when = LEADING_WHEN.exec(src);
    let i = 0;
    if (when) while (i < toks.length && toks[i]!.start < base + when[0].length) i++;
    if (is(toks, i, 'de', 'nghi') || is(toks, i, 'yeu', 'cau') || is(toks, i, 'chi', 'dao')) i += 2;
    else if (is(toks, i, 'giao')) i += 1;
    const subjects = this.scanList(toks, i);
    if (subjects.refs.length === 0) return { assignees: [], rest: 0 };
    const assignees: DraftAssignee[] = subjects.refs.map(({ ref, member }) => ({
      ...ref,
      role: member ? AssignmentRole.COLLABORATOR : AssignmentRole.LEAD,
    }));
    i = subjects.next;
    if (is(toks, i, 'chu', 'tri')) i += 2;
    if (toks[i]?.norm === ',') i++;
    let cooperate = 0;
    if (is(toks, i, 'phoi', 'hop')) {
      cooperate = 2;
      if (is(toks, i + 2, 'chat', 'che')) cooperate += 2;
      if (is(toks, i + cooperate, 'voi') || is(toks, i + cooperate, 'cung')) cooperate += 1;
    }
    if (cooperate) {
      const helpers = this.scanList(toks, i + cooperate);
      for (const { ref } of helpers.refs) assignees.push({ ...ref, role: AssignmentRole.COLLABORATOR });
      i = helpers.refs.length ? helpers.next : i;
    }
    if (toks[i]?.norm === ':') i++;
    // "…; Hội Nông dân tỉnh, Tỉnh đoàn tham gia …": a later clause that names helpers.
    for (let k = i; k < toks.length; k++) {
      if (toks[k]!.norm !== ';') continue;
      const more = this.scanList(toks, k + 1);
      if (more.refs.length && (is(toks, more.next, 'tham', 'gia') || is(toks, more.next, 'phoi', 'hop'))) {
        for (const { ref } of more.refs) {
          if (!assignees.some((a) => sameUnit(a, ref))) assignees.push({ ...ref, role: AssignmentRole.COLLABORATOR });
        }
      }
    }
    return { assignees, rest: toks[i] ? toks[i]!.start - base : src.length };
  }
}

export function sameUnit(a: DraftUnitRef, b: DraftUnitRef): boolean {
  return a.unitKey === b.unitKey && a.groupCode === b.groupCode && a.newUnitName === b.newUnitName;
}
