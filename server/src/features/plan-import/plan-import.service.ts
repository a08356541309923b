// Plan import: the text of a plan → a draft (parsed against the units and documents on record) →
// after a person's corrections, the plan, its documents, tasks and assignments in one transaction.
import {
  ActivityType,
  canonicalDocumentNumber,
  DeadlineKind,
  DOCUMENT_TYPE_LABELS,
  foldVietnamese,
  isIsoDate,
  LegalDocumentType,
  normalizeDocumentNumber,
  parsePlanText,
  TaskStatus,
  type DraftTask as ParsedTask,
  type DraftUnitRef as ParsedRef,
  type KnownDocument,
  type PlanDraft as Parsed,
  type UnitCatalogue,
} from '@tiendo/shared';
import type { EntityManager } from 'typeorm';
import type { AppDeps } from '../../context.js';
import type { Tx } from '../../db/writer.js';
import { badInput, conflict } from '../../graphql/errors.js';
import { deny, policy, requireActor, type Actor } from '../../permissions/policy.js';
import { Assignment } from '../assignment/assignment.entity.js';
import { onceForClientMutation } from '../idempotency/idempotency.js';
import { LegalDocument } from '../legal-document/legal-document.entity.js';
import { legalDocumentSearchText } from '../legal-document/legal-document.service.js';
import { Organization, OrganizationGroup } from '../organization/organization.entity.js';
import { organizationSearchText } from '../organization/organization.service.js';
import { Plan } from '../plan/plan.entity.js';
import { Task } from '../task/task.entity.js';
import { taskSearchText } from '../task/task.service.js';
import {
  MAX_PLAN_TEXT,
  type DraftDeadline,
  type DraftTask,
  type DraftUnitRef,
  type ImportPlanPayload,
  type PlanDraft,
  type PlanDraftInput,
  type UnitRefInput,
} from './plan-import.types.js';

const TASK_CODE = /^[A-Za-z0-9IVXivx]+(\.[A-Za-z0-9]+)*$/;

interface Records {
  orgs: Map<number, Organization>;
  groups: Map<string, OrganizationGroup & { members: Organization[] }>;
  documents: LegalDocument[];
}

async function loadRecords(manager: EntityManager): Promise<Records> {
  const orgs = await manager.getRepository(Organization).find({ order: { id: 'ASC' } });
  const groups = await manager
    .getRepository(OrganizationGroup)
    .find({ relations: { members: true }, order: { id: 'ASC' } });
  const documents = await manager.getRepository(LegalDocument).find({ order: { id: 'ASC' } });
  return {
    orgs: new Map(orgs.map((o) => [o.id, o])),
    groups: new Map(groups.map((g) => [g.code, { ...g, members: g.members ?? [] }])),
    documents,
  };
}

/** The units and groups on record, keyed by organization id, for the parser. */
function catalogueOf(records: Records): UnitCatalogue {
  return {
    units: [...records.orgs.values()].map((o) => ({
      key: String(o.id),
      name: o.name,
      shortName: o.shortName,
      kind: o.kind,
      parentKey: o.parentId === null ? null : String(o.parentId),
    })),
    groups: [...records.groups.values()].map((g) => ({
      code: g.code,
      name: g.name,
      members: g.members.map((m) => String(m.id)),
    })),
  };
}

const knownDocuments = (records: Records): KnownDocument[] =>
  records.documents.map((d) => ({
    number: d.number,
    type: d.type,
    issuer: d.issuer,
    issuedOn: d.issuedOn,
    title: d.title,
  }));

export class PlanImportService {
  constructor(private readonly deps: AppDeps) {}

  /** Parses the text against the units and documents on record. */
  async parse(text: string): Promise<{ parsed: Parsed; draft: PlanDraft }> {
    const records = await loadRecords(this.deps.dataSource.manager);
    const parsed = parsePlanText(text, { catalogue: catalogueOf(records), documents: knownDocuments(records) });
    return { parsed, draft: await this.toGraphQL(parsed, records) };
  }

