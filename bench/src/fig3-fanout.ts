// Figure 3: one event fanned out to many graphql-ws subscribers of a plan, against a bare `ws`
// server broadcasting a payload of the same size to as many sockets. Each server is its own
// process; the subscribers all live in the bench process (so both sides pay the same client costs).
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { PLAN_ACTIVITY } from '../../server/src/testing/ws-client.js';
import { DEMO_PASSWORD, type DatasetInfo } from './dataset.js';
import { reportersOf } from './fig2-reports.js';
import type { Figure, Row } from './report.js';
import { root, rssMbOf, spawnTs, stopChild, waitForLine, type ServerProcess } from './server-process.js';
import { nowMs, pool, round, sleep, summarize, type Summary } from './stats.js';

/** Receipt times per event seq, and waiters for "every subscriber has it". */
class Receipts {
  private readonly times = new Map<number, number[]>();
  private readonly waiters = new Map<number, () => void>();
  constructor(public expected: number) {}

  record(seq: number): void {
    const at = nowMs();
    let list = this.times.get(seq);
    if (!list) this.times.set(seq, (list = []));
    list.push(at);
    if (list.length >= this.expected) this.waiters.get(seq)?.();
  }

  async all(seq: number, timeoutMs: number): Promise<number[]> {
    if ((this.times.get(seq)?.length ?? 0) < this.expected) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        this.waiters.set(seq, () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    this.waiters.delete(seq);
    return this.times.get(seq) ?? [];
  }
}

interface Fleet {
  size: number;
  close(): Promise<void>;
}

/** n graphql-ws clients subscribed, anonymously, to the plan's activity. */
async function graphqlFleet(
  url: string,
  planId: number,
  n: number,
  receipts: Receipts,
  sizes: number[],
): Promise<Fleet> {
  const clients: Client[] = [];
  await pool(n, 200, async () => {
    const client = createClient({
      url: url.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: () => undefined,
    });
    clients.push(client);
    await new Promise<void>((resolve, reject) => {
      client.on('connected', () => resolve());
      client.on('closed', () => reject(new Error('subscriber socket closed')));
      client.subscribe(
        { query: PLAN_ACTIVITY, variables: { planId: String(planId) } },
        {
          next: (result) => {
            const event = (result.data as { planActivity?: { seq: number; type: string } } | undefined)?.planActivity;
            if (!event || event.type === 'PRESENCE_CHANGED') return;
            if (sizes.length < 5)
              sizes.push(JSON.stringify({ id: clients.length, type: 'next', payload: result }).length);
            receipts.record(event.seq);
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
    });
  });
  return {
    size: clients.length,
    close: async () => {
      await Promise.all(clients.map((c) => c.dispose()));
    },
  };
}

/** n plain `ws` sockets on the bare server. */
async function bareFleet(url: string, n: number, receipts: Receipts): Promise<Fleet> {
  const sockets: WebSocket[] = [];
  await pool(n, 200, async () => {
    const socket = new WebSocket(url.replace(/^http/, 'ws') + 'ws');
    sockets.push(socket);
    socket.on('message', (data) => {
      // Parse it, as a graphql-ws client parses its messages.
      const message = JSON.parse(String(data)) as { payload: { data: { planActivity: { seq: number } } } };
      receipts.record(message.payload.data.planActivity.seq);
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
  });
  return {
    size: sockets.length,
    close: async () => {
      for (const s of sockets) s.terminate();
    },
  };
}

/** Triggers events one after another, waiting until every subscriber has each; delivery times. */
async function measure(
  trigger: () => Promise<number>,
  receipts: Receipts,
  events: number,
): Promise<{ delivery: Summary; lost: number }> {
  const samples: number[] = [];
  let lost = 0;
  for (let i = 0; i < events; i++) {
    const t0 = nowMs();
    const seq = await trigger();
    const times = await receipts.all(seq, 30_000);
    lost += receipts.expected - times.length;
    for (const t of times) samples.push(t - t0);
    await sleep(50);
  }
  return { delivery: summarize(samples), lost };
}

/** Sends warm-up events until every subscriber has received one (subscriptions start asynchronously). */
async function warmUp(trigger: () => Promise<number>, receipts: Receipts): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const seq = await trigger();
    if ((await receipts.all(seq, 10_000)).length >= receipts.expected) return;
  }
  throw new Error(`not every one of ${receipts.expected} subscribers received the warm-up events`);
}

export interface FanoutOptions {
  sizes: [number, number];
  events: [number, number];
}

interface Phase {
  subscribers: number;
  delivery: Summary;
  lost: number;
  rssMb: number | null;
}

export async function fanout(
  startServer: () => Promise<ServerProcess>,
  dataset: DatasetInfo,
  options: FanoutOptions,
): Promise<Figure> {
  // --- Tiến độ: report submissions by one unit, fanned out to anonymous viewers of the public plan.
  const gqlPhases: Phase[] = [];
  const payloadSizes: number[] = [];
  const mutationTimes: number[] = [];
  const server = await startServer();
  let idleRssMb: number | null = null;
  try {
    const [reporter] = reportersOf(dataset.file, dataset.stressPlanId, 1);
    const login = await post(
      server.url,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      {
        e: reporter!.email,
        p: DEMO_PASSWORD,
      },
    );
    const token = login.data?.login?.token as string;
    let k = 0;
    const submit = async () => {
      const t = performance.now();
      const res = await post(
        server.url,
        'mutation($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) { id } }',
        {
          input: {
            taskId: String(reporter!.taskIds[k % reporter!.taskIds.length]),
            organizationId: String(reporter!.organizationId),
            progress: (k++ * 13) % 101,
            summary: 'Đã hoàn thành đợt tuyên truyền, gửi báo cáo về cơ quan thường trực.',
          },
        },
        token,
      );
      mutationTimes.push(performance.now() - t);
      if (!res.data?.submitProgressReport) throw new Error(`submit failed: ${JSON.stringify(res.errors)}`);
      return lastSeq(server.url, dataset.stressPlanId);
    };
    const receipts = new Receipts(0);
    const fleets: Fleet[] = [];
    let connected = 0;
    idleRssMb = server.rssMb();
    for (const [i, n] of options.sizes.entries()) {
      fleets.push(await graphqlFleet(server.url, dataset.stressPlanId, n - connected, receipts, payloadSizes));
      connected = n;
      receipts.expected = n;
      await warmUp(submit, receipts);
      mutationTimes.length = 0;
      const { delivery, lost } = await measure(submit, receipts, options.events[i]!);
      gqlPhases.push({ subscribers: n, delivery, lost, rssMb: server.rssMb() });
    }
    for (const f of fleets) await f.close();
  } finally {
    await server.stop();
  }

  // --- The baseline: a bare ws broadcast of a payload of the same size.
  const size = Math.max(...payloadSizes);
  const barePhases: Phase[] = [];
  const child = spawnTs(path.join(root, 'bench/src/bare-ws-server.ts'), {});
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  try {
    const url = await waitForLine(child, /listening on (http:\/\/\S+)/, () => output, 'the bare ws server');
    const broadcast = async () => {
      const res = await fetch(`${url}broadcast?size=${size}`, { method: 'POST' });
      return ((await res.json()) as { seq: number }).seq;
    };
    const receipts = new Receipts(0);
    const fleets: Fleet[] = [];
    let connected = 0;
    for (const [i, n] of options.sizes.entries()) {
      fleets.push(await bareFleet(url, n - connected, receipts));
      connected = n;
      receipts.expected = n;
      await warmUp(broadcast, receipts);
      const { delivery, lost } = await measure(broadcast, receipts, options.events[i]!);
      barePhases.push({ subscribers: n, delivery, lost, rssMb: rssMbOf(child.pid!) });
    }
    for (const f of fleets) await f.close();
  } finally {
    await stopChild(child);
  }

  const rows: Row[] = [];
  const [small, large] = options.sizes;
  gqlPhases.forEach((g, i) => {
    const b = barePhases[i]!;
    const n = g.subscribers.toLocaleString('en-US');
    rows.push({
      measure: `${n} subscribers p50`,
      value: g.delivery.p50,
      baseline: b.delivery.p50,
      unit: 'ms',
      ratio: round(g.delivery.p50 / b.delivery.p50),
    });
    const ratio = g.delivery.p99 / b.delivery.p99;
    const target = i === 0 ? '≤ 100 ms and ≤ 2×' : '≤ 500 ms';
    const met = i === 0 ? g.delivery.p99 <= 100 && ratio <= 2 : g.delivery.p99 <= 500;
    rows.push({
      measure: `${n} subscribers p99`,
      value: g.delivery.p99,
      baseline: b.delivery.p99,
      unit: 'ms',
      ratio: round(ratio),
      target,
      met,
    });
  });
  const g = gqlPhases[gqlPhases.length - 1]!;
  const b = barePhases[barePhases.length - 1]!;
  rows.push({
    measure: `server RSS at ${large.toLocaleString('en-US')} subscribers`,
    value: g.rssMb === null ? 'n/a' : round(g.rssMb, 0),
    baseline: b.rssMb === null ? 'n/a' : round(b.rssMb, 0),
    unit: 'MB',
    ratio: g.rssMb && b.rssMb ? round(g.rssMb / b.rssMb) : null,
    target: '≤ 400 MB',
    met: g.rssMb === null ? null : g.rssMb <= 400,
  });
  return {
    id: 3,
    title: `Fan-out to ${small.toLocaleString('en-US')} and ${large.toLocaleString('en-US')} graphql-ws subscribers`,
    baselineName: `a bare \`ws\` server process broadcasting a ${size}-byte payload (the size of the graphql-ws message) to as many sockets when asked over HTTP`,
    rows,
    notes: [
      `Delivery time: from just before the bench sends the trigger (for Tiến độ a submitProgressReport mutation, which writes and commits the report first; for the baseline a POST /broadcast) until each subscriber has parsed the message, over ${options.events.join(' and ')} events.`,
      `The mutation itself took ${summarize(mutationTimes).p50} ms (p50) at ${large} subscribers; subscribers are anonymous viewers of the public ${dataset.stressTaskCount}-task plan, all in the bench process, subscribed to planActivity with the task, report, unit and actor of each event.`,
      `Server RSS before any subscriber: ${idleRssMb === null ? 'n/a' : Math.round(idleRssMb)} MB; at ${small} subscribers ${gqlPhases[0]?.rssMb === null ? 'n/a' : Math.round(gqlPhases[0]!.rssMb!)} MB.`,
      `Lost deliveries (not received within 30 s): ${gqlPhases.map((p) => p.lost).join(' / ')} for Tiến độ, ${barePhases.map((p) => p.lost).join(' / ')} for the baseline.`,
    ],
  };
}

async function post(url: string, query: string, variables: object, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, Record<string, unknown> | null> | null; errors?: unknown[] };
}

/** The plan's latest activity seq (the event the last mutation produced). */
async function lastSeq(url: string, planId: number): Promise<number> {
  const res = await post(url, 'query($id: ID!) { plan(id: $id) { lastActivitySeq } }', { id: String(planId) });
  return res.data!.plan!.lastActivitySeq as number;
}
