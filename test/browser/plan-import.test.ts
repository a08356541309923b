// The import page in Chromium against the built server: paste a plan, select a task to see its
// source, correct its units and deadline, refuse a proposed unit, create the plan.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, gql, login, root, startBuilt, stopBuilt, type BuiltServer } from '../support/built-server.js';
import { makeDocx } from '../../shared/src/plan-import/fixtures/make-docx.js';
import { makePdf, textToPdfLines } from '../../shared/src/plan-import/fixtures/make-pdf.js';

// The commune plan of the fixtures, numbered 42 and coordinated by Phòng Kinh tế - Hạ tầng, so that
// its coordinator may create it.
const planText = fs
  .readFileSync(path.join(root, 'shared/src/plan-import/fixtures/an-hiep-commune.md'), 'utf8')
  .replace('Số: 40/KH-UBND', 'Số: 42/KH-UBND')
  .replace('1. Xã An Hiệp theo dõi', '1. Phòng Kinh tế - Hạ tầng theo dõi');

let dir: string;
let server: BuiltServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  assertBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-import-page-'));
  server = await startBuilt({ DATABASE_URL: `sqlite:${path.join(dir, 'tiendo.sqlite')}`, TIENDO_SEED: 'sample' });
  browser = await launch();
  page = await browser.newPage({ locale: 'vi-VN' });
});
afterAll(async () => {
  await browser?.close();
  if (server) await stopBuilt(server);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the plan import page', () => {
  it('proposes the tree beside the text, takes corrections and creates the plan', async () => {
    await page.goto(`${server.url}/sign-in?next=/import`);
    await page.getByLabel('Thư điện tử').fill('kthat@chauthanh.demo');
    await page.getByLabel('Mật khẩu').fill('tiendo2020');
    await page.locator('form button[type=submit]').click();
    await page.getByRole('heading', { name: 'Nhập kế hoạch từ văn bản' }).waitFor();
    await expect(page.getByRole('link', { name: 'Nhập kế hoạch' }).count()).resolves.toBeGreaterThan(0);

    await page.getByLabel('Văn bản kế hoạch').fill(planText);
    await page.getByRole('button', { name: 'Đọc văn bản' }).click();
    const tree = page.getByRole('tree');
    await tree.waitFor();
    expect(await tree.getByRole('treeitem').count()).toBe(7);

    // Selecting a task highlights its source.
    await tree.getByRole('treeitem', { name: /^I\.1 / }).click();
    const mark = page.getByTestId('source-highlight');
    expect(await mark.textContent()).toMatch(
      /^1\. Xã An Hiệp chủ trì, phối hợp với Phòng Nội vụ và Công an xã An Hiệp/,
    );
    const editor = page.getByRole('region', { name: /^I\.1 / });
    expect(await editor.getByRole('list', { name: 'Chủ trì' }).textContent()).toContain('Xã An Hiệp');

    // Corrections: Phòng Y tế instead of Phòng Nội vụ; the proposed unit is not created.
    await editor.getByRole('button', { name: 'Bỏ Phòng Nội vụ' }).click();
    await editor.getByLabel('Thêm đơn vị phối hợp').selectOption({ label: 'Phòng Y tế' });
    expect(await editor.getByRole('list', { name: 'Phối hợp' }).textContent()).toContain('Phòng Y tế');
    await page.getByLabel('Tạo đơn vị “Công an xã An Hiệp”').uncheck();

    // I.3 gets a date instead of "hằng năm".
    await tree.getByRole('treeitem', { name: /^I\.3 / }).click();
    expect(await mark.textContent()).toMatch(/^3\. Phòng Giáo dục và Đào tạo:/);
    const i3 = page.getByRole('region', { name: /^I\.3 / });
    await i3.getByLabel('Loại thời hạn').selectOption('DATE');
    await i3.getByLabel('Ngày hết hạn').fill('2020-12-31');
    expect(await tree.getByRole('treeitem', { name: /^I\.3 / }).textContent()).toContain('31/12/2020');

    await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
    const done = page.getByRole('status').filter({ hasText: 'Đã tạo kế hoạch 42/KH-UBND.' });
    await done.waitFor();

    // What was created is what the person saw and corrected.
    const token = await login(server.url, 'kthat@chauthanh.demo');
    const plans = await gql(server.url, '{ plans { id number } }', {}, token);
    const id = plans.data.plans.find((p: any) => p.number === '42/KH-UBND').id;
    const res = await gql(
      server.url,
      `query($id: ID!) { plan(id: $id) { parentPlan { number } tasks { code deadlineKind deadlineDate assignments { role organization { name } } } } organizations { name } }`,
      { id },
      token,
    );
    expect(res.errors).toBeUndefined();
    const task = (code: string) => res.data.plan.tasks.find((t: any) => t.code === code);
    expect(res.data.plan.parentPlan.number).toBe('85/KH-UBND');
    expect(task('I.1').assignments.map((a: any) => `${a.role} ${a.organization.name}`)).toEqual([
      'LEAD Xã An Hiệp',
      'COLLABORATOR Phòng Y tế',
    ]);
    expect(task('I.3')).toMatchObject({ deadlineKind: 'DATE', deadlineDate: '2020-12-31' });
    expect(res.data.organizations.map((o: any) => o.name)).not.toContain('Công an xã An Hiệp');
  });

  it('reads an uploaded .docx and .pdf into the same side-by-side view, the least sure items first', async () => {
    await page.goto(`${server.url}/import`);
    const file = page.getByTestId('plan-file');
    const docx = path.join(dir, 'ke-hoach.docx');
    fs.writeFileSync(docx, await makeDocx());
    await file.setInputFiles(docx);
    const textarea = page.getByLabel('Văn bản kế hoạch');
    await page.waitForFunction(() =>
      (document.querySelector('textarea') as HTMLTextAreaElement).value.includes('301/KH-UBND'),
    );
    expect(await textarea.inputValue()).toContain('| Số: 301/KH-UBND | Độc lập - Tự do - Hạnh phúc |');
    await page.getByRole('button', { name: 'Đọc văn bản' }).click();
    const tree = page.getByRole('tree');
    await tree.getByRole('treeitem', { name: /^II\.2\.1 / }).waitFor();

    // The sample district's units do not hold the province's departments: they come first, to check.
    const review = page.getByRole('region', { name: 'Cần kiểm tra trước (ít chắc chắn nhất trước)' });
    const items = review.getByRole('listitem');
    const percents = (await items.allTextContents()).map((x) => Number(/(\d+)%/.exec(x)![1]));
    expect(percents.length).toBeGreaterThan(3);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    await review.getByRole('button', { name: /II\.1 chủ trì: Sở Văn hóa, Thể thao và Du lịch/ }).click();
    expect(await page.getByTestId('source-highlight').textContent()).toBe('Sở Văn hóa, Thể thao và Du lịch');
    expect(await page.getByRole('region', { name: /^II\.1 / }).count()).toBe(1);

    // A PDF with a text layer: its two-column header is read as such.
    const pdf = path.join(dir, 'ke-hoach.pdf');
    const plan = fs.readFileSync(
      path.join(root, 'shared/src/plan-import/fixtures/corpus/03-qng-kh-thien-tai-layout.txt'),
      'utf8',
    );
    fs.writeFileSync(pdf, makePdf([textToPdfLines(plan)]));
    await file.setInputFiles(pdf);
    await page.waitForFunction(() =>
      (document.querySelector('textarea') as HTMLTextAreaElement).value.includes('77/KH-UBND'),
    );
    await page.getByRole('button', { name: 'Đọc văn bản' }).click();
    await tree.getByRole('treeitem', { name: /^III\.2 / }).waitFor();
    expect(await tree.getByRole('treeitem').count()).toBe(8);

    // A scan: a clear message, and the text is left as it was.
    const scan = path.join(dir, 'scan.pdf');
    fs.writeFileSync(scan, makePdf([[]]));
    await file.setInputFiles(scan);
    await page.getByRole('alert').filter({ hasText: 'Tệp PDF không có lớp chữ (có thể là bản scan)' }).waitFor();
    expect(await textarea.inputValue()).toContain('77/KH-UBND');
  });
});
