import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { SqlStatementCounter } from './db/sql-counter.js';
import type { Writer } from './db/writer.js';
import type { RateLimits } from './features/security/rate-limits.js';
import type { User } from './features/user/user.entity.js';
import type { Loaders } from './graphql/loaders.js';
import type { Actor } from './permissions/policy.js';

/** What services are built from, once per server. */
export interface AppDeps {
  config: Config;
  dataSource: DataSource;
  writer: Writer;
  log: Logger;
  sql: SqlStatementCounter;
  /** The current time; tests fix it to check deadlines on given dates. */
  clock: () => Date;
  /** Request rate limits and sign-in throttling (per server, or shared through Redis). */
  limits: RateLimits;
}

/** What each GraphQL operation runs with. */
export interface RequestContext {
  actor: Actor | null;
  user: User | null;
  loaders: Loaders;
  /** The client's address (behind a proxy, as TIENDO_TRUST_PROXY allows); for sign-in throttling. */
  ip?: string;
}
