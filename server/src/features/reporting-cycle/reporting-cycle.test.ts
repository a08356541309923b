import { RecurrencePeriod } from '@tiendo/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbSnapshot } from '../../testing/db-snapshot.js';
import { postTwoCycles, startCycleScenario, UNIT, type CycleScenario } from '../../testing/cycle-scenario.js';
import { cycleByKey, cycleContaining, cyclesBetween } from './cycles.js';

describe('cycles', () => {
  it('follows the calendar in Vietnam for every period', () => {
    expect(cycleContaining(RecurrencePeriod.QUARTERLY, '2020-08-15')).toMatchObject({
      key: '2020-Q3',
      label: 'Quý III/2020',
      start: '2020-07-01',
      end: '2020-09-30',
      dueOn: '2020-09-30',
    });
    expect(cycleContaining(RecurrencePeriod.HALF_YEARLY, '2020-06-30')).toMatchObject({
      key: '2020-H1',
      label: '6 tháng đầu năm 2020',
      end: '2020-06-30',
    });
    expect(cycleContaining(RecurrencePeriod.HALF_YEARLY, '2020-07-01')).toMatchObject({
      key: '2020-H2',
      start: '2020-07-01',
    });
    expect(cycleContaining(RecurrencePeriod.YEARLY, '2021-02-01')).toMatchObject({ key: '2021', label: 'Năm 2021' });
    expect(cycleContaining(RecurrencePeriod.MONTHLY, '2020-02-10')).toMatchObject({
      key: '2020-02',
      end: '2020-02-29',
    });
    expect(cycleByKey(RecurrencePeriod.QUARTERLY, '2020-Q4')?.start).toBe('2020-10-01');
    expect(cycleByKey(RecurrencePeriod.QUARTERLY, '2020')).toBeNull();
    expect(cyclesBetween(RecurrencePeriod.QUARTERLY, '2020-06-12', '2021-01-05').map((c) => c.key)).toEqual([
      '2020-Q2',
      '2020-Q3',
      '2020-Q4',
      '2021-Q1',
    ]);
  });
});

const CYCLES = `query($plan: ID!) { reportingCycles(planId: $plan) {
  key label status start end dueOn daysUntilDue expectedCount reportedCount missingCount
  missingOrganizations { shortName }
  entries { task { code } organization { shortName } role reported reportCount progress latestReport { summary } } } }`;
const DEADLINES = `query($plan: ID!, $days: Int) { planDeadlines(planId: $plan, withinDays: $days) {
  today overdue { task { code } deadline daysLeft pendingOrganizations { shortName } }
  dueSoon { task { code } daysLeft } currentCycle { key daysUntilDue } previousCycle { key status } } }`;

let s: CycleScenario;
beforeAll(async () => {
  s = await startCycleScenario();
  await postTwoCycles(s);
});
afterAll(async () => {
  await s.stop();
});

const entry = (cycle: any, code: string, unit: string) =>
  cycle.entries.find((e: any) => e.task.code === code && e.organization.shortName === unit);

