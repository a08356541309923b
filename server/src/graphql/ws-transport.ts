import { CloseCode, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';

/** What each graphql-ws context carries besides the protocol state: the socket, not its upgrade request. */
export interface SocketExtra {
  socket: WebSocket;
}

/** Above this many bytes waiting for one socket, its next message waits for the write to finish. */
const BACKED_UP_BYTES = 256 * 1024;
/** Pings go out in this many groups spread over the keep-alive period, not all in one burst. */
const PING_GROUPS = 10;

/**
 * graphql-ws on a `ws` server, as `graphql-ws/use/ws` does it, with what fanning one event out to
 * thousands of sockets needs (bench/findings.md, figure 3):
 * - a `next` result that many subscribers share (graphql/shared-execution.ts) is turned into JSON
 *   once, not once per socket;
 * - a message to a socket that is keeping up costs no promise and no write callback;
 * - one timer pings every socket in turn, instead of an interval per socket and a timeout per ping;
 * - the upgrade request is not kept for the socket's lifetime.
 * The protocol itself (messages, hooks, close codes) is graphql-ws's own `makeServer`.
 */
export function serveGraphqlWs<P extends Record<string, unknown> | undefined>(
  options: ServerOptions<P, SocketExtra>,
  wss: WebSocketServer,
  keepAliveMs: number,
  production: boolean,
): { dispose(): Promise<void> } {
  const sharedJson = sharedPayloadJson();
  const server = makeServer<P, SocketExtra>({ ...options, jsonMessageReplacer: sharedJson.replacer });
  wss.options.handleProtocols = handleProtocols;
  const closeReason = (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    return production || message.length >= 124 ? 'Internal server error' : message;
  };
  wss.once('error', (error) => {
    console.error('Internal error emitted on the WebSocket server.', error);
    for (const client of wss.clients) client.close(CloseCode.InternalServerError, closeReason(error));
  });

  // Keep-alive: a socket that has not answered the previous ping by its next turn is dropped.
  const groups = Array.from({ length: PING_GROUPS }, () => new Set<WebSocket>());
  const unanswered = new WeakSet<WebSocket>();
  let nextGroup = 0;
  let turn = 0;
  const pinger =
    keepAliveMs > 0 && Number.isFinite(keepAliveMs)
      ? setInterval(() => {
          turn = (turn + 1) % PING_GROUPS;
          for (const socket of groups[turn]!) {
            if (socket.readyState !== socket.OPEN) continue;
            if (unanswered.has(socket)) {
              socket.terminate();
              continue;
            }
            unanswered.add(socket);
            socket.ping();
          }
        }, keepAliveMs / PING_GROUPS)
      : null;
  pinger?.unref();
  function answered(this: WebSocket) {
    unanswered.delete(this);
  }

  wss.on('connection', (socket) => {
    const group = groups[nextGroup]!;
    nextGroup = (nextGroup + 1) % PING_GROUPS;
    group.add(socket);
    socket.on('pong', answered);
    socket.once('error', (error) => {
      console.error('Internal error emitted on a WebSocket socket.', error);
      socket.close(CloseCode.InternalServerError, closeReason(error));
    });
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) => {
          if (socket.readyState !== socket.OPEN) return;
          const message = sharedJson.splice(data);
          if (socket.bufferedAmount < BACKED_UP_BYTES) return socket.send(message);
          return new Promise<void>((resolve, reject) =>
            socket.send(message, (error) => (error ? reject(error) : resolve())),
          );
        },
        close: (code, reason) => socket.close(code, reason),
        onMessage: (cb) =>
          socket.on('message', (data) => {
            // Binary frames are read as text, as graphql-ws/use/ws does.
            cb(String(data)).catch((error: unknown) => {
              console.error('Internal error occurred during message handling.', error);
              socket.close(CloseCode.InternalServerError, closeReason(error));
            });
          }),
      },
      { socket },
    );
    socket.once('close', (code, reason) => {
      group.delete(socket);
      void closed(code, String(reason));
    });
  });

  return {
    async dispose() {
      if (pinger) clearInterval(pinger);
      for (const client of wss.clients) client.close(1001, 'Going away');
      wss.removeAllListeners();
      await new Promise<void>((resolve, reject) => wss.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** Stands for a `next` payload in the JSON that graphql-ws builds; `splice` puts the payload's JSON in. */
const PLACEHOLDER = '\u0000tiendo:payload\u0000';
const PLACEHOLDER_TAIL = `${JSON.stringify(PLACEHOLDER)}}`;

/**
 * graphql-ws turns each message to a socket into JSON with its own `JSON.stringify`: one shared
 * result sent to 5,000 sockets was serialised 5,000 times. Its replacer sees the `next` message's
 * payload first; this one swaps the payload for a placeholder, keeps the payload's JSON (made once
 * per result object), and `splice` (called at once with graphql-ws's output, before any other
 * message is built) puts it back in place of the placeholder, which ends the message.
 */
function sharedPayloadJson() {
  const made = new WeakMap<object, string>();
  let pending: string | null = null;
  return {
    replacer: function (this: unknown, key: string, value: unknown): unknown {
      if (key !== 'payload' || typeof value !== 'object' || value === null) return value;
      if ((this as { type?: unknown }).type !== 'next') return value;
      let json = made.get(value);
      if (json === undefined) made.set(value, (json = JSON.stringify(value)));
      pending = json;
      return PLACEHOLDER;
    },
    splice(data: string): string {
      const json = pending;
      pending = null;
      if (json === null || !data.endsWith(PLACEHOLDER_TAIL)) return data;
      return `${data.slice(0, -PLACEHOLDER_TAIL.length)}${json}}`;
    },
  };
}