  async importPlan(
    actorOrNull: Actor | null,
    args: { text: string; commit: boolean; clientMutationId?: string | null; draft?: PlanDraftInput | null },
  ): Promise<ImportPlanPayload> {
    const actor = requireActor(actorOrNull);
    if (!policy.canPreviewPlanImport(actor)) deny(actor, 'You may not import plans');
    if (!args.text.trim() || args.text.length > MAX_PLAN_TEXT) {
      throw badInput('text', `text must be 1–${MAX_PLAN_TEXT} characters and not blank`);
    }
    if (args.commit && !policy.canImportPlan(actor)) {
      deny(actor, 'Only coordinators and administrators create plans from their text');
    }
    const { parsed, draft } = await this.parse(args.text);
    if (!args.commit) return { draft, plan: null, clientMutationId: args.clientMutationId ?? null };

    const input = args.draft ?? inputFromDraft(parsed);
    const { id } = await this.deps.writer.run((tx) =>
      onceForClientMutation(tx.manager, actor.id, args.clientMutationId, 'importPlan', () =>
        this.commit(tx, actor, args.text, input),
      ),
    );
    const plan = await this.deps.dataSource.getRepository(Plan).findOneByOrFail({ id });
    return { draft, plan, clientMutationId: args.clientMutationId ?? null };
  }

