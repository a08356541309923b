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
import type { Browser } from 'playwright-core';
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
    await page.keyboard.press('Escape');
    await card('II.2.b').click();
    await page
      .getByTestId('task-panel')
      .getByText(await panelTitle(taskId))
      .first()
      .waitFor();
    await page.getByTestId('report-form').waitFor();
    // The app shell is cached by the service worker (page, script, styles) before the network goes.
    await page.waitForFunction(async () => {
      const keys = await (await caches.open('tiendo-shell-v1')).keys();
      return navigator.serviceWorker.controller !== null && keys.some((k) => k.url.endsWith('.js'));
    });

    await context.setOffline(true);
    const form = page.getByTestId('report-form');
    const post = async (progress: string, summary: string) => {
      await form.getByLabel('Tiến độ (%)').fill(progress);
      await form.getByLabel('Tóm tắt kết quả').fill(summary);
      await form.getByRole('button', { name: 'Gửi báo cáo' }).click();
    };
    await post('40', REPORT_1);
    await page.getByTestId('pending-count').getByText('1 thay đổi chờ gửi').waitFor();
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
});
