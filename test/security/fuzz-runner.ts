// Sends hostile operations to a running server over HTTP and graphql-ws and checks every answer:
// JSON with `data` and/or `errors`, each error with a message and a code, never a 5xx or an
// internal error; the server stays up and its memory is sampled.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import WebSocket from 'ws';
import type { Auth, HostileOp } from './hostile.js';

export interface FuzzTokens {
  member: string;
  revoked: string;
}

export interface FuzzStats {
  sent: number;
  byCategory: Record<string, number>;
  byCode: Record<string, number>;
  byStatus: Record<string, number>;
  /** Milliseconds spent waiting for answers, per category (where a run spends its time). */
  msByCategory: Record<string, number>;
  wsCloseCodes: Record<string, number>;
  problems: string[];
  rssMb: { start: number; max: number; end: number };
}

export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** Every row of every table but the named ones, as text (read from the file, as committed). */
export function fileSnapshot(dbPath: string, except: string[] = []): string {
  const db = new Database(dbPath, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[];
    return tables
      .filter((t) => !except.includes(t.name))
      .map((t) => `${t.name}:${JSON.stringify(db.prepare(`SELECT * FROM "${t.name}" ORDER BY rowid`).all())}`)
      .join('\n');
  } finally {
    db.close();
  }
}

const short = (v: unknown) => {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 300 ? `${s.slice(0, 300)}…` : s;
};

function authHeader(auth: Auth, tokens: FuzzTokens): string | null {
  switch (auth.kind) {
    case 'none':
      return null;
    case 'forged':
      return auth.header;
    case 'revoked':
      return `Bearer ${tokens.revoked}`;
    case 'member':
      return `Bearer ${tokens.member}`;
  }
}

/** Problems with one GraphQL answer (an HTTP body or a graphql-ws payload), or [] when well-formed. */
export function checkAnswer(body: unknown, stats: FuzzStats): string[] {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return [`not a JSON object: ${short(body)}`];
  const { data, errors } = body as { data?: unknown; errors?: unknown };
  if (data === undefined && errors === undefined) return [`neither data nor errors: ${short(body)}`];
  if (errors === undefined) return [];
  if (!Array.isArray(errors) || errors.length === 0) return [`errors is not a non-empty array: ${short(errors)}`];
  const problems: string[] = [];
  for (const e of errors as { message?: unknown; extensions?: { code?: unknown } }[]) {
    const code = e?.extensions?.code;
    if (typeof e?.message !== 'string' || typeof code !== 'string') {
      problems.push(`error without message or code: ${short(e)}`);
      continue;
    }
    stats.byCode[code] = (stats.byCode[code] ?? 0) + 1;
    if (code === 'INTERNAL_SERVER_ERROR') problems.push(`internal error: ${short(e.message)}`);
  }
  return problems;
}

/** What a member's hostile text must come back as: stored as sent (well-formed, trimmed) or refused. */
function checkEcho(op: HostileOp, body: any): string[] {
  const input = (op.variables as { i?: Record<string, unknown> })?.i;
  const result = body?.data?.submitProgressReport ?? body?.data?.addComment;
  if (!input || !result) return [];
  // Lone surrogates cannot be stored as UTF-8: they come back as U+FFFD.
  const norm = (v: unknown) =>
    typeof v === 'string'
      ? v.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD').trim()
      : v;
  const problems: string[] = [];
  for (const field of ['summary', 'results', 'difficulties', 'proposals', 'body']) {
    if (!(field in result) || input[field] === undefined || input[field] === null) continue;
    const expected = norm(input[field]);
    if (field === 'period' && expected === '') continue;
    if (norm(result[field]) !== expected) {
      problems.push(`${field} came back changed: sent ${short(input[field])}, got ${short(result[field])}`);
    }
  }
  return problems;
}

