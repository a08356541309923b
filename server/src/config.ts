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
  TIENDO_SEED: z.enum(['sample', 'none']).default('sample'),
  TIENDO_SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .default(24 * 7),
  TIENDO_CLIENT_DIST: z.string().optional(),
  TIENDO_REMINDER_INTERVAL_MINUTES: z.coerce.number().min(0).default(60),
  TIENDO_REMINDER_DAYS_BEFORE: z.coerce.number().int().min(0).max(366).default(7),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

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
    seed: e.TIENDO_SEED,
    sessionTtlHours: e.TIENDO_SESSION_TTL_HOURS,
    clientDist: e.TIENDO_CLIENT_DIST ?? null,
    reminderIntervalMinutes: e.TIENDO_REMINDER_INTERVAL_MINUTES,
    reminderDaysBefore: e.TIENDO_REMINDER_DAYS_BEFORE,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
  };
}
