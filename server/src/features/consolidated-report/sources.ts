// Where the report's difficulties and the Front's findings come from: the obstacles (with the
// People's Committee's answers) and supervision findings (with the lead units' responses) of the
// cycle, plus what units wrote in their progress reports (proposals, the monitors' own reports).
// `progressReportSources` reads the reports alone, for a deployment without those records.
import { ObstacleStatus, FindingStatus, formatIsoDateVi } from '@tiendo/shared';
import type { EntityManager } from 'typeorm';
import { Obstacle } from '../obstacle/obstacle.entity.js';
import { SupervisionFinding } from '../supervision/finding.entity.js';
import type { CycleView } from '../reporting-cycle/cycle-view.js';
import { vnDateOf } from '../reporting-cycle/cycles.js';
import { reportDate, type PlanData } from '../reporting-cycle/plan-data.js';

export interface DifficultyItem {
  organizationId: number;
  taskId: number | null;
  difficulties: string;
  proposals: string;
  /** How it was answered, when the source knows. */
  answer: string | null;
  /** Where it stands while unanswered: "Đã chuyển …". */
  pending: string | null;
}

export interface FindingItem {
  organizationId: number;
  taskId: number | null;
  text: string;
  proposals: string;
  /** The lead office's response, when the source knows. */
  answer: string | null;
  pending: string | null;
}

export interface ConsolidationSources {
  difficulties(data: PlanData, view: CycleView): Promise<DifficultyItem[]>;
  frontFindings(data: PlanData, view: CycleView, monitorIds: Set<number>): Promise<FindingItem[]>;
}

const inCycle = (data: PlanData, view: CycleView) =>
  data.reports.filter((r) => {
    const d = reportDate(r);
    return d >= view.cycle.start && d <= view.cycle.end;
  });

/** Difficulties and proposals as written in the cycle's progress reports; the Front's own reports as its findings. */
export const progressReportSources: ConsolidationSources = {
  async difficulties(data, view) {
    return inCycle(data, view)
      .filter((r) => r.difficulties.trim() || r.proposals.trim())
      .map((r) => ({
        organizationId: r.organizationId,
        taskId: r.taskId,
        difficulties: r.difficulties.trim(),
        proposals: r.proposals.trim(),
        answer: null,
        pending: null,
      }));
  },
  async frontFindings(data, view, monitorIds) {
    return inCycle(data, view)
      .filter((r) => monitorIds.has(r.organizationId))
      .map((r) => ({
        organizationId: r.organizationId,
        taskId: r.taskId,
        text: [r.summary, r.results]
          .map((s) => s.trim())
          .filter(Boolean)
          .join(' '),
        proposals: r.proposals.trim(),
        answer: null,
        pending: null,
      }));
  },
};

const inRange = (view: CycleView, date: string) => date >= view.cycle.start && date <= view.cycle.end;

/**
 * Obstacles raised in the cycle (dated by the report that raised them) or still unanswered from
 * before, with their answers; supervision findings filed in the cycle or still open, with the
 * responses; proposals and the monitors' reports from the progress reports.
 */
export function oversightSources(manager: () => EntityManager): ConsolidationSources {
  return {
    async difficulties(data, view) {
      const reports = new Map(data.reports.map((r) => [r.id, r]));
      const obstacles = await manager()
        .getRepository(Obstacle)
        .find({ where: { planId: data.plan.id }, order: { id: 'ASC' } });
      const items: DifficultyItem[] = [];
      const fromObstacles = new Set<number>();
      for (const o of obstacles) {
        const report = o.reportId !== null ? reports.get(o.reportId) : undefined;
        const raised = report ? reportDate(report) : vnDateOf(o.createdAt);
        const answeredOn = o.resolvedAt ? vnDateOf(o.resolvedAt) : null;
        const carried = raised < view.cycle.start && (answeredOn === null || answeredOn >= view.cycle.start);
        if ((!inRange(view, raised) && !carried) || raised > view.cycle.end) continue;
        if (report) fromObstacles.add(report.id);
        const answered = o.status === ObstacleStatus.RESOLVED && answeredOn !== null && answeredOn <= view.cycle.end;
        items.push({
          organizationId: o.organizationId ?? 0,
          taskId: o.taskId,
          difficulties: o.description.trim(),
          proposals: report?.proposals.trim() ?? '',
          answer: answered ? o.resolution : null,
          pending: answered
            ? null
            : o.forwardedAt
              ? `Đã chuyển Ủy ban nhân dân xem xét, giải quyết${o.forwardNote ? ` (${o.forwardNote})` : ''}`
              : 'Đang tổng hợp, chưa được trả lời',
        });
      }
      // Proposals written without a difficulty.
      for (const r of data.reports) {
        if (fromObstacles.has(r.id) || r.difficulties.trim() || !r.proposals.trim()) continue;
        if (!inRange(view, reportDate(r))) continue;
        items.push({
          organizationId: r.organizationId,
          taskId: r.taskId,
          difficulties: '',
          proposals: r.proposals.trim(),
          answer: null,
          pending: null,
        });
      }
      return items;
    },
    async frontFindings(data, view, monitorIds) {
      const findings = await manager()
        .getRepository(SupervisionFinding)
        .find({ where: { planId: data.plan.id }, order: { id: 'ASC' } });
      const items: FindingItem[] = [];
      for (const f of findings) {
        const filed = vnDateOf(f.createdAt);
        const respondedOn = f.respondedAt ? vnDateOf(f.respondedAt) : null;
        const carried = filed < view.cycle.start && (respondedOn === null || respondedOn >= view.cycle.start);
        if ((!inRange(view, filed) && !carried) || filed > view.cycle.end) continue;
        const answered = f.status === FindingStatus.ANSWERED && respondedOn !== null && respondedOn <= view.cycle.end;
        items.push({
          organizationId: f.organizationId ?? 0,
          taskId: f.taskId,
          text: f.content.trim(),
          proposals: '',
          answer: answered ? f.response : null,
          pending: answered ? null : `Chưa trả lời (hạn ${formatIsoDateVi(f.dueDate)})`,
        });
      }
      return [...items, ...(await progressReportSources.frontFindings(data, view, monitorIds))];
    },
  };
}
