/**
 * The HTTP app: POST/GET /graphql (Apollo Sandbox on a browser GET),
 * /healthz (process up), /readyz (database reachable). `start` listens,
 * `stop` drains in-flight requests and then closes the database.
 */
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import type { Logger } from 'pino';
import { createContext, type GraphQLContext } from './graphql/context';
import { buildAppSchema } from './graphql/schema';
import { formatError, isClientError } from './graphql/errors';
import { depthLimitRule } from './graphql/depth-limit';
import { costLimitsPlugin } from './graphql/cost-limits';
import { DEFAULT_LIMITS, type RequestLimits } from './config';
import { pingDatabase } from './db/orm';
import { BuiltinProvider, type InterpretationProvider } from './modules/interpretation/providers';
import { AnalysisPool } from './modules/analysis/analysis-pool';

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

export async function createServer({
  orm,
  logger,
  maxQueryDepth = 12,
  interpreter = new BuiltinProvider(),
  analysisWorkers = availableParallelism(),
  limits: given = {},
}: ServerOptions): Promise<AppServer> {
  const limits: RequestLimits = { ...DEFAULT_LIMITS, ...given };
  const analysisPool = new AnalysisPool(analysisWorkers);
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<GraphQLContext>({
    schema: buildAppSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false, // main.ts owns shutdown: drain, then close the database
    validationRules: [depthLimitRule(maxQueryDepth)],
    parseOptions: { maxTokens: limits.maxQueryTokens },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      costLimitsPlugin({ maxCost: limits.maxQueryCost, maxAliases: limits.maxAliases }),
      ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
      {
        async requestDidStart() {
          return {
            async didEncounterErrors({ errors, contextValue }) {
              for (const error of errors) {
                const original = error.originalError ?? error;
                if (isClientError(original) || error.extensions?.code) continue;
                contextValue.logger.error({ err: original, path: error.path }, 'unexpected error while resolving');
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  // Request id and one access-log line per request.
  app.use((req, res, next) => {
    const given = req.header('x-request-id');
    const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    res.locals.requestId = requestId;
    res.locals.logger = logger.child({ requestId });
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      res.locals.logger.info({ method: req.method, url: req.originalUrl, status: res.statusCode, ms }, 'request');
    });
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    try {
      await pingDatabase(orm);
      res.json({ status: 'ready' });
    } catch (error) {
      res.locals.logger.warn({ err: error }, 'database not reachable');
      res.status(503).json({ status: 'unavailable' });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ res }) =>
        createContext(
          orm.em as SqlEntityManager,
          res.locals.requestId as string,
          res.locals.logger as Logger,
          interpreter,
          analysisPool,
          limits,
        ),
    }),
  );

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
            await apollo.stop(); // drains in-flight requests, closes the HTTP server
            await analysisPool.close();
            await orm.close(true);
          })();
          return stopping;
        },
      };
    },
  };
}
