// Starts a real server on an ephemeral port with a fresh SQLite file in a temp folder, and talks
// to it over real HTTP. Nothing of ours is mocked.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { loadConfig, type Config } from '../config.js';
import { startApp, type App, type AppOptions } from '../app.js';

export const ADMIN = { email: 'admin@tiendo.test', password: 'admin-password-1' };

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
  extensions?: { sqlStatements?: number };
}

export interface TestServer {
  app: App;
  dir: string;
  dbPath: string;
  config: Config;
  /** Posts a GraphQL operation, signed in with the token when given. */
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GraphQLResponse<T>>;
  /** Signs in and returns the bearer token. */
  login(email: string, password?: string): Promise<string>;
  /** Stops the server and starts it again on the same database file. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export function tempDir(prefix = 'tiendo-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * The suite runs once on SQLite and once on PostgreSQL: the PostgreSQL run sets DATABASE_URL to a
 * server (see vitest.config.ts) and each test server gets a database of its own there.
 */
const postgresBase = /^postgres(ql)?:/.test(process.env.DATABASE_URL ?? '') ? process.env.DATABASE_URL! : null;

async function withPostgresAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresBase! });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `tiendo_test_${crypto.randomBytes(6).toString('hex')}`;
  await withPostgresAdmin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(postgresBase!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withPostgresAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

export async function startTestServer(
  options: { env?: Record<string, string>; dir?: string } & AppOptions = {},
): Promise<TestServer> {
  const dir = options.dir ?? tempDir();
  const dbPath = path.join(dir, 'tiendo.sqlite');
  const postgres = postgresBase && !options.env?.DATABASE_URL ? await createTestDatabase() : null;
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: postgres ? postgres.url : `sqlite:${dbPath}`,
    TIENDO_ADMIN_EMAIL: ADMIN.email,
    TIENDO_ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const appOptions: AppOptions = { log: pino({ level: 'silent' }), clock: options.clock };
  let app = await startApp(config, appOptions);

  const server: TestServer = {
    get app() {
      return app;
    },
    dir,
    dbPath,
    config,
    async gql(query, variables, token) {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GraphQLResponse<any>;
    },
    async login(email, password = 'tiendo2020') {
      const res = await server.gql<{ login: { token: string } }>(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: email, p: password },
      );
      if (!res.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(res.errors)}`);
      return res.data.login.token;
    },
    async restart() {
      await app.close();
      app = await startApp(config, appOptions);
    },
    async stop() {
      await app.close();
      await postgres?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}
