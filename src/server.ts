/**
 * The HTTP app: POST/GET /graphql (Apollo Sandbox on a browser GET),
 * /graphiql (GraphiQL, served offline), /healthz (process up), /readyz (database reachable). `start` listens,
 * `stop` drains in-flight requests and then closes the database.
 */
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import compression from 'compression';
import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { ApolloServer, type ApolloServerOptions } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import type { Logger } from 'pino';
import { createContext, requestFactsOf, type GraphQLContext, type ServerServices } from './graphql/context';
import { authGatePlugin } from './graphql/auth-gate';
import { catalogCachePlugin } from './graphql/catalog-cache';
import { ReadCache, readCachePlugin } from './graphql/read-cache';
import { corsMiddleware } from './graphql/cors';
import { graphiqlRouter } from './graphql/graphiql';
import { authSettings, type AuthOptions } from './modules/account/auth-settings';
import { buildAppSchema } from './graphql/schema';
import { ErrorCode, formatError, isUnexpected } from './graphql/errors';
import { describeError, sanitizeErrorMessage } from './logger';
import { depthLimitRule } from './graphql/depth-limit';
import { queriesAndMutationsOnlyRule } from './graphql/operation-kinds';
import { costLimitsPlugin } from './graphql/cost-limits';
import { DEFAULT_LIMITS, DEFAULT_READ_CACHE_MB, type RequestLimits } from './config';
import { pingDatabase } from './db/orm';
import { exportRouter } from './modules/report/export.router';
import { BuiltinProvider, type InterpretationProvider } from './modules/interpretation/providers';
import { AnalysisPool } from './modules/analysis/analysis-pool';
import { createMetrics } from './metrics';

export interface ServerOptions {
  orm: MikroORM;
  logger: Logger;
  maxQueryDepth?: number;
  /** Writes interpretations; the built-in, offline interpreter by default. */
  interpreter?: InterpretationProvider;
  /** Worker threads for analyses of large plants (ANALYSIS_WORKERS; default the number of cores). */
  analysisWorkers?: number;
  /** What one request may cost (MAX_QUERY_COST, MAX_ALIASES, MAX_QUERY_TOKENS, MAX_EQUIPMENT_PER_PROJECT). */
  limits?: Partial<RequestLimits>;
  /** Session signing and login throttling (JWT_SECRET, JWT_TTL, LOGIN_RATE_LIMIT). */
  auth?: AuthOptions;
  /** Which proxies' X-Forwarded-For names the client (TRUST_PROXY); none by default. */
  trustProxy?: string | number | null;
  /** Origins browser pages may call /graphql from (CORS_ORIGINS); none by default. */
  corsOrigins?: readonly string[];
  /** Apollo Sandbox on a browser's GET /graphql and GraphiQL at /graphiql (EXPLORER; the config turns them off in production). */
  explorer?: boolean;
  /** Prometheus metrics at GET /metrics (METRICS); off by default. */
  metrics?: boolean;
  /** Answers of queries kept until the data changes, MB of their JSON (READ_CACHE_MB); 0 turns it off. */
  readCacheMB?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface AppServer {
  httpServer: http.Server;
  start(port: number, host?: string): Promise<RunningServer>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** How long shutdown waits for requests in flight before closing the database anyway. */
const SHUTDOWN_GRACE_MS = 30_000;
/** How long no request must be in flight before shutdown closes the connections. */
const SHUTDOWN_QUIET_MS = 250;

/** Counts requests being answered and tells when none is left. */
class InFlight {
  private count = 0;
  private waiters: (() => void)[] = [];
  /** When the count last fell to 0. */
  private idleSince = Date.now();

  begin(): void {
    this.count += 1;
  }

  end(): void {
    this.count -= 1;
    if (this.count === 0) {
      this.idleSince = Date.now();
      for (const wake of this.waiters.splice(0)) wake();
    }
  }

  /**
   * Resolves once no request has been in flight for `quietMs` (or after `timeoutMs`): a request whose bytes
   * are still in a socket buffer, unparsed because the event loop was busy, then has had time to begin.
   */
  async quiet(quietMs: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      await this.idle(deadline - Date.now());
      const quietFor = Date.now() - this.idleSince;
      if (this.count === 0 && quietFor >= quietMs) return;
      await new Promise((resolve) => setTimeout(resolve, Math.max(1, quietMs - quietFor)));
    }
  }

  idle(timeoutMs: number): Promise<void> {
    if (this.count === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

/** Every non-GraphQL-executed response of the server (errors of the HTTP layer) in the GraphQL error shape. */
function sendError(res: Response, status: number, code: ErrorCode, message: string): void {
  res.locals.errorCode = code;
  res.status(status).setHeader('cache-control', 'no-store');
  res.json({ errors: [{ message, extensions: { code } }] });
}

/** Headers of every response; the JSON API needs no script, style or frame. */
const hardening = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'none'"],
      frameAncestors: ["'none'"],
    },
  },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
  // Plain HTTP: HSTS is the TLS-terminating proxy's to send.
  strictTransportSecurity: false,
});

