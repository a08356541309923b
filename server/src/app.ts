import 'reflect-metadata';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { WebSocketServer, type WebSocket } from 'ws';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { GraphQLError, specifiedRules, type GraphQLSchema, type ValidationRule } from 'graphql';
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
import { serveGraphqlWs } from './graphql/ws-transport.js';
import { createSchema, createServices, type Services } from './graphql/schema.js';
import { actorOf, type Actor } from './permissions/policy.js';
import { loadSampleData } from './seed/sample-data.js';
import type { SubscriptionContext } from './features/activity/activity.service.js';
import { createLive } from './features/activity/live.js';
import { mountReportRoutes } from './features/consolidated-report/report-routes.js';
import { mountStatisticsRoutes } from './features/statistics/statistics-routes.js';
import type { NotificationContext } from './features/notification/notification.service.js';
import type { User } from './features/user/user.entity.js';
import {
  armorFor,
  checkTokens,
  clientAddress,
  originAllowed,
  securityHeaders,
  strictCors,
  trustProxySetting,
  wellFormed,
} from './features/security/hardening.js';
import { RateLimits } from './features/security/rate-limits.js';

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
  const limits = new RateLimits(config);
  const deps: AppDeps = {
    config,
    dataSource,
    writer,
    log,
    sql,
    clock: options.clock ?? (() => new Date()),
    limits,
  };
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
  app.set('trust proxy', trustProxySetting(config));
  const ipOf = clientAddress(config);
  const httpServer = http.createServer(app);
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: config.limits.bodyBytes,
    // ws's default, said out loud: compressing each socket's copy of an event costs CPU and a zlib
    // context per socket, for messages of a few hundred bytes.
    perMessageDeflate: false,
    // Browsers from other sites may not open sockets; each handshake counts against the IP's limit.
    verifyClient: (info, done) => {
      if (!originAllowed(config, info.req)) return done(false, 403, 'Origin not allowed');
      limits.consumeIp(ipOf(info.req)).then(
        () => done(true),
        (error: unknown) => {
          const retryAfter = error instanceof GraphQLError ? String(error.extensions.retryAfter ?? 60) : '60';
          done(false, 429, 'Too Many Requests', { 'Retry-After': retryAfter });
        },
      );
    },
  });
  const armor = armorFor(config);
  const formatError = createFormatError(log, config.production);
  const subscriptions = serveSubscriptions(wsServer, schema, services, dataSource, options.wsKeepAliveMs ?? 5_000, {
    config,
    limits,
    validationRules: armor.validationRules,
    formatError,
  });
  const apollo = new ApolloServer<RequestContext & { token: string | null }>({
    schema,
    formatError,
    introspection: config.introspection,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: config.limits.tokens },
    // No automatic persisted queries: the client sends full documents, and an unbounded query cache
    // keyed by client-chosen hashes is one more thing to attack.
    persistedQueries: false,
    allowBatchedHttpRequests: false,
    // Kept on: a browser cannot send a query here without a preflight (JSON body or a custom header).
    csrfPrevention: true,
    // main.ts handles SIGINT/SIGTERM and closes everything in order; Apollo's own handlers would race it.
    stopOnTerminationSignals: false,
    plugins: [
      // Armor's types come from Apollo's CommonJS build; the plugins are the same at run time.
      ...(armor.plugins as unknown as ApolloServerPlugin<RequestContext & { token: string | null }>[]),
      config.introspection
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
        : ApolloServerPluginLandingPageDisabled(),
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

  app.use(securityHeaders(config));
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    '/graphql',
    strictCors(config),
    ((req, res, next) => {
      if (req.method === 'OPTIONS') return next();
      limits.consumeIp(req.ip ?? ipOf(req)).then(
        () => next(),
        (error: unknown) => {
          if (!(error instanceof GraphQLError)) return next(error);
          res.status(429).set('retry-after', String(error.extensions.retryAfter)).json(graphqlErrorBody(error));
        },
      );
    }) satisfies express.RequestHandler,
    // Counting statements per request needs AsyncLocalStorage, whose promise hooks slow every
    // request down; the count is only reported outside production.
    ((_req, _res, next) => (config.production ? next() : sql.track(() => next()))) satisfies express.RequestHandler,
    express.json({ limit: config.limits.bodyBytes }),
    ((req, _res, next) => {
      if (req.body && typeof req.body === 'object') wellFormed((req.body as { variables?: unknown }).variables);
      next();
    }) satisfies express.RequestHandler,
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const token = bearer(req.headers.authorization);
        const user = await services.users.authenticate(token);
        if (user) await limits.consumeUser(user.id);
        return {
          token,
          user,
          actor: actorOf(user),
          loaders: createLoaders(dataSource),
          ip: req.ip ?? ipOf(req),
        };
      },
    }),
    // A body too large or not JSON is answered as a GraphQL error, like everything else on /graphql.
    ((error: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
      const status = (error as { status?: number }).status ?? 500;
      if (res.headersSent || status >= 500) return next(error);
      const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
      const message =
        status === 413 ? `Request body larger than ${config.limits.bodyBytes} bytes` : 'Malformed request body';
      res.status(status).json({ errors: [{ message, extensions: { code } }] });
    }) satisfies express.ErrorRequestHandler,
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
  // Requests Node refuses before express sees them (headers too large, malformed HTTP) are answered
  // as GraphQL errors too, instead of an empty body.
  httpServer.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const body = JSON.stringify({
      errors: [
        {
          message: tooLarge ? 'Request headers too large' : 'Malformed HTTP request',
          extensions: { code: tooLarge ? 'REQUEST_HEADER_FIELDS_TOO_LARGE' : 'BAD_REQUEST' },
        },
      ],
    });
    socket.end(
      `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\n` +
        `content-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
        `connection: close\r\n\r\n${body}`,
    );
  });
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
      await limits.close();
      log.debug('closing: database');
      await dataSource.destroy();
      log.debug('closed');
    },
  };
}

function graphqlErrorBody(error: GraphQLError) {
  const { http: _http, ...extensions } = error.extensions;
  return { errors: [{ message: error.message, extensions }] };
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
  security: {
    config: Config;
    limits: RateLimits;
    validationRules: ValidationRule[];
    formatError: ReturnType<typeof createFormatError>;
  },
) {
  const users = new WeakMap<object, User | null>();
  const wsRules = [...specifiedRules, ...security.validationRules];
  // Revoking a user's sessions (or disabling them) also ends the live sockets they opened.
  const socketsOf = new Map<number, Set<WebSocket>>();
  services.users.onSessionsRevoked((userId) => {
    for (const socket of socketsOf.get(userId) ?? []) socket.close(4403, 'Forbidden');
  });
  return serveGraphqlWs<Record<string, unknown> | undefined>(
    {
      schema,
      // The same document limits as HTTP (Apollo's plugins do not see these operations).
      // Thousands of viewers send the same subscription: parse and validate it once.
      parse: parseShared,
      validate: (s, document) => validateShared(s, document, wsRules),
      // Viewers of one event who ask the same thing as the same user share one execution of it.
      subscribe: (args) =>
        subscribeSharingResults(args, (context) => {
          const user = (context as SubscriptionContext).user;
          return user ? `user:${user.id}` : 'anonymous';
        }),
      onSubscribe: async (ctx, _id, payload) => {
        wellFormed(payload.variables);
        const tooBig = checkTokens(security.config, payload.query);
        if (tooBig) return tooBig;
        const user = users.get(ctx.extra.socket);
        if (user) {
          try {
            await security.limits.consumeUser(user.id);
          } catch (error) {
            if (error instanceof GraphQLError) return [error];
            throw error;
          }
        }
        return undefined;
      },
      // Errors over the socket get the same shape and codes as over HTTP: parse and validation
      // errors are GRAPHQL_VALIDATION_FAILED, execution errors go through formatError.
      onError: (_ctx, _id, _payload, errors) =>
        errors.map((e) =>
          security.formatError(
            { ...e.toJSON(), extensions: { ...e.extensions, code: e.extensions.code ?? 'GRAPHQL_VALIDATION_FAILED' } },
            e,
          ),
        ),
      // Errors without a path come before execution (variables of the wrong type): bad input, as over HTTP.
      // A result without errors goes out as it is: many subscribers share it, and its JSON with it.
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors
          ? {
              ...result,
              errors: result.errors.map((e) => {
                const json = e.toJSON();
                const code = e.extensions.code ?? (e.path ? undefined : 'BAD_USER_INPUT');
                return security.formatError(code ? { ...json, extensions: { ...json.extensions, code } } : json, e);
              }),
            }
          : result,
      // A token that is present but unknown, expired or revoked closes the socket with 4403;
      // no token at all is an anonymous viewer, who may watch public plans only.
      onConnect: async (ctx) => {
        const raw = ctx.connectionParams?.authorization ?? ctx.connectionParams?.token;
        const token = typeof raw === 'string' ? (bearer(raw) ?? raw) : null;
        const user = token ? await services.users.authenticate(token) : null;
        if (token && !user) return false;
        users.set(ctx.extra.socket, user);
        if (user) {
          const socket = ctx.extra.socket;
          const set = socketsOf.get(user.id) ?? new Set<WebSocket>();
          set.add(socket);
          socketsOf.set(user.id, set);
          socket.once('close', () => {
            set.delete(socket);
            if (set.size === 0 && socketsOf.get(user.id) === set) socketsOf.delete(user.id);
          });
        }
        return true;
      },
      context: (ctx): SubscriptionContext & NotificationContext =>
        new SocketContext(users.get(ctx.extra.socket) ?? null, ctx.extra.socket, dataSource, services),
    },
    wsServer,
    keepAliveMs,
    security.config.production,
  );
}

/**
 * A subscription's context. A class, so that thousands of subscribers share its accessors instead
 * of each holding its own closures.
 */
class SocketContext implements SubscriptionContext, NotificationContext {
  readonly actor: Actor | null;
  readonly activity: Services['activity'];
  readonly notifications: Services['notifications'];
  // Made on first use: a subscription's events come with their own shared loaders, and thousands of
  // idle subscribers should not each hold a set.
  private ownLoaders: Loaders | null = null;

  constructor(
    readonly user: User | null,
    private readonly socket: WebSocket,
    private readonly dataSource: DataSource,
    services: Services,
  ) {
    this.actor = actorOf(user);
    this.activity = services.activity;
    this.notifications = services.notifications;
  }

  get loaders(): Loaders {
    return (this.ownLoaders ??= createLoaders(this.dataSource));
  }

  set loaders(value: Loaders) {
    this.ownLoaders = value;
  }

  closeSocket(code: number, reason: string): void {
    this.socket.close(code, reason);
  }
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
