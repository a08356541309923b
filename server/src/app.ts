import 'reflect-metadata';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import crypto from 'node:crypto';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import pino, { type Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import type { AppDeps, RequestContext } from './context.js';
import { createDataSource } from './db/data-source.js';
import { SqlStatementCounter } from './db/sql-counter.js';
import { WriteQueue } from './db/write-queue.js';
import { Writer, type ActivityPublisher } from './db/writer.js';
import { createFormatError } from './graphql/format-error.js';
import { createLoaders, type Loaders } from './graphql/loaders.js';
import { parseShared, subscribeSharingResults, validateShared } from './graphql/shared-execution.js';
import { createSchema, createServices, type Services } from './graphql/schema.js';
import { actorOf } from './permissions/policy.js';
import { loadSampleData } from './seed/sample-data.js';
import type { SubscriptionContext } from './features/activity/activity.service.js';
import { createLive } from './features/activity/live.js';
import { mountReportRoutes } from './features/consolidated-report/report-routes.js';
import { mountStatisticsRoutes } from './features/statistics/statistics-routes.js';
import type { NotificationContext } from './features/notification/notification.service.js';
import type { User } from './features/user/user.entity.js';

export interface App {
  /** http://host:port of the running server. */
  url: string;
  port: number;
  dataSource: DataSource;
  services: Services;
  sql: SqlStatementCounter;
  log: Logger;
  close(): Promise<void>;
}

export interface AppOptions {
  log?: Logger;
  clock?: () => Date;
  /** How often idle sockets are pinged; a socket that does not answer is dropped (and leaves presence). */
  wsKeepAliveMs?: number;
}

const bearer = (header: string | undefined) => /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1] ?? null;

/** Starts Tiến độ: database and migrations, sample data on an empty database, HTTP and GraphQL. */
export async function startApp(config: Config, options: AppOptions = {}): Promise<App> {
  const log = options.log ?? pino({ level: config.logLevel });
  const sql = new SqlStatementCounter();
  const dataSource = createDataSource(config.database, sql, log);
  await dataSource.initialize();

  const live = await createLive(config, log);
  const { bus, presence } = live;
  const publisher: ActivityPublisher = { publish: (event) => bus.publish({ kind: 'event', event }) };
  const writer = new Writer(new WriteQueue(dataSource), publisher);
  const deps: AppDeps = { config, dataSource, writer, log, sql, clock: options.clock ?? (() => new Date()) };
  const services = createServices(deps, { bus, presence });

  // Several instances may start at once on one PostgreSQL database: one at a time migrates and seeds.
  await exclusively(dataSource, async () => {
    await dataSource.runMigrations({ transaction: 'each' });
    if (config.seed === 'sample') await loadSampleData(deps);
    if (config.admin) await services.users.ensureAdmin(config.admin.email, config.admin.password);
  });

  // Reports due soon or missing: checked on a schedule (TIENDO_REMINDER_INTERVAL_MINUTES).
  const stopReminders = services.reminders.schedule(config.reminderIntervalMinutes);

  const schema = await createSchema(services);
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const subscriptions = serveSubscriptions(wsServer, schema, services, dataSource, options.wsKeepAliveMs ?? 5_000);
  const apollo = new ApolloServer<RequestContext & { token: string | null }>({
    schema,
    formatError: createFormatError(log, config.production),
    introspection: !config.production,
    // main.ts handles SIGINT/SIGTERM and closes everything in order; Apollo's own handlers would race it.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // We set no cache hints; the default cache-control plugin would wrap every field resolver and
      // run a hook per field (a third of the 2,000-task board's time, see bench/results/latest.md).
      ApolloServerPluginCacheControlDisabled(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await subscriptions.dispose();
            },
          };
        },
      },
      {
        // Outside production, each response says how many SQL statements it cost (tests check it).
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              if (config.production || response.body.kind !== 'single') return;
              response.body.singleResult.extensions = {
                ...response.body.singleResult.extensions,
                sqlStatements: sql.current(),
              };
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    '/graphql',
    // Counting statements per request needs AsyncLocalStorage, whose promise hooks slow every
    // request down; the count is only reported outside production.
    (_req, _res, next) => (config.production ? next() : sql.track(() => next())),
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const token = bearer(req.headers.authorization);
        const user = await services.users.authenticate(token);
        return {
          token,
          user,
          actor: actorOf(user),
          loaders: createLoaders(dataSource),
        };
      },
    }),
  );
  // File downloads (DOCX, CSV, XLSX), signed in with the same bearer token as GraphQL.
  const routeDeps = {
    actorOf: async (req: express.Request) =>
      actorOf(await services.users.authenticate(bearer(req.headers.authorization))),
    log,
  };
  mountReportRoutes(app, routeDeps, services.consolidatedReports);
  mountStatisticsRoutes(app, routeDeps, services.statistics);
  serveClient(app, config, log);

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
  const url = `http://${host}:${port}`;
  log.info({ url: `${url}/graphql` }, 'Tiến độ is listening');

  return {
    url,
    port,
    dataSource,
    services,
    sql,
    log,
    async close() {
      log.debug('closing: HTTP and subscriptions');
      await apollo.stop();
      await stopReminders();
      log.debug('closing: pending writes');
      await writer.drain();
      log.debug('closing: event bus');
      await live.close();
      log.debug('closing: database');
      await dataSource.destroy();
      log.debug('closed');
    },
  };
}

