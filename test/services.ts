// Whether PostgreSQL and Redis answer on this machine, for the tests that need them.
import net from 'node:net';

export const POSTGRES_URL = process.env.TIENDO_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.TIENDO_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

function answers(url: string, timeoutMs = 1500): Promise<string | null> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) });
    const done = (reason: string | null) => {
      socket.destroy();
      resolve(reason);
    };
    socket.setTimeout(timeoutMs, () => done(`${hostname}:${port} did not answer within ${timeoutMs} ms`));
    socket.once('connect', () => done(null));
    socket.once('error', (e) => done(`${hostname}:${port}: ${e.message}`));
  });
}

/** Null when the service answers, else why not. */
export async function probeServices(): Promise<{ postgres: string | null; redis: string | null }> {
  const [postgres, redis] = await Promise.all([answers(POSTGRES_URL), answers(REDIS_URL)]);
  return { postgres, redis };
}
