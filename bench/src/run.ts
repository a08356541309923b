// pnpm bench [--quick] [--out DIR] [--only 1,2,3] [--seed N]
// Runs every figure against its baseline in this one run, prints the table and writes
// bench/results/latest.{json,md} (quick runs write quick.{json,md}).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FULL, prepareDataset, QUICK } from './dataset.js';
import { boardQuery, statementCounts } from './fig1-board.js';
import { fanout } from './fig3-fanout.js';
import { importPlan } from './fig5-import.js';
import { clientBoard, clientBoardUnavailable, ensureClientBuilt } from './fig4-client.js';
import { directInserts, reportsFigure, submitReports, type HttpRun } from './fig2-reports.js';
import { summarizeProfile } from './profile-summary.js';
import { consoleTable, machine, updateReadme, writeResults, type Figure, type Results } from './report.js';
import { ensureServerBuilt, root, serverEntry, startServer } from './server-process.js';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    out: { type: 'string' },
    only: { type: 'string' },
    seed: { type: 'string', default: '20200612' },
    // Profile the benchmarked servers (node --cpu-prof) and print where their time went.
    profile: { type: 'boolean', default: false },
  },
  allowPositionals: true,
});

const quick = args.quick!;
const scale = quick ? QUICK : FULL;
const seed = Number(args.seed);
const only = args.only ? new Set(args.only.split(',').map(Number)) : null;
const outDir = args.out ? path.resolve(args.out) : path.join(root, 'bench/results');
const started = performance.now();
/**
 * Benchmarked servers run as deployed, but without the per-user and per-address rate limits: every
 * simulated office and subscriber comes from this one address, which the limits exist to stop.
 */
const PRODUCTION = { NODE_ENV: 'production', TIENDO_RATE_LIMIT_USER: '0', TIENDO_RATE_LIMIT_IP: '0' };
const profileDir = path.join(root, 'bench/.cache/profiles');
/** Starts the benchmarked server for a figure, under the CPU profiler with --profile. */
const startBenchServer = (fig: number) => {
  if (args.profile) fs.rmSync(path.join(profileDir, `figure-${fig}`), { recursive: true, force: true });
  return startServer(
    dataset.file,
    PRODUCTION,
    args.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(profileDir, `figure-${fig}`)}`] : [],
  );
};
const log = (message: string) =>
  console.log(`[bench ${((performance.now() - started) / 1000).toFixed(1)}s] ${message}`);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-bench-'));
const figures: Figure[] = [];
const notes: string[] = [];
const startMachine = machine();
if (startMachine.cores <= 2) {
  notes.push(
    `Measured on ${startMachine.cores} cores shared with other work (on the development machine up to six other processes may have been competing for them): compare each figure with its baseline from the same run, not across runs.`,
  );
}

log(`${quick ? 'quick' : 'full'} run, seed ${seed}, ${startMachine.cores} cores, Node ${process.version}`);
// A quick run (CI) takes whatever is there: the test command has just built it.
if (!quick) ensureServerBuilt();
log(`server under test: ${serverEntry().kind === 'built' ? 'built (server/dist/main.js)' : 'sources through tsx'}`);
const dataset = await prepareDataset(seed, scale, work);
log(
  `dataset ${dataset.fromCache ? 'from cache' : `generated in ${dataset.generatedInMs} ms`}: ${Object.entries(
    dataset.counts,
  )
    .map(([k, v]) => `${v} ${k}`)
    .join(', ')}`,
);

const notMeasured = (id: number, title: string, reason: string): Figure => ({
  id,
  title,
  baselineName: '—',
  rows: [],
  notes: [],
  notMeasured: reason,
});

async function figure(id: number, title: string, run: () => Promise<Figure>): Promise<void> {
  if (only && !only.has(id)) return;
  log(`figure ${id}: ${title}`);
  const t = performance.now();
  try {
    const f = await run();
    f.durationMs = Math.round(performance.now() - t);
    if (args.profile) printProfiles(id);
    figures.push(f);
  } catch (error) {
    console.error(error);
    figures.push(notMeasured(id, title, `failed: ${(error as Error).message.split('\n')[0]}`));
  }
}

function printProfiles(id: number) {
  const dir = path.join(profileDir, `figure-${id}`);
  if (!fs.existsSync(dir)) return;
  // The largest profile is the server's main thread (tsx's loader thread writes a small one too).
  const [largest] = fs
    .readdirSync(dir)
    .filter((f) => f.startsWith('CPU.'))
    .map((f) => path.join(dir, f))
    .sort((a, b) => fs.statSync(b).size - fs.statSync(a).size);
  if (largest) console.log(`\nprofile of figure ${id} (${largest}):\n${summarizeProfile(largest, 30)}\n`);
  const client = path.join(dir, 'client.cpuprofile');
  if (fs.existsSync(client)) console.log(`\nthe page's main thread (${client}):\n${summarizeProfile(client, 30)}\n`);
}

