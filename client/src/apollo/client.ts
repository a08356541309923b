// One Apollo Client for the app: HTTP for queries and mutations (with the bearer token), graphql-ws
// for subscriptions on the same /graphql path, retrying forever so a board on a projector comes back
// by itself after the network or the server drops.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { getToken, onTokenChange, setToken } from './auth-token.js';
import { connection } from './connection.js';
import { createOfflineLink, startOfflineReplay } from '../features/offline/offline-link.js';

const CLIENT_RESTART = 4205;

function wsUrl(): string {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

export function createWsClient() {
  let activeSocket: WebSocket | null = null;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  const client = createClient({
    url: wsUrl(),
    lazy: true,
    lazyCloseTimeout: 3_000,
    keepAlive: 10_000,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((r) => setTimeout(r, Math.min(5_000, 500 * 2 ** retries))),
    connectionParams: () => {
      const token = getToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      connected: (socket) => {
        activeSocket = socket as WebSocket;
        connection.connected();
      },
      closed: (event) => {
        activeSocket = null;
        clearTimeout(pongTimer);
        // 1000: the lazy client closed an unused socket; anything else is a lost connection.
        const code = (event as CloseEvent | undefined)?.code;
        if (code === 1000) connection.idle();
        else connection.lost();
        // 4403: the server no longer accepts the token (expired, signed out elsewhere): carry on
        // anonymously rather than retry with it forever.
        if (code === 4403 && getToken()) setToken(null);
      },
      ping: (received) => {
        // A socket whose server stopped answering is closed, so the client reconnects and resumes.
        if (!received)
          pongTimer = setTimeout(() => {
            if (activeSocket?.readyState === WebSocket.OPEN) activeSocket.close(4408, 'Request Timeout');
          }, 5_000);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
    },
  });
  /** Reconnects with the current token (after signing in or out); subscriptions resume. */
  const restart = () => {
    if (activeSocket?.readyState === WebSocket.OPEN) activeSocket.close(CLIENT_RESTART, 'Client Restart');
  };
  return { client, restart };
}

export function createApolloClient() {
  const ws = createWsClient();
  const http = new HttpLink({ uri: '/graphql' });
  const auth = new SetContextLink(({ headers }) => {
    const token = getToken();
    return { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });
  const link = ApolloLink.split(
    ({ query }) => isSubscriptionOperation(query),
    new GraphQLWsLink(ws.client),
    // Mutations made offline wait in a queue that survives reloads (features/offline).
    ApolloLink.from([createOfflineLink(), auth, http]),
  );
  const client = new ApolloClient({
    link,
    cache: new InMemoryCache({
      typePolicies: {
        // Lists on a task are replaced as a whole by the server's answer.
        Task: { fields: { assignments: { merge: false }, comments: { merge: false }, reports: { merge: false } } },
        Plan: { fields: { tasks: { merge: false } } },
      },
    }),
  });
  onTokenChange(() => {
    ws.restart();
  });
  startOfflineReplay(client);
  return client;
}