/** Runs work under a PostgreSQL advisory lock (SQLite has one writer anyway). */
export async function exclusively(dataSource: DataSource, work: () => Promise<void>): Promise<void> {
  if (dataSource.options.type !== 'postgres') return work();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const key = 7_461_726_565; // any fixed number, the same for every instance
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [key]);
    await work();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
    await runner.release();
  }
}

/** graphql-ws on the same port and path as HTTP, signed in by `connectionParams.authorization`. */
function serveSubscriptions(
  wsServer: WebSocketServer,
  schema: GraphQLSchema,
  services: Services,
  dataSource: DataSource,
  keepAliveMs: number,
) {
  const users = new WeakMap<object, User | null>();
  const connectionIds = new WeakMap<object, string>();
  return useServer<Record<string, unknown> | undefined, { socket: WebSocket }>(
    {
      schema,
      // Thousands of viewers send the same subscription: parse and validate it once.
      parse: parseShared,
      validate: validateShared,
      // Viewers of one event who ask the same thing as the same user share one execution of it.
      subscribe: (args) =>
        subscribeSharingResults(args, (context) => {
          const user = (context as SubscriptionContext).user;
          return user ? `user:${user.id}` : 'anonymous';
        }),
      // A token that is present but unknown, expired or revoked closes the socket with 4403;
      // no token at all is an anonymous viewer, who may watch public plans only.
      onConnect: async (ctx) => {
        const raw = ctx.connectionParams?.authorization ?? ctx.connectionParams?.token;
        const token = typeof raw === 'string' ? (bearer(raw) ?? raw) : null;
        const user = token ? await services.users.authenticate(token) : null;
        if (token && !user) return false;
        users.set(ctx.extra.socket, user);
        connectionIds.set(ctx.extra.socket, crypto.randomUUID());
        return true;
      },
      context: (ctx): SubscriptionContext & NotificationContext => {
        const user = users.get(ctx.extra.socket) ?? null;
        // Made on first use: a subscription's events come with their own shared loaders, and
        // thousands of idle subscribers should not each hold a set.
        let loaders: Loaders | null = null;
        return {
          user,
          actor: actorOf(user),
          get loaders() {
            return (loaders ??= createLoaders(dataSource));
          },
          set loaders(value: Loaders) {
            loaders = value;
          },
          activity: services.activity,
          notifications: services.notifications,
          connectionId: connectionIds.get(ctx.extra.socket) ?? crypto.randomUUID(),
          closeSocket: (code, reason) => ctx.extra.socket.close(code, reason),
        };
      },
    },
    wsServer,
    keepAliveMs,
  );
}

/** In production the server serves the built client at / on its own port. */
function serveClient(app: express.Express, config: Config, log: Logger) {
  const dist = config.clientDist ?? path.resolve(import.meta.dirname, '../../client/dist');
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    log.debug({ dist }, 'no built client to serve');
    return;
  }
  app.use(express.static(dist, { index: false, maxAge: '1h' }));
  // Client-side routes (/plans/1?view=matrix) all load the app.
  app.get(/^(?!\/graphql).*/, (_req, res) => {
    res.sendFile(path.join(dist, 'index.html'));
  });
}
