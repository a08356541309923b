// Configuration comes from the environment only, validated once at start with a clear message.
import path from 'node:path';
import { z } from 'zod';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^(sqlite:.+|postgres(ql)?:\/\/.+)$/, 'must be sqlite:PATH or postgres://…')
    .default('sqlite:./data/tiendo.sqlite'),
  TIENDO_ADMIN_EMAIL: z.email().optional(),
  TIENDO_ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, 'must be redis://host:port')
    .optional(),
  TIENDO_REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]{1,60}$/)
    .default('tiendo'),
  TIENDO_SEED: z.enum(['sample', 'none']).optional(),
  TIENDO_SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .default(24 * 7),
  TIENDO_CLIENT_DIST: z.string().optional(),
  TIENDO_REMINDER_INTERVAL_MINUTES: z.coerce.number().min(0).default(60),
  TIENDO_REMINDER_DAYS_BEFORE: z.coerce.number().int().min(0).max(366).default(7),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // Security and operations (README, "Security and Operations"). Unset limits take the defaults below.
  TIENDO_INTROSPECTION: z.enum(['true', 'false']).optional(),
  TIENDO_CORS_ORIGINS: z.string().default(''),
  TIENDO_TRUST_PROXY: z.string().optional(),
  TIENDO_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(2 * 1024 * 1024),
  TIENDO_MAX_DEPTH: z.coerce.number().int().positive().default(12),
  TIENDO_MAX_ALIASES: z.coerce.number().int().nonnegative().default(20),
  TIENDO_MAX_COST: z.coerce.number().int().positive().default(5000),
  TIENDO_MAX_TOKENS: z.coerce.number().int().positive().default(5000),
  TIENDO_MAX_DIRECTIVES: z.coerce.number().int().nonnegative().default(50),
  TIENDO_RATE_LIMIT_USER: z.coerce.number().int().nonnegative().optional(),
  TIENDO_RATE_LIMIT_IP: z.coerce.number().int().nonnegative().optional(),
  TIENDO_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(60),
  TIENDO_LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(10),
  TIENDO_LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().positive().default(100),
  TIENDO_LOGIN_BLOCK_MINUTES: z.coerce.number().int().positive().default(15),
});

/** Limits on what one request may ask for and how often (README, "Security and Operations"). */
export interface Limits {
  bodyBytes: number;
  depth: number;
  aliases: number;
  cost: number;
  tokens: number;
  directives: number;
  /** GraphQL operations per window, per signed-in user and per client IP; 0 turns a limit off. */
  perUser: number;
  perIp: number;
  windowSeconds: number;
  /** Failed sign-ins per email and IP, and per IP, before that key is blocked for blockMinutes. */
  loginFailures: number;
  loginFailuresPerIp: number;
  loginBlockMinutes: number;
}

export type DatabaseConfig = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  admin: { email: string; password: string } | null;
  /** Set when several instances share events and presence through Redis. */
  redis: { url: string; prefix: string } | null;
  seed: 'sample' | 'none';
  sessionTtlHours: number;
  clientDist: string | null;
  /** How often the server checks for reports due soon or missing; 0 turns the check off. */
  reminderIntervalMinutes: number;
  /** How many days before a due date units are reminded. */
  reminderDaysBefore: number;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  production: boolean;
  /** Introspection and Apollo's sandbox: on outside production, or when TIENDO_INTROSPECTION=true. */
  introspection: boolean;
  /** Origins allowed to call the API from a browser besides the server's own. */
  corsOrigins: string[];
  /** Express `trust proxy` (e.g. `loopback` behind nginx), so per-IP limits see the client's address. */
  trustProxy: string | null;
  limits: Limits;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration in the environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (Boolean(e.TIENDO_ADMIN_EMAIL) !== Boolean(e.TIENDO_ADMIN_PASSWORD)) {
    throw new ConfigError(
      'Invalid configuration in the environment:\n  TIENDO_ADMIN_EMAIL and TIENDO_ADMIN_PASSWORD must be set together',
    );
  }
  const production = e.NODE_ENV === 'production';
  for (const origin of e.TIENDO_CORS_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean)) {
    if (!/^https?:\/\/[^/\s]+\/?$/.test(origin)) {
      throw new ConfigError(
        `Invalid configuration in the environment:\n  TIENDO_CORS_ORIGINS: ${origin} is not an origin like https://host`,
      );
    }
  }
  const database: DatabaseConfig = e.DATABASE_URL.startsWith('sqlite:')
    ? { kind: 'sqlite', path: path.resolve(e.DATABASE_URL.slice('sqlite:'.length)) }
    : { kind: 'postgres', url: e.DATABASE_URL };
  return {
    port: e.PORT,
    host: e.HOST,
    database,
    admin:
      e.TIENDO_ADMIN_EMAIL && e.TIENDO_ADMIN_PASSWORD
        ? { email: e.TIENDO_ADMIN_EMAIL.toLowerCase(), password: e.TIENDO_ADMIN_PASSWORD }
        : null,
    redis: e.REDIS_URL ? { url: e.REDIS_URL, prefix: e.TIENDO_REDIS_PREFIX } : null,
    // The sample's demo accounts share a published password: never loaded in production unless asked.
    seed: e.TIENDO_SEED ?? (production ? 'none' : 'sample'),
    sessionTtlHours: e.TIENDO_SESSION_TTL_HOURS,
    clientDist: e.TIENDO_CLIENT_DIST ?? null,
    reminderIntervalMinutes: e.TIENDO_REMINDER_INTERVAL_MINUTES,
    reminderDaysBefore: e.TIENDO_REMINDER_DAYS_BEFORE,
    logLevel: e.LOG_LEVEL,
    production,
    introspection: e.TIENDO_INTROSPECTION ? e.TIENDO_INTROSPECTION === 'true' : !production,
    corsOrigins: e.TIENDO_CORS_ORIGINS.split(',')
      .map((o) => o.trim().replace(/\/$/, ''))
      .filter(Boolean),
    trustProxy: e.TIENDO_TRUST_PROXY ?? null,
    limits: {
      bodyBytes: e.TIENDO_MAX_BODY_BYTES,
      depth: e.TIENDO_MAX_DEPTH,
      aliases: e.TIENDO_MAX_ALIASES,
      cost: e.TIENDO_MAX_COST,
      tokens: e.TIENDO_MAX_TOKENS,
      directives: e.TIENDO_MAX_DIRECTIVES,
      // Strict in production; outside it, high enough for load tests and browser suites on one machine.
      perUser: e.TIENDO_RATE_LIMIT_USER ?? (production ? 600 : 100_000),
      perIp: e.TIENDO_RATE_LIMIT_IP ?? (production ? 1200 : 200_000),
      windowSeconds: e.TIENDO_RATE_LIMIT_WINDOW_SECONDS,
      loginFailures: e.TIENDO_LOGIN_MAX_FAILURES,
      loginFailuresPerIp: e.TIENDO_LOGIN_MAX_FAILURES_PER_IP,
      loginBlockMinutes: e.TIENDO_LOGIN_BLOCK_MINUTES,
    },
  };
}