/**
 * GET /graphql may be Apollo Sandbox: its page carries its own nonce-based CSP
 * (<meta>, scripts and styles from Apollo's CDN only), which the header must
 * not narrow; the header keeps what a <meta> policy cannot say.
 */
const SANDBOX_CSP = "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

/** Apollo's own log lines (plugin failures and the like), through pino, bounded and without SQL. */
function apolloLogger(logger: Logger): NonNullable<ApolloServerOptions<GraphQLContext>['logger']> {
  const line = (args: unknown[]) => sanitizeErrorMessage(args.map(String).join(' '));
  return {
    debug: (...args) => logger.debug({ source: 'apollo' }, line(args)),
    info: (...args) => logger.info({ source: 'apollo' }, line(args)),
    warn: (...args) => logger.warn({ source: 'apollo' }, line(args)),
    error: (...args) => logger.error({ source: 'apollo', code: ErrorCode.INTERNAL_SERVER_ERROR }, line(args)),
  };
}

/**
 * The HTTP response behind a GraphQL context, for the access log's operation names. Keyed by the
 * context's per-request logger: Apollo hands plugins a shallow copy of the context, not the object itself.
 */
const responseOf = new WeakMap<Logger, Response>();

/** What /graphql answers in (GET also serves the explorer page as text/html). */
const GRAPHQL_RESPONSE_TYPES = ['application/graphql-response+json', 'application/json'];

/** /graphql exactly, GET and POST only; no caching of its responses. */
function graphqlGate(req: Request, res: Response, next: NextFunction): void {
  if (req.path !== '/') return sendError(res, 404, ErrorCode.ROUTE_NOT_FOUND, 'No such endpoint; the API is /graphql');
  if (req.method !== 'GET' && req.method !== 'POST') {
    res.setHeader('allow', 'GET, POST');
    return sendError(
      res,
      405,
      ErrorCode.METHOD_NOT_ALLOWED,
      `${req.method} is not allowed on /graphql; use POST or GET`,
    );
  }
  // Refused before anything runs: Apollo negotiates the response type only after executing, so a mutation sent
  // with an Accept it cannot answer would commit and still be answered 406.
  if (!req.accepts(req.method === 'GET' ? [...GRAPHQL_RESPONSE_TYPES, 'text/html'] : GRAPHQL_RESPONSE_TYPES)) {
    return sendError(
      res,
      406,
      ErrorCode.BAD_REQUEST,
      'The Accept header must allow application/graphql-response+json or application/json',
    );
  }
  res.setHeader('cache-control', 'no-store');
  if (req.method === 'GET') res.setHeader('content-security-policy', SANDBOX_CSP);
  next();
}

