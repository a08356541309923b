import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dbSnapshot } from '../../testing/db-snapshot.js';
import { startCycleScenario, UNIT, type CycleScenario } from '../../testing/cycle-scenario.js';
import { ActivityEvent } from '../activity/activity-event.entity.js';
import { Reminder } from './reminder.entity.js';

const SEND = `mutation($i: SendRemindersInput!) { sendReminders(input: $i) {
  reminders { id kind cycleKey dueOn message organization { shortName } sender { email } } } }`;
const REMINDERS = `query($p: ID!, $o: ID) { reminders(planId: $p, organizationId: $o) {
  id kind cycleKey dueOn message createdAt organization { shortName } task { code } sender { email } } }`;
const MISSING = `query($p: ID!, $k: String) { reportingCycle(planId: $p, key: $k) { missingOrganizations { shortName } } }`;

let s: CycleScenario;
const run = () => s.server.app.services.reminders.runScheduled();
const byUnit = (rows: Reminder[], unit: string) => rows.filter((r) => r.organizationId === Number(s.plan.orgs[unit]));

beforeAll(async () => {
  s = await startCycleScenario();
  s.setClock('2020-06-20T09:00:00+07:00');
  await s.report('vhtt', 'II.2.a', 100);
  await s.report('anhiep', 'II.2.a', 100);
  await s.report('gddt', 'II.2.a', 50);
  await s.report('gddt', 'II.3.c', 40);
});
afterAll(async () => {
  await s.stop();
});

describe('automatic reminders, on the server clock', () => {
  it('reminds each unfinished assignee of a dated task due soon, once', async () => {
    s.setClock('2020-06-25T08:00:00+07:00');
    const made = await run();
    // II.2.a (due 30/06/2020) is given to 13 offices and 8 communes; VH-TT and An Hiệp have finished.
    expect(made).toHaveLength(19);
    expect(new Set(made.map((r) => r.kind))).toEqual(new Set(['DUE_SOON']));
    expect(byUnit(made, UNIT.vhtt)).toEqual([]);
    const gddt = byUnit(made, UNIT.gddt)[0]!;
    expect(gddt).toMatchObject({ dueOn: '2020-06-30', cycleKey: null, senderId: null });
    expect(gddt.message).toBe('Nhiệm vụ II.2.a của Kế hoạch 85/KH-UBND đến hạn ngày 30/06/2020 (còn 5 ngày).');
    expect(await run()).toEqual([]); // the same occasion reminds once

    // Each reminder reaches the unit's members in their inbox.
    const inbox = await s.server.gql('{ notifications { kind summary plan { number } } }', {}, await s.token('gddt'));
    expect(inbox.data!.notifications.filter((n: any) => n.kind === 'REMINDER')).toEqual([
      { kind: 'REMINDER', summary: gddt.message, plan: { number: '85/KH-UBND' } },
    ]);
  });

  it('reminds the units of an overdue task once its deadline day has passed in Vietnam', async () => {
    s.setClock('2020-06-30T16:00:00Z'); // 23:00 in Vietnam: still on time
    expect(await run()).toEqual([]);
    s.setClock('2020-06-30T17:30:00Z'); // 00:30 on 01/07 in Vietnam
    const made = await run();
    expect(made).toHaveLength(19);
    expect(made.every((r) => r.kind === 'OVERDUE')).toBe(true);
    expect(byUnit(made, UNIT.anninh)[0]!.message).toBe(
      'Nhiệm vụ II.2.a của Kế hoạch 85/KH-UBND đã quá hạn ngày 30/06/2020 mà đơn vị chưa hoàn thành.',
    );
  });

  it('reminds units that have not reported when the cycle is due soon, then when it closed without them', async () => {
    s.setClock('2020-11-10T14:00:00+07:00');
    await s.report('vhtt', 'II.2.b', 60);
    s.setClock('2020-12-20T09:00:00+07:00'); // 11 days before 31/12: not yet
    expect((await run()).filter((r) => r.cycleKey)).toEqual([]);

    s.setClock('2020-12-26T09:00:00+07:00');
    const token = await s.token('kthat');
    const missing = (await s.server.gql(MISSING, { p: s.plan.id }, token)).data!.reportingCycle.missingOrganizations;
    const dueSoon = await run();
    expect(dueSoon.every((r) => r.kind === 'DUE_SOON' && r.cycleKey === '2020' && r.dueOn === '2020-12-31')).toBe(true);
    expect(dueSoon.map((r) => r.organizationId).sort()).toEqual(
      missing.map((o: any) => Number(s.plan.orgs[o.shortName])).sort(),
    );
    const gddt = byUnit(dueSoon, UNIT.gddt)[0]!.message;
    expect(gddt).toMatch(
      /^Kỳ báo cáo Năm 2020 của Kế hoạch 85\/KH-UBND đến hạn ngày 31\/12\/2020: đơn vị chưa báo cáo nhiệm vụ /,
    );
    expect(gddt).toContain('II.3.a');
    expect(gddt).not.toContain('II.3.c'); // reported in June
    expect(gddt).not.toContain('II.2.a');

    s.setClock('2021-01-03T09:00:00+07:00');
    const closed = await run();
    const missed = closed.filter((r) => r.kind === 'MISSING');
    expect(missed.map((r) => r.organizationId).sort()).toEqual(dueSoon.map((r) => r.organizationId).sort());
    expect(byUnit(missed, UNIT.anninh)[0]!.message).toMatch(
      /^Đơn vị chưa báo cáo kỳ Năm 2020 \(hạn 31\/12\/2020\) của Kế hoạch 85\/KH-UBND: nhiệm vụ II\.1, /,
    );
    expect(await run()).toEqual([]);

    const events = await s.server.app.dataSource.getRepository(ActivityEvent).findBy({ type: 'REMINDER_SENT' as any });
    expect(events.length).toBe(4); // one per run that reminded anyone
    expect(events.every((e) => e.actorId === null)).toBe(true);
  });
});

