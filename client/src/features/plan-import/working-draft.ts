// The draft the person is correcting, and the commit input it becomes.
import type { AssignmentRole, DeadlineKind, RecurrencePeriod } from '@tiendo/shared';
import type { DraftQueryResult, PlanDraftInput } from './documents.js';

export type Draft = DraftQueryResult;
type DraftTask = Draft['tasks'][number];

export interface WorkingAssignee {
  role: AssignmentRole;
  organizationId: string | null;
  groupCode: string | null;
  newUnitName: string | null;
  name: string;
  /** Where the text names it; null once added by hand. */
  span: { start: number; end: number } | null;
}

export interface WorkingTask {
  code: string;
  parentCode: string | null;
  depth: number;
  title: string;
  body: string;
  span: { start: number; end: number };
  confidence: number;
  deadline: {
    kind: DeadlineKind;
    date: string | null;
    recurrence: RecurrencePeriod | null;
    text: string | null;
  };
  assignees: WorkingAssignee[];
}

export function workingTasks(draft: Draft): WorkingTask[] {
  return draft.tasks.map((t: DraftTask) => ({
    code: t.code,
    parentCode: t.parentCode ?? null,
    depth: t.depth,
    title: t.title,
    body: t.body,
    span: t.span,
    confidence: t.confidence,
    deadline: {
      kind: t.deadline.kind,
      date: t.deadline.date ?? null,
      recurrence: t.deadline.recurrence ?? null,
      text: t.deadline.text ?? null,
    },
    assignees: t.assignees.map((a) => ({
      role: a.role,
      organizationId: a.organizationId ?? null,
      groupCode: a.groupCode ?? null,
      newUnitName: a.newUnitName ?? null,
      name: a.name,
      span: a.span,
    })),
  }));
}

type Ref = { organizationId?: string | null; groupCode?: string | null; newUnitName?: string | null } | null;
const refOf = (r: Ref) =>
  r
    ? { organizationId: r.organizationId ?? null, groupCode: r.groupCode ?? null, newUnitName: r.newUnitName ?? null }
    : null;

/**
 * The commit input: the draft as read, with the person's tasks, and only the new units they accepted
 * (references to a rejected new unit are left out).
 */
export function commitInput(draft: Draft, tasks: WorkingTask[], accepted: Set<string>): PlanDraftInput {
  const keep = (r: Ref) => !r?.newUnitName || accepted.has(r.newUnitName);
  const issuer = refOf(draft.issuer ?? null) ?? { organizationId: null, groupCode: null, newUnitName: null };
  return {
    number: draft.number?.value ?? '',
    title: draft.title?.value ?? '',
    issuer,
    issuedOn: draft.issuedOn?.value ?? null,
    place: draft.place?.value ?? null,
    signerName: draft.signerName?.value ?? null,
    signerTitle: draft.signerTitle?.value ?? null,
    recipients: draft.recipients.map((r) => r.value),
    documents: draft.documents.flatMap((d) =>
      d.number
        ? [
            {
              number: d.number,
              type: d.type,
              issuer: d.issuer ?? null,
              issuedOn: d.issuedOn ?? null,
              title: d.title ?? null,
            },
          ]
        : [],
    ),
    implementsNumber: draft.implements?.value ?? null,
    parentPlanNumber: draft.parentPlan?.value ?? null,
    tasks: tasks.map((t) => ({
      code: t.code,
      parentCode: t.parentCode,
      title: t.title,
      body: t.body,
      deadlineKind: t.deadline.kind,
      deadlineDate: t.deadline.kind === 'DATE' ? t.deadline.date : null,
      deadlineText: t.deadline.text,
      recurrence: t.deadline.kind === 'RECURRING' ? t.deadline.recurrence : null,
      assignees: t.assignees.filter(keep).map((a) => ({ role: a.role, ...refOf(a)! })),
    })),
    standingOffice: keep(draft.standingOffice ?? null) ? refOf(draft.standingOffice ?? null) : null,
    monitors: draft.monitors.filter(keep).map((m) => refOf(m)!),
    difficultyOffice: keep(draft.difficultyOffice ?? null) ? refOf(draft.difficultyOffice ?? null) : null,
    newUnits: draft.newUnits.filter((u) => accepted.has(u.name)).map((u) => ({ name: u.name, kind: u.kind })),
  };
}
