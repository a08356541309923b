import { ActivityType, OrganizationKind, todayInVietnam } from '@tiendo/shared';
import { Like, type EntityManager } from 'typeorm';
import type { AppDeps } from '../../context.js';
import { badInput, conflict, notFound, parseId } from '../../graphql/errors.js';
import { deny, policy, requireActor, type Actor } from '../../permissions/policy.js';
import { onceForClientMutation } from '../idempotency/idempotency.js';
import { Organization } from '../organization/organization.entity.js';
import { Plan } from '../plan/plan.entity.js';
import type { PlanService } from '../plan/plan.service.js';
import { cycleView } from '../reporting-cycle/cycle-view.js';
import { addDaysIso, cycleContaining } from '../reporting-cycle/cycles.js';
import { loadPlanData } from '../reporting-cycle/plan-data.js';
import type { ReportingCycleService } from '../reporting-cycle/reporting-cycle.service.js';
import { defaultRecipients, defaultSubtitle, draftSections, numberSuffix } from './draft.js';
import type {
  GenerateConsolidatedReportInput,
  IssueConsolidatedReportInput,
  UpdateConsolidatedReportInput,
} from './consolidated-report.inputs.js';
import { ConsolidatedReport, ConsolidatedReportVersion } from './consolidated-report.entity.js';
import { renderDocx } from './render-docx.js';
import { renderHtml } from './render-html.js';
import { SECTION_HEADINGS, SECTION_ORDER, type ReportDocument } from './report-document.js';
import { oversightSources, type ConsolidationSources } from './sources.js';

/** The units a plan's report names: who it goes to, who writes it, who monitors. */
interface PlanUnits {
  issuer: Organization;
  office: Organization;
  parentOfOffice: Organization | null;
  difficultyOffice: Organization | null;
  monitorIds: Set<number>;
  front: Organization | null;
}

export class ConsolidatedReportService {
  private sources: ConsolidationSources;

  constructor(
    private readonly deps: AppDeps,
    private readonly plans: PlanService,
    private readonly cycles: ReportingCycleService,
  ) {
    this.sources = oversightSources(() => deps.dataSource.manager);
  }

  /** Where difficulties and the Front's findings come from (obstacles and findings by default). */
  useSources(sources: ConsolidationSources): void {
    this.sources = sources;
  }

  /** The plan's reports being written, newest cycle first (coordinators and leadership). */
  async list(actor: Actor | null, planId: string): Promise<ConsolidatedReport[]> {
    const plan = await this.plans.get(actor, planId, 'planId');
    if (!policy.canReadConsolidatedDraft(actor, plan)) deny(actor, 'Drafts are for the plan’s coordinators');
    return this.deps.dataSource
      .getRepository(ConsolidatedReport)
      .find({ where: { planId: plan.id }, order: { cycleKey: 'DESC', id: 'DESC' } });
  }

  async get(actor: Actor | null, id: string | number): Promise<ConsolidatedReport> {
    const report = await this.deps.dataSource.getRepository(ConsolidatedReport).findOneBy({ id: parseId(id, 'id') });
    if (!report) throw notFound('ConsolidatedReport', id);
    const plan = await this.plans.get(actor, report.planId, 'planId');
    if (!policy.canReadConsolidatedDraft(actor, plan)) deny(actor, 'Drafts are for the plan’s coordinators');
    return report;
  }

  /** Issued versions of a plan's reports, newest first: anyone who reads the plan. */
  async issued(actor: Actor | null, planId: string): Promise<ConsolidatedReportVersion[]> {
    const plan = await this.plans.get(requireActor(actor), planId, 'planId');
    return this.deps.dataSource
      .getRepository(ConsolidatedReportVersion)
      .find({ where: { planId: plan.id }, order: { id: 'DESC' } });
  }

  async versionsOf(reportId: number): Promise<ConsolidatedReportVersion[]> {
    return this.deps.dataSource
      .getRepository(ConsolidatedReportVersion)
      .find({ where: { reportId }, order: { versionNumber: 'DESC' } });
  }