describe('reporting cycles of plan 85 (yearly, as the plan implies)', () => {
  it('lists each cycle with who reported and who has not (chưa báo cáo)', async () => {
    s.setClock('2021-03-15T09:00:00+07:00');
    const res = await s.server.gql(CYCLES, { plan: s.plan.id }, await s.token('kthat'));
    expect(res.errors).toBeUndefined();
    const [y2021, y2020] = res.data!.reportingCycles;
    expect(res.data!.reportingCycles.map((c: any) => [c.key, c.status])).toEqual([
      ['2021', 'OPEN'],
      ['2020', 'CLOSED'],
    ]);
    expect(y2020).toMatchObject({ label: 'Năm 2020', start: '2020-01-01', end: '2020-12-31', daysUntilDue: -74 });
    expect(y2021).toMatchObject({ dueOn: '2021-12-31', daysUntilDue: 291 });

    // 2020: 8 reports by 7 assignments (GD&ĐT's two on II.2.a and II.3.c count once each).
    expect(y2020.reportedCount).toBe(8);
    expect(y2020.missingCount).toBe(y2020.expectedCount - 8);
    expect(entry(y2020, 'II.2.a', UNIT.vhtt)).toMatchObject({ reported: true, progress: 100, role: 'LEAD' });
    expect(entry(y2020, 'II.2.a', UNIT.gddt)).toMatchObject({ reported: true, progress: 50 });
    expect(entry(y2020, 'II.2.a', UNIT.anninh)).toMatchObject({ reported: false, reportCount: 0, progress: 0 });
    expect(entry(y2020, 'II.3.c', UNIT.gddt).latestReport.summary).toBe(
      'Xây dựng đề án phát hiện, bồi dưỡng tài năng trẻ',
    );
    const missing2020 = y2020.missingOrganizations.map((o: any) => o.shortName);
    expect(missing2020).toContain(UNIT.anninh);

    // 2021: units that finished in 2020 owe nothing on that task; the others owe a new report.
    expect(entry(y2021, 'II.2.a', UNIT.vhtt)).toBeUndefined();
    expect(entry(y2021, 'II.2.a', UNIT.anhiep)).toBeUndefined();
    expect(entry(y2021, 'II.2.a', UNIT.gddt)).toMatchObject({ reported: true, progress: 100 });
    expect(entry(y2021, 'II.3.c', UNIT.gddt)).toMatchObject({ reported: true, progress: 70 });
    expect(entry(y2021, 'II.2.b', UNIT.vhtt)).toMatchObject({ reported: true, reportCount: 1, progress: 80 });
    expect(entry(y2021, 'III.1', UNIT.kthat)).toMatchObject({ reported: false, progress: 50 });
    expect(y2021.reportedCount).toBe(4);
    expect(y2021.expectedCount).toBe(y2020.expectedCount - 2);
  });

  it('finds overdue tasks and tasks due soon on fixed dates, in Vietnam time', async () => {
    const ask = async (instant: string, days = 7) => {
      s.setClock(instant);
      const res = await s.server.gql(DEADLINES, { plan: s.plan.id, days }, await s.token('kthat'));
      expect(res.errors).toBeUndefined();
      return res.data!.planDeadlines;
    };
    // II.2.a is due 30/06/2020 ("Trong quý II năm 2020"). Before the 2021 reports GD&ĐT had not finished.
    // The task is not DONE today (most assignees never reported), so it stays overdue.
    const june25 = await ask('2020-06-25T09:00:00+07:00');
    expect(june25.today).toBe('2020-06-25');
    expect(june25.overdue).toEqual([]);
    expect(june25.dueSoon).toEqual([{ task: { code: 'II.2.a' }, daysLeft: 5 }]);
    expect((await ask('2020-06-25T09:00:00+07:00', 3)).dueSoon).toEqual([]);

    // 23:59 on 30/06 in Vietnam is still on time; 00:30 on 01/07 in Vietnam (17:30 UTC on 30/06) is late.
    expect((await ask('2020-06-30T16:59:00Z')).overdue).toEqual([]);
    const july1 = await ask('2020-06-30T17:30:00Z');
    expect(july1.today).toBe('2020-07-01');
    expect(july1.overdue).toHaveLength(1);
    const late = july1.overdue[0];
    expect(late).toMatchObject({ task: { code: 'II.2.a' }, deadline: '2020-06-30', daysLeft: -1 });
    const pending = late.pendingOrganizations.map((o: any) => o.shortName);
    expect(pending).toContain(UNIT.anninh);
    expect(pending).not.toContain(UNIT.vhtt);
    expect(pending).not.toContain(UNIT.anhiep);
    expect(pending).not.toContain(UNIT.gddt); // finished in 2021: the live state
    expect(july1.currentCycle).toEqual({ key: '2020', daysUntilDue: 183 });
    expect(july1.previousCycle).toBeNull();

    const dec26 = await ask('2020-12-26T09:00:00+07:00');
    expect(dec26.currentCycle).toEqual({ key: '2020', daysUntilDue: 5 });
    const jan2 = await ask('2021-01-02T09:00:00+07:00');
    expect(jan2.previousCycle).toEqual({ key: '2020', status: 'CLOSED' });
  });

  it('lets the coordinator switch the plan to quarterly reporting, and nobody else', async () => {
    s.setClock('2021-03-15T09:00:00+07:00');
    const SET =
      'mutation($p: ID!, $r: RecurrencePeriod!) { setPlanReportingPeriod(planId: $p, period: $r) { reportingPeriod } }';
    const member = await s.token('vhtt');
    const before = await dbSnapshot(s.server.app.dataSource);
    const denied = await s.server.gql(SET, { p: s.plan.id, r: 'QUARTERLY' }, member);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await dbSnapshot(s.server.app.dataSource)).toEqual(before);

    const ok = await s.server.gql(SET, { p: s.plan.id, r: 'QUARTERLY' }, await s.token('kthat'));
    expect(ok.data!.setPlanReportingPeriod.reportingPeriod).toBe('QUARTERLY');
    const res = await s.server.gql(CYCLES, { plan: s.plan.id }, await s.token('kthat'));
    expect(res.data!.reportingCycles.map((c: any) => c.key)).toEqual(['2021-Q1', '2020-Q4', '2020-Q3', '2020-Q2']);
    const q4 = res.data!.reportingCycles[1];
    expect(entry(q4, 'II.2.b', UNIT.vhtt)).toMatchObject({ reported: true, progress: 60 });
    expect(entry(q4, 'II.3.c', UNIT.gddt)).toMatchObject({ reported: false, progress: 40 });

    const bad = await s.server.gql(
      'query($p: ID!) { reportingCycle(planId: $p, key: "2020") { key } }',
      { p: s.plan.id },
      await s.token('kthat'),
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cycleKey' });
    await s.server.gql(SET, { p: s.plan.id, r: 'YEARLY' }, await s.token('kthat'));
  });
});
