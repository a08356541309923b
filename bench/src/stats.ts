// Percentiles and small helpers shared by every figure.

/** The p-th percentile (0–100) of the samples, nearest-rank; NaN when there are none. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export interface Summary {
  n: number;
  p50: number;
  p99: number;
  mean: number;
  max: number;
}

export function summarize(samples: number[]): Summary {
  const n = samples.length;
  return {
    n,
    p50: round(percentile(samples, 50)),
    p99: round(percentile(samples, 99)),
    mean: round(n ? samples.reduce((s, x) => s + x, 0) / n : Number.NaN),
    max: round(n ? Math.max(...samples) : Number.NaN),
  };
}

export const round = (x: number, digits = 2): number => Number(x.toFixed(digits));

/** Milliseconds since the epoch with sub-millisecond precision, comparable between processes. */
export const nowMs = (): number => performance.timeOrigin + performance.now();

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A deterministic PRNG (mulberry32): the same seed gives the same dataset. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}
export type Prng = ReturnType<typeof prng>;

/** Runs `count` jobs with at most `concurrency` at a time. */
export async function pool(count: number, concurrency: number, job: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await job(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}
