// The board's live side: planActivity events applied to the Apollo cache, the cards that just
// changed, the activity feed and who is watching. Events are taken once each, in seq order: after a
// dropped connection the subscription resumes with `after` = the last seq seen, so nothing is missed.
import { type ApolloCache, type Reference } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { ActivityType } from '@tiendo/shared';
import { useEffect, useRef, useState } from 'react';
import { useConnection } from '../../apollo/connection.js';
import type { PlanActivitySubscription, ViewersQuery } from '../../gql/graphql.js';
import { PlanActivityDocument, ViewersDocument } from './documents.js';

export type PlanEvent = PlanActivitySubscription['planActivity'];
export type Viewer = ViewersQuery['viewers'][number];

/** How long a card stays highlighted after it changed. */
export const HIGHLIGHT_MS = 5_000;
const FEED_SIZE = 40;
/** On opening a board, the last few logged events fill the feed. */
const FEED_BACKLOG = 15;

export interface LiveBoard {
  /** Task id → when it last changed live (ms). */
  changed: ReadonlyMap<string, number>;
  feed: PlanEvent[];
  viewers: Viewer[];
  lastSeq: number;
}

/** Adds a new report or comment to the task's lists when the panel has them cached. */
function applyToLists(cache: ApolloCache, event: PlanEvent) {
  const taskId = event.task && cache.identify({ __typename: 'Task', id: event.task.id });
  if (!taskId) return;
  if (event.type === ActivityType.REPORT_SUBMITTED && event.report) {
    const ref = cache.identify({ __typename: 'ProgressReport', id: event.report.id });
    cache.modify<{ reports: Reference[] }>({
      id: taskId,
      fields: {
        reports: (existing, { readField }) =>
          existing.some((r) => readField('id', r) === event.report!.id) ? existing : [{ __ref: ref! }, ...existing],
      },
    });
  }
  if (event.type === ActivityType.COMMENT_ADDED && event.comment) {
    const ref = cache.identify({ __typename: 'Comment', id: event.comment.id });
    cache.modify<{ comments: Reference[] }>({
      id: taskId,
      fields: {
        comments: (existing, { readField }) =>
          existing.some((c) => readField('id', c) === event.comment!.id) ? existing : [...existing, { __ref: ref! }],
      },
    });
  }
  if (event.type === ActivityType.TASK_CREATED) {
    const planId = cache.identify({ __typename: 'Plan', id: event.planId });
    cache.modify<{ tasks: Reference[] }>({
      id: planId,
      fields: {
        tasks: (existing, { readField }) =>
          existing.some((t) => readField('id', t) === event.task!.id) ? existing : [...existing, { __ref: taskId }],
      },
    });
  }
}

export function useLiveBoard(planId: string, startSeq: number | null): LiveBoard {
  const client = useApolloClient();
  const { resumes } = useConnection();
  const viewersQuery = useQuery(ViewersDocument, { variables: { planId }, fetchPolicy: 'network-only' });
  const [changed, setChanged] = useState<Map<string, number>>(() => new Map());
  const [feed, setFeed] = useState<PlanEvent[]>([]);
  const [liveViewers, setLiveViewers] = useState<Viewer[] | null>(null);
  const [lastSeq, setLastSeq] = useState(0);
  // The last seq taken; a ref so a resubscription reads it without restarting on every event.
  const seen = useRef<number | null>(null);
  const boardSeq = useRef<number | null>(null);

  useEffect(() => {
    if (startSeq === null) return;
    if (seen.current === null) {
      boardSeq.current = startSeq;
      seen.current = Math.max(0, startSeq - FEED_BACKLOG);
    }
    const after = seen.current;
    const subscription = client.subscribe({ query: PlanActivityDocument, variables: { planId, after } }).subscribe({
      next: ({ data }) => {
        const event = data?.planActivity;
        if (!event) return;
        if (event.type === ActivityType.PRESENCE_CHANGED) {
          if (event.viewers) setLiveViewers(event.viewers);
          return;
        }
        if (event.seq <= (seen.current ?? 0)) return; // already taken (replayed twice around a reconnect)
        seen.current = event.seq;
        setLastSeq(event.seq);
        applyToLists(client.cache, event);
        setFeed((f) => [event, ...f].slice(0, FEED_SIZE));
        // Events replayed from before the board was loaded are history, not news.
        if (event.task && event.seq > (boardSeq.current ?? 0)) {
          const id = event.task.id;
          setChanged((m) => new Map(m).set(id, Date.now()));
        }
      },
    });
    return () => subscription.unsubscribe();
    // Resubscribe (with after = last seen) whenever the socket reconnects.
  }, [client, planId, startSeq, resumes]);

  // Highlights fade: forget changes older than HIGHLIGHT_MS.
  const highlighting = changed.size > 0;
  useEffect(() => {
    if (!highlighting) return;
    const timer = setInterval(() => {
      const now = Date.now();
      setChanged((m) => {
        const next = new Map([...m].filter(([, at]) => now - at < HIGHLIGHT_MS));
        return next.size === m.size ? m : next;
      });
    }, 1_000);
    return () => clearInterval(timer);
  }, [highlighting]);

  return {
    changed,
    feed,
    viewers: liveViewers ?? viewersQuery.data?.viewers ?? [],
    lastSeq,
  };
}