async function sendHttp(url: string, op: HostileOp, tokens: FuzzTokens, stats: FuzzStats): Promise<void> {
  const header = authHeader(op.auth, tokens);
  const body = op.raw ?? JSON.stringify({ query: op.query, variables: op.variables, operationName: op.operationName });
  let res: Response;
  try {
    res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(header ? { authorization: header } : {}) },
      body,
    });
  } catch (error) {
    stats.problems.push(`[${op.category}] request failed (server down?): ${short(String(error))}`);
    return;
  }
  stats.byStatus[res.status] = (stats.byStatus[res.status] ?? 0) + 1;
  const text = await res.text();
  if (res.status >= 500) stats.problems.push(`[${op.category}] HTTP ${res.status}: ${short(text)} for ${short(body)}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    stats.problems.push(`[${op.category}] HTTP ${res.status} not JSON: ${short(text)} for ${short(body)}`);
    return;
  }
  for (const p of [...checkAnswer(json, stats), ...(op.auth.kind === 'member' ? checkEcho(op, json) : [])]) {
    stats.problems.push(`[${op.category}] ${p} for ${short(body)}`);
  }
}

/** Close codes graphql-ws and ws use for a refused or invalid client: acceptable answers. */
const CLIENT_CLOSE_CODES = new Set([1000, 1009, 4400, 4401, 4403, 4429, 4409, 4499]);

/** One socket: connection_init with the ops' auth, then their subscribe messages. */
async function sendWsSession(url: string, ops: HostileOp[], tokens: FuzzTokens, stats: FuzzStats): Promise<void> {
  const header = authHeader(ops[0]!.auth, tokens);
  const ws = new WebSocket(url.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws');
  const pending = new Set(ops.map((_, i) => String(i)));
  await new Promise<void>((resolve) => {
    let quiet: NodeJS.Timeout | null = null;
    const settle = () => {
      if (quiet) clearTimeout(quiet);
      // Valid subscriptions stay open without an event: after a quiet moment the session is over.
      quiet = setTimeout(() => ws.close(1000), pending.size === 0 ? 0 : 1_500);
    };
    ws.on('open', () => {
      ws.send(JSON.stringify({ type: 'connection_init', payload: header ? { authorization: header } : {} }));
    });
    ws.on('message', (raw) => {
      let msg: { type?: string; id?: string; payload?: unknown };
      try {
        msg = JSON.parse(String(raw));
      } catch {
        stats.problems.push(`[ws] message not JSON: ${short(String(raw))}`);
        return;
      }
      if (msg.type === 'connection_ack') {
        ops.forEach((op, i) =>
          ws.send(
            JSON.stringify({
              id: String(i),
              type: 'subscribe',
              payload: {
                query: op.query ?? op.raw ?? '',
                variables: op.variables ?? null,
                operationName: op.operationName,
              },
            }),
          ),
        );
        settle();
      } else if (msg.type === 'next') {
        for (const p of checkAnswer(msg.payload, stats))
          stats.problems.push(`[ws ${ops[Number(msg.id)]?.category}] ${p}`);
        ws.send(JSON.stringify({ id: msg.id, type: 'complete' }));
        pending.delete(String(msg.id));
        settle();
      } else if (msg.type === 'error') {
        for (const p of checkAnswer({ errors: msg.payload }, stats)) {
          stats.problems.push(`[ws ${ops[Number(msg.id)]?.category}] ${p}`);
        }
        pending.delete(String(msg.id));
        settle();
      } else if (msg.type === 'complete') {
        pending.delete(String(msg.id));
        settle();
      } else if (msg.type !== 'ping' && msg.type !== 'pong') {
        stats.problems.push(`[ws] unexpected message ${short(msg)}`);
      }
    });
    ws.on('unexpected-response', (_req, res) => {
      stats.wsCloseCodes[`http-${res.statusCode}`] = (stats.wsCloseCodes[`http-${res.statusCode}`] ?? 0) + 1;
      resolve();
    });
    ws.on('error', () => undefined);
    ws.on('close', (code) => {
      if (quiet) clearTimeout(quiet);
      stats.wsCloseCodes[code] = (stats.wsCloseCodes[code] ?? 0) + 1;
      if (!CLIENT_CLOSE_CODES.has(code)) stats.problems.push(`[ws] socket closed with ${code}`);
      resolve();
    });
  });
}

export async function runHostile(options: {
  url: string;
  pid: number;
  ops: HostileOp[];
  tokens: FuzzTokens;
  concurrency?: number;
  onProgress?: (done: number, stats: FuzzStats) => void;
}): Promise<FuzzStats> {
  const { url, pid, ops, tokens } = options;
  const start = rssMb(pid);
  const stats: FuzzStats = {
    sent: 0,
    byCategory: {},
    byCode: {},
    byStatus: {},
    msByCategory: {},
    wsCloseCodes: {},
    problems: [],
    rssMb: { start, max: start, end: start },
  };
  for (const op of ops) stats.byCategory[op.category] = (stats.byCategory[op.category] ?? 0) + 1;

  // graphql-ws: sessions of up to 25 operations with the same kind of auth; raw bodies go over HTTP.
  const wsOps = ops.filter((o) => o.transport === 'ws' && o.raw === undefined);
  const httpOps = ops.filter((o) => !(o.transport === 'ws' && o.raw === undefined));
  const sessions: HostileOp[][] = [];
  for (const kind of ['none', 'forged', 'revoked', 'member']) {
    const same = wsOps.filter((o) => o.auth.kind === kind);
    for (let i = 0; i < same.length; i += 25) sessions.push(same.slice(i, i + 25));
  }

  let next = 0;
  const sample = () => {
    const now = rssMb(pid);
    stats.rssMb.max = Math.max(stats.rssMb.max, now);
    return now;
  };
  const httpWorkers = Array.from({ length: options.concurrency ?? 8 }, async () => {
    while (next < httpOps.length) {
      const op = httpOps[next++]!;
      const t0 = performance.now();
      await sendHttp(url, op, tokens, stats);
      stats.msByCategory[op.category] = Math.round((stats.msByCategory[op.category] ?? 0) + performance.now() - t0);
      stats.sent++;
      if (stats.sent % 250 === 0) {
        sample();
        options.onProgress?.(stats.sent, stats);
      }
    }
  });
  const wsWorker = (async () => {
    for (const session of sessions) {
      await sendWsSession(url, session, tokens, stats);
      stats.sent += session.length;
    }
  })();
  await Promise.all([...httpWorkers, wsWorker]);
  stats.rssMb.end = sample();
  return stats;
}
