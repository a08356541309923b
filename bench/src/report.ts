// The results: one row per figure and measure, each beside its baseline measured in the same run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Row {
  measure: string;
  /** What Tiến độ does. */
  value: number | string;
  /** The same work done the plainest way, in the same run. */
  baseline: number | string;
  unit: string;
  /** value / baseline where that means something (lower is better unless said). */
  ratio?: number | null;
  /** The target from issue 8, in words, and whether this run met it. */
  target?: string;
  met?: boolean | null;
}

export interface Figure {
  id: number;
  title: string;
  baselineName: string;
  rows: Row[];
  notes: string[];
  /** Set when the figure could not be measured in this run, with the reason. */
  notMeasured?: string;
  durationMs?: number;
}

export interface Machine {
  cores: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  platform: string;
  loadAverage: number[];
}

export interface Results {
  date: string;
  mode: 'full' | 'quick';
  seed: number;
  machine: Machine;
  dataset: Record<string, unknown>;
  /** How the benchmarked server ran: built, or from its sources through tsx. */
  server: string;
  figures: Figure[];
  notes: string[];
  totalSeconds: number;
  /** What the profiles showed and what was changed (bench/findings.md), appended to the .md. */
  findings?: string;
}

export function machine(): Machine {
  return {
    cores: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
  };
}

const fmt = (v: number | string | null | undefined): string => {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string') return v;
  if (!Number.isFinite(v)) return '—';
  if (Math.abs(v) >= 100) return Math.round(v).toLocaleString('en-US');
  return String(Number(v.toFixed(2)));
};

const ratioText = (r: number | null | undefined) =>
  r === null || r === undefined || !Number.isFinite(r) ? '—' : `${fmt(r)}×`;
const metText = (m: boolean | null | undefined) => (m === true ? 'yes' : m === false ? 'NO' : '—');

function tableRows(results: Results): string[][] {
  const rows: string[][] = [];
  for (const f of results.figures) {
    if (f.notMeasured) {
      rows.push([`${f.id}. ${f.title}`, `not measured: ${f.notMeasured}`, '', '', '', '', '']);
      continue;
    }
    f.rows.forEach((r, i) =>
      rows.push([
        i === 0 ? `${f.id}. ${f.title}` : '',
        `${r.measure} (${r.unit})`,
        fmt(r.value),
        fmt(r.baseline),
        ratioText(r.ratio),
        r.target ?? '',
        r.target ? metText(r.met) : '',
      ]),
    );
  }
  return rows;
}

const HEADER = ['figure', 'measure', 'Tiến độ', 'baseline', 'ratio', 'target', 'met'];

export function consoleTable(results: Results): string {
  const rows = [HEADER, ...tableRows(results)];
  const widths = HEADER.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ');
  const out = [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
  return out.join('\n');
}

export function markdown(results: Results): string {
  const m = results.machine;
  const lines: string[] = [];
  lines.push(`# Benchmark results (${results.mode})`, '');
  lines.push(
    `${results.date} · ${m.cores} cores (${m.cpuModel}) · ${m.memoryGb} GB · Node ${m.node} · ${m.platform} · ` +
      `load average at start ${m.loadAverage.join(' / ')} · seed ${results.seed} · ${Math.round(results.totalSeconds)} s`,
    '',
    `Server under test: ${results.server}, NODE_ENV=production, SQLite (WAL, synchronous = FULL), one process per figure.`,
    '',
  );
  for (const n of results.notes) lines.push(`> ${n}`, '');
  lines.push(`| ${HEADER.join(' | ')} |`, `| ${HEADER.map(() => '---').join(' | ')} |`);
  for (const r of tableRows(results)) lines.push(`| ${r.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`);
  lines.push('', '## Baselines and notes', '');
  for (const f of results.figures) {
    lines.push(`### ${f.id}. ${f.title}`, '');
    lines.push(`Baseline: ${f.baselineName}.`, '');
    if (f.notMeasured) lines.push(`Not measured: ${f.notMeasured}.`, '');
    for (const n of f.notes) lines.push(`- ${n}`);
    if (f.notes.length) lines.push('');
  }
  if (results.findings) lines.push(results.findings.trim(), '');
  lines.push('## Dataset', '', '```json', JSON.stringify(results.dataset, null, 2), '```', '');
  return lines.join('\n');
}

/** The results table alone, as Markdown (for the README). */
export function markdownTable(results: Results): string {
  const m = results.machine;
  return [
    `${results.date.slice(0, 10)} · ${m.cores} cores (${m.cpuModel}) · Node ${m.node} · load average at start ${m.loadAverage.join(' / ')}`,
    '',
    `| ${HEADER.join(' | ')} |`,
    `| ${HEADER.map(() => '---').join(' | ')} |`,
    ...tableRows(results).map((r) => `| ${r.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`),
  ].join('\n');
}

/** Replaces the table between the bench markers of the README. */
export function updateReadme(readme: string, results: Results): boolean {
  const text = fs.readFileSync(readme, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) return false;
  fs.writeFileSync(readme, `${text.slice(0, a + start.length)}\n${markdownTable(results)}\n${text.slice(b)}`);
  return true;
}

export function writeResults(results: Results, dir: string, name: string): { json: string; md: string } {
  fs.mkdirSync(dir, { recursive: true });
  const json = path.join(dir, `${name}.json`);
  const md = path.join(dir, `${name}.md`);
  fs.writeFileSync(json, JSON.stringify(results, null, 2) + '\n');
  fs.writeFileSync(md, markdown(results));
  return { json, md };
}
