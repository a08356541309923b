// The offline queue in Apollo's link chain. A mutation made while the browser is offline, or whose
// request never reached the server, is queued (with a clientMutationId, so sending it twice creates
// one row) and answered locally; the sender replays the queue in order when the network is back.
// While older mutations wait, newer ones queue behind them, so the server sees them in order.
import { ApolloClient, ApolloLink } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { getMainDefinition } from '@apollo/client/utilities';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { catchError, Observable, of } from 'rxjs';
import { connection } from '../../apollo/connection.js';
import { offlineQueue, type QueuedMutation } from './queue.js';

/** Creating mutations: their input takes a clientMutationId, which makes a replay safe. */
const IDEMPOTENT = new Set(['submitProgressReport', 'addComment', 'createTask']);
/** Mutations that may wait for the network. Sign-in and account changes need the server now. */
const QUEUEABLE = new Set([...IDEMPOTENT, 'updateTask', 'assignOrganization', 'unassignOrganization']);

/** The answer a queued mutation gets now: no data yet; the pending list shows it. */
export const QUEUED_EXTENSION = 'offlineQueued';

function rootField(operation: OperationDefinitionNode): string | null {
  const first = operation.selectionSet.selections[0];
  return first?.kind === Kind.FIELD ? first.name.value : null;
}

/** A request that did not reach the server (as opposed to an answer from it). */
export function isNetworkFailure(error: unknown): boolean {
  if (typeof navigator !== 'undefined' && !navigator.onLine) return true;
  if (CombinedGraphQLErrors.is(error)) return false;
  if (ServerError.is(error)) return error.statusCode >= 502; // a proxy that could not reach the server
  return error instanceof TypeError || (error instanceof Error && /fetch|network/i.test(error.message));
}

export function createOfflineLink(): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const definition = getMainDefinition(operation.query);
    const context = operation.getContext() as { offlineReplay?: boolean };
    if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'mutation' || context.offlineReplay) {
      return forward(operation);
    }
    const field = rootField(definition);
    if (!field || !QUEUEABLE.has(field)) return forward(operation);

    const input = operation.variables.input as Record<string, unknown> | undefined;
    if (IDEMPOTENT.has(field) && input && typeof input === 'object' && !input.clientMutationId) {
      operation.variables = { ...operation.variables, input: { ...input, clientMutationId: crypto.randomUUID() } };
    }
    const queue = (): Observable<ApolloLink.Result> => {
      const clientMutationId = (operation.variables.input as { clientMutationId?: string } | undefined)
        ?.clientMutationId;
      const entry = offlineQueue.add({
        id: clientMutationId ?? crypto.randomUUID(),
        field,
        operationName: operation.operationName ?? null,
        query: print(operation.query),
        variables: operation.variables,
      });
      return of({ data: null, extensions: { [QUEUED_EXTENSION]: entry.id } });
    };
    if ((typeof navigator !== 'undefined' && !navigator.onLine) || offlineQueue.hasWaiting()) return queue();
    return forward(operation).pipe(
      catchError((error: unknown) => {
        if (isNetworkFailure(error)) return queue();
        throw error;
      }),
    );
  });
}

type Outcome = 'sent' | 'stop' | 'next';

/** Sends one queued mutation; says whether to go on with the next. */
async function send(client: ApolloClient, entry: QueuedMutation): Promise<Outcome> {
  offlineQueue.update(entry.id, { status: 'sending' });
  try {
    const result = await client.mutate({
      mutation: parse(entry.query),
      variables: entry.variables,
      context: { offlineReplay: true },
      errorPolicy: 'all',
    });
    if (!result.error) {
      offlineQueue.remove(entry.id);
      return 'sent';
    }
    throw result.error;
  } catch (error) {
    if (isNetworkFailure(error)) {
      const message = error instanceof Error ? error.message : String(error);
      offlineQueue.update(entry.id, { status: 'pending', error: { code: 'NETWORK', message } });
      return 'stop';
    }
    const first = CombinedGraphQLErrors.is(error) ? error.errors[0] : null;
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'ERROR';
    const message = first?.message ?? (error instanceof Error ? error.message : String(error));
    // Signed out or throttled: it stays pending, to go once that is over.
    if (code === 'UNAUTHENTICATED' || code === 'RATE_LIMITED' || (ServerError.is(error) && error.statusCode === 429)) {
      offlineQueue.update(entry.id, { status: 'pending', error: { code, message } });
      return 'stop';
    }
    offlineQueue.update(entry.id, { status: code === 'CONFLICT' ? 'conflict' : 'rejected', error: { code, message } });
    return 'next';
  }
}

let flushing: Promise<void> | null = null;

/** Sends the pending mutations one by one, oldest first, then refreshes what is on screen. */
export function flushOfflineQueue(client: ApolloClient): Promise<void> {
  if (flushing) return flushing;
  const run = async () => {
    let sent = 0;
    for (;;) {
      if (typeof navigator !== 'undefined' && !navigator.onLine) break;
      const next = offlineQueue.pending()[0];
      if (!next) break;
      const outcome = await send(client, next);
      if (outcome === 'sent') sent++;
      if (outcome === 'stop') break;
    }
    if (sent > 0) await client.refetchQueries({ include: 'active' }).catch(() => undefined);
  };
  // Cleared in .finally (a later microtask), not inside run(): a run that ends without awaiting
  // would clear it before it is set, and block every later flush.
  flushing = run().finally(() => {
    flushing = null;
  });
  return flushing;
}

/** Replays the queue at start, whenever the network or the live connection comes back, and every 15 s. */
export function startOfflineReplay(client: ApolloClient): () => void {
  const flush = () => {
    if (offlineQueue.pending().length > 0) void flushOfflineQueue(client);
  };
  window.addEventListener('online', flush);
  const unsubscribe = connection.subscribe(() => {
    if (connection.get().status === 'online') flush();
  });
  const timer = setInterval(flush, 15_000);
  setTimeout(flush, 0);
  return () => {
    window.removeEventListener('online', flush);
    unsubscribe();
    clearInterval(timer);
  };
}