  async getVersion(actor: Actor | null, id: string | number): Promise<ConsolidatedReportVersion> {
    requireActor(actor);
    const version = await this.deps.dataSource
      .getRepository(ConsolidatedReportVersion)
      .findOneBy({ id: parseId(id, 'id') });
    if (!version) throw notFound('ConsolidatedReportVersion', id);
    // Issued reports go to the People's Committee: signed-in readers of the plan, even a public one.
    await this.plans.get(requireActor(actor), version.planId, 'planId');
    return version;
  }

  /** Writes the draft of a cycle's report from its reports; a cycle that has one returns it as it is. */
  async generate(actorOrNull: Actor | null, input: GenerateConsolidatedReportInput): Promise<ConsolidatedReport> {
    const actor = requireActor(actorOrNull);
    const plan = await this.writablePlan(actor, input.planId);
    const { id } = await this.deps.writer.run(async (tx) => {
      const data = await loadPlanData(tx.manager, plan);
      const view = this.cycles.view(data, input.cycleKey);
      const repo = tx.manager.getRepository(ConsolidatedReport);
      return onceForClientMutation(
        tx.manager,
        actor.id,
        input.clientMutationId,
        'generateConsolidatedReport',
        async () => {
          const existing = await repo.findOneBy({ planId: plan.id, cycleKey: view.cycle.key });
          if (existing) return existing.id;
          const units = await this.units(tx.manager, plan);
          const saved = await repo.save(
            repo.create({
              planId: plan.id,
              cycleKey: view.cycle.key,
              cycleLabel: view.cycle.label,
              subtitle: defaultSubtitle(data, units.issuer, view.cycle.label),
              sections: await this.sectionsFor(tx.manager, plan, view.cycle.key, units),
              recipients: defaultRecipients(units.issuer, units.office, units.front, units.difficultyOffice),
              signerTitle: 'TRƯỞNG PHÒNG',
              signerName: '',
              createdById: actor.id,
            }),
          );
          return saved.id;
        },
      );
    });
    return this.deps.dataSource.getRepository(ConsolidatedReport).findOneByOrFail({ id });
  }

  /** Rewrites the body from the reports as they stand now (the coordinator's edits to it are replaced). */
  async regenerate(actorOrNull: Actor | null, id: string, version: number): Promise<ConsolidatedReport> {
    const actor = requireActor(actorOrNull);
    return this.edit(actor, id, version, async (tx, report, plan) => ({
      sections: await this.sectionsFor(tx, plan, report.cycleKey, await this.units(tx, plan)),
    }));
  }

  async update(actorOrNull: Actor | null, input: UpdateConsolidatedReportInput): Promise<ConsolidatedReport> {
    const actor = requireActor(actorOrNull);
    const keys = input.sections?.map((s) => s.key) ?? [];
    if (new Set(keys).size !== keys.length) throw badInput('sections', 'each section may be given once');
    if (input.signerTitle !== undefined && input.signerTitle !== null && !input.signerTitle.trim()) {
      throw badInput('signerTitle', 'signerTitle must not be empty');
    }
    if (input.subtitle !== undefined && input.subtitle !== null && !input.subtitle.trim()) {
      throw badInput('subtitle', 'subtitle must not be empty');
    }
    const recipients = input.recipients?.map((r) => r.trim()).filter(Boolean);
    if (recipients?.some((r) => r.length > 300))
      throw badInput('recipients', 'a recipient must be at most 300 characters');
    return this.edit(actor, input.id, input.version, async (_tx, report) => {
      const changes: Partial<ConsolidatedReport> = {};
      if (input.sections) {
        changes.sections = SECTION_ORDER.map((key) => {
          const given = input.sections!.find((s) => s.key === key);
          const current = report.sections.find((s) => s.key === key);
          return { key, heading: SECTION_HEADINGS[key], body: given ? given.body.trim() : (current?.body ?? '') };
        });
      }
      if (input.subtitle) changes.subtitle = input.subtitle.trim();
      if (recipients) changes.recipients = recipients;
      if (input.signerTitle) changes.signerTitle = input.signerTitle.trim();
      if (input.signerName !== undefined && input.signerName !== null) changes.signerName = input.signerName.trim();
      return changes;
    });
  }