  /** Creates everything the corrected draft says, or (throwing) nothing. */
  private async commit(tx: Tx, actor: Actor, text: string, input: PlanDraftInput): Promise<number> {
    const m = tx.manager;
    const records = await loadRecords(m);
    const checked = checkInput(input);

    // Proposed units the person accepted.
    const created = new Map<string, number>();
    for (const [i, u] of input.newUnits.entries()) {
      const name = u.name.trim();
      const key = foldVietnamese(name);
      if (!name || name.length > 300) throw badInput(`draft.newUnits[${i}].name`, 'A new unit needs a name');
      if (created.has(key)) throw badInput(`draft.newUnits[${i}].name`, `${name} is listed twice`);
      const shortName = (u.shortName?.trim() || name).slice(0, 60);
      const saved = await m.getRepository(Organization).save({
        name,
        shortName,
        kind: u.kind,
        parentId: null,
        searchText: organizationSearchText({ name, shortName }),
      });
      created.set(key, saved.id);
    }

    const resolve = (ref: UnitRefInput, field: string): { ids: number[]; groupId: number | null } => {
      const given = [ref.organizationId, ref.groupCode, ref.newUnitName].filter((v) => v !== null && v !== undefined);
      if (given.length !== 1) throw badInput(field, 'Give exactly one of organizationId, groupCode, newUnitName');
      if (ref.organizationId !== null && ref.organizationId !== undefined) {
        const id = Number(ref.organizationId);
        if (!records.orgs.has(id)) throw badInput(`${field}.organizationId`, `No unit ${ref.organizationId}`);
        return { ids: [id], groupId: null };
      }
      if (ref.groupCode !== null && ref.groupCode !== undefined) {
        const g = records.groups.get(ref.groupCode);
        if (!g) throw badInput(`${field}.groupCode`, `No group ${ref.groupCode}`);
        return { ids: g.members.map((x) => x.id), groupId: g.id };
      }
      const id = created.get(foldVietnamese(ref.newUnitName!));
      if (id === undefined) {
        throw badInput(`${field}.newUnitName`, `${ref.newUnitName} is not among the new units accepted for creation`);
      }
      return { ids: [id], groupId: null };
    };
    const single = (ref: UnitRefInput | null | undefined, field: string): number | null => {
      if (!ref) return null;
      const r = resolve(ref, field);
      if (r.groupId !== null || r.ids.length !== 1) throw badInput(field, 'Name one unit, not a group');
      return r.ids[0]!;
    };

    const issuerId = single(input.issuer, 'draft.issuer')!;
    const standingOfficeId = single(input.standingOffice, 'draft.standingOffice');
    const difficultyOfficeId = single(input.difficultyOffice, 'draft.difficultyOffice');
    // A coordinator imports the plans their unit issues or coordinates: the ones they then edit.
    if (!policy.canEditPlan(actor, { isPublic: false, issuingOrganizationId: issuerId, standingOfficeId })) {
      deny(actor, 'Coordinators import only plans their unit issues or coordinates (standing office)');
    }
    const monitorIds = [...new Set(input.monitors.flatMap((r, i) => resolve(r, `draft.monitors[${i}]`).ids))];

    const duplicate = await m.getRepository(Plan).existsBy({ number: checked.number, issuingOrganizationId: issuerId });
    if (duplicate) {
      throw conflict(`Plan ${checked.number} of this issuer is already tracked`, { field: 'draft.number' });
    }

    // Documents: the ones on record are reused, the others recorded.
    const docIds = new Map<string, number>();
    const byNumber = new Map(records.documents.map((d) => [canonicalDocumentNumber(d.number), d]));
    for (const [i, d] of input.documents.entries()) {
      const number = canonicalDocumentNumber(d.number);
      if (!number || number.length > 120) throw badInput(`draft.documents[${i}].number`, 'A document needs its number');
      if (d.issuedOn && !isIsoDate(d.issuedOn)) {
        throw badInput(`draft.documents[${i}].issuedOn`, 'issuedOn must be a real date written yyyy-MM-dd');
      }
      if (number === checked.number) continue;
      const existing = byNumber.get(number);
      if (existing) {
        docIds.set(number, existing.id);
        continue;
      }
      const doc = {
        number,
        type: d.type,
        issuer: (d.issuer?.trim() || '').slice(0, 300),
        issuedOn: d.issuedOn ?? null,
        title: d.title?.trim() || `${DOCUMENT_TYPE_LABELS[d.type]} số ${number}`,
      };
      const saved = await m.getRepository(LegalDocument).save({ ...doc, searchText: legalDocumentSearchText(doc) });
      byNumber.set(number, saved);
      docIds.set(number, saved.id);
    }
    const implementsNumber = input.implementsNumber ? canonicalDocumentNumber(input.implementsNumber) : null;
    const implementsDocumentId = implementsNumber ? (byNumber.get(implementsNumber)?.id ?? null) : null;
    if (implementsNumber && implementsDocumentId === null) {
      throw badInput('draft.implementsNumber', `${implementsNumber} is not among the plan's documents`);
    }

    const parentPlanId = await this.findParentPlan(
      m,
      input.parentPlanNumber ??
        (byNumber.get(implementsNumber ?? '')?.type === LegalDocumentType.PLAN ? implementsNumber : null),
      records,
      byNumber,
    );

    const recipients = input.recipients.map((r) => r.trim()).filter(Boolean);
    const plan = await m.getRepository(Plan).save({
      number: checked.number,
      title: checked.title,
      issuingOrganizationId: issuerId,
      issuedOn: input.issuedOn ?? null,
      place: input.place?.trim() || null,
      signerName: input.signerName?.trim() || null,
      signerTitle: input.signerTitle?.trim() || null,
      parentPlanId,
      implementsDocumentId,
      citedDocuments: [...new Set(docIds.values())].map((id) => ({ id }) as LegalDocument),
      standingOfficeId,
      difficultyOfficeId,
      monitors: monitorIds.map((id) => ({ id }) as Organization),
      recipients,
      // The district web portal among the recipients: the public may read the plan.
      isPublic: input.isPublic ?? recipients.some((r) => /cong thong tin/.test(foldVietnamese(r))),
      sourceText: text,
      lastActivitySeq: 0,
    });

    const taskIds = new Map<string, number>();
    const siblings = new Map<string, number>();
    for (const [i, t] of input.tasks.entries()) {
      const parentId = t.parentCode ? taskIds.get(t.parentCode)! : null;
      const slot = t.parentCode ?? '';
      const position = siblings.get(slot) ?? 0;
      siblings.set(slot, position + 1);
      const title = t.title.trim();
      const description = t.body?.trim() ?? '';
      const task = await m.getRepository(Task).save({
        planId: plan.id,
        parentId,
        code: t.code,
        position,
        title,
        description,
        deadlineKind: t.deadlineKind,
        deadlineDate: t.deadlineKind === DeadlineKind.DATE ? t.deadlineDate! : null,
        deadlineText: t.deadlineText?.trim() || null,
        recurrence: t.deadlineKind === DeadlineKind.RECURRING ? t.recurrence! : null,
        status: TaskStatus.NOT_STARTED,
        statusSetManually: false,
        progress: 0,
        version: 1,
        lastReportAt: null,
        searchText: taskSearchText({ code: t.code, title, description }),
      });
      taskIds.set(t.code, task.id);
      await tx.record({
        planId: plan.id,
        type: ActivityType.TASK_CREATED,
        actorId: actor.id,
        organizationId: actor.organizationId,
        taskId: task.id,
      });
      // Groups expand to their members, as assignOrganization does; a unit keeps its first role.
      const assigned = new Set<number>();
      for (const [k, a] of t.assignees.entries()) {
        const { ids, groupId } = resolve(a, `draft.tasks[${i}].assignees[${k}]`);
        const fresh = ids.filter((id) => !assigned.has(id));
        for (const organizationId of fresh) {
          assigned.add(organizationId);
          await m.getRepository(Assignment).insert({
            taskId: task.id,
            organizationId,
            role: a.role,
            viaGroupId: groupId,
            progress: 0,
            status: TaskStatus.NOT_STARTED,
          });
        }
        if (fresh.length > 0) {
          await tx.record({
            planId: plan.id,
            type: ActivityType.ASSIGNMENT_CHANGED,
            actorId: actor.id,
            organizationId: fresh.length === 1 ? fresh[0] : null,
            taskId: task.id,
            changes: { assigned: { from: null, to: { role: a.role, organizationIds: fresh, groupId } } },
          });
        }
      }
    }
    return plan.id;
  }

