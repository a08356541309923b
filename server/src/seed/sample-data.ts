import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from 'typeorm';
import { DeadlineKind, LegalDocumentType, TaskStatus } from '@tiendo/shared';
import type { AppDeps } from '../context.js';
import { Assignment } from '../features/assignment/assignment.entity.js';
import { LegalDocument } from '../features/legal-document/legal-document.entity.js';
import { legalDocumentSearchText } from '../features/legal-document/legal-document.service.js';
import { Organization, OrganizationGroup } from '../features/organization/organization.entity.js';
import { organizationSearchText } from '../features/organization/organization.service.js';
import { Plan } from '../features/plan/plan.entity.js';
import { Task } from '../features/task/task.entity.js';
import { taskSearchText } from '../features/task/task.service.js';
import { hashPassword } from '../features/user/password.js';
import { User } from '../features/user/user.entity.js';
import { DEMO_PASSWORD, demoEmail, documents, groups, organizations } from './chau-thanh.js';
import { plan85, type SeedTask } from './plan-85.js';

/** The plan's published text, kept with the project (server/seed/). */
export const PLAN_85_TEXT_PATH = path.resolve(import.meta.dirname, '../../seed/85-KH-UBND-chau-thanh.md');

/**
 * Loads the sample district and plan 85/KH-UBND into an empty database. Does nothing when any unit
 * exists already, so a restart or an upgrade never duplicates or overwrites data.
 */
export async function loadSampleData(deps: AppDeps): Promise<boolean> {
  if ((await deps.dataSource.getRepository(Organization).count()) > 0) return false;
  // Every demo account has the same password: hash it once.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const sourceText = fs.existsSync(PLAN_85_TEXT_PATH) ? fs.readFileSync(PLAN_85_TEXT_PATH, 'utf8') : null;
  await deps.writer.run(({ manager }) => insertSampleData(manager, passwordHash, sourceText));
  deps.log.info('loaded the sample plan 85/KH-UBND of Châu Thành district');
  return true;
}

async function insertSampleData(manager: EntityManager, passwordHash: string, sourceText: string | null) {
  const orgIds = new Map<string, number>();
  for (const o of organizations) {
    const saved = await manager.getRepository(Organization).save({
      name: o.name,
      shortName: o.shortName,
      kind: o.kind,
      parentId: o.parent ? orgIds.get(o.parent)! : null,
      searchText: organizationSearchText(o),
    });
    orgIds.set(o.key, saved.id);
    await manager.getRepository(User).insert({
      email: demoEmail(o.key),
      name: `Cán bộ ${o.name}`,
      organizationId: saved.id,
      role: o.role ?? 'MEMBER',
      passwordHash,
      disabled: false,
    } as Partial<User>);
  }

  const groupMembers = new Map<string, { id: number; members: number[] }>();
  for (const g of groups) {
    const members = g.members.map((key) => orgIds.get(key)!);
    const saved = await manager.getRepository(OrganizationGroup).save({
      code: g.code,
      name: g.name,
      members: members.map((id) => ({ id }) as Organization),
    });
    groupMembers.set(g.code, { id: saved.id, members });
  }

  const docIds = new Map<string, number>();
  for (const d of documents) {
    const saved = await manager.getRepository(LegalDocument).save({ ...d, searchText: legalDocumentSearchText(d) });
    docIds.set(d.number, saved.id);
  }

  // The provincial plan 56/KH-UBND that plan 85 carries out: the cascade's upper step.
  const province = documents.find((d) => d.number === plan85.parentPlanNumber && d.type === LegalDocumentType.PLAN)!;
  const parentPlan = await manager.getRepository(Plan).save({
    number: province.number,
    title: province.title,
    issuingOrganizationId: orgIds.get('ubndtinh')!,
    issuedOn: province.issuedOn,
    place: 'Sóc Trăng',
    signerName: null,
    signerTitle: null,
    parentPlanId: null,
    implementsDocumentId: docIds.get('142/QĐ-TTg')!,
    standingOfficeId: null,
    difficultyOfficeId: null,
    recipients: [],
    isPublic: true,
    sourceText: null,
    lastActivitySeq: 0,
  });

  const plan = await manager.getRepository(Plan).save({
    number: plan85.number,
    title: plan85.title,
    issuingOrganizationId: orgIds.get(plan85.issuer)!,
    issuedOn: plan85.issuedOn,
    place: plan85.place,
    signerName: plan85.signerName,
    signerTitle: plan85.signerTitle,
    parentPlanId: parentPlan.id,
    implementsDocumentId: docIds.get(plan85.implements)!,
    citedDocuments: plan85.cites.map((n) => ({ id: docIds.get(n)! }) as LegalDocument),
    standingOfficeId: orgIds.get(plan85.standingOffice)!,
    difficultyOfficeId: orgIds.get(plan85.difficultyOffice)!,
    monitors: plan85.monitors.map((k) => ({ id: orgIds.get(k)! }) as Organization),
    recipients: plan85.recipients,
    reportingPeriod: plan85.reportingPeriod,
    // The district web portal is among the recipients: the plan is public.
    isPublic: true,
    sourceText,
    lastActivitySeq: 0,
  });

  const insertTask = async (seed: SeedTask, parentId: number | null, position: number) => {
    const description = seed.description ?? '';
    const task = await manager.getRepository(Task).save({
      planId: plan.id,
      parentId,
      code: seed.code,
      position,
      title: seed.title,
      description,
      deadlineKind: seed.deadline.kind,
      deadlineDate: seed.deadline.kind === DeadlineKind.DATE ? seed.deadline.date : null,
      deadlineText: seed.deadline.text ?? null,
      recurrence: seed.deadline.kind === DeadlineKind.RECURRING ? seed.deadline.period : null,
      status: TaskStatus.NOT_STARTED,
      statusSetManually: false,
      progress: 0,
      version: 1,
      lastReportAt: null,
      searchText: taskSearchText({ code: seed.code, title: seed.title, description }),
    });
    // Expand groups to their members; a unit named on its own keeps its own role (first wins).
    const assigned = new Set<number>();
    for (const a of seed.assignees ?? []) {
      const group = groupMembers.get(a.unit);
      const units = group ? group.members : [orgIds.get(a.unit)!];
      for (const organizationId of units) {
        if (assigned.has(organizationId)) continue;
        assigned.add(organizationId);
        await manager.getRepository(Assignment).insert({
          taskId: task.id,
          organizationId,
          role: a.role,
          viaGroupId: group?.id ?? null,
          progress: 0,
          status: TaskStatus.NOT_STARTED,
        });
      }
    }
    for (const [i, child] of (seed.children ?? []).entries()) await insertTask(child, task.id, i);
  };
  for (const [i, root] of plan85.tasks.entries()) await insertTask(root, null, i);
}
