// The statistics page in Chromium against the built server and client: its charts render as SVG.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, gql, login, root, startBuilt, stopBuilt, type BuiltServer } from '../support/built-server.js';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

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
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
  if (server) await stopBuilt(server);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('statistics page', () => {
  it('shows the plan’s statistics with charts', async () => {
    const page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
    await page.goto(`${server.url}/`);
    // Signed in as the standing office: the client keeps its token in localStorage.
    await page.evaluate((t) => (globalThis as any).localStorage.setItem('tiendo.token', t), token);
    await page.goto(`${server.url}/statistics`);

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

    fs.mkdirSync(path.join(root, 'screenshots'), { recursive: true });
    await page.screenshot({ path: path.join(root, 'screenshots', 'statistics.png'), fullPage: true });
    await page.close();
  });
});
