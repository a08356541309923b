// The board's live side: planActivity events applied to the Apollo cache, the cards that just
// changed, the activity feed and who is watching. Events are taken once each, in seq order: after a
// dropped connection the subscription resumes with `after` = the last seq seen, so nothing is missed.
// Events are applied in batches (one cache broadcast and one render per batch), so a board of
// 2,000 tasks stays smooth under tens of events a second.
import type { ApolloCache, Reference } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { ActivityType } from '@tiendo/shared';
import { useEffect, useRef, useState } from 'react';
import { useConnection } from '../../apollo/connection.js';
import type { PlanActivitySubscription, ViewersQuery } from '../../gql/graphql.js';
import { CommentFields, LiveTaskFields, PlanActivityDocument, ReportFields, ViewersDocument } from './documents.js';

export type PlanEvent = PlanActivitySubscription['planActivity'];
export type Viewer = ViewersQuery['viewers'][number];

/** How long a card stays highlighted after it changed. */
export const HIGHLIGHT_MS = 5_000;
const FEED_SIZE = 40;
/** On opening a board, the last few logged events fill the feed. */
const FEED_BACKLOG = 15;
/** Events arriving within this window are applied together. */
const BATCH_MS = 150;

export interface LiveBoard {
  /** Task id → when it last changed live (ms). */
  changed: ReadonlyMap<string, number>;
  feed: PlanEvent[];
  viewers: Viewer[];
  lastSeq: number;
}

function prepend(
  list: readonly Reference[],
  ref: string | undefined,
  at: 'start' | 'end',
  readId: (r: Reference) => unknown,
  id: string,
) {
  if (!ref || list.some((r) => readId(r) === id)) return list;
  return at === 'start' ? [{ __ref: ref }, ...list] : [...list, { __ref: ref }];
}

/** Writes one event into the cache: the task (and its parents' roll-up), a new report or comment. */
function applyEvent(cache: ApolloCache, event: PlanEvent) {
  const task = event.task;
  if (!task) return;
  cache.writeFragment({ fragment: LiveTaskFields, fragmentName: 'LiveTaskFields', data: task });
  const taskId = cache.identify({ __typename: 'Task', id: task.id });
  if (event.type === ActivityType.REPORT_SUBMITTED && event.report) {
    const report = event.report;
    const ref = cache.writeFragment({ fragment: ReportFields, fragmentName: 'ReportFields', data: report });
    cache.modify<{ reports: Reference[] }>({
      id: taskId,
      fields: {
        reports: (list, { readField }) =>
          prepend(list, ref && cache.identify(ref), 'start', (r) => readField('id', r), report.id),
      },
    });
  }
  if (event.type === ActivityType.COMMENT_ADDED && event.comment) {
    const comment = event.comment;
    const ref = cache.writeFragment({ fragment: CommentFields, fragmentName: 'CommentFields', data: comment });
    cache.modify<{ comments: Reference[] }>({
      id: taskId,
      fields: {
        comments: (list, { readField }) =>
          prepend(list, ref && cache.identify(ref), 'end', (r) => readField('id', r), comment.id),
      },
    });
  }
  if (event.type === ActivityType.TASK_CREATED) {
    cache.modify<{ tasks: Reference[] }>({
      id: cache.identify({ __typename: 'Plan', id: event.planId }),
      fields: { tasks: (list, { readField }) => prepend(list, taskId, 'end', (r) => readField('id', r), task.id) },
    });
  }
}

export function useLiveBoard(
  planId: string,
  startSeq: number | null,
  /** Called with each batch of new events, after they are written to the cache. */
  onEvents?: (events: PlanEvent[]) => void,
): LiveBoard {
  const client = useApolloClient();
  const onEventsRef = useRef(onEvents);
  useEffect(() => {
    onEventsRef.current = onEvents;
  }, [onEvents]);
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
    let pending: PlanEvent[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      const events = pending;
      pending = [];
      if (events.length === 0) return;
      // Events replayed from before the board was loaded (the feed's backlog) are history, not news,
      // and already in the board: its plan's seq is read before its tasks, in the same query.
      const news = events.filter((e) => e.seq > (boardSeq.current ?? 0));
      if (news.length) {
        client.cache.batch({
          update: (cache) => {
            for (const e of news) applyEvent(cache, e);
          },
        });
        onEventsRef.current?.(news);
      }
      const now = Date.now();
      const fresh = news.filter((e) => e.task).map((e) => e.task!.id);
      if (fresh.length)
        setChanged((m) => {
          const next = new Map(m);
          for (const id of fresh) next.set(id, now);
          return next;
        });
      setFeed((f) => [...[...events].reverse(), ...f].slice(0, FEED_SIZE));
      setLastSeq(seen.current ?? 0);
    };

    const subscription = client
      // Written to the cache by flush, in batches.
      .subscribe({ query: PlanActivityDocument, variables: { planId, after: seen.current }, fetchPolicy: 'no-cache' })
      .subscribe({
        next: ({ data }) => {
          const event = data?.planActivity;
          if (!event) return;
          if (event.type === ActivityType.PRESENCE_CHANGED) {
            if (event.viewers) setLiveViewers(event.viewers);
            return;
          }
          if (event.seq <= (seen.current ?? 0)) return; // already taken (replayed twice around a reconnect)
          seen.current = event.seq;
          pending.push(event);
          timer ??= setTimeout(flush, BATCH_MS);
        },
      });
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer);
      flush();
    };
    // Resubscribe (with after = last seen) whenever the socket comes back.
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
