// What the API does about hostile input and browsers from elsewhere: limits on GraphQL documents
// (GraphQL Armor), security headers (helmet), strict CORS, and the client address behind proxies.
import type http from 'node:http';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import type express from 'express';
import { GraphQLError, parse } from 'graphql';
import helmet from 'helmet';
import proxyaddr from 'proxy-addr';
import type { Config } from '../../config.js';

/**
 * GraphQL Armor's limits for Apollo: depth, aliases, cost, directives. The document size (tokens) is
 * graphql's own `parse(…, { maxTokens })` through Apollo's parseOptions: Armor's token plugin turns
 * every syntax error into an HTTP 500.
 */
export function armorFor(config: Config) {
  const { limits } = config;
  return new ApolloArmor({
    maxDepth: { n: limits.depth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: limits.aliases },
    costLimit: { maxCost: limits.cost, ignoreIntrospection: true },
    maxDirectives: { n: limits.directives },
    maxTokens: { enabled: false },
    // "Did you mean …?" hints describe the schema: only where introspection is allowed anyway.
    blockFieldSuggestion: { enabled: !config.introspection },
  }).protect();
}

/** Rejects a document with more tokens than allowed (graphql-ws bypasses Apollo's plugins). */
export function checkTokens(config: Config, query: string): readonly GraphQLError[] | null {
  try {
    parse(query, { maxTokens: config.limits.tokens });
    return null;
  } catch (error) {
    if (error instanceof GraphQLError) return [error];
    return [new GraphQLError(error instanceof Error ? error.message : 'Invalid document')];
  }
}

/**
 * Security headers for every response. The CSP fits the built client (a Vite app: scripts and
 * styles from its own origin, inline style attributes, data: images, fetch and WebSocket to its own
 * origin). Apollo's sandbox, where it is on, loads from Apollo's CDN, so /graphql then goes without CSP.
 */
export function securityHeaders(config: Config): express.RequestHandler {
  const strict = helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'connect-src': ["'self'"],
        'frame-ancestors': ["'none'"],
        // The district server may be reached over plain HTTP on the office network.
        'upgrade-insecure-requests': null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  const withoutCsp = helmet({ contentSecurityPolicy: false, crossOriginEmbedderPolicy: false });
  return (req, res, next) =>
    (config.introspection && req.path.startsWith('/graphql') ? withoutCsp : strict)(req, res, next);
}

/**
 * CORS: the server's own pages need none; other origins only when listed in TIENDO_CORS_ORIGINS.
 * A request from an unlisted origin gets no CORS headers, so the browser withholds the answer.
 */
export function strictCors(config: Config): express.RequestHandler {
  const allowed = new Set(config.corsOrigins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name'],
    maxAge: 600,
  });
}

/** A WebSocket handshake is accepted from no Origin (non-browser clients), the same host, or a listed origin. */
export function originAllowed(config: Config, req: http.IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  if (config.corsOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/** Express's `trust proxy` value from TIENDO_TRUST_PROXY: true, a hop count, or addresses/subnets. */
export function trustProxySetting(config: Config): boolean | number | string[] {
  const raw = config.trustProxy?.trim();
  if (!raw || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw.split(',').map((s) => s.trim());
}

/** The client's address as express computes req.ip, also for WebSocket handshakes. */
export function clientAddress(config: Config): (req: http.IncomingMessage) => string {
  const setting = trustProxySetting(config);
  const trust: (addr: string, i: number) => boolean =
    setting === true
      ? () => true
      : typeof setting === 'number'
        ? (_addr, i) => i < setting
        : setting === false
          ? () => false
          : proxyaddr.compile(setting);
  return (req) => proxyaddr(req, trust) ?? 'unknown';
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Replaces lone UTF-16 surrogates in every string of a JSON value with U+FFFD, in place. They cannot
 * be stored as UTF-8 anyway, and some validators throw on them (encodeURI). Iterative: variables
 * may be nested thousands deep.
 */
export function wellFormed<T>(value: T): T {
  const fix = (s: string) => (LONE_SURROGATE.test(s) ? s.replace(LONE_SURROGATE, '\uFFFD') : s);
  if (typeof value === 'string') return fix(value) as T;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const v = record[key];
      if (typeof v === 'string') record[key] = fix(v);
      else if (v && typeof v === 'object') stack.push(v);
    }
  }
  return value;
}
