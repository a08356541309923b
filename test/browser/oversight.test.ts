// Oversight in Chromium: MTTQ files a finding from the task panel; Phòng VH-TT, which leads the task,
// gets it live in its inbox, opens the task and answers; MTTQ's panel shows the answer and the history.
// The administrator adds a unit and finds it in the audit trail.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, gql, login, startBuilt, stopBuilt, type BuiltServer } from '../support/built-server.js';
import { assertClientBuilt, freePort, launch, openPage, screenshot, signIn, type WatchedPage } from './browser.js';

let dir: string;
let server: BuiltServer;
let browser: Browser;
let planId: string;
let taskId: string;
let mttq: WatchedPage;
let vhtt: WatchedPage;
let admin: WatchedPage;
let noivu: WatchedPage;

const FINDING = 'Đề nghị tăng thời lượng phát thanh về đội ngũ trí thức';
const ANSWER = 'Đã tăng lên 2 chuyên mục mỗi tháng từ tháng 12';

beforeAll(async () => {
  assertBuilt();
  assertClientBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-oversight-'));
  server = await startBuilt({
    DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}`,
    PORT: String(await freePort()),
    TIENDO_ADMIN_EMAIL: 'quantri@chauthanh.demo',
    TIENDO_ADMIN_PASSWORD: 'tiendo2020',
  });
  const plans = (await gql(server.url, '{ plans { id number tasks { id code } } }')).data.plans;
  const plan = plans.find((p: { number: string }) => p.number === '85/KH-UBND');
  planId = plan.id;
  taskId = plan.tasks.find((t: { code: string }) => t.code === 'II.2.b').id;
  browser = await launch();
  [mttq, vhtt, admin, noivu] = [
    await openPage(browser),
    await openPage(browser),
    await openPage(browser),
    await openPage(browser),
  ];
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (server) await stopBuilt(server);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('oversight in Chromium', () => {
  it('carries a finding from MTTQ’s task panel to VH-TT’s inbox and its answer back, live', async () => {
    await signIn(mttq.page, server.url, 'mttq@chauthanh.demo');
    await signIn(vhtt.page, server.url, 'vhtt@chauthanh.demo');
    await vhtt.page.goto(`${server.url}/inbox`);
    await vhtt.page.locator('[data-testid="inbox-bell"][data-unread="0"]').waitFor();

    await mttq.page.goto(`${server.url}/plans/${planId}?task=${taskId}`);
    const panel = mttq.page.getByTestId('task-panel');
    const form = panel.getByTestId('finding-form');
    await form.getByLabel('Nội dung kiến nghị').fill(FINDING);
    await form.getByLabel('Hạn trả lời').fill('2099-06-30');
    await form.getByRole('button', { name: 'Gửi kiến nghị' }).click();
    const finding = panel.getByTestId('finding').filter({ hasText: FINDING });
    await finding.waitFor();
    await expect(finding.getAttribute('data-status')).resolves.toBe('OPEN');

    // VH-TT leads II.2.b: the finding arrives in its inbox without a reload.
    const note = vhtt.page.getByTestId('notification').filter({ hasText: FINDING });
    await note.waitFor();
    await expect(note.getAttribute('data-kind')).resolves.toBe('FINDING_FILED');
    await note.getByRole('link', { name: 'Mở nhiệm vụ II.2.b' }).click();
    const vPanel = vhtt.page.getByTestId('task-panel');
    const respond = vPanel.getByTestId('finding').filter({ hasText: FINDING }).getByTestId('respond-form');
    await respond.getByLabel('Trả lời kiến nghị').fill(ANSWER);
    await respond.getByRole('button', { name: 'Gửi trả lời' }).click();

    // MTTQ's open panel shows the answer, and the history shows both steps.
    await panel.locator('[data-testid="finding"][data-status="ANSWERED"]').filter({ hasText: ANSWER }).waitFor();
    await panel.locator('[data-testid="history-entry"][data-type="FINDING_ANSWERED"]').waitFor();
    await expect(
      panel.locator('[data-testid="history-entry"][data-type="FINDING_FILED"]').textContent(),
    ).resolves.toContain('MTTQ huyện');
    await screenshot(mttq.page, 'finding-answered');
    expect(mttq.errors).toEqual([]);
    expect(vhtt.errors).toEqual([]);
  });

  it('shows the finding on the oversight page', async () => {
    await mttq.page.goto(`${server.url}/oversight/${planId}`);
    await mttq.page.getByTestId('tasks-with-findings').getByText(FINDING).waitFor();
    await mttq.page.getByTestId('overdue-tasks').getByText('II.2.a').first().waitFor();
  });

  it('shows a difficulty on the board live; Nội vụ forwards it from the panel; the answer clears it', async () => {
    await signIn(noivu.page, server.url, 'noivu@chauthanh.demo');
    await noivu.page.goto(`${server.url}/plans/${planId}`);
    const card = noivu.page.locator('[data-testid="task-card"][data-task-code="II.2.b"]');
    await card.waitFor();
    expect(await card.getByTestId('obstacle-chip').count()).toBe(0);

    const reporter = await login(server.url, 'vhtt@chauthanh.demo');
    const raised = await gql(
      server.url,
      'mutation($i: RaiseObstacleInput!) { raiseObstacle(input: $i) { id } }',
      { i: { taskId, description: 'Thiếu phóng viên cho chuyên mục trí thức' } },
      reporter,
    );
    expect(raised.errors ?? []).toEqual([]);
    await card.getByTestId('obstacle-chip').filter({ hasText: 'Vướng mắc: 1' }).waitFor();

    await card.click();
    const panel = noivu.page.getByTestId('task-panel');
    const obstacle = panel.getByTestId('obstacle').filter({ hasText: 'Thiếu phóng viên' });
    await obstacle.getByLabel('Ý kiến tổng hợp gửi UBND huyện').fill('Đề nghị UBND huyện bổ sung 1 biên chế');
    await obstacle.getByRole('button', { name: 'Chuyển UBND huyện' }).click();
    await panel.locator('[data-testid="obstacle"][data-status="FORWARDED"]').waitFor();

    const ubnd = await login(server.url, 'ubndhuyen@chauthanh.demo');
    const resolved = await gql(
      server.url,
      'mutation($i: ResolveObstacleInput!) { resolveObstacle(input: $i) { status } }',
      { i: { id: raised.data.raiseObstacle.id, resolution: 'Đồng ý, giao Phòng Nội vụ tham mưu' } },
      ubnd,
    );
    expect(resolved.errors ?? []).toEqual([]);
    await panel.locator('[data-testid="obstacle"][data-status="RESOLVED"]').filter({ hasText: 'Đồng ý' }).waitFor();
    await noivu.page.keyboard.press('Escape');
    await card.getByTestId('obstacle-chip').waitFor({ state: 'detached' });
    expect(noivu.errors).toEqual([]);
  });

  it('lets the administrator add a unit and see it in the audit trail', async () => {
    await signIn(admin.page, server.url, 'quantri@chauthanh.demo');
    await admin.page.goto(`${server.url}/admin`);
    const form = admin.page.getByTestId('unit-form');
    await form.getByLabel('Tên', { exact: true }).fill('Phòng Khoa học và Công nghệ');
    await form.getByLabel('Tên viết tắt').fill('KH&CN');
    await form.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await admin.page.getByTestId('unit-row').filter({ hasText: 'Phòng Khoa học và Công nghệ' }).waitFor();
    await admin.page.getByRole('tab', { name: 'Nhật ký quản trị' }).click();
    await admin.page.getByTestId('audit-entry').filter({ hasText: 'ORGANIZATION_CREATED' }).waitFor();
    await expect(admin.page.getByTestId('audit-entry').first().textContent()).resolves.toContain('KH&CN');
    expect(admin.errors).toEqual([]);
  });
});
