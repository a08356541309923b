import crypto from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { InProcessActivityBus, type ActivityBus, type BusMessage, type NotificationMessage } from './activity-bus.js';
import type { ActivityEvent } from './activity-event.entity.js';

interface Envelope {
  origin: string;
  message: BusMessage | NotificationMessage;
}

/** Dates travel as ISO strings; bring them back. */
function revive(message: BusMessage | NotificationMessage): BusMessage | NotificationMessage {
  if (message.kind === 'notification') return message;
  if (message.kind === 'event') {
    return { kind: 'event', event: { ...message.event, at: new Date(message.event.at) } as ActivityEvent };
  }
  return { ...message, viewers: message.viewers.map((v) => ({ ...v, since: new Date(v.since) })) };
}

/**
 * Carries messages between server instances over Redis pub/sub. Each instance delivers its own
 * messages to its local subscribers at once and ignores their echo from Redis.
 */
export class RedisActivityBus implements ActivityBus {
  readonly instanceId = crypto.randomUUID();
  private readonly local: InProcessActivityBus;
  private readonly ready: Promise<unknown>;

  constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly channel: string,
    private readonly log: Logger,
  ) {
    this.local = new InProcessActivityBus((err) => log.error({ err }, 'an activity subscriber failed'));
    this.subscriber.on('message', (channel: string, raw: string) => {
      if (channel !== this.channel) return;
      try {
        const envelope = JSON.parse(raw) as Envelope;
        if (envelope.origin !== this.instanceId) this.local.publish(revive(envelope.message));
      } catch (err) {
        this.log.error({ err }, 'unreadable message on the activity channel');
      }
    });
    this.ready = this.subscriber.subscribe(this.channel);
  }

  /** Resolves once this instance listens on the channel. */
  whenReady(): Promise<unknown> {
    return this.ready;
  }

  publish(message: BusMessage | NotificationMessage): void {
    this.local.publish(message);
    const envelope: Envelope = { origin: this.instanceId, message };
    this.publisher.publish(this.channel, JSON.stringify(envelope)).catch((err: unknown) => {
      // Other instances' subscribers catch up from the database log when the next event reaches them.
      this.log.error({ err }, 'could not publish to Redis');
    });
  }

  subscribe(planId: number, listener: (message: BusMessage) => void): () => void {
    return this.local.subscribe(planId, listener);
  }

  subscribeUser(userId: number, listener: (message: NotificationMessage) => void): () => void {
    return this.local.subscribeUser(userId, listener);
  }

  async close(): Promise<void> {
    await this.local.close();
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
  }
}
