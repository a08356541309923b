// A mention arriving live: Phòng Nội vụ has the app open in Chromium; another unit writes
// "@phong noi vu" in a comment; the bell's count and the inbox show it without a reload.
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
let noivu: WatchedPage;
let taskId: string;
let vhtt: string;

const FIRST = 'Đề nghị @phong noi vu cho ý kiến về biên chế cho cán bộ phụ trách tuyên truyền';
const SECOND = 'Nhắc lại @Phòng Nội vụ: cần trả lời trước ngày 30/6';

async function comment(body: string) {
  const res = await gql(
    server.url,
    'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }',
    { i: { taskId, body } },
    vhtt,
  );
  expect(res.errors ?? []).toEqual([]);
}

beforeAll(async () => {
  assertBuilt();
  assertClientBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-inbox-'));
  server = await startBuilt({ DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}`, PORT: String(await freePort()) });
  const plans = (await gql(server.url, '{ plans { number tasks { id code } } }')).data.plans;
  const plan = plans.find((p: { number: string }) => p.number === '85/KH-UBND');
  taskId = plan.tasks.find((t: { code: string }) => t.code === 'II.2.b').id;
  vhtt = await login(server.url, 'vhtt@chauthanh.demo');
  browser = await launch();
  noivu = await openPage(browser);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (server) await stopBuilt(server);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the inbox in Chromium', () => {
  it('shows a mention of Phòng Nội vụ live in its bell and inbox', async () => {
    const { page } = noivu;
    await signIn(page, server.url, 'noivu@chauthanh.demo');
    const bell = page.getByTestId('inbox-bell');
    await page.locator('[data-testid="inbox-bell"][data-unread="0"]').waitFor();
    await page.evaluate('window.sameDocument = true');

    await comment(FIRST);
    await bell.getByTestId('inbox-count').filter({ hasText: '1' }).waitFor();

    await bell.click();
    await page.getByRole('heading', { name: 'Thông báo' }).waitFor();
    const first = page.getByTestId('notification').filter({ hasText: FIRST });
    await first.waitFor();
    await expect(first.getAttribute('data-kind')).resolves.toBe('MENTION');
    await expect(first.textContent()).resolves.toContain('Được nhắc đến');

    // The list itself grows while it is open.
    await comment(SECOND);
    await page.getByTestId('notification').filter({ hasText: SECOND }).waitFor();
    await bell.getByTestId('inbox-count').filter({ hasText: '2' }).waitFor();
    expect(await page.evaluate('window.sameDocument')).toBe(true);
    await screenshot(page, 'inbox');

    // The link opens the task on its board.
    await expect(first.getByRole('link', { name: 'Mở nhiệm vụ II.2.b' }).getAttribute('href')).resolves.toMatch(
      new RegExp(`\\?task=${taskId}$`),
    );

    await page.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
    await page.locator('[data-testid="inbox-bell"][data-unread="0"]').waitFor();
    await expect(page.locator('[data-testid="notification"][data-read="false"]').count()).resolves.toBe(0);
    expect(noivu.errors).toEqual([]);
  });
});
