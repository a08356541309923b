/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
// The offline queue in Chromium: with the network cut, a unit posts two reports and a comment on
// plan 85's board; they are kept (also across a reload while still offline) and shown as pending;
// when the network is back they reach the server in order, each exactly once. One made on a task
// the unit was taken off meanwhile is refused by the server: it stays on the list for the user to
// decide, and is gone only when they drop it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, gql, login, startBuilt, stopBuilt, type BuiltServer } from '../support/built-server.js';
import { assertClientBuilt, launch, openPage, screenshot, signIn, type WatchedPage } from './browser.js';

const REPORT_1 = 'Đã đăng 2 tin bài trên Đài Truyền thanh (gửi khi mất mạng)';
const REPORT_2 = 'Đã treo 15 băng rôn tại các xã (gửi khi mất mạng)';
const COMMENT = 'Xã Phú Tâm chưa gửi số liệu, đề nghị nhắc (gửi khi mất mạng)';
const REFUSED = 'Báo cáo cho nhiệm vụ đã bị rút phân công';

let dir: string;
let server: BuiltServer;
let browser: Browser;
let a: WatchedPage;

beforeAll(async () => {
  assertBuilt();
  assertClientBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-offline-'));
  server = await startBuilt({ DATABASE_URL: `sqlite:${path.join(dir, 'tiendo.sqlite')}` });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  if (server) await stopBuilt(server);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Waits until the service worker controls the page and has cached the app shell. */
async function shellCached(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    const keys = await (await caches.open('tiendo-shell-v1')).keys();
    return navigator.serviceWorker.controller !== null && keys.some((k) => k.url.endsWith('.js'));
  });
}

async function reportsOf(taskId: string): Promise<{ id: string; summary: string }[]> {
  return (await gql(server.url, 'query($id: ID!) { task(id: $id) { reports { id summary } } }', { id: taskId })).data
    .task.reports;
}

async function commentsOf(taskId: string): Promise<string[]> {
  return (
    await gql(server.url, 'query($id: ID!) { task(id: $id) { comments { body } } }', { id: taskId })
  ).data.task.comments.map((c: { body: string }) => c.body);
}

