// Plan 85 with progress reports posted across two yearly reporting cycles (2020 and 2021), on a
// clock the test moves. Used by the reporting-cycle, reminder, consolidated-report and statistics tests.
import { samplePlan, type SamplePlan } from './plan-fixtures.js';
import { demo } from './sample.js';
import { startTestServer, type TestServer } from './test-server.js';

export interface CycleScenario {
  server: TestServer;
  plan: SamplePlan;
  /** Moves the server's clock: '2020-06-20T09:00:00+07:00'. */
  setClock(instant: string): void;
  /** A fresh sign-in for the unit's demo account (sessions expire as the clock moves on). */
  token(unitKey: string): Promise<string>;
  /** Posts a report as the unit's demo account; fails the test on any error. */
  report(unitKey: string, taskCode: string, progress: number, extra?: Record<string, string>): Promise<string>;
  stop(): Promise<void>;
}

/** Demo account key → the unit's short name. */
export const UNIT = {
  vhtt: 'VH-TT',
  gddt: 'GD&ĐT',
  noivu: 'Nội vụ',
  kthat: 'KT-HT',
  anhiep: 'An Hiệp',
  anninh: 'An Ninh',
  mttq: 'MTTQ huyện',
} as const;

export async function startCycleScenario(env: Record<string, string> = {}): Promise<CycleScenario> {
  let now = new Date('2020-06-15T09:00:00+07:00');
  const server = await startTestServer({ clock: () => now, env: { TIENDO_REMINDER_INTERVAL_MINUTES: '0', ...env } });
  const plan = await samplePlan(server);
  const tokens = new Map<string, string>();
  const scenario: CycleScenario = {
    server,
    plan,
    setClock(instant) {
      now = new Date(instant);
      tokens.clear();
    },
    async token(key) {
      if (!tokens.has(key)) tokens.set(key, await server.login(demo(key)));
      return tokens.get(key)!;
    },
    async report(key, taskCode, progress, extra = {}) {
      const orgs = await server.gql('{ me { organization { id } } }', {}, await scenario.token(key));
      const res = await server.gql(
        'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }',
        {
          i: {
            taskId: plan.tasks[taskCode]!.id,
            organizationId: orgs.data!.me.organization.id,
            progress,
            summary: extra.summary ?? `Báo cáo ${taskCode} ${progress}%`,
            ...extra,
          },
        },
        await scenario.token(key),
      );
      if (res.errors) throw new Error(`report ${key} ${taskCode}: ${JSON.stringify(res.errors)}`);
      return res.data!.submitProgressReport.id;
    },
    stop: () => server.stop(),
  };
  return scenario;
}

/**
 * The reports of the sample scenario. Cycle 2020: VH-TT and An Hiệp finish II.2.a, GD&ĐT is half
 * way and raises a difficulty on II.3.c; VH-TT, KT-HT, Nội vụ and MTTQ report later in the year.
 * Cycle 2021: GD&ĐT finishes II.2.a late and moves II.3.c on; VH-TT and Nội vụ report again.
 */
export async function postTwoCycles(s: CycleScenario): Promise<void> {
  s.setClock('2020-06-20T09:00:00+07:00');
  await s.report('vhtt', 'II.2.a', 100, { summary: 'Đã quán triệt 5 văn bản đến toàn thể cán bộ, công chức' });
  await s.report('anhiep', 'II.2.a', 100, { summary: 'Xã An Hiệp đã tổ chức hội nghị quán triệt' });
  await s.report('gddt', 'II.2.a', 50, { summary: 'Đã quán triệt tại 20/40 trường' });
  await s.report('gddt', 'II.3.c', 40, {
    summary: 'Xây dựng đề án phát hiện, bồi dưỡng tài năng trẻ',
    difficulties: 'Thiếu kinh phí tổ chức hội thi',
    proposals: 'Đề nghị bổ sung kinh phí năm 2021',
  });
  s.setClock('2020-11-10T14:00:00+07:00');
  await s.report('vhtt', 'II.2.b', 60, { summary: 'Đăng 12 tin bài trên Cổng thông tin điện tử huyện' });
  await s.report('kthat', 'III.1', 50, { summary: 'Đã kiểm tra, đôn đốc 5 đơn vị' });
  await s.report('noivu', 'II.3.d', 20, {
    summary: 'Rà soát nhu cầu nhân lực chất lượng cao',
    difficulties: 'Khó thu hút nhân lực chất lượng cao về huyện',
  });
  await s.report('mttq', 'III.3', 30, {
    summary: 'Đã giám sát việc triển khai tại 3 xã',
    proposals: 'Đề nghị các xã báo cáo đúng kỳ',
  });
  s.setClock('2021-03-10T10:00:00+07:00');
  await s.report('gddt', 'II.3.c', 70, { summary: 'Tổ chức hội thi học sinh giỏi cấp huyện' });
  await s.report('gddt', 'II.2.a', 100, { summary: 'Hoàn thành quán triệt tại tất cả các trường' });
  await s.report('vhtt', 'II.2.b', 80, { summary: 'Phát sóng 6 chuyên đề trên Đài Truyền thanh' });
  await s.report('noivu', 'II.3.d', 50, {
    summary: 'Ban hành kế hoạch đào tạo ngoại ngữ',
    difficulties: 'Chưa có cơ chế đãi ngộ riêng',
    proposals: 'Đề nghị UBND huyện ban hành chính sách hỗ trợ',
  });
}
