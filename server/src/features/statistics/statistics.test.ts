import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postTwoCycles, startCycleScenario, UNIT, type CycleScenario } from '../../testing/cycle-scenario.js';

const STATS = `query($p: ID!) { planStatistics(planId: $p) {
  today progress csvUrl xlsxUrl
  units { organization { name shortName } led helped done doneOnTime late averageProgress reports reportsOnTime reportsMissing }
  groups { code title tasks done inProgress notStarted progress task { id } }
  timeline { date progress doneTasks }
  cycles { key label closed expected reported } } }`;

let s: CycleScenario;
let stats: any;
const unit = (shortName: string) => stats.units.find((u: any) => u.organization.shortName === shortName);

beforeAll(async () => {
  s = await startCycleScenario();
  await postTwoCycles(s);
  s.setClock('2021-03-15T09:00:00+07:00');
  const res = await s.server.gql(STATS, { p: s.plan.id }, await s.token('ubndhuyen'));
  expect(res.errors).toBeUndefined();
  stats = res.data!.planStatistics;
});
afterAll(async () => {
  await s.stop();
});

describe('plan statistics', () => {
  it('counts each unit’s tasks, finishes, lateness and reports', async () => {
    expect(stats.today).toBe('2021-03-15');
    // VH-TT leads II.2.a, II.2.b, II.3.a, III.2 and helps with II.3.b, II.4, III.1. It finished II.2.a
    // on 20/06/2020 (due 30/06/2020); progress 100, 80 and five zeros → 26%. Of 7 reports owed in
    // the closed cycle 2020 it posted 2.
    expect(unit(UNIT.vhtt)).toMatchObject({
      led: 4,
      helped: 3,
      done: 1,
      doneOnTime: 1,
      late: 0,
      averageProgress: 26,
      reports: 3,
      reportsOnTime: 2,
      reportsMissing: 5,
    });
    // GD&ĐT finished II.2.a on 10/03/2021, after its deadline.
    expect(unit(UNIT.gddt)).toMatchObject({
      done: 1,
      doneOnTime: 0,
      late: 1,
      averageProgress: 24,
      reports: 4,
      reportsOnTime: 2,
    });
    expect(unit(UNIT.anninh)).toMatchObject({
      done: 0,
      late: 1,
      averageProgress: 0,
      reports: 0,
      reportsOnTime: 0,
      reportsMissing: 7,
    });
    expect(unit(UNIT.mttq)).toMatchObject({ led: 1, helped: 0, reports: 1, reportsOnTime: 1, reportsMissing: 0 });
  });

  it('summarises task groups, completion over time and reporting per cycle', async () => {
    expect(stats.groups.map((g: any) => g.code)).toEqual(['II.1', 'II.2', 'II.3', 'II.4', 'III.1', 'III.2', 'III.3']);
    expect(stats.groups.find((g: any) => g.code === 'II.2')).toMatchObject({
      tasks: 2,
      done: 0,
      inProgress: 2,
      notStarted: 0,
    });
    expect(stats.groups.find((g: any) => g.code === 'II.1')).toMatchObject({ tasks: 1, notStarted: 1, progress: 0 });

    expect(stats.timeline.map((p: any) => p.date)).toEqual([
      '2020-06-30',
      '2020-07-31',
      '2020-08-31',
      '2020-09-30',
      '2020-10-31',
      '2020-11-30',
      '2020-12-31',
      '2021-01-31',
      '2021-02-28',
      '2021-03-15',
    ]);
    const live = await s.server.gql('query($p: ID!) { plan(id: $p) { progress } }', { p: s.plan.id });
    expect(stats.timeline.at(-1).progress).toBe(live.data!.plan.progress);
    expect(stats.progress).toBe(live.data!.plan.progress);
    expect(stats.timeline[0].progress).toBeLessThan(stats.timeline.at(-1).progress);
    expect(stats.timeline.every((p: any) => p.doneTasks === 0)).toBe(true);

    expect(stats.cycles).toEqual([
      expect.objectContaining({ key: '2020', label: 'Năm 2020', closed: true, reported: 8 }),
      expect.objectContaining({ key: '2021', closed: false, reported: 4 }),
    ]);
  });

  it('exports the tables as CSV and XLSX', async () => {
    const url = s.server.app.url;
    const token = await s.token('kthat');
    const csv = await fetch(`${url}${stats.csvUrl}`, { headers: { authorization: `Bearer ${token}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split(/\r?\n/);
    expect(lines[0]).toBe(
      'Đơn vị,Viết tắt,Chủ trì,Phối hợp,Hoàn thành,Đúng hạn,Trễ hạn,Tiến độ TB (%),Số báo cáo,Báo cáo đúng kỳ,Chưa báo cáo',
    );
    expect(lines).toContain('Phòng Văn hóa - Thông tin,VH-TT,4,3,1,1,0,26,3,2,5');
    expect(lines).toHaveLength(stats.units.length + 1);

    const groups = await fetch(`${url}${stats.csvUrl}?table=groups`);
    expect((await groups.text()).split(/\r?\n/)[1]).toMatch(/^II\.1,/);
    const bad = await fetch(`${url}${stats.csvUrl}?table=secrets`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { code: string }).code).toBe('BAD_USER_INPUT');
    expect((await fetch(`${url}/plans/999999/statistics.csv`)).status).toBe(404);

    const xlsx = await fetch(`${url}${stats.xlsxUrl}`, { headers: { authorization: `Bearer ${token}` } });
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as any);
    expect(book.worksheets.map((w) => w.name)).toEqual(['units', 'groups', 'timeline', 'cycles']);
    const units = book.getWorksheet('units')!;
    expect(units.getRow(1).getCell(1).value).toBe('Đơn vị');
    const rows = units.getSheetValues().slice(2) as unknown[][];
    const vhtt = rows.find((r) => r[2] === 'VH-TT')!;
    expect(vhtt.slice(1)).toEqual(['Phòng Văn hóa - Thông tin', 'VH-TT', 4, 3, 1, 1, 0, 26, 3, 2, 5]);
    expect(book.getWorksheet('timeline')!.getRow(2).values).toEqual([
      undefined,
      '30/06/2020',
      stats.timeline[0].progress,
      0,
    ]);
  });
});
