import { ActivityType } from '@tiendo/shared';
import { describe, expect, it } from 'vitest';
import { InProcessActivityBus, type BusMessage } from './activity-bus.js';
import type { ActivityEvent } from './activity-event.entity.js';

const event = (seq: number): BusMessage => ({
  kind: 'event',
  event: { planId: 1, seq, type: ActivityType.REPORT_SUBMITTED } as ActivityEvent,
});
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
const seqOf = (m: BusMessage) => (m.kind === 'event' ? m.event.seq : -1);

describe('InProcessActivityBus', () => {
  it('returns from publish before any listener runs (the writer answers first)', async () => {
    const bus = new InProcessActivityBus();
    const got: number[] = [];
    bus.subscribe(1, (m) => got.push(seqOf(m)));
    bus.publish(event(1));
    expect(got).toEqual([]);
    await turn();
    expect(got).toEqual([1]);
  });

  it('gives 2,000 listeners every message in publishing order, a slice of them per turn', async () => {
    const bus = new InProcessActivityBus();
    const got = Array.from({ length: 2000 }, () => [] as number[]);
    got.forEach((list) => bus.subscribe(1, (m) => list.push(seqOf(m))));
    bus.publish(event(1));
    bus.publish(event(2));
    bus.publish(event(3));
    await turn();
    // One turn reaches only part of the listeners: the event loop is not held for the whole fan-out.
    const reached = got.filter((l) => l.length > 0).length;
    expect(reached).toBeGreaterThan(0);
    expect(reached).toBeLessThan(2000);
    for (let i = 0; i < 20; i++) await turn();
    for (const list of got) expect(list).toEqual([1, 2, 3]);
  });

  it('skips a listener that unsubscribed while a message was on its way, and survives one that throws', async () => {
    const errors: unknown[] = [];
    const bus = new InProcessActivityBus((e) => errors.push(e));
    const got: string[] = [];
    bus.subscribe(1, () => {
      throw new Error('broken listener');
    });
    const stop = bus.subscribe(1, () => got.push('left'));
    bus.subscribe(1, () => got.push('stayed'));
    bus.subscribe(2, () => got.push('other plan'));
    bus.publish(event(1));
    stop();
    await turn();
    expect(got).toEqual(['stayed']);
    expect(errors).toHaveLength(1);
  });
});
