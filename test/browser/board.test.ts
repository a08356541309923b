/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (page.evaluate callbacks run in the browser.)
// The live board end to end: the built client served by the built server, in Debian's Chromium.
// Two units on plan 85's board: one reports and comments, the other sees it live; the matrix shows
// the plan's leads and collaborators; a bad report shows its field error and changes nothing; a
// dropped connection catches up. Screenshots of the views go to screenshots/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page, WebSocketRoute } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, gql, login, startBuilt, stopBuilt, type BuiltServer } from '../support/built-server.js';
import { assertClientBuilt, freePort, launch, openPage, screenshot, signIn, type WatchedPage } from './browser.js';

let dir: string;
let server: BuiltServer;
let browser: Browser;
let planId: string;
const taskIds: Record<string, string> = {};
let a: WatchedPage; // Phòng Văn hóa - Thông tin: leads II.2.b
let b: WatchedPage; // Phòng Kinh tế - Hạ tầng: collaborates on II.2.b, standing office
const bSockets = { blocked: false, open: [] as WebSocketRoute[] };

const REPORT = 'Đã đăng 3 tin bài trên Cổng thông tin điện tử huyện';
const COMMENT = 'Đề nghị Đài Truyền thanh huyện phối hợp phát sóng trong tháng 7';
const REPLY = 'Phòng Kinh tế - Hạ tầng thống nhất, sẽ cung cấp số liệu';

async function report(token: string, code: string, organizationId: string, progress: number, summary: string) {
  const res = await gql(
    server.url,
    'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }',
    { i: { taskId: taskIds[code], organizationId, progress, summary } },
    token,
  );
  expect(res.errors ?? []).toEqual([]);
}

async function unitOf(token: string): Promise<string> {
  return (await gql(server.url, '{ me { organization { id } } }', undefined, token)).data.me.organization.id;
}

/** Some progress from several units, so the board looks like a plan under way. */
async function sampleActivity() {
  for (const [email, code, progress, summary] of [
    ['gddt', 'II.3.c', 100, 'Đã ban hành Chương trình bồi dưỡng nhân tài giai đoạn 2020 - 2025'],
    ['noivu', 'II.3.d', 60, 'Đã trình UBND huyện dự thảo chính sách thu hút nhân lực'],
    ['kthat', 'II.4', 35, 'Đang rà soát danh mục đầu tư công trung hạn'],
    ['kthat', 'III.1', 50, 'Đã tổ chức kiểm tra 4/8 xã, thị trấn'],
    ['ttchauthanh', 'II.2.a', 100, 'Đã quán triệt đến 100% cán bộ, công chức thị trấn'],
    ['anhiep', 'II.2.a', 70, 'Đã tổ chức 2 hội nghị quán triệt'],
    ['mttq', 'III.3', 40, 'Đã giám sát tại 3 xã'],
  ] as const) {
    const token = await login(server.url, `${email}@chauthanh.demo`);
    await report(token, code, await unitOf(token), progress, summary);
  }
  // The standing office marks a task as blocked (vướng mắc).
  const coordinator = await login(server.url, 'kthat@chauthanh.demo');
  const task = (await gql(server.url, `query($id: ID!) { task(id: $id) { version } }`, { id: taskIds['II.3.b'] })).data
    .task;
  const blocked = await gql(
    server.url,
    'mutation($i: UpdateTaskInput!) { updateTask(input: $i) { status } }',
    { i: { id: taskIds['II.3.b'], version: task.version, status: 'BLOCKED' } },
    coordinator,
  );
  expect(blocked.errors ?? []).toEqual([]);
}

async function taskProgress(code: string): Promise<number> {
  return (await gql(server.url, `query($id: ID!) { task(id: $id) { progress } }`, { id: taskIds[code] })).data.task
    .progress;
}

function card(page: Page, code: string) {
  return page.locator(`[data-testid="task-card"][data-task-code="${code}"]`);
}

