import { GraphQLObjectType, GraphQLSchema, GraphQLString, parse, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { subscribeSharingResults } from './shared-execution.js';

/** A subscription whose field counts its executions and shows the viewer, fed by hand. */
function setup() {
  let executions = 0;
  const feeds: ((event: object) => void)[] = [];
  let ended = 0;
  const Event = new GraphQLObjectType({
    name: 'Event',
    fields: {
      text: { type: GraphQLString },
      seenBy: {
        type: GraphQLString,
        // Resolved later, as loaders do: subscribers that arrive meanwhile share the pending result.
        resolve: async (_e, _a, ctx: { viewer: string }) => {
          executions += 1;
          await new Promise((r) => setTimeout(r, 1));
          return ctx.viewer;
        },
      },
    },
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        events: {
          type: Event,
          subscribe: () => {
            const queue: object[] = [];
            let wake: (() => void) | null = null;
            feeds.push((e) => {
              queue.push(e);
              wake?.();
            });
            return {
              [Symbol.asyncIterator]() {
                return this;
              },
              async next() {
                while (queue.length === 0) await new Promise<void>((r) => (wake = r));
                return { done: false, value: queue.shift() };
              },
              async return() {
                ended += 1;
                return { done: true, value: undefined };
              },
            };
          },
          resolve: (e: object) => e,
        },
      },
    }),
  });
  const subscribe = async (viewer: string) =>
    (await subscribeSharingResults(
      { schema, document: parse('subscription { events { text seenBy } }'), contextValue: { viewer } },
      (ctx) => (ctx as { viewer: string }).viewer,
    )) as AsyncGenerator<ExecutionResult>;
  return {
    subscribe,
    publish: (e: object) => feeds.forEach((f) => f(e)),
    executions: () => executions,
    ended: () => ended,
  };
}

describe('subscribeSharingResults', () => {
  it('executes one event once per viewer, however many subscribers that viewer has', async () => {
    const s = setup();
    const [a1, a2, a3, b] = await Promise.all([s.subscribe('a'), s.subscribe('a'), s.subscribe('a'), s.subscribe('b')]);
    const event = { text: 'Đã gửi báo cáo' };
    s.publish(event);
    const results = await Promise.all([a1, a2, a3, b].map((it) => it.next()));
    expect(results.map((r) => r.value.data)).toEqual([
      { events: { text: 'Đã gửi báo cáo', seenBy: 'a' } },
      { events: { text: 'Đã gửi báo cáo', seenBy: 'a' } },
      { events: { text: 'Đã gửi báo cáo', seenBy: 'a' } },
      { events: { text: 'Đã gửi báo cáo', seenBy: 'b' } },
    ]);
    expect(s.executions()).toBe(2);

    // Another event object is executed afresh.
    s.publish({ text: 'Bình luận mới' });
    await Promise.all([a1, a2, a3, b].map((it) => it.next()));
    expect(s.executions()).toBe(4);
  });

  it('costs the same executions per event for 1 subscriber as for 500', async () => {
    const perEvent = async (subscribers: number) => {
      const s = setup();
      const its = await Promise.all(Array.from({ length: subscribers }, () => s.subscribe('anonymous')));
      for (const text of ['một', 'hai', 'ba']) {
        s.publish({ text });
        // Half take it at once, half after the shared execution has finished.
        const first = await Promise.all(its.slice(0, subscribers / 2 || 1).map((it) => it.next()));
        const rest = await Promise.all(its.slice(subscribers / 2 || 1).map((it) => it.next()));
        for (const r of [...first, ...rest]) expect(r.value.data).toEqual({ events: { text, seenBy: 'anonymous' } });
      }
      return s.executions() / 3;
    };
    expect(await perEvent(1)).toBe(1);
    expect(await perEvent(500)).toBe(1);
  });

  it('ends the source when a subscriber leaves', async () => {
    const s = setup();
    const it1 = await s.subscribe('a');
    await it1.return(undefined);
    expect(s.ended()).toBe(1);
  });
});