  /** Freezes the report as it stands into a numbered version, dated today in Vietnam. */
  async issue(actorOrNull: Actor | null, input: IssueConsolidatedReportInput): Promise<ConsolidatedReportVersion> {
    const actor = requireActor(actorOrNull);
    const reportId = parseId(input.id, 'id');
    const { id } = await this.deps.writer.run(async (tx) => {
      const report = await tx.manager.getRepository(ConsolidatedReport).findOneBy({ id: reportId });
      if (!report) throw notFound('ConsolidatedReport', input.id);
      const plan = await tx.manager.getRepository(Plan).findOneByOrFail({ id: report.planId });
      if (!policy.canWriteConsolidatedReport(actor, plan))
        deny(actor, 'Only the plan’s coordinators issue its reports');
      return onceForClientMutation(
        tx.manager,
        actor.id,
        input.clientMutationId,
        'issueConsolidatedReport',
        async () => {
          if (report.version !== input.version) {
            throw conflict(`The report changed (version ${report.version}); review it before issuing`, {
              currentVersion: report.version,
            });
          }
          const now = this.deps.clock();
          const issuedOn = todayInVietnam(now);
          const units = await this.units(tx.manager, plan);
          const suffix = numberSuffix(units.office);
          const versions = tx.manager.getRepository(ConsolidatedReportVersion);
          // Numbers run per issuer and year: 01/BC-KTHT, 02/BC-KTHT, …
          const sameYear = await versions.count({
            where: { documentNumber: Like(`%/${suffix}`), issuedOn: Like(`${issuedOn.slice(0, 4)}-%`) },
          });
          const documentNumber = `${String(sameYear + 1).padStart(2, '0')}/${suffix}`;
          const versionNumber = (await versions.count({ where: { reportId: report.id } })) + 1;
          const content = this.documentOf(report, plan, units, documentNumber, issuedOn);
          const saved = await versions.save(
            versions.create({
              reportId: report.id,
              planId: plan.id,
              versionNumber,
              documentNumber,
              issuedOn,
              cycleKey: report.cycleKey,
              content,
              issuedById: actor.id,
              issuedAt: now,
            }),
          );
          await tx.record({
            planId: plan.id,
            type: ActivityType.CONSOLIDATED_REPORT_ISSUED,
            actorId: actor.id,
            organizationId: actor.organizationId,
            changes: {
              documentNumber: { from: null, to: documentNumber },
              versionNumber: { from: versionNumber - 1 || null, to: versionNumber },
              cycleKey: { from: null, to: report.cycleKey },
            },
          });
          return saved.id;
        },
      );
    });
    return this.deps.dataSource.getRepository(ConsolidatedReportVersion).findOneByOrFail({ id });
  }

  /** The draft as the document it would become (no number or date yet). */
  async draftDocument(report: ConsolidatedReport): Promise<ReportDocument> {
    const plan = await this.deps.dataSource.getRepository(Plan).findOneByOrFail({ id: report.planId });
    return this.documentOf(report, plan, await this.units(this.deps.dataSource.manager, plan), null, null);
  }

  async draftHtml(report: ConsolidatedReport): Promise<string> {
    return renderHtml(await this.draftDocument(report));
  }

  versionHtml(version: ConsolidatedReportVersion): string {
    return renderHtml(version.content);
  }

  async versionDocx(actor: Actor | null, id: string): Promise<{ version: ConsolidatedReportVersion; docx: Buffer }> {
    const version = await this.getVersion(actor, id);
    return { version, docx: await renderDocx(version.content) };
  }

  async draftDocx(actor: Actor | null, id: string): Promise<{ report: ConsolidatedReport; docx: Buffer }> {
    const report = await this.get(actor, id);
    return { report, docx: await renderDocx(await this.draftDocument(report)) };
  }

  private documentOf(
    report: ConsolidatedReport,
    plan: Plan,
    units: PlanUnits,
    number: string | null,
    date: string | null,
  ): ReportDocument {
    const upper = (s: string) => s.toLocaleUpperCase('vi');
    return {
      parentBody: units.parentOfOffice ? upper(units.parentOfOffice.name) : null,
      issuingBody: upper(units.office.name),
      number,
      numberSuffix: numberSuffix(units.office),
      place: plan.place ?? '',
      date,
      title: 'BÁO CÁO',
      subtitle: report.subtitle,
      sections: report.sections,
      recipients: report.recipients,
      signerTitle: report.signerTitle,
      signerName: report.signerName,
    };
  }