/** Role (LEAD/COLLABORATOR) per column header of one matrix row. */
async function matrixRow(page: Page, code: string): Promise<Record<string, string>> {
  const row = page.locator(`[data-testid="matrix-row"][data-task-code="${code}"]`);
  await row.waitFor();
  return page.evaluate((code) => {
    const heads = [...document.querySelectorAll('[data-testid="assignment-matrix"] [role="columnheader"]')].map(
      (h) => (h as HTMLElement).dataset.unit ?? h.textContent!.trim(),
    );
    const rowEl = document.querySelector(`[data-testid="matrix-row"][data-task-code="${code}"]`)!;
    const cells = [...rowEl.children];
    const result: Record<string, string> = {};
    cells.forEach((cell, i) => {
      const role = (cell as HTMLElement).dataset.role;
      if (i > 0 && role) result[heads[i]!] = `${role} ${cell.textContent}`;
    });
    return result;
  }, code);
}

beforeAll(async () => {
  assertBuilt();
  assertClientBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-browser-'));
  server = await startBuilt({
    DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}`,
    PORT: String(await freePort()),
  });
  const plans = (await gql(server.url, '{ plans { id number tasks { id code } } }')).data.plans;
  const plan = plans.find((p: { number: string }) => p.number === '85/KH-UBND');
  planId = plan.id;
  for (const t of plan.tasks) taskIds[t.code] = t.id;
  await sampleActivity();
  browser = await launch();
  a = await openPage(browser);
  b = await openPage(browser);
  // B's live socket goes through a switch the test can open, so "offline" is deterministic.
  await b.context.routeWebSocket(/\/graphql$/, (ws) => {
    if (bSockets.blocked) return void ws.close({ code: 4000, reason: 'network down (test)' });
    ws.connectToServer();
    bSockets.open.push(ws);
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (server) await stopBuilt(server);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the live board in Chromium', () => {
  it('signs two units in, each shown with its unit and role', async () => {
    await a.page.goto(`${server.url}/sign-in`);
    await a.page.getByLabel('Thư điện tử').fill('vhtt@chauthanh.demo');
    await a.page.getByLabel('Mật khẩu').fill('wrong password');
    await a.page.getByRole('button', { name: 'Đăng nhập' }).click();
    await a.page.getByRole('alert').filter({ hasText: 'Sai thư điện tử hoặc mật khẩu.' }).waitFor();
    await signIn(a.page, server.url, 'vhtt@chauthanh.demo');
    await expect(a.page.getByTestId('signed-in-user').textContent()).resolves.toMatch(
      /Phòng Văn hóa - Thông tin.*Đơn vị thực hiện/,
    );
    await signIn(b.page, server.url, 'kthat@chauthanh.demo');
    await expect(b.page.getByTestId('signed-in-user').textContent()).resolves.toMatch(
      /Phòng Kinh tế - Hạ tầng.*Cơ quan thường trực/,
    );
    await b.page
      .getByRole('link', { name: /85\/KH-UBND|Kế hoạch thực hiện Quyết định số 142\/QĐ-TTg ngày/ })
      .first()
      .waitFor();
  });

  it('shows on the second board, without a reload, the report and comment posted on the first', async () => {
    await a.page.goto(`${server.url}/plans/${planId}`);
    await b.page.goto(`${server.url}/plans/${planId}`);
    await card(a.page, 'II.2.b').waitFor();
    await card(b.page, 'II.2.b').waitFor();
    await b.page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    // Both are watching (đang xem).
    await b.page.getByTestId('viewers').filter({ hasText: '2 người đang xem' }).waitFor();

    await card(a.page, 'II.2.b').click();
    const panel = a.page.getByTestId('task-panel');
    await panel.getByRole('heading', { name: /Tăng cường thông tin, tuyên truyền/ }).waitFor();
    const form = panel.getByTestId('report-form');
    await form.getByLabel('Tiến độ (%)').fill('40');
    await form.getByLabel('Tóm tắt kết quả').fill(REPORT);
    await form.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await form.getByText('Đã gửi báo cáo.').waitFor();
    await panel.getByTestId('comment-form').getByLabel('Bình luận').fill(COMMENT);
    await panel.getByRole('button', { name: 'Gửi bình luận' }).click();
    await panel.getByTestId('comment').filter({ hasText: COMMENT }).waitFor();

    // The second board: the task's new progress (rolled up from its three units) on the card,
    // highlighted, and both events in the feed.
    const progress = await taskProgress('II.2.b');
    expect(progress).toBe(13); // (40 + 0 + 0) / 3
    await card(b.page, 'II.2.b')
      .getByTestId('card-progress')
      .filter({ hasText: `${progress}%` })
      .waitFor();
    await b.page.locator('[data-testid="task-card"][data-task-code="II.2.b"][data-changed]').waitFor();
    const feed = b.page.getByTestId('activity-feed');
    await feed.getByText(REPORT).waitFor();
    await feed.getByText(COMMENT).waitFor();
    await expect(feed.getByText('VH-TT báo cáo II.2.b: 40%').count()).resolves.toBe(1);

    // Its panel has the report in the history, the comment in the thread, the unit's own progress.
    await card(b.page, 'II.2.b').click();
    const bPanel = b.page.getByTestId('task-panel');
    await bPanel.getByTestId('report').filter({ hasText: REPORT }).waitFor();
    await bPanel.getByTestId('comment').filter({ hasText: COMMENT }).waitFor();
    await expect(bPanel.locator('[data-unit="VH-TT"]').textContent()).resolves.toContain('40%');
    expect(await b.page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

    // A reply from the second unit lands under the comment on the first board.
    await bPanel.getByTestId('comment').filter({ hasText: COMMENT }).getByRole('button', { name: 'Trả lời' }).click();
    await bPanel.getByTestId('comment-form').getByLabel('Bình luận').fill(REPLY);
    await bPanel.getByRole('button', { name: 'Gửi bình luận' }).click();
    await a.page.getByTestId('task-panel').getByTestId('comment').filter({ hasText: REPLY }).waitFor();
    await b.page.keyboard.press('Escape');
    await bPanel.waitFor({ state: 'detached' });
  });

  it('refuses a report with progress 150: the error sits beside the field and nothing changes', async () => {
    const panel = a.page.getByTestId('task-panel');
    const form = panel.getByTestId('report-form');
    const before = (
      await gql(server.url, `query($id: ID!) { task(id: $id) { progress reports { id } } }`, {
        id: taskIds['II.2.b'],
      })
    ).data.task;
    await form.getByLabel('Tiến độ (%)').fill('150');
    await form.getByLabel('Tóm tắt kết quả').fill('Báo cáo sai');
    await form.getByRole('button', { name: 'Gửi báo cáo' }).click();
    const field = form.locator('.field', { has: a.page.locator('input[name="progress"]') });
    await field.getByTestId('field-error').filter({ hasText: 'Tiến độ phải là số nguyên từ 0 đến 100.' }).waitFor();
    await expect(form.locator('input[name="progress"]').getAttribute('aria-invalid')).resolves.toBe('true');
    // Only that field is marked.
    await expect(form.getByTestId('field-error').count()).resolves.toBe(1);

    const after = (
      await gql(server.url, `query($id: ID!) { task(id: $id) { progress reports { id } } }`, {
        id: taskIds['II.2.b'],
      })
    ).data.task;
    expect(after).toEqual(before);
    expect(after.progress).toBe(before.progress);
    await expect(card(b.page, 'II.2.b').getByTestId('card-progress').textContent()).resolves.toBe('13%');
    await expect(panel.getByTestId('report').count()).resolves.toBe(1);
    await a.page.keyboard.press('Escape');
  });

  it('shows the leads and collaborators of the plan in the matrix, with the communes folding', async () => {
    await b.page.getByTestId('view-matrix').click();
    await b.page.getByTestId('assignment-matrix').waitFor();
    expect(new URL(b.page.url()).searchParams.get('view')).toBe('matrix');

    const b2b = await matrixRow(b.page, 'II.2.b');
    expect(b2b).toEqual({
      'VH-TT': 'LEAD Chủ trì40%',
      'KT-HT': 'COLLABORATOR Phối hợp0%',
      'Đài TT': 'COLLABORATOR Phối hợp0%',
    });
    expect(await matrixRow(b.page, 'II.3.c')).toEqual({ 'GD&ĐT': 'LEAD Chủ trì100%' });
    expect(await matrixRow(b.page, 'II.3.d')).toEqual({ 'Nội vụ': 'LEAD Chủ trì60%' });
    const ii4 = await matrixRow(b.page, 'II.4');
    expect(ii4['KT-HT']).toMatch(/^LEAD Chủ trì35%/);
    expect(ii4['TC-KH']).toMatch(/^COLLABORATOR Phối hợp/);
    const iii3 = await matrixRow(b.page, 'III.3');
    expect(iii3['MTTQ huyện']).toMatch(/^LEAD Chủ trì40%/);
    expect(Object.keys(iii3).sort()).toEqual(
      ['Huyện đoàn', 'Hội CCB', 'Hội LHPN', 'Hội ND', 'LĐLĐ', 'MTTQ huyện'].sort(),
    );

    // The 8 communes are one column: leads of II.2.a, 2 of 8 reported (100% and 70%).
    const folded = await matrixRow(b.page, 'II.2.a');
    expect(folded['Các xã, thị trấn (8)']).toBe('LEAD Chủ trì21% · 1/8 xong');
    await screenshot(b.page, '2-assignment-matrix');

    await b.page.getByTestId('fold-COMMUNES').click();
    const unfolded = await matrixRow(b.page, 'II.2.a');
    expect(unfolded['An Hiệp']).toBe('LEAD Chủ trì70%');
    expect(unfolded['TT Châu Thành']).toBe('LEAD Chủ trì100%');
    expect(
      Object.keys(unfolded).filter((k) =>
        ['An Ninh', 'Hồ Đắc Kiện', 'Phú Tâm', 'Phú Tân', 'Thiện Mỹ', 'Thuận Hòa'].includes(k),
      ),
    ).toHaveLength(6);
    expect(new URL(b.page.url()).searchParams.get('fold')).toBe('');
    await b.page.getByTestId('fold-COMMUNES').click();
  });

  it('keeps the view and filters in the URL; search ignores diacritics', async () => {
    await b.page.goto(`${server.url}/plans/${planId}?view=status`);
    await b.page.getByTestId('filter-q').fill('thu hut nhan luc');
    await b.page.waitForURL(/q=thu\+hut\+nhan\+luc/);
    await card(b.page, 'II.3.d').waitFor();
    await expect(b.page.getByTestId('task-card').count()).resolves.toBe(1);
    await b.page.reload();
    await card(b.page, 'II.3.d').waitFor();
    await expect(b.page.getByTestId('task-card').count()).resolves.toBe(1);
    await expect(b.page.getByTestId('filter-q').inputValue()).resolves.toBe('thu hut nhan luc');

    await b.page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    // A click, then the URL: the router applies the change in a transition, so the controlled
    // checkbox shows its new state only once the URL has changed (check() would look too early).
    await b.page.getByTestId('filter-overdue').click();
    await b.page.waitForURL(/overdue=1/);
    await card(b.page, 'II.2.a').waitFor();
    await expect(b.page.getByTestId('task-card').count()).resolves.toBe(1);
    await b.page.getByTestId('filter-overdue').click();
    await b.page.waitForURL((url) => !url.search.includes('overdue=1'));
    // The checkbox follows the URL once the router's transition commits: wait for it to clear.
    await b.page.getByTestId('filter-overdue').and(b.page.locator(':not(:checked)')).waitFor();
    await card(b.page, 'II.3.c').waitFor();

    // A unit filter: the tasks Phòng Nội vụ takes part in.
    await b.page.getByTestId('filter-unit').selectOption({ label: 'Phòng Nội vụ' });
    await b.page.waitForURL(/unit=\d+/);
    await card(b.page, 'II.3.d').waitFor();
    await expect(card(b.page, 'II.3.c').count()).resolves.toBe(0);
    await b.page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    await card(b.page, 'II.3.c').waitFor();
  });

  it('says so while offline, then reconnects and catches up with what it missed', async () => {
    await b.page.goto(`${server.url}/plans/${planId}`);
    await card(b.page, 'II.2.b').waitFor();
    await b.page.getByTestId('live-status').and(b.page.locator('[data-status="online"]')).waitFor();
    bSockets.blocked = true;
    for (const ws of bSockets.open.splice(0)) await ws.close({ code: 4000, reason: 'network down (test)' });
    await b.page.getByTestId('offline-banner').waitFor();

    // While B is away, A reports again and comments.
    const token = await login(server.url, 'vhtt@chauthanh.demo');
    await report(token, 'II.2.b', await unitOf(token), 55, 'Đã phối hợp Đài Truyền thanh phát 4 chuyên mục');
    await expect(card(b.page, 'II.2.b').getByTestId('card-progress').textContent()).resolves.toBe('13%');

    bSockets.blocked = false;
    await b.page.getByTestId('offline-banner').waitFor({ state: 'detached', timeout: 20_000 });
    expect(await taskProgress('II.2.b')).toBe(18); // (55 + 0 + 0) / 3
    await card(b.page, 'II.2.b').getByTestId('card-progress').filter({ hasText: '18%' }).waitFor();
    const feed = b.page.getByTestId('activity-feed');
    await feed.getByText('Đã phối hợp Đài Truyền thanh phát 4 chuyên mục').waitFor();
    // Taken once, though the events around the reconnect may be delivered twice.
    await expect(feed.getByText('VH-TT báo cáo II.2.b: 55%').count()).resolves.toBe(1);
  });

  it('switches to English and back', async () => {
    await a.page.goto(`${server.url}/plans/${planId}`);
    await a.page.getByRole('button', { name: /Ngôn ngữ: English/ }).click();
    await a.page.getByTestId('view-status').filter({ hasText: 'Status board' }).waitFor();
    await a.page.getByRole('heading', { name: 'Not started' }).waitFor();
    await a.page.getByRole('button', { name: /Language: Tiếng Việt/ }).click();
    await a.page.getByTestId('view-status').filter({ hasText: 'Bảng trạng thái' }).waitFor();
  });

  it('opens a task from the keyboard', async () => {
    await a.page.goto(`${server.url}/plans/${planId}`);
    await card(a.page, 'II.3.c').focus();
    await a.page.keyboard.press('Enter');
    await a.page.getByTestId('task-panel').waitFor();
    expect(new URL(a.page.url()).searchParams.get('task')).toBe(taskIds['II.3.c']);
    // Focus starts on the close button and Tab stays inside the dialog.
    await expect(a.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Đóng');
    await a.page.keyboard.press('Shift+Tab');
    await expect(a.page.evaluate(() => !!document.activeElement?.closest('[data-testid="task-panel"]'))).resolves.toBe(
      true,
    );
    await a.page.keyboard.press('Escape');
    await a.page.getByTestId('task-panel').waitFor({ state: 'detached' });
  });

  it('writes screenshots of the three views, a task, meeting mode and a phone', async () => {
    const page = b.page;
    await page.goto(`${server.url}/plans/${planId}`);
    await card(page, 'II.3.c').waitFor();
    // The one task past its deadline (30/06/2020) is marked on its card.
    await expect(card(page, 'II.2.a').textContent()).resolves.toMatch(/Quá hạn.*30\/06\/2020/);
    await expect(page.locator('[data-testid="task-card"]', { hasText: 'Quá hạn' }).count()).resolves.toBe(1);
    await page.locator('[data-testid="live-status"][data-status="online"]').waitFor();
    // The feed has caught up with the last logged events, and both boards are watching.
    await page.getByTestId('activity-feed').getByText('VH-TT báo cáo II.2.b: 55%').waitFor();
    await page.getByTestId('viewers').filter({ hasText: '2 người đang xem' }).waitFor();
    await screenshot(page, '1-status-board');
    await page.getByTestId('view-units').click();
    await page.getByRole('button', { name: /Phòng Kinh tế - Hạ tầng/ }).click();
    await screenshot(page, '3-by-unit');
    await page.goto(`${server.url}/plans/${planId}?task=${taskIds['II.2.b']}`);
    await page.getByTestId('task-panel').getByTestId('report').first().waitFor();
    await page.waitForTimeout(400); // the panel's slide-in
    await screenshot(page, '5-task-panel');

    await page.goto(`${server.url}/plans/${planId}/meeting`);
    await page.getByTestId('meeting-spotlight').waitFor();
    await expect(page.getByTestId('meeting-spotlight').textContent()).resolves.toContain('Quá hạn');
    await page.waitForTimeout(600); // let the entrance animation finish
    await screenshot(page, '4-meeting-mode');

    const phone = await openPage(browser, { width: 390, height: 844 });
    await phone.page.goto(`${server.url}/plans/${planId}`);
    await card(phone.page, 'II.3.c').waitFor();
    await screenshot(phone.page, '6-phone');
    await phone.context.close();
    expect(phone.errors).toEqual([]);
  });

  it('logged no console error in either browser', () => {
    // The browser reports the test's own deliberately dropped socket; nothing else may appear.
    const real = (errors: string[]) =>
      errors.filter((e) => !/WebSocket connection to .* failed|network down \(test\)/.test(e));
    expect(real(a.errors)).toEqual([]);
    expect(real(b.errors)).toEqual([]);
  });
});