  /** The tracked plan with that number; among several, the one whose issuer the citation names. */
  private async findParentPlan(
    m: EntityManager,
    number: string | null | undefined,
    records: Records,
    docs: Map<string, LegalDocument>,
  ): Promise<number | null> {
    if (!number) return null;
    const wanted = canonicalDocumentNumber(number);
    const plans = await m.getRepository(Plan).find({ where: { number: wanted }, order: { id: 'ASC' } });
    if (plans.length <= 1) return plans[0]?.id ?? null;
    const issuer = foldVietnamese(docs.get(wanted)?.issuer ?? '');
    const match = plans.find(
      (p) => issuer && foldVietnamese(records.orgs.get(p.issuingOrganizationId)?.name ?? '') === issuer,
    );
    return (match ?? plans[0]!).id;
  }

  private async toGraphQL(parsed: Parsed, records: Records): Promise<PlanDraft> {
    const ref = (r: ParsedRef | null): DraftUnitRef | null =>
      r && {
        text: r.text,
        span: r.span,
        confidence: r.confidence,
        organizationId: r.unitKey,
        groupCode: r.groupCode,
        newUnitName: r.newUnitName,
        flagged: r.flagged ?? false,
        name:
          (r.unitKey && records.orgs.get(Number(r.unitKey))?.name) ||
          (r.groupCode && records.groups.get(r.groupCode)?.name) ||
          r.newUnitName ||
          r.text,
      };
    const tasks: DraftTask[] = [];
    const walk = (ts: ParsedTask[], parentCode: string | null, depth: number) => {
      for (const t of ts) {
        tasks.push({
          code: t.code,
          parentCode,
          depth,
          title: t.title,
          body: t.body,
          span: t.span,
          confidence: t.confidence,
          assignees: t.assignees.map((a) => ({ ...ref(a)!, role: a.role })),
          deadline: t.deadline as DraftDeadline,
        });
        walk(t.children, t.code, depth + 1);
      }
    };
    walk(parsed.tasks, null, 0);
    const docIds = new Map(records.documents.map((d) => [canonicalDocumentNumber(d.number), String(d.id)]));
    const parentNumber =
      parsed.parentPlan?.value ??
      (parsed.documents.find((d) => d.number === parsed.implements?.value)?.type === LegalDocumentType.PLAN
        ? parsed.implements!.value
        : null);
    const docMap = new Map(records.documents.map((d) => [canonicalDocumentNumber(d.number), d]));
    const parentPlanId = await this.findParentPlan(this.deps.dataSource.manager, parentNumber, records, docMap);
    return {
      ...parsed,
      issuer: ref(parsed.issuer),
      standingOffice: ref(parsed.standingOffice),
      difficultyOffice: ref(parsed.difficultyOffice),
      monitors: parsed.monitors.map((r) => ref(r)!),
      documents: parsed.documents.map((d) => ({ ...d, existingId: (d.number && docIds.get(d.number)) || null })),
      parentPlanId: parentPlanId === null ? null : String(parentPlanId),
      newUnits: parsed.newUnits.map((u) => ({ ...u, flagged: u.flagged ?? false })),
      tasks,
    };
  }
}

