// `pnpm bench --quick` runs to completion and reports every figure beside its baseline. Times are
// never asserted (they belong to the benchmark); counts are.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-bench-quick-'));
let exitCode: number | null = null;
let output = '';
let results: any;

beforeAll(async () => {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'bench/src/run.ts', '--quick', '--out', out],
    { cwd: root, env: { ...process.env, NODE_OPTIONS: '' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  exitCode = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const file = path.join(out, 'quick.json');
  if (fs.existsSync(file)) results = JSON.parse(fs.readFileSync(file, 'utf8'));
}, 300_000);
afterAll(() => {
  fs.rmSync(out, { recursive: true, force: true });
});

const figure = (id: number) => results.figures.find((f: { id: number }) => f.id === id);

describe('pnpm bench --quick', () => {
  it('runs to completion and writes its results, with the machine it ran on', () => {
    expect(exitCode, output).toBe(0);
    expect(results.mode).toBe('quick');
    expect(results.machine.cores).toBeGreaterThan(0);
    expect(results.machine.node).toBe(process.version);
    expect(fs.readFileSync(path.join(out, 'quick.md'), 'utf8')).toContain('| figure | measure | Tiến độ | baseline |');
    expect(results.figures.map((f: { id: number }) => f.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it('measures the board query, the report submissions and the fan-out, each beside its baseline', () => {
    for (const id of [1, 2, 3]) {
      const f = figure(id);
      expect(f.notMeasured, `figure ${id}`).toBeUndefined();
      expect(f.rows.length).toBeGreaterThanOrEqual(2);
      for (const row of f.rows) {
        expect(typeof row.value === 'number' || typeof row.value === 'string', row.measure).toBe(true);
        expect(row.baseline, `${id}: ${row.measure}`).not.toBeNull();
        expect(row.baseline, `${id}: ${row.measure}`).not.toBe('');
      }
    }
    expect(figure(3).rows.map((r: { measure: string }) => r.measure)).toEqual([
      '100 subscribers p50',
      '100 subscribers p99',
      '300 subscribers p50',
      '300 subscribers p99',
      'server RSS at 300 subscribers',
    ]);
  });

  it('finds the board query costs a fixed number of SQL statements, whatever the plan size', () => {
    const statements = figure(1).rows.find((r: { measure: string }) => r.measure === 'SQL statements');
    expect(statements.value).toBe(6);
    expect(statements.met).toBe(true);
  });

  it('prints every figure, measured or with the reason it was not', () => {
    for (const f of results.figures) {
      if (f.notMeasured) expect(output).toContain(`not measured: ${f.notMeasured}`);
      else expect(output).toContain(`${f.id}. ${f.title}`);
    }
  });
});
