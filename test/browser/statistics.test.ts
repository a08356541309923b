// The reporting pages in Chromium against the built server and client: the statistics page's charts
// render as SVG; the cycles page urges late units; the consolidated report is drafted, edited and issued.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launch } from './browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, gql, login, root, startBuilt, stopBuilt, type BuiltServer } from '../support/built-server.js';

let server: BuiltServer;
let browser: Browser;
let dir: string;
let token: string;

async function report(unit: string, code: string, progress: number) {
  const t = await login(server.url, `${unit}@chauthanh.demo`);
  const ids = await gql(server.url, '{ me { organization { id } } plans { number tasks { id code } } }', {}, t);
  const plan = ids.data.plans.find((p: any) => p.number === '85/KH-UBND');
  const task = plan.tasks.find((x: any) => x.code === code);
  const res = await gql(
    server.url,
    'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }',
    { i: { taskId: task.id, organizationId: ids.data.me.organization.id, progress, summary: `Báo cáo ${code}` } },
    t,
  );
  expect(res.errors).toBeUndefined();
}

beforeAll(async () => {
  assertBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-stats-'));
  server = await startBuilt({
    DATABASE_URL: `sqlite:${path.join(dir, 'tiendo.sqlite')}`,
    TIENDO_REMINDER_INTERVAL_MINUTES: '0',
  });
  await report('vhtt', 'II.2.a', 100);
  await report('gddt', 'II.3.c', 60);
  await report('vhtt', 'II.2.b', 40);
  await report('anhiep', 'II.2.a', 100);
  token = await login(server.url, 'kthat@chauthanh.demo');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  if (server) await stopBuilt(server);
  fs.rmSync(dir, { recursive: true, force: true });
});

async function signedInPage(path_: string) {
  const page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
  await page.goto(`${server.url}/`);
  // Signed in as the standing office: the client keeps its token in localStorage.
  await page.evaluate((t) => (globalThis as any).localStorage.setItem('tiendo.token', t), token);
  await page.goto(`${server.url}${path_}`);
  return page;
}

const shot = (name: string) => {
  fs.mkdirSync(path.join(root, 'screenshots'), { recursive: true });
  return path.join(root, 'screenshots', name);
};

describe('statistics page', () => {
  it('shows the plan’s statistics with charts', async () => {
    const page = await signedInPage('/statistics');

    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Thống kê thực hiện kế hoạch');
    await page.locator('[data-chart="timeline"] svg .recharts-line path.recharts-curve').first().waitFor();

    // Progress over time: two lines drawn as SVG paths.
    expect(await page.locator('[data-chart="timeline"] svg .recharts-line path.recharts-curve').count()).toBe(2);
    const d = await page
      .locator('[data-chart="timeline"] svg .recharts-line path.recharts-curve')
      .first()
      .getAttribute('d');
    expect(d).toMatch(/^M[\d.]+,[\d.]+/);
    // By task group: one stacked bar per group that has tasks in that state; 7 groups on the axis.
    expect(await page.locator('[data-chart="groups"] svg .recharts-xAxis .recharts-cartesian-axis-tick').count()).toBe(
      7,
    );
    expect(await page.locator('[data-chart="groups"] svg .recharts-bar-rectangle path').count()).toBeGreaterThan(6);
    // Reports per cycle and units: bars drawn.
    expect(await page.locator('[data-chart="cycles"] svg .recharts-bar-rectangle path').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-chart="units"] svg .recharts-bar-rectangle path').count()).toBeGreaterThan(20);

    // The unit table, with VH-TT's finished task.
    const vhtt = page.locator('tbody tr', { has: page.locator('th', { hasText: 'Phòng Văn hóa - Thông tin' }) });
    await expect(vhtt.locator('td').nth(2).textContent()).resolves.toBe('1');

    await page.screenshot({ path: shot('statistics.png'), fullPage: true });
    await page.close();
  });
});

describe('reporting cycle page', () => {
  it('lists the units that have not reported and urges them all with one action', async () => {
    const page = await signedInPage('/cycles');
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor();
    const late = await rows.count();
    expect(late).toBeGreaterThan(20);
    // VH-TT reported on II.2.a and II.2.b but still owes its other tasks.
    const vhtt = rows.filter({ has: page.locator('th', { hasText: 'Phòng Văn hóa - Thông tin' }) });
    await expect(vhtt.locator('td').nth(1).textContent()).resolves.toBe('II.2.a, II.2.b');

    await page.getByRole('button', { name: 'Đôn đốc tất cả đơn vị chậm' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'lời đôn đốc' }).textContent()).resolves.toBe(
      `Đã gửi ${late} lời đôn đốc.`,
    );
    await page.locator('li', { hasText: 'Đôn đốc' }).first().waitFor();
    await page.screenshot({ path: shot('cycles.png'), fullPage: true });
    await page.close();
  });
});

describe('consolidated report page', () => {
  it('drafts the report from the cycle, edits, previews and issues it', async () => {
    const page = await signedInPage('/reports');
    page.on('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Lập dự thảo từ báo cáo của kỳ' }).click();
    const preview = page.getByRole('region', { name: 'Xem trước' });
    await preview.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').waitFor();
    await expect(preview.getByText('Số:').first().textContent()).resolves.toContain('/BC-KTHT');
    await preview.getByText(/Phòng Văn hóa - Thông tin \(chủ trì\): 100% - Báo cáo II\.2\.a/).waitFor();

    await page
      .getByLabel('VI. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI')
      .fill('- Tổ chức sơ kết một năm thực hiện Kế hoạch.');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu (phiên bản 2).' }).waitFor();
    await preview.getByText('- Tổ chức sơ kết một năm thực hiện Kế hoạch.').waitFor();

    await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Đã ban hành số 01/BC-KTHT.' }).waitFor();
    await page.locator('li', { hasText: '01/BC-KTHT' }).waitFor();
    await page.screenshot({ path: shot('consolidated-report.png'), fullPage: true });
    await page.close();
  });
});
