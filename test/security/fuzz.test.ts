// 5,000+ hostile operations with a fixed seed against the built server in production mode (the
// longer run is `pnpm bench:fuzz`). The server must stay up, answer every one with well-formed
// GraphQL (a correct result or errors with a message and a code, never an internal error), write
// nothing for unauthorised callers, store a member's hostile text as sent, and keep its memory bounded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, gql, stopBuilt, type BuiltServer } from '../support/built-server.js';
import { fuzzTarget } from './fuzz-target.js';
import { fileSnapshot, runHostile } from './fuzz-runner.js';
import { hostileOperations, memberTextOperations } from './hostile.js';

export const FUZZ_SEED = 20_200_085;
const UNAUTHORISED = 5_000;
const MEMBER = 300;

let dir: string;
let server: BuiltServer | null = null;
beforeAll(() => {
  assertBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-fuzz-'));
});
afterAll(async () => {
  if (server) await stopBuilt(server);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('hostile input', () => {
  it(`survives ${UNAUTHORISED + MEMBER} generated hostile operations (seed ${FUZZ_SEED})`, async () => {
    const target = await fuzzTarget(dir);
    server = target.server;
    const pid = server.child.pid!;
    const ops = hostileOperations(FUZZ_SEED, UNAUTHORISED, target.targets, target.tokens.member);
    expect(ops).toHaveLength(UNAUTHORISED);
    // Every kind of hostility is in the sample, over both transports.
    expect(new Set(ops.map((o) => o.category)).size).toBe(11);
    expect(ops.filter((o) => o.transport === 'ws').length).toBeGreaterThan(100);
    expect(ops.filter((o) => o.auth.kind === 'forged').length).toBeGreaterThan(1000);

    const before = fileSnapshot(target.dbPath);
    const stats = await runHostile({ url: server.url, pid, ops, tokens: target.tokens });
    expect(stats.problems.slice(0, 10)).toEqual([]);
    expect(stats.sent).toBe(UNAUTHORISED);
    // Nothing was written by anonymous, forged or revoked callers.
    expect(fileSnapshot(target.dbPath)).toBe(before);

    // A signed-in member's hostile texts are stored as sent or refused as bad input; nothing else changes.
    // (A report with difficulties also opens an obstacle and notifies the difficulty office.)
    const others = [
      'progress_report',
      'comment',
      'activity_event',
      'mutation_receipt',
      'assignment',
      'task',
      'plan',
      'obstacle',
      'notification',
    ];
    const beforeMember = fileSnapshot(target.dbPath, others);
    const member = await runHostile({
      url: server.url,
      pid,
      ops: memberTextOperations(FUZZ_SEED, MEMBER, target.targets),
      tokens: target.tokens,
    });
    expect(member.problems.slice(0, 20)).toEqual([]);
    expect(member.byStatus['200']).toBeGreaterThan(0);
    expect(fileSnapshot(target.dbPath, others)).toBe(beforeMember);

    // Still up, still answering, memory bounded, database intact.
    expect(server.child.exitCode).toBeNull();
    expect((await gql(server.url, '{ plans { number } }')).data.plans[0].number).toBe('85/KH-UBND');
    const maxRss = Math.max(stats.rssMb.max, member.rssMb.max);
    expect(maxRss).toBeLessThan(stats.rssMb.start + 400);
    const db = new Database(target.dbPath, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
    console.info(
      `fuzz: ${stats.sent + member.sent} operations; codes ${JSON.stringify({ ...stats.byCode })}; ` +
        `HTTP ${JSON.stringify(stats.byStatus)}; ws closes ${JSON.stringify(stats.wsCloseCodes)}; ` +
        `RSS ${stats.rssMb.start.toFixed(0)} → max ${maxRss.toFixed(0)} MB`,
    );
    // About 30 s on an idle 2-core machine; the margin is for a machine shared with other work.
  }, 300_000);
});