/** The parsed draft as a commit input: everything proposed is accepted as read. */
export function inputFromDraft(d: Parsed): PlanDraftInput {
  const ref = (r: ParsedRef): UnitRefInput => ({
    organizationId: r.unitKey,
    groupCode: r.groupCode,
    newUnitName: r.newUnitName,
  });
  const tasks: PlanDraftInput['tasks'] = [];
  const walk = (ts: ParsedTask[], parentCode: string | null) => {
    for (const t of ts) {
      tasks.push({
        code: t.code,
        parentCode,
        title: t.title,
        body: t.body,
        deadlineKind: t.deadline.kind,
        deadlineDate: t.deadline.date,
        deadlineText: t.deadline.text,
        recurrence: t.deadline.recurrence,
        assignees: t.assignees.map((a) => ({ ...ref(a), role: a.role })),
      });
      walk(t.children, t.code);
    }
  };
  walk(d.tasks, null);
  return {
    number: d.number?.value ?? '',
    title: d.title?.value ?? '',
    issuer: d.issuer ? ref(d.issuer) : {},
    issuedOn: d.issuedOn?.value ?? null,
    place: d.place?.value ?? null,
    signerName: d.signerName?.value ?? null,
    signerTitle: d.signerTitle?.value ?? null,
    recipients: d.recipients.map((r) => r.value),
    documents: d.documents.flatMap((x) =>
      x.number ? [{ number: x.number, type: x.type, issuer: x.issuer, issuedOn: x.issuedOn, title: x.title }] : [],
    ),
    implementsNumber: d.implements?.value ?? null,
    parentPlanNumber: d.parentPlan?.value ?? null,
    tasks,
    standingOffice: d.standingOffice ? ref(d.standingOffice) : null,
    monitors: d.monitors.map(ref),
    difficultyOffice: d.difficultyOffice ? ref(d.difficultyOffice) : null,
    newUnits: d.newUnits.map((u) => ({ name: u.name, kind: u.kind, shortName: null })),
    isPublic: null,
  };
}

/** What can be checked without the database, field by field. */
function checkInput(input: PlanDraftInput): { number: string; title: string } {
  const number = canonicalDocumentNumber(normalizeDocumentNumber(input.number ?? ''));
  if (!number || number.length > 120) throw badInput('draft.number', 'The plan needs its number (Số: …)');
  const title = input.title?.trim() ?? '';
  if (!title) throw badInput('draft.title', 'The plan needs a title');
  if (input.issuedOn && !isIsoDate(input.issuedOn)) {
    throw badInput('draft.issuedOn', 'issuedOn must be a real date written yyyy-MM-dd');
  }
  if (input.tasks.length === 0) throw badInput('draft.tasks', 'A plan needs at least one task');
  const seen = new Set<string>();
  for (const [i, t] of input.tasks.entries()) {
    const f = `draft.tasks[${i}]`;
    if (!TASK_CODE.test(t.code) || t.code.length > 40) throw badInput(`${f}.code`, 'code must look like II.3.b');
    if (seen.has(t.code)) throw badInput(`${f}.code`, `Task ${t.code} is listed twice`);
    if (t.parentCode && !seen.has(t.parentCode)) {
      throw badInput(`${f}.parentCode`, `${t.parentCode} is not an earlier task`);
    }
    seen.add(t.code);
    const taskTitle = t.title?.trim() ?? '';
    if (!taskTitle || taskTitle.length > 2000) throw badInput(`${f}.title`, 'title must be 1–2000 characters');
    if ((t.body?.length ?? 0) > 20000) throw badInput(`${f}.body`, 'body must be at most 20000 characters');
    if ((t.deadlineText?.length ?? 0) > 500) throw badInput(`${f}.deadlineText`, 'deadlineText is too long');
    if (t.deadlineDate && !isIsoDate(t.deadlineDate)) {
      throw badInput(`${f}.deadlineDate`, 'deadlineDate must be a real date written yyyy-MM-dd');
    }
    if (t.deadlineKind === DeadlineKind.DATE && !t.deadlineDate) {
      throw badInput(`${f}.deadlineDate`, 'A DATE deadline needs deadlineDate');
    }
    if (t.deadlineKind === DeadlineKind.RECURRING && !t.recurrence) {
      throw badInput(`${f}.recurrence`, 'A RECURRING deadline needs recurrence');
    }
  }
  return { number, title };
}