export async function createServer({
  orm,
  logger,
  maxQueryDepth = 12,
  interpreter = new BuiltinProvider(),
  analysisWorkers = availableParallelism(),
  limits: given = {},
  auth = {},
  trustProxy = null,
  corsOrigins = [],
  explorer = true,
  metrics: metricsEnabled = false,
  readCacheMB = DEFAULT_READ_CACHE_MB,
}: ServerOptions): Promise<AppServer> {
  const limits: RequestLimits = { ...DEFAULT_LIMITS, ...given };
  const analysisPool = new AnalysisPool(analysisWorkers);
  const metrics = metricsEnabled ? createMetrics({ orm, analysisPool }) : null;
  const services: ServerServices = {
    interpreter,
    analysisPool,
    limits,
    auth: await authSettings(orm.em.fork() as SqlEntityManager, auth),
  };
  const app = express();
  app.disable('x-powered-by');
  // No ETag on every body: only the catalogs' answers have one (catalog-cache.ts); the rest is no-store.
  app.set('etag', false);
  // Only behind a proxy the operator names may X-Forwarded-For say who the client is (login limits per address).
  if (trustProxy !== null) app.set('trust proxy', trustProxy);
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<GraphQLContext>({
    schema: buildAppSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    logger: apolloLogger(logger),
    stopOnTerminationSignals: false, // main.ts owns shutdown: drain, then close the database
    validationRules: [depthLimitRule(maxQueryDepth), queriesAndMutationsOnlyRule],
    parseOptions: { maxTokens: limits.maxQueryTokens },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Responses are `no-store` (graphqlGate) but for the catalogs, which catalogCachePlugin knows by their root
      // fields; Apollo's cache hints would only wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      authGatePlugin(),
      catalogCachePlugin(),
      costLimitsPlugin({ maxCost: limits.maxQueryCost, maxAliases: limits.maxAliases }),
      ...(readCacheMB > 0 ? [readCachePlugin(new ReadCache(readCacheMB * 1024 * 1024))] : []),
      explorer
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })
        : ApolloServerPluginLandingPageDisabled(),
      {
        async requestDidStart() {
          return {
            async didResolveOperation({ contextValue, operationName }) {
              const res = responseOf.get(contextValue.logger);
              if (res && operationName) ((res.locals.operationNames ??= []) as string[]).push(operationName);
            },
            async willSendResponse({ contextValue, response }) {
              const res = responseOf.get(contextValue.logger);
              if (!res || response.body.kind !== 'single') return;
              const code = response.body.singleResult.errors?.[0]?.extensions?.code;
              res.locals.graphqlOutcome = code === undefined ? 'ok' : String(code);
            },
            async didEncounterErrors({ errors, contextValue, operationName, request }) {
              for (const error of errors) {
                if (!isUnexpected(error)) continue;
                contextValue.logger.error(
                  {
                    code: ErrorCode.INTERNAL_SERVER_ERROR,
                    operationName: operationName ?? request.operationName ?? null,
                    path: error.path?.join('.').slice(0, 200),
                    ...describeError(error.originalError ?? error),
                  },
                  'unexpected error while resolving',
                );
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  // Requests being answered: shutdown closes the database only once there are none.
  const inFlight = new InFlight();
  /** Set by stop(): responses then close their connection, and /readyz says 503 so a balancer looks elsewhere. */
  let draining = false;

  // Request id and one access-log line per request.
  app.use((req, res, next) => {
    inFlight.begin();
    res.once('close', () => inFlight.end());
    const given = req.header('x-request-id');
    const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    res.locals.requestId = requestId;
    res.locals.logger = logger.child({ requestId });
    res.setHeader('x-request-id', requestId);
    if (draining) res.setHeader('connection', 'close');
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      // The path only: a GET's query string carries the operation's variables.
      const path = req.originalUrl.split('?', 1)[0]!.slice(0, 256);
      const operationNames = res.locals.operationNames as string[] | undefined;
      const operationName = operationNames?.join(',').slice(0, 256) ?? null;
      res.locals.logger.info({ method: req.method, path, status: res.statusCode, operationName, ms }, 'request');
      if (metrics && path === '/graphql' && (req.method === 'GET' || req.method === 'POST')) {
        const status = res.statusCode;
        const outcome =
          (res.locals.graphqlOutcome as string | undefined) ??
          (res.locals.errorCode as string | undefined) ??
          (status >= 500 ? ErrorCode.INTERNAL_SERVER_ERROR : status >= 400 ? ErrorCode.BAD_REQUEST : 'ok');
        metrics.observeRequest(operationNames?.[0] ?? null, outcome, ms / 1000);
      }
    });
    next();
  });
  app.use(hardening);
  // gzip or brotli (quality 4: fast) for bodies of 1 KB or more; smaller ones gain less than the headers cost.
  app.use(compression({ threshold: 1024 }));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    if (draining) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    try {
      await pingDatabase(orm);
      res.json({ status: 'ready' });
    } catch (error) {
      res.locals.logger.warn(describeError(error), 'database not reachable');
      res.status(503).json({ status: 'unavailable' });
    }
  });

  if (explorer) app.use('/graphiql', graphiqlRouter());

  if (metrics) {
    // For the scraper on the operator's network: it names operations, so keep it off the public proxy.
    app.get('/metrics', async (_req, res) => {
      res.setHeader('cache-control', 'no-store');
      res.type(metrics.contentType).send(await metrics.render());
    });
  }

  app.use(
    '/graphql',
    corsMiddleware(corsOrigins), // before the gate: it answers the OPTIONS preflight the gate would refuse
    graphqlGate,
    express.json({ limit: '2mb' }),
    (req: Request, _res: Response, next: NextFunction) => {
      // Express 5 leaves `body` unset for a non-JSON body; Apollo then answers (CSRF, no query) in JSON.
      if (!('body' in req)) (req as { body?: unknown }).body = undefined;
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const context = await createContext(orm.em as SqlEntityManager, requestFactsOf(req, res), services);
        responseOf.set(res.locals.logger as Logger, res);
        return context;
      },
    }),
  );

  app.use(
    '/projects',
    exportRouter(() => orm.em as SqlEntityManager, services, sendError),
  );

  app.use((_req: Request, res: Response) => {
    sendError(res, 404, ErrorCode.ROUTE_NOT_FOUND, 'No such endpoint; the API is POST/GET /graphql');
  });

  // Errors of the HTTP layer (body parser, routing, middleware): JSON, never a stack, a path or SQL.
  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const { type, status } = (error ?? {}) as { type?: unknown; status?: unknown };
    if (type === 'entity.too.large' || status === 413) {
      return sendError(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, 'Request body is larger than 2 MB');
    }
    if (type === 'entity.parse.failed') {
      return sendError(res, 400, ErrorCode.BAD_REQUEST, 'Request body is not valid JSON');
    }
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return sendError(res, status, ErrorCode.BAD_REQUEST, 'Bad request');
    }
    (res.locals.logger as Logger).error(
      { code: ErrorCode.INTERNAL_SERVER_ERROR, operationName: null, ...describeError(error) },
      'unexpected error in the HTTP layer',
    );
    sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
  });

  return {
    httpServer,
    async start(port: number, host = '0.0.0.0') {
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve());
      });
      const actual = (httpServer.address() as AddressInfo).port;
      const shownHost = host === '0.0.0.0' ? 'localhost' : host;
      let stopping: Promise<void> | undefined;
      return {
        port: actual,
        url: `http://${shownHost}:${actual}/graphql`,
        stop() {
          stopping ??= (async () => {
            // Closing the listener also drops idle keep-alive connections, and with them any request that
            // has arrived but not yet begun (a client then sees a reset for a write that may commit).
            // So first answer what is in flight, each response closing its connection, until it is quiet.
            draining = true;
            await inFlight.quiet(SHUTDOWN_QUIET_MS, SHUTDOWN_GRACE_MS);
            await apollo.stop(); // stops accepting connections, drains the HTTP server
            // Operations already received may still be running (Apollo's drain does not wait for them): let them end.
            await inFlight.idle(SHUTDOWN_GRACE_MS);
            await analysisPool.close();
            await orm.close(true);
          })();
          return stopping;
        },
      };
    },
  };
}
