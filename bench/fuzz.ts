// The long fuzz run: `pnpm bench:fuzz [--ops N] [--seed S]` (build first). Same generator and
// checks as test/security/fuzz.test.ts, with more operations and a seed of your choice.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stopBuilt } from '../test/support/built-server.js';
import { fileSnapshot, runHostile } from '../test/security/fuzz-runner.js';
import { fuzzTarget } from '../test/security/fuzz-target.js';
import { hostileOperations, memberTextOperations } from '../test/security/hostile.js';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const count = option('--ops', 50_000);
const seed = option('--seed', Date.now() % 2 ** 31);
const member = Math.max(100, Math.round(count / 20));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-fuzz-bench-'));
const target = await fuzzTarget(dir);
const started = Date.now();
let failed = false;
try {
  console.log(`fuzz: ${count} unauthorised + ${member} member operations, seed ${seed}`);
  const ops = hostileOperations(seed, count, target.targets, target.tokens.member);
  const before = fileSnapshot(target.dbPath);
  const stats = await runHostile({
    url: target.server.url,
    pid: target.server.child.pid!,
    ops,
    tokens: target.tokens,
    onProgress: (done, s) => {
      if (done % 2_500 === 0) {
        const rate = (done / ((Date.now() - started) / 1000)).toFixed(0);
        console.log(`  ${done} sent, ${rate}/s, RSS max ${s.rssMb.max.toFixed(0)} MB, problems ${s.problems.length}`);
      }
    },
  });
  const written = fileSnapshot(target.dbPath) !== before;
  const memberStats = await runHostile({
    url: target.server.url,
    pid: target.server.child.pid!,
    ops: memberTextOperations(seed, member, target.targets),
    tokens: target.tokens,
  });
  const problems = [...stats.problems, ...memberStats.problems];
  const up = target.server.child.exitCode === null;
  console.log(`categories ${JSON.stringify(stats.byCategory)}`);
  console.log(`ms per category ${JSON.stringify(stats.msByCategory)}`);
  console.log(`codes ${JSON.stringify(stats.byCode)}`);
  console.log(`HTTP ${JSON.stringify(stats.byStatus)}; ws closes ${JSON.stringify(stats.wsCloseCodes)}`);
  console.log(
    `RSS ${stats.rssMb.start.toFixed(0)} → max ${Math.max(stats.rssMb.max, memberStats.rssMb.max).toFixed(0)} MB; ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s; server up: ${up}; unauthorised writes: ${written}`,
  );
  for (const p of problems.slice(0, 30)) console.log(`PROBLEM ${p}`);
  failed = problems.length > 0 || written || !up;
  console.log(failed ? `FAILED: ${problems.length} problems` : 'OK');
} finally {
  await stopBuilt(target.server);
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
