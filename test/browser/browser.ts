// Debian's Chromium driven by playwright-core, against the built server that serves the built client.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { root } from '../support/built-server.js';

/** Debian's package (installed by .ci/run when missing). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/** Screenshots of the product land here (named in the README; gitignored). */
export const SCREENSHOTS = path.join(root, 'screenshots');

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export function assertClientBuilt(): void {
  const index = path.join(root, 'client/dist/index.html');
  if (!fs.existsSync(index)) throw new Error(`${index} is missing: run pnpm build first (pnpm test does).`);
}

/** A page that records every console error and uncaught exception, for "no console errors". */
export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  errors: string[];
}

export async function openPage(
  browser: Browser,
  viewport: { width: number; height: number } = { width: 1366, height: 768 },
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { page, context, errors };
}

export async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Thư điện tử').fill(email);
  await page.getByLabel('Mật khẩu').fill('tiendo2020');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('signed-in-user').waitFor();
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}