describe('sendReminders (đôn đốc)', () => {
  it('urges every late unit of a cycle with one action, and a retry sends nothing more', async () => {
    s.setClock('2021-01-04T09:00:00+07:00');
    const token = await s.token('kthat');
    const missing = (await s.server.gql(MISSING, { p: s.plan.id, k: '2020' }, token)).data!.reportingCycle
      .missingOrganizations;
    const input = {
      planId: s.plan.id,
      cycleKey: '2020',
      message: 'Đề nghị khẩn trương.',
      clientMutationId: 'urge-2020-1',
    };
    const first = await s.server.gql(SEND, { i: input }, token);
    expect(first.errors).toBeUndefined();
    const sent = first.data!.sendReminders.reminders;
    // Late in 2020 or still owing the overdue II.2.a: here the same units (GD&ĐT owes II.2.a and others).
    expect(sent.map((r: any) => r.organization.shortName).sort()).toEqual(missing.map((o: any) => o.shortName).sort());
    const anninh = sent.find((r: any) => r.organization.shortName === UNIT.anninh);
    expect(anninh).toMatchObject({
      kind: 'URGE',
      cycleKey: '2020',
      dueOn: '2020-12-31',
      sender: { email: 'kthat@chauthanh.demo' },
    });
    expect(anninh.message).toMatch(
      /^Đề nghị khẩn trương\. Đề nghị đơn vị báo cáo kết quả thực hiện Kế hoạch 85\/KH-UBND kỳ Năm 2020 \(hạn 31\/12\/2020\), nhiệm vụ II\.1, /,
    );
    expect(anninh.message).toContain('Nhiệm vụ quá hạn chưa hoàn thành: II.2.a.');
    const inbox = await s.server.gql('{ notifications { kind summary actor { email } } }', {}, await s.token('anninh'));
    expect(inbox.data!.notifications[0]).toEqual({
      kind: 'REMINDER',
      summary: anninh.message,
      actor: { email: 'kthat@chauthanh.demo' },
    });

    const before = await dbSnapshot(s.server.app.dataSource);
    const retry = await s.server.gql(SEND, { i: input }, token);
    expect(retry.data!.sendReminders.reminders.map((r: any) => r.id)).toEqual(sent.map((r: any) => r.id));
    expect(await dbSnapshot(s.server.app.dataSource)).toEqual(before);
  });

  it('urges only the units named', async () => {
    const token = await s.token('kthat');
    const res = await s.server.gql(
      SEND,
      { i: { planId: s.plan.id, organizationIds: [s.plan.orgs[UNIT.anninh]] } },
      token,
    );
    expect(res.data!.sendReminders.reminders).toHaveLength(1);
    expect(res.data!.sendReminders.reminders[0]).toMatchObject({
      kind: 'URGE',
      cycleKey: '2021',
      organization: { shortName: UNIT.anninh },
    });
  });

  it('refuses members and units outside the plan, changing nothing', async () => {
    const member = await s.token('vhtt');
    const kthat = await s.token('kthat');
    const before = await dbSnapshot(s.server.app.dataSource);
    const denied = await s.server.gql(SEND, { i: { planId: s.plan.id } }, member);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await s.server.gql(SEND, { i: { planId: s.plan.id } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const stranger = await s.server.gql(
      SEND,
      { i: { planId: s.plan.id, organizationIds: [s.plan.orgs['UBND tỉnh']] } },
      kthat,
    );
    expect(stranger.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organizationIds' });
    const badCycle = await s.server.gql(SEND, { i: { planId: s.plan.id, cycleKey: '2020-Q9' } }, kthat);
    expect(badCycle.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cycleKey' });
    expect(await dbSnapshot(s.server.app.dataSource)).toEqual(before);
  });

  it('shows a unit its own reminders, and the coordinator everyone’s', async () => {
    const anninh = await s.token('anninh');
    const own = (await s.server.gql(REMINDERS, { p: s.plan.id }, anninh)).data!.reminders;
    expect(own.map((r: any) => r.kind)).toEqual(['URGE', 'URGE', 'MISSING', 'DUE_SOON', 'OVERDUE', 'DUE_SOON']);
    expect(new Set(own.map((r: any) => r.organization.shortName))).toEqual(new Set([UNIT.anninh]));
    expect(own.at(-1).task).toEqual({ code: 'II.2.a' });
    const other = await s.server.gql(REMINDERS, { p: s.plan.id, o: s.plan.orgs[UNIT.gddt] }, anninh);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const mine = await s.server.gql('{ myReminders { id } }', {}, anninh);
    expect(mine.data!.myReminders.map((r: any) => r.id)).toEqual(own.map((r: any) => r.id));
    const all = (await s.server.gql(REMINDERS, { p: s.plan.id }, await s.token('kthat'))).data!.reminders;
    expect(new Set(all.map((r: any) => r.organization.shortName)).size).toBeGreaterThan(20);
  });
});

describe('the schedule inside the server', () => {
  it('runs the check by itself every TIENDO_REMINDER_INTERVAL_MINUTES', async () => {
    const other = await startCycleScenario({ TIENDO_REMINDER_INTERVAL_MINUTES: '0.005' });
    try {
      other.setClock('2020-06-25T08:00:00+07:00');
      const reminders = other.server.app.dataSource.getRepository(Reminder);
      await vi.waitFor(async () => expect(await reminders.count()).toBe(21), { timeout: 20_000, interval: 100 });
    } finally {
      await other.stop();
    }
  });
});
