// Request rate limits per client IP and per signed-in user, and sign-in throttling against password
// guessing. In memory for one server; in Redis when REDIS_URL is set, so the limits hold across
// every instance behind the load balancer.
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../../config.js';
import { rateLimited } from '../../graphql/errors.js';

export class RateLimits {
  private readonly redis: Redis | null;
  private readonly perIp: RateLimiterAbstract | null;
  private readonly perUser: RateLimiterAbstract | null;
  private readonly loginByEmailIp: RateLimiterAbstract;
  private readonly loginByIp: RateLimiterAbstract;

  constructor(config: Config) {
    const { limits } = config;
    this.redis = config.redis
      ? new Redis(config.redis.url, { maxRetriesPerRequest: 1, enableOfflineQueue: true, lazyConnect: false })
      : null;
    const make = (keyPrefix: string, points: number, duration: number, blockDuration = 0): RateLimiterAbstract =>
      this.redis
        ? new RateLimiterRedis({
            storeClient: this.redis,
            keyPrefix: `${config.redis!.prefix}:rl:${keyPrefix}`,
            points,
            duration,
            blockDuration,
            // Redis down: fall back to this instance's own counters rather than refusing everyone.
            insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration, blockDuration }),
          })
        : new RateLimiterMemory({ keyPrefix, points, duration, blockDuration });
    this.perIp = limits.perIp > 0 ? make('ip', limits.perIp, limits.windowSeconds) : null;
    this.perUser = limits.perUser > 0 ? make('user', limits.perUser, limits.windowSeconds) : null;
    const block = limits.loginBlockMinutes * 60;
    this.loginByEmailIp = make('login', limits.loginFailures, block, block);
    this.loginByIp = make('login-ip', limits.loginFailuresPerIp, block, block);
  }

  /** Counts one request (HTTP operation or WebSocket connection) from an IP; throws RATE_LIMITED. */
  async consumeIp(ip: string): Promise<void> {
    if (this.perIp) await consume(this.perIp, ip, 'Too many requests from this address');
  }

  /** Counts one operation by a signed-in user; throws RATE_LIMITED. */
  async consumeUser(userId: number): Promise<void> {
    if (this.perUser) await consume(this.perUser, String(userId), 'Too many requests from this account');
  }

  /** Throws RATE_LIMITED while sign-ins for this email from this IP, or from this IP, are blocked. */
  async checkLogin(email: string, ip: string): Promise<void> {
    for (const [limiter, key] of [
      [this.loginByEmailIp, loginKey(email, ip)],
      [this.loginByIp, ip],
    ] as const) {
      const res = await limiter.get(key);
      if (res && res.consumedPoints >= limiter.points) {
        throw rateLimited('Too many failed sign-ins; try again later', res.msBeforeNext / 1000);
      }
    }
  }

  async loginFailed(email: string, ip: string): Promise<void> {
    await Promise.all([
      this.loginByEmailIp.consume(loginKey(email, ip)).catch(ignoreRejection),
      this.loginByIp.consume(ip).catch(ignoreRejection),
    ]);
  }

  /** A correct password clears the failures of that email from that IP. */
  async loginSucceeded(email: string, ip: string): Promise<void> {
    await this.loginByEmailIp.delete(loginKey(email, ip));
  }

  async close(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}

const loginKey = (email: string, ip: string) => `${email.trim().toLowerCase()}|${ip}`;

function ignoreRejection(reason: unknown) {
  if (!(reason instanceof RateLimiterRes)) throw reason;
}

async function consume(limiter: RateLimiterAbstract, key: string, message: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (reason) {
    if (reason instanceof RateLimiterRes) throw rateLimited(message, reason.msBeforeNext / 1000);
    throw reason;
  }
}
