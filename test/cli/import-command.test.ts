// `pnpm tiendo import FILE [--json] [--commit]`, run as a user runs it: a child process on a
// SQLite file, checked afterwards through the API of a server on the same file.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, startTestServer } from '../../server/src/testing/test-server.js';
import { makeDocx } from '../../shared/src/plan-import/fixtures/make-docx.js';
import { makePdf, textToPdfLines } from '../../shared/src/plan-import/fixtures/make-pdf.js';

const root = path.resolve(import.meta.dirname, '../..');
const samplePlan = path.join(root, 'server/seed/85-KH-UBND-chau-thanh.md');
const communePlan = path.join(root, 'shared/src/plan-import/fixtures/an-hiep-commune.md');
let dir: string;

function tiendo(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn('pnpm', ['-s', 'tiendo', 'import', ...args], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? os.tmpdir(),
      DATABASE_URL: `sqlite:${path.join(dir, 'tiendo.sqlite')}`,
      TIENDO_ADMIN_EMAIL: ADMIN.email,
      TIENDO_ADMIN_PASSWORD: ADMIN.password,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out, err })));
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-cli-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('pnpm tiendo import', () => {
  it('prints the draft of the sample plan as a readable tree', async () => {
    const { code, out, err } = await tiendo(samplePlan);
    expect(code, err).toBe(0);
    expect(out).toContain('Kế hoạch số 85/KH-UBND — Châu Thành, 12/06/2020');
    expect(out).toContain('Nhiệm vụ (15):');
    expect(out).toMatch(/\n {6}II\.2\.a\. Tổ chức tuyên truyền.* — hạn 30\/06\/2020 \(Trong quý II năm 2020\)\n/);
    expect(out).toContain(
      'chủ trì: Phòng Văn hóa - Thông tin; phối hợp: Phòng Kinh tế - Hạ tầng, Đài Truyền thanh huyện',
    );
    expect(out).toContain('Cơ quan thường trực: Phòng Kinh tế - Hạ tầng');
    expect(out).toContain('Tổng hợp khó khăn, vướng mắc: Phòng Nội vụ');
  });

  it('commits a plan with --commit and prints JSON with --json', async () => {
    const { code, out, err } = await tiendo(communePlan, '--json', '--commit');
    expect(code, err).toBe(0);
    const { draft, plan } = JSON.parse(out);
    expect(plan.number).toBe('40/KH-UBND');
    expect(draft.tasks.map((t: any) => t.code)).toEqual(['I', 'I.1', 'I.2', 'I.3', 'II', 'II.1', 'II.2']);

    const server = await startTestServer({ dir });
    try {
      const token = await server.login(ADMIN.email, ADMIN.password);
      const res = await server.gql(
        `query($id: ID!) { plan(id: $id) { number parentPlan { number } tasks { code assignments { role organization { name } } } } }`,
        { id: plan.id },
        token,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.plan.number).toBe('40/KH-UBND');
      expect(res.data!.plan.parentPlan.number).toBe('85/KH-UBND');
      expect(res.data!.plan.tasks.map((t: any) => t.code)).toEqual(draft.tasks.map((t: any) => t.code));
      const i1 = res.data!.plan.tasks.find((t: any) => t.code === 'I.1');
      expect(i1.assignments.map((a: any) => `${a.role} ${a.organization.name}`)).toEqual([
        'LEAD Xã An Hiệp',
        'COLLABORATOR Phòng Nội vụ',
        'COLLABORATOR Công an xã An Hiệp',
      ]);
    } finally {
      await server.stop();
    }
  });

  it('refuses a commit by a user who may not import, and a file it cannot read', async () => {
    const forbidden = await tiendo(
      communePlan.replace('an-hiep-commune', 'decision-articles'),
      '--commit',
      '--as',
      'gddt@chauthanh.demo',
    );
    expect(forbidden.code).toBe(65);
    expect(forbidden.err).toContain('FORBIDDEN');
    const missing = await tiendo(path.join(dir, 'no-such-plan.md'));
    expect(missing.code).toBe(66);
    expect(missing.err).toContain('Cannot read');
    const usage = await tiendo();
    expect(usage.code).toBe(64);
    expect(usage.err).toContain('Usage: pnpm tiendo import FILE');
  });

  it('reads .docx and .pdf files, lists what to check first, and says when a PDF is a scan', async () => {
    const docx = path.join(dir, 'ke-hoach.docx');
    fs.writeFileSync(docx, await makeDocx());
    const fromDocx = await tiendo(docx);
    expect(fromDocx.code, fromDocx.err).toBe(0);
    expect(fromDocx.out).toContain('Kế hoạch số 301/KH-UBND — Quảng Ngãi, 10/12/2025');
    // Read against the sample district's units: the province's departments are proposed, the least sure first.
    expect(fromDocx.out).toMatch(/Độ tin cậy: \d+\/\d+ mục chắc chắn; \d+ mục cần kiểm tra/);
    expect(fromDocx.out).toMatch(/ {2}40% {2}II\.1 chủ trì: Sở Văn hóa, Thể thao và Du lịch\n/);

    const pdf = path.join(dir, 'ke-hoach.pdf');
    const text = fs.readFileSync(samplePlan, 'utf8').replace(/[#*\\]/g, '');
    fs.writeFileSync(
      pdf,
      makePdf([
        textToPdfLines(text.split('\n').slice(0, 60).join('\n')),
        textToPdfLines(text.split('\n').slice(60).join('\n')),
      ]),
    );
    const fromPdf = await tiendo(pdf, '--json');
    expect(fromPdf.code, fromPdf.err).toBe(0);
    const { draft, review } = JSON.parse(fromPdf.out);
    expect(draft.number.value).toBe('85/KH-UBND');
    expect(draft.tasks.length).toBeGreaterThan(10);
    const confidences = review.map((r: { confidence: number }) => r.confidence);
    expect(confidences).toEqual([...confidences].sort((a: number, b: number) => a - b));

    const scan = path.join(dir, 'scan.pdf');
    fs.writeFileSync(scan, makePdf([[]]));
    const fromScan = await tiendo(scan);
    expect(fromScan.code).toBe(65);
    expect(fromScan.err).toContain('Tệp PDF không có lớp chữ (có thể là bản scan)');
    expect(fromScan.err).toContain('This PDF has no text layer');
  });
});