describe('the offline queue', () => {
  it('keeps changes made offline across a reload, sends them in order once, and leaves refusals to the user', async () => {
    const member = await login(server.url, 'vhtt@chauthanh.demo');
    const unit = (await gql(server.url, '{ me { organization { id } } }', undefined, member)).data.me.organization.id;
    const plan = (
      await gql(server.url, '{ plans { id number tasks { id code assignments { role organization { id } } } } }')
    ).data.plans.find((p: { number: string }) => p.number === '85/KH-UBND');
    const taskId = plan.tasks.find((t: { code: string }) => t.code === 'II.2.b').id;
    // Another task the unit works on, which the standing office will take it off while it is offline.
    const other = plan.tasks.find(
      (t: { code: string; assignments: { role: string; organization: { id: string } }[] }) =>
        t.code !== 'II.2.b' && t.assignments.some((x) => x.organization.id === unit && x.role !== 'MONITOR'),
    );
    expect(other).toBeDefined();

    a = await openPage(browser);
    const { page, context } = a;
    await signIn(page, server.url, 'vhtt@chauthanh.demo');
    const card = (code: string) => page.locator(`[data-testid="task-card"][data-task-code="${code}"]`);
    const panelTitle = async (id: string) =>
      (await gql(server.url, 'query($id: ID!) { task(id: $id) { title } }', { id })).data.task.title as string;
    // Both tasks' panels are opened once online (so the board has them), then II.2.b again.
    await page.goto(`${server.url}/plans/${plan.id}?task=${other.id}`);
    await page
      .getByTestId('task-panel')
      .getByText(await panelTitle(other.id))
      .first()
      .waitFor();
    // The title shows at once (from the board); the form only once the task's own query has answered.
    await page.getByTestId('report-form').waitFor();
    await page.keyboard.press('Escape');
    await card('II.2.b').click();
    await page
      .getByTestId('task-panel')
      .getByText(await panelTitle(taskId))
      .first()
      .waitFor();
    await page.getByTestId('report-form').waitFor();
    // The app shell is cached by the service worker (page, script, styles) before the network goes.
    await shellCached(page);

    await context.setOffline(true);
    const form = page.getByTestId('report-form');
    const post = async (progress: string, summary: string) => {
      await form.getByLabel('Tiến độ (%)').fill(progress);
      await form.getByLabel('Tóm tắt kết quả').fill(summary);
      await form.getByRole('button', { name: 'Gửi báo cáo' }).click();
    };
    await post('40', REPORT_1);
    await page.getByTestId('pending-count').getByText('1 thay đổi chờ gửi').waitFor();
    // The form says the report was kept, not that it was sent.
    await form.getByText('Đã lưu báo cáo; sẽ gửi khi có mạng.').waitFor();
    expect(await form.getByText('Đã gửi báo cáo.').count()).toBe(0);
    await page.getByTestId('comment-form').getByLabel('Bình luận').fill(COMMENT);
    await page.getByRole('button', { name: 'Gửi bình luận' }).click();
    await page.getByTestId('pending-count').getByText('2 thay đổi chờ gửi').waitFor();
    await post('65', REPORT_2);
    await page.getByTestId('pending-count').getByText('3 thay đổi chờ gửi').waitFor();

    // The fourth, on the other task.
    await page.keyboard.press('Escape');
    await card(other.code).click();
    await page
      .getByTestId('task-panel')
      .getByText(await panelTitle(other.id))
      .first()
      .waitFor();
    await page.getByTestId('report-form').waitFor();
    await post('10', REFUSED);
    await page.getByTestId('pending-count').getByText('4 thay đổi chờ gửi').waitFor();

    // Nothing reached the server.
    expect((await reportsOf(taskId)).map((r) => r.summary)).not.toContain(REPORT_1);
    expect(await commentsOf(taskId)).not.toContain(COMMENT);

    // A reload while still offline: the shell comes from the cache, the queue from localStorage.
    await page.reload();
    await page.getByTestId('pending-count').getByText('4 thay đổi chờ gửi').waitFor();
    await page.getByTestId('pending-indicator').click();
    await page.getByRole('heading', { name: 'Thay đổi chờ gửi' }).waitFor();
    const entries = page.getByTestId('pending-entry');
    expect(await entries.count()).toBe(4);
    expect(await entries.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.status))).toEqual([
      'pending',
      'pending',
      'pending',
      'pending',
    ]);
    expect(await entries.allInnerTexts()).toEqual([
      expect.stringContaining(REPORT_1),
      expect.stringContaining(COMMENT),
      expect.stringContaining(REPORT_2),
      expect.stringContaining(REFUSED),
    ]);
    await screenshot(page, 'offline-pending');

    // Meanwhile the standing office takes the unit off the other task.
    const coordinator = await login(server.url, 'kthat@chauthanh.demo');
    const unassigned = await gql(
      server.url,
      'mutation($i: UnassignOrganizationInput!) { unassignOrganization(input: $i) { id } }',
      { i: { taskId: other.id, organizationId: unit } },
      coordinator,
    );
    expect(unassigned.errors ?? []).toEqual([]);

    // The network comes back: the queue goes out in order; the refused one waits for the user.
    await context.setOffline(false);
    await page.locator('[data-testid="pending-entry"][data-status="rejected"]').waitFor();
    await page.getByTestId('pending-count').waitFor({ state: 'detached' });
    expect(await entries.count()).toBe(1);
    await page.getByTestId('pending-problems').getByText('1 thay đổi cần bạn xử lý').waitFor();
    const refusal = page.getByTestId('pending-entry');
    await expect(refusal.getByRole('alert').innerText()).resolves.toMatch(/Máy chủ không nhận thay đổi này/);
    await screenshot(page, 'offline-refused');

    const reports = await reportsOf(taskId);
    const mine = reports.filter((r) => r.summary === REPORT_1 || r.summary === REPORT_2);
    expect(mine.map((r) => r.summary).sort()).toEqual([REPORT_1, REPORT_2].sort());
    // In the order they were made: the first has the smaller id.
    const id1 = Number(mine.find((r) => r.summary === REPORT_1)!.id);
    const id2 = Number(mine.find((r) => r.summary === REPORT_2)!.id);
    expect(id1).toBeLessThan(id2);
    expect((await commentsOf(taskId)).filter((c) => c === COMMENT)).toHaveLength(1);
    expect((await reportsOf(other.id)).map((r) => r.summary)).not.toContain(REFUSED);
    const progress = (await gql(server.url, 'query($id: ID!) { task(id: $id) { progress } }', { id: taskId })).data
      .task;
    expect(progress.progress).toBeGreaterThan(0);

    // Only the user's decision removes it.
    page.once('dialog', (d) => void d.accept());
    await refusal.getByRole('button', { name: 'Bỏ thay đổi này' }).click();
    await page.getByTestId('pending-empty').waitFor();
    await page.getByTestId('pending-indicator').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => localStorage.getItem('tiendo.offline-queue.v1'))).toBe('[]');
    // No errors in the console but the expected failed requests while offline.
    expect(a.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|WebSocket|net::/.test(e))).toEqual([]);
  });

  it('shows a stale edit as a conflict, and sends it re-based on the current version when the user keeps it', async () => {
    const coordinator = await login(server.url, 'kthat@chauthanh.demo');
    const plan = (await gql(server.url, '{ plans { id number tasks { id code version title } } }')).data.plans.find(
      (p: { number: string }) => p.number === '85/KH-UBND',
    );
    const task = plan.tasks.find((t: { code: string }) => t.code === 'II.4');
    const b = await openPage(browser);
    const { page, context } = b;
    try {
      await signIn(page, server.url, 'kthat@chauthanh.demo');
      await page.goto(`${server.url}/pending`);
      await page.getByTestId('pending-empty').waitFor();
      await shellCached(page);
      await context.setOffline(true);
      // An edit of the task's title made offline at the version read then, as an edit form queues it
      // (the board has no edit form yet): the same entry the offline link writes.
      const mine = `${task.title} (sửa khi mất mạng)`;
      await page.evaluate(
        ({ id, version, title }) => {
          localStorage.setItem(
            'tiendo.offline-queue.v1',
            JSON.stringify([
              {
                id: 'edit-1',
                field: 'updateTask',
                operationName: 'EditTask',
                query: 'mutation EditTask($input: UpdateTaskInput!) { updateTask(input: $input) { id title version } }',
                variables: { input: { id, version, title } },
                createdAt: Date.now(),
                status: 'pending',
                error: null,
              },
            ]),
          );
        },
        { id: task.id, version: task.version, title: mine },
      );
      await page.reload();
      await page.getByTestId('pending-count').getByText('1 thay đổi chờ gửi').waitFor();

      // Meanwhile someone else edits the same task.
      const other = await gql(
        server.url,
        'mutation($i: UpdateTaskInput!) { updateTask(input: $i) { version } }',
        { i: { id: task.id, version: task.version, deadlineText: 'Trong quý III/2020' } },
        coordinator,
      );
      expect(other.errors ?? []).toEqual([]);

      await context.setOffline(false);
      const entry = page.locator('[data-testid="pending-entry"][data-status="conflict"]');
      await entry.waitFor();
      await expect(entry.getByRole('alert').innerText()).resolves.toMatch(/Dữ liệu trên máy chủ đã thay đổi/);
      await page.getByTestId('pending-problems').getByText('1 thay đổi cần bạn xử lý').waitFor();
      // Not sent: the server still has the other edit only.
      const before = (
        await gql(server.url, 'query($id: ID!) { task(id: $id) { title deadlineText } }', { id: task.id })
      ).data.task;
      expect(before).toEqual({ title: task.title, deadlineText: 'Trong quý III/2020' });
      await screenshot(page, 'offline-conflict');

      await entry.getByRole('button', { name: 'Giữ thay đổi của tôi' }).click();
      await page.getByTestId('pending-empty').waitFor();
      const after = (
        await gql(server.url, 'query($id: ID!) { task(id: $id) { title deadlineText version } }', { id: task.id })
      ).data.task;
      expect(after).toMatchObject({
        title: mine,
        deadlineText: 'Trong quý III/2020',
        version: other.data.updateTask.version + 1,
      });
    } finally {
      await context.close();
    }
    expect(b.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|WebSocket|net::|409/.test(e))).toEqual(
      [],
    );
  });
});
