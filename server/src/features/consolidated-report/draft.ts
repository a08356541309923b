// Writes the first draft of a consolidated report from a cycle's reports. Every figure comes from
// the reports: each unit's latest progress in the cycle, each task's roll-up at the cycle's end.
import { AssignmentRole, DeadlineKind, formatIsoDateVi, type IsoDate } from '@tiendo/shared';
import type { Organization } from '../organization/organization.entity.js';
import type { Cycle } from '../reporting-cycle/cycles.js';
import type { CycleView } from '../reporting-cycle/cycle-view.js';
import {
  assignmentKey,
  latestReportsAsOf,
  planProgressAsOf,
  reportDate,
  taskProgressAsOf,
  type PlanData,
} from '../reporting-cycle/plan-data.js';
import { SECTION_HEADINGS, SectionKey, type ReportSection } from './report-document.js';
import type { DifficultyItem, FindingItem } from './sources.js';

export interface DraftInput {
  data: PlanData;
  view: CycleView;
  next: Cycle;
  /** The plan's issuer (the People's Committee the report goes to). */
  issuer: Organization;
  /** The office that writes the report: the plan's standing office. */
  office: Organization;
  difficultyOffice: Organization | null;
  difficulties: DifficultyItem[];
  findings: FindingItem[];
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const sentence = (s: string) => (/[.!?…]$/.test(s) ? s : `${s}.`);
const roleLabel = (r: AssignmentRole) => (r === AssignmentRole.LEAD ? 'chủ trì' : 'phối hợp');
const statusLabel = (p: number) => (p >= 100 ? 'hoàn thành' : p > 0 ? 'đang thực hiện' : 'chưa triển khai');
const dmy = (d: IsoDate) => formatIsoDateVi(d);

/** The figures as of the end of the cycle, or today while it is still open. */
export function asOfDate(view: CycleView): IsoDate {
  return view.today < view.cycle.end ? view.today : view.cycle.end;
}

export function draftSections(input: DraftInput): ReportSection[] {
  const { data, view, issuer, office } = input;
  const asOf = asOfDate(view);
  const progress = taskProgressAsOf(data, asOf);
  const latest = latestReportsAsOf(data, asOf);
  const org = (id: number) => data.organizations.get(id)?.name ?? `Đơn vị ${id}`;
  const code = new Map(data.tasks.map((t) => [t.id, t.code]));
  const assigned = data.tasks.filter((t) => data.assignments.some((a) => a.taskId === t.id));
  const reportsInCycle = data.reports.filter((r) => {
    const d = reportDate(r);
    return d >= view.cycle.start && d <= view.cycle.end;
  });
  const missing = view.entries.filter((e) => !e.reported);
  const missingUnits = [...new Set(missing.map((e) => e.organizationId))];
  const reportingUnits = new Set(reportsInCycle.map((r) => r.organizationId));
  const planNumber = `Kế hoạch số ${data.plan.number}${data.plan.issuedOn ? ` ngày ${dmy(data.plan.issuedOn)}` : ''} của ${issuer.name}`;

  // I. General situation
  const done = assigned.filter((t) => (progress.get(t.id) ?? 0) >= 100).length;
  const notStarted = assigned.filter((t) => (progress.get(t.id) ?? 0) === 0);
  const general = [
    `Thực hiện ${planNumber}, ${office.name} tổng hợp kết quả thực hiện kỳ ${view.cycle.label} (từ ngày ${dmy(view.cycle.start)} đến ngày ${dmy(view.cycle.end)}) như sau:`,
    `- Tổng số nhiệm vụ được giao: ${assigned.length} (hoàn thành: ${done}; đang thực hiện: ${assigned.length - done - notStarted.length}; chưa triển khai: ${notStarted.length}).`,
    `- Tiến độ chung của Kế hoạch đến ngày ${dmy(asOf)}: ${planProgressAsOf(data, asOf)}%.`,
    `- Trong kỳ đã nhận ${reportsInCycle.length} báo cáo của ${reportingUnits.size} đơn vị; ${view.entries.length - missing.length}/${view.entries.length} lượt nhiệm vụ đã được báo cáo, ${missing.length} lượt của ${missingUnits.length} đơn vị chưa báo cáo.`,
  ];

  // II. Results, task by task, with each unit's part
  const results: string[] = [];
  for (const task of data.tasks) {
    const p = progress.get(task.id) ?? 0;
    results.push(`${task.code}. ${oneLine(task.title)}: tiến độ ${p}% (${statusLabel(p)}).`);
    const entries = view.entries.filter((e) => e.taskId === task.id);
    for (const e of entries.filter((x) => x.reported)) {
      const r = e.reports.at(-1)!;
      const extra = r.results.trim() ? ` Kết quả: ${sentence(oneLine(r.results))}` : '';
      results.push(
        `- ${org(e.organizationId)} (${roleLabel(e.role)}): ${r.progress}% - ${sentence(oneLine(r.summary))}${extra}`,
      );
    }
    const silent = entries.filter((x) => !x.reported);
    if (silent.length) {
      results.push(
        `- Chưa báo cáo trong kỳ: ${silent.map((e) => `${org(e.organizationId)} (${e.progress}%)`).join(', ')}.`,
      );
    }
    const finished = data.assignments.filter(
      (a) => a.taskId === task.id && !entries.some((e) => e.organizationId === a.organizationId),
    );
    if (finished.length) {
      results.push(`- Đã hoàn thành từ kỳ trước: ${finished.map((a) => org(a.organizationId)).join(', ')}.`);
    }
  }

  // III. Late or not started
  const late: string[] = [];
  for (const task of data.tasks) {
    if (task.deadlineKind !== DeadlineKind.DATE || !task.deadlineDate || task.deadlineDate > asOf) continue;
    const p = progress.get(task.id) ?? 0;
    if (p >= 100) continue;
    const pending = data.assignments
      .filter(
        (a) => a.taskId === task.id && (latest.get(assignmentKey(a.taskId, a.organizationId))?.progress ?? 0) < 100,
      )
      .map((a) => org(a.organizationId));
    late.push(
      `- ${task.code}. ${oneLine(task.title)}: quá hạn ngày ${dmy(task.deadlineDate)}, tiến độ ${p}%; đơn vị chưa hoàn thành: ${pending.join(', ')}.`,
    );
  }
  for (const task of notStarted) late.push(`- ${task.code}. ${oneLine(task.title)}: chưa triển khai (0%).`);
  if (!late.length) late.push('Không có nhiệm vụ chậm tiến độ hoặc chưa triển khai.');

  // IV. Difficulties and proposals
  const difficulties: string[] = [];
  for (const d of input.difficulties) {
    const parts = [
      d.difficulties && `Khó khăn, vướng mắc: ${sentence(oneLine(d.difficulties))}`,
      d.proposals && `Đề xuất, kiến nghị: ${sentence(oneLine(d.proposals))}`,
    ].filter(Boolean);
    const where = d.taskId !== null ? ` (nhiệm vụ ${code.get(d.taskId)})` : '';
    difficulties.push(`- ${org(d.organizationId)}${where}: ${parts.join(' ')}`);
    if (d.answer) difficulties.push(`+ Trả lời: ${sentence(oneLine(d.answer))}`);
    else if (d.pending) difficulties.push(`+ ${sentence(oneLine(d.pending))}`);
  }
  if (!difficulties.length) difficulties.push('Trong kỳ, các đơn vị không báo cáo khó khăn, vướng mắc.');
  else if (input.difficultyOffice) {
    difficulties.push(
      `Các khó khăn, vướng mắc trên được gửi ${input.difficultyOffice.name} tổng hợp, trình ${issuer.name} xem xét.`,
    );
  }

  // V. The Front's findings and the answers
  const front: string[] = [];
  for (const f of input.findings) {
    const where = f.taskId !== null ? ` (nhiệm vụ ${code.get(f.taskId)})` : '';
    const proposals = f.proposals ? ` Kiến nghị: ${sentence(oneLine(f.proposals))}` : '';
    front.push(`- ${org(f.organizationId)}${where}: ${sentence(oneLine(f.text))}${proposals}`);
    if (f.answer) front.push(`+ Trả lời: ${sentence(oneLine(f.answer))}`);
    else if (f.pending) front.push(`+ ${sentence(oneLine(f.pending))}`);
  }
  if (!front.length) front.push('Trong kỳ, chưa có kết quả giám sát, kiến nghị của Mặt trận Tổ quốc và các đoàn thể.');

  // VI. Next steps
  const unfinished = assigned.filter((t) => (progress.get(t.id) ?? 0) < 100).map((t) => t.code);
  const next: string[] = [];
  if (unfinished.length) next.push(`- Tiếp tục triển khai các nhiệm vụ chưa hoàn thành: ${unfinished.join(', ')}.`);
  if (missingUnits.length) {
    next.push(`- Đôn đốc các đơn vị chưa báo cáo kỳ ${view.cycle.label}: ${missingUnits.map(org).join(', ')}.`);
  }
  next.push(
    `- Các đơn vị báo cáo kết quả kỳ ${input.next.label} trước ngày ${dmy(input.next.dueOn)} để ${office.name} tổng hợp, báo cáo ${issuer.name}.`,
  );

  const bodies: Record<SectionKey, string[]> = {
    [SectionKey.GENERAL]: general,
    [SectionKey.RESULTS]: results,
    [SectionKey.LATE]: late,
    [SectionKey.DIFFICULTIES]: difficulties,
    [SectionKey.FRONT]: front,
    [SectionKey.NEXT_STEPS]: next,
  };
  return (Object.keys(bodies) as SectionKey[]).map((key) => ({
    key,
    heading: SECTION_HEADINGS[key],
    body: bodies[key].join('\n'),
  }));
}

export function defaultSubtitle(data: PlanData, issuer: Organization, cycleLabel: string): string {
  const date = data.plan.issuedOn ? ` ngày ${dmy(data.plan.issuedOn)}` : '';
  return `Kết quả thực hiện Kế hoạch số ${data.plan.number}${date} của ${issuer.name}, kỳ ${cycleLabel}`;
}

export function defaultRecipients(
  issuer: Organization,
  office: Organization,
  front: Organization | null,
  difficultyOffice: Organization | null,
): string[] {
  return [
    `${issuer.name} (báo cáo)`,
    ...(front ? [front.name] : []),
    ...(difficultyOffice ? [difficultyOffice.name] : []),
    'Các đơn vị được giao nhiệm vụ',
    `Lưu: VT, ${office.shortName}`,
  ];
}

/** "BC-KTHT": a report (BC) by the office whose short name is "KT-HT". */
export function numberSuffix(office: Organization): string {
  return `BC-${office.shortName.replace(/[^\p{L}\p{N}]/gu, '').toLocaleUpperCase('vi')}`;
}
