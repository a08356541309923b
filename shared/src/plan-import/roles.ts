// Pass 6 of the parser: the roles the last section gives. The standing office ("… là cơ quan
// thường trực", "đơn vị đầu mối"; else the unit that consolidates and reports), the monitors (the
// Front and the organisations named with it), the difficulty office (where the closing paragraph
// sends difficulties: "phản ánh về", "thông qua", "gửi về", "báo cáo qua").
import { AssignmentRole, OrganizationKind } from '../enums.js';
import { foldVietnamese } from '../text.js';
import type { AssigneeReader } from './assign.js';
import type { Line } from './lines.js';
import { markerOf } from './numbering.js';
import type { DraftAssignee, DraftTask, DraftUnitRef } from './types.js';
import { tokenize } from './units.js';

const fold = foldVietnamese;
const flatten = (ts: DraftTask[]): DraftTask[] => ts.flatMap((t) => [t, ...flatten(t.children)]);

export function stripRole(a: DraftAssignee): DraftUnitRef {
  const { role: _role, ...ref } = a;
  return ref;
}

const STANDING = /\s+là\s+(?:cơ quan|đơn vị|bộ phận)\s+(?:chủ trì,?\s*)?(?:thường trực|đầu mối)/iu;

export interface Roles {
  standingOffice: DraftUnitRef | null;
  monitors: DraftUnitRef[];
  difficultyOffice: DraftUnitRef | null;
}

export function readRoles(tasks: DraftTask[], body: Line[], closing: Line[], reader: AssigneeReader): Roles {
  const all = flatten(tasks);
  const implementation = tasks.find((t) => /^to chuc thuc hien/.test(fold(t.title)));
  const sectionTasks = implementation ? [implementation, ...flatten(implementation.children)] : all;

  // "X là cơ quan thường trực": the unit named just before, in the same clause.
  let standingOffice: DraftUnitRef | null = null;
  const ordered = implementation
    ? [
        ...body.filter((l) => l.start >= implementation.span.start),
        ...body.filter((l) => l.start < implementation.span.start),
      ]
    : body;
  for (const l of ordered) {
    const m = STANDING.exec(l.text);
    if (!m) continue;
    const before = l.text.slice(0, m.index);
    const marker = markerOf(before);
    const from = Math.max(before.lastIndexOf(';') + 1, before.lastIndexOf('. ') + 1, marker ? marker.length : 0);
    const clause = before.slice(from);
    const lead = clause.length - clause.trimStart().length;
    const found = reader.scanAssignees(clause.trim(), l.start + from + lead).assignees[0];
    if (found) {
      standingOffice = { ...stripRole(found), confidence: 0.9 };
      break;
    }
  }
  const firstUnitLead = (t: DraftTask) =>
    t.assignees.find((a) => a.role === AssignmentRole.LEAD && (a.unitKey || a.newUnitName)) ?? null;
  if (!standingOffice) {
    const reporter = sectionTasks.find(
      (t) => /tong hop[^.]{0,40}bao cao|bao cao ket qua/.test(fold(t.body)) && firstUnitLead(t),
    );
    if (reporter) standingOffice = { ...stripRole(firstUnitLead(reporter)!), confidence: 0.85 };
    else {
      const single = sectionTasks.find((t) => firstUnitLead(t));
      if (single) standingOffice = { ...stripRole(firstUnitLead(single)!), confidence: 0.4 };
    }
  }

  // The Front leading a task of the last section (else anywhere), with whoever it names.
  const frontLeads = (t: DraftTask) =>
    t.assignees.some((a) => a.role === AssignmentRole.LEAD && reader.matcher.kindOf(a) === OrganizationKind.FRONT);
  const monitorTask =
    sectionTasks.find(frontLeads) ??
    all.find(frontLeads) ??
    all.find((t) => /mat tran to quoc/.test(fold(t.body)) && t.assignees.length > 0);
  const monitors = monitorTask ? monitorTask.assignees.filter((a) => a.unitKey || a.groupCode).map(stripRole) : [];

  let difficultyOffice: DraftUnitRef | null = null;
  const difficultyLines = closing.length
    ? closing
    : body.filter((l) => /kho khan, vuong mac|vuong mac, kho khan/.test(fold(l.text)));
  for (const l of difficultyLines) {
    const toks = tokenize(l.text, l.start);
    const is = (k: number, ...ws: string[]) => ws.every((w, n) => toks[k + n]?.norm === w);
    for (let k = 0; k < toks.length && !difficultyOffice; k++) {
      const via = is(k, 'thong', 'qua') || is(k, 'gui', 've') ? 2 : is(k, 've') || is(k, 'qua') ? 1 : 0;
      if (!via) continue;
      const found = reader.scanList(toks, k + via).refs[0];
      if (found) difficultyOffice = { ...found.ref, confidence: 0.8 };
    }
    if (difficultyOffice) break;
  }
  return { standingOffice, monitors, difficultyOffice };
}
