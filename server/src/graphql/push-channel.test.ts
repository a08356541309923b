import { describe, expect, it } from 'vitest';
import { PushChannel } from './push-channel.js';

describe('PushChannel', () => {
  it('hands values over in order, whether pushed before or after next()', async () => {
    const channel = new PushChannel<number>(() => undefined);
    channel.push(1);
    channel.push(2);
    expect(await channel.next()).toEqual({ done: false, value: 1 });
    expect(await channel.next()).toEqual({ done: false, value: 2 });
    // Nothing queued: this next() waits for the next push.
    const third = channel.next();
    channel.push(3);
    expect(await third).toEqual({ done: false, value: 3 });
    expect(channel.size).toBe(0);
  });

  it('raises a failure after the values queued before it, then ends', async () => {
    let ended = 0;
    const channel = new PushChannel<string>(() => (ended += 1));
    channel.push('a');
    channel.fail(new Error('gone'));
    channel.push('b');
    expect(await channel.next()).toEqual({ done: false, value: 'a' });
    await expect(channel.next()).rejects.toThrow('gone');
    expect(await channel.next()).toEqual({ done: true, value: undefined });
    expect(ended).toBe(1);
  });

  it('ends a waiting consumer and runs onEnd once when the consumer returns', async () => {
    let ended = 0;
    const channel = new PushChannel<string>(() => (ended += 1));
    const waiting = channel.next();
    await channel.return();
    await channel.return();
    expect(await waiting).toEqual({ done: true, value: undefined });
    channel.push('late');
    expect(await channel.next()).toEqual({ done: true, value: undefined });
    expect(ended).toBe(1);
  });

  it('lets a producer wait for room below its high-water mark', async () => {
    const channel = new PushChannel<number>(() => undefined, 2);
    channel.push(1);
    channel.push(2);
    let roomy = false;
    const room = channel.room().then(() => (roomy = true));
    await Promise.resolve();
    expect(roomy).toBe(false);
    await channel.next();
    await room;
    expect(roomy).toBe(true);
  });

  it('works with for await', async () => {
    const channel = new PushChannel<number>(() => undefined);
    setTimeout(() => {
      channel.push(1);
      channel.push(2);
      channel.fail(new Error('stop'));
    }, 1);
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const n of channel) seen.push(n);
      })(),
    ).rejects.toThrow('stop');
    expect(seen).toEqual([1, 2]);
  });
});
