// Where the report's difficulties and the Front's findings come from. Today: the text units wrote
// in their progress reports. SEAM: once obstacles (with their answers) and supervision findings
// (with the lead office's responses) exist as records, a source reading them replaces this one
// through ConsolidatedReportService.useSources(), and the items carry their `answer`.
import type { CycleView } from '../reporting-cycle/cycle-view.js';
import { reportDate, type PlanData } from '../reporting-cycle/plan-data.js';

export interface DifficultyItem {
  organizationId: number;
  taskId: number | null;
  difficulties: string;
  proposals: string;
  /** How it was answered, when the source knows. */
  answer: string | null;
}

export interface FindingItem {
  organizationId: number;
  taskId: number | null;
  text: string;
  proposals: string;
  /** The lead office's response, when the source knows. */
  answer: string | null;
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
      }));
  },
};