  private async writablePlan(actor: Actor, planId: string): Promise<Plan> {
    const plan = await this.deps.dataSource.getRepository(Plan).findOneBy({ id: parseId(planId, 'planId') });
    if (!plan) throw notFound('Plan', planId);
    if (!policy.canWriteConsolidatedReport(actor, plan)) deny(actor, 'Only the plan’s coordinators write its reports');
    return plan;
  }

  private async edit(
    actor: Actor,
    id: string,
    version: number,
    change: (manager: EntityManager, report: ConsolidatedReport, plan: Plan) => Promise<Partial<ConsolidatedReport>>,
  ): Promise<ConsolidatedReport> {
    const reportId = parseId(id, 'id');
    await this.deps.writer.run(async (tx) => {
      const repo = tx.manager.getRepository(ConsolidatedReport);
      const report = await repo.findOneBy({ id: reportId });
      if (!report) throw notFound('ConsolidatedReport', id);
      const plan = await tx.manager.getRepository(Plan).findOneByOrFail({ id: report.planId });
      if (!policy.canWriteConsolidatedReport(actor, plan))
        deny(actor, 'Only the plan’s coordinators write its reports');
      const changes = await change(tx.manager, report, plan);
      const result = await repo
        .createQueryBuilder()
        .update()
        .set({ ...changes, version: () => '"version" + 1' })
        .where('id = :id AND version = :version', { id: reportId, version })
        .execute();
      if (!result.affected) {
        throw conflict(`The report changed (version ${report.version}); reload it and edit again`, {
          currentVersion: report.version,
        });
      }
    });
    return this.deps.dataSource.getRepository(ConsolidatedReport).findOneByOrFail({ id: reportId });
  }

  private async sectionsFor(manager: EntityManager, plan: Plan, cycleKey: string, units: PlanUnits) {
    const data = await loadPlanData(manager, plan);
    const today = this.cycles.today();
    const view = cycleView(data, this.cycles.view(data, cycleKey).cycle, today);
    const next = cycleContaining(plan.reportingPeriod, addDaysIso(view.cycle.end, 1));
    const difficulties = await this.sources.difficulties(data, view);
    const findings = await this.sources.frontFindings(data, view, units.monitorIds);
    // Units that raised or filed something without a task of their own still need their names.
    const unknown = [...new Set([...difficulties, ...findings].map((i) => i.organizationId))].filter(
      (id) => !data.organizations.has(id),
    );
    if (unknown.length) {
      for (const o of await manager.getRepository(Organization).createQueryBuilder('o').whereInIds(unknown).getMany()) {
        data.organizations.set(o.id, o);
      }
    }
    return draftSections({
      data,
      view,
      next,
      issuer: units.issuer,
      office: units.office,
      difficultyOffice: units.difficultyOffice,
      difficulties,
      findings,
    });
  }

  private async units(manager: EntityManager, plan: Plan): Promise<PlanUnits> {
    const orgs = manager.getRepository(Organization);
    const issuer = await orgs.findOneByOrFail({ id: plan.issuingOrganizationId });
    const office = plan.standingOfficeId ? await orgs.findOneByOrFail({ id: plan.standingOfficeId }) : issuer;
    const parentOfOffice = office.parentId ? await orgs.findOneBy({ id: office.parentId }) : null;
    const difficultyOffice = plan.difficultyOfficeId ? await orgs.findOneBy({ id: plan.difficultyOfficeId }) : null;
    const monitorRows: { organizationId: number }[] = await manager
      .createQueryBuilder()
      .select('m."organizationId"', 'organizationId')
      .from('plan_monitor', 'm')
      .where('m."planId" = :plan', { plan: plan.id })
      .getRawMany();
    const monitorIds = new Set(monitorRows.map((r) => Number(r.organizationId)));
    const monitors = monitorIds.size
      ? await orgs
          .createQueryBuilder('o')
          .whereInIds([...monitorIds])
          .getMany()
      : [];
    return {
      issuer,
      office,
      parentOfOffice,
      difficultyOffice,
      monitorIds,
      front: monitors.find((o) => o.kind === OrganizationKind.FRONT) ?? null,
    };
  }
}
