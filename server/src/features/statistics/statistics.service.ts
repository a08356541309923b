import ExcelJS from 'exceljs';
import type { AppDeps } from '../../context.js';
import { badInput } from '../../graphql/errors.js';
import type { Actor } from '../../permissions/policy.js';
import type { ReportingCycleService } from '../reporting-cycle/reporting-cycle.service.js';
import { computeStatistics } from './compute.js';
import type { PlanStatistics } from './statistics.types.js';

export const TABLES = ['units', 'groups', 'timeline', 'cycles'] as const;
export type Table = (typeof TABLES)[number];

export class StatisticsService {
  constructor(
    private readonly deps: AppDeps,
    private readonly cycles: ReportingCycleService,
  ) {}

  async forPlan(actor: Actor | null, planId: string | number): Promise<PlanStatistics> {
    const data = await this.cycles.readable(actor, planId);
    const stats = computeStatistics(data, this.cycles.today());
    return {
      planId: data.plan.id,
      ...stats,
      csvUrl: `/plans/${data.plan.id}/statistics.csv`,
      xlsxUrl: `/plans/${data.plan.id}/statistics.xlsx`,
    };
  }

  /** The statistics as a workbook: one sheet per table, Vietnamese headings. */
  async workbook(actor: Actor | null, planId: string): Promise<{ planNumber: string; book: ExcelJS.Workbook }> {
    const data = await this.cycles.readable(actor, planId);
    const stats = computeStatistics(data, this.cycles.today());
    const book = new ExcelJS.Workbook();
    book.creator = 'Tiến độ';
    const sheet = (name: string, columns: { header: string; key: string; width: number }[], rows: object[]) => {
      const ws = book.addWorksheet(name);
      ws.columns = columns;
      ws.getRow(1).font = { bold: true };
      ws.addRows(rows);
      return ws;
    };
    const org = (id: number) => data.organizations.get(id);
    sheet(
      'units',
      [
        { header: 'Đơn vị', key: 'name', width: 40 },
        { header: 'Viết tắt', key: 'shortName', width: 14 },
        { header: 'Chủ trì', key: 'led', width: 9 },
        { header: 'Phối hợp', key: 'helped', width: 9 },
        { header: 'Hoàn thành', key: 'done', width: 11 },
        { header: 'Đúng hạn', key: 'doneOnTime', width: 10 },
        { header: 'Trễ hạn', key: 'late', width: 9 },
        { header: 'Tiến độ TB (%)', key: 'averageProgress', width: 14 },
        { header: 'Số báo cáo', key: 'reports', width: 11 },
        { header: 'Báo cáo đúng kỳ', key: 'reportsOnTime', width: 15 },
        { header: 'Chưa báo cáo', key: 'reportsMissing', width: 13 },
      ],
      stats.units.map((u) => ({
        ...u,
        name: org(u.organizationId)?.name,
        shortName: org(u.organizationId)?.shortName,
      })),
    );
    sheet(
      'groups',
      [
        { header: 'Mã', key: 'code', width: 8 },
        { header: 'Nhóm nhiệm vụ', key: 'title', width: 60 },
        { header: 'Số nhiệm vụ', key: 'tasks', width: 12 },
        { header: 'Hoàn thành', key: 'done', width: 11 },
        { header: 'Đang thực hiện', key: 'inProgress', width: 14 },
        { header: 'Chưa triển khai', key: 'notStarted', width: 15 },
        { header: 'Tiến độ (%)', key: 'progress', width: 11 },
      ],
      stats.groups,
    );
    sheet(
      'timeline',
      [
        { header: 'Ngày', key: 'date', width: 12 },
        { header: 'Tiến độ (%)', key: 'progress', width: 11 },
        { header: 'Nhiệm vụ hoàn thành', key: 'doneTasks', width: 20 },
      ],
      stats.timeline.map((p) => ({ ...p, date: p.date.split('-').reverse().join('/') })),
    );
    sheet(
      'cycles',
      [
        { header: 'Kỳ', key: 'label', width: 22 },
        { header: 'Đã kết thúc', key: 'closed', width: 12 },
        { header: 'Phải báo cáo', key: 'expected', width: 13 },
        { header: 'Đã báo cáo', key: 'reported', width: 11 },
      ],
      stats.cycles.map((c) => ({ ...c, closed: c.closed ? 'Có' : 'Không' })),
    );
    return { planNumber: data.plan.number, book };
  }

  async xlsx(actor: Actor | null, planId: string) {
    const { planNumber, book } = await this.workbook(actor, planId);
    return { planNumber, buffer: Buffer.from(await book.xlsx.writeBuffer()) };
  }

  /** One table as CSV, UTF-8 with a byte order mark so spreadsheet programs read the diacritics. */
  async csv(actor: Actor | null, planId: string, table: string) {
    if (!(TABLES as readonly string[]).includes(table)) {
      throw badInput('table', `table must be one of ${TABLES.join(', ')}`);
    }
    const { planNumber, book } = await this.workbook(actor, planId);
    const buffer = await book.csv.writeBuffer({ sheetName: table, formatterOptions: { writeBOM: true } });
    return { planNumber, buffer: Buffer.from(buffer) };
  }
}
