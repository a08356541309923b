import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import { InProcessActivityBus, type ActivityBus } from './activity-bus.js';
import { PresenceTracker, RedisPresence, type Presence } from './presence.js';
import { RedisActivityBus } from './redis-bus.js';

export interface Live {
  bus: ActivityBus;
  presence: Presence;
  close(): Promise<void>;
}

/** In-process for one server; through Redis (REDIS_URL) when several instances share the work. */
export async function createLive(config: Config, log: Logger): Promise<Live> {
  if (!config.redis) {
    const bus = new InProcessActivityBus((err) => log.error({ err }, 'an activity subscriber failed'));
    const presence = new PresenceTracker(bus);
    return {
      bus,
      presence,
      async close() {
        await presence.close();
        await bus.close();
      },
    };
  }
  const { url, prefix } = config.redis;
  const connect = () => new Redis(url, { maxRetriesPerRequest: 3, lazyConnect: false });
  const bus = new RedisActivityBus(connect(), connect(), `${prefix}:activity`, log);
  await bus.whenReady();
  const commands = connect();
  const presence = new RedisPresence(commands, bus, bus.instanceId, prefix, log);
  return {
    bus,
    presence,
    async close() {
      await presence.close();
      await bus.close();
      await commands.quit().catch(() => undefined);
    },
  };
}
