import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLObjectType, GraphQLScalarType, GraphQLSchema, GraphQLString } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { PushChannel } from './push-channel.js';
import { subscribeSharingResults } from './shared-execution.js';
import { serveGraphqlWs } from './ws-transport.js';

/** A graphql-ws server on a real port whose `events` subscription is fed by hand. */
async function setup(keepAliveMs = 0) {
  let serialised = 0;
  const channels = new Set<PushChannel<object>>();
  // Counts how often a result is turned into JSON: JSON.stringify calls toJSON each time.
  const Counted = new GraphQLScalarType({
    name: 'Counted',
    serialize: (value) => ({
      toJSON: () => {
        serialised += 1;
        return value;
      },
    }),
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        events: {
          type: Counted,
          subscribe: () => {
            const channel: PushChannel<object> = new PushChannel(() => channels.delete(channel));
            channels.add(channel);
            return channel;
          },
          resolve: (event: { text: string }) => event.text,
        },
      },
    }),
  });
  const httpServer = http.createServer();
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const served = serveGraphqlWs(
    { schema, subscribe: (args) => subscribeSharingResults(args, () => 'anyone'), onNext: (...a) => a[4] },
    wss,
    keepAliveMs,
    true,
  );
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `ws://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;
  return {
    url,
    publish: (event: object) => channels.forEach((c) => c.push(event)),
    subscribers: () => channels.size,
    serialised: () => serialised,
    async close() {
      await served.dispose();
      await new Promise((resolve) => httpServer.close(resolve));
    },
  };
}

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

describe('serveGraphqlWs', () => {
  it('serialises a result shared by 50 sockets once, and every socket gets it whole', async () => {
    const server = await setup();
    cleanup.push(server.close);
    const received: unknown[][] = [];
    const clients: Client[] = [];
    for (let i = 0; i < 50; i++) {
      const client = createClient({ url: server.url, webSocketImpl: WebSocket, retryAttempts: 0 });
      clients.push(client);
      const mine: unknown[] = [];
      received.push(mine);
      client.subscribe(
        { query: 'subscription { events }' },
        { next: (r) => void mine.push(r), error: () => undefined, complete: () => undefined },
      );
    }
    cleanup.push(async () => void (await Promise.all(clients.map((c) => c.dispose()))));
    await expect.poll(() => server.subscribers()).toBe(50);

    server.publish({ text: 'Đã gửi báo cáo "quý 3"' });
    await expect.poll(() => received.every((r) => r.length === 1)).toBe(true);
    server.publish({ text: 'Bình luận mới' });
    await expect.poll(() => received.every((r) => r.length === 2)).toBe(true);

    for (const mine of received) {
      expect(mine).toEqual([{ data: { events: 'Đã gửi báo cáo "quý 3"' } }, { data: { events: 'Bình luận mới' } }]);
    }
    expect(server.serialised()).toBe(2);
  });

  it('drops a socket that stops answering pings, and keeps one that answers', async () => {
    const server = await setup(200);
    cleanup.push(server.close);
    const open = (autoPong: boolean) => {
      const socket = new WebSocket(server.url, 'graphql-transport-ws', { autoPong });
      let closedWith: number | null = null;
      socket.on('close', (code) => (closedWith = code));
      cleanup.push(async () => socket.terminate());
      return { closedWith: () => closedWith };
    };
    const silent = open(false);
    const answering = open(true);
    await expect.poll(() => silent.closedWith(), { timeout: 2_000 }).toBe(1006);
    expect(answering.closedWith()).toBe(null);
  });
});