try {
  await figure(1, 'Board query', async () => {
    const dev = await startServer(dataset.file);
    const counts = await statementCounts(dev, dataset).finally(() => dev.stop());
    const server = await startBenchServer(1);
    try {
      return await boardQuery(server, dataset, quick ? 5 : 60, counts);
    } finally {
      await server.stop();
    }
  });
  await figure(2, 'submitProgressReport', async () => {
    const server = await startBenchServer(2);
    let http: HttpRun;
    try {
      http = await submitReports(
        server,
        dataset,
        quick ? { clients: 50, reports: 100, warmup: 50 } : { clients: 50, reports: 5000, warmup: 250 },
      );
    } finally {
      await server.stop();
    }
    return reportsFigure(dataset, http, directInserts(dataset, http.n));
  });
  await figure(3, 'Fan-out', () =>
    fanout(
      () => startBenchServer(3),
      dataset,
      quick ? { sizes: [100, 300], events: [5, 5] } : { sizes: [1000, 5000], events: [30, 15] },
    ),
  );
  await figure(4, 'Client board in headless Chromium', async () => {
    const unavailable = clientBoardUnavailable();
    if (unavailable) return notMeasured(4, 'Client board in headless Chromium', unavailable);
    ensureClientBuilt();
    const server = await startBenchServer(4);
    try {
      return await clientBoard(server, dataset, {
        ...(quick ? { perSecond: 50, seconds: 1, settleMs: 300 } : { perSecond: 50, seconds: 10, settleMs: 1500 }),
        profileTo: args.profile ? path.join(profileDir, 'figure-4', 'client.cpuprofile') : null,
      });
    } finally {
      await server.stop();
    }
  });
  await figure(5, 'Import: time per plan', async () => importPlan(quick ? 20 : 300));
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

const results: Results = {
  date: new Date().toISOString(),
  mode: quick ? 'quick' : 'full',
  seed,
  machine: startMachine,
  dataset: { scale: dataset.scale, seed: dataset.seed, stressPlanId: dataset.stressPlanId, counts: dataset.counts },
  figures,
  notes,
  server:
    serverEntry().kind === 'built'
      ? 'the built server (server/dist/main.js, as pnpm start runs it)'
      : 'the server from its TypeScript sources through tsx (no up-to-date build found; its loader thread adds to RSS)',
  findings: fs.existsSync(path.join(root, 'bench/findings.md'))
    ? fs.readFileSync(path.join(root, 'bench/findings.md'), 'utf8')
    : undefined,
  totalSeconds: (performance.now() - started) / 1000,
};
const written = writeResults(results, outDir, quick ? 'quick' : 'latest');
console.log('\n' + consoleTable(results) + '\n');
log(`wrote ${path.relative(process.cwd(), written.json)} and ${path.relative(process.cwd(), written.md)}`);
if (!quick && !only && !args.out && updateReadme(path.join(root, 'README.md'), results)) {
  log('updated the table in README.md (Performance)');
}
