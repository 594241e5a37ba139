/**
 * The real server object on 127.0.0.1 (random port) over a private test
 * database, spoken to through real HTTP. Counts SQL statements for N+1 tests.
 */
import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { openDatabase } from '../../src/db/orm';
import { createServer, type RunningServer } from '../../src/server';
import type { RequestLimits } from '../../src/config';
import { createTestDatabase, type TestDatabase } from './database';
import type { InterpretationProvider } from '../../src/modules/interpretation/providers';

export interface GqlResponse<T = any> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions: { code: string; issues?: any[]; [key: string]: unknown } }[];
}

/** A registered account and a client speaking as it. */
export interface TestUser {
  id: string;
  email: string;
  password: string;
  token: string;
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>>;
}

export const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { token user { id email name } } }`;

export interface TestServer {
  url: string;
  baseUrl: string;
  orm: MikroORM;
  db: TestDatabase;
  /** The account `gql` speaks as unless given an `authorization` header ('' = anonymous). */
  user: TestUser;
  /** Registers another account (email `<label>-<random>@test.example`). */
  newUser(label?: string): Promise<TestUser>;
  /** Fresh EntityManager for direct database assertions. */
  em(): SqlEntityManager;
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResponse<T>>;
  /** Runs `work` and returns how many SQL statements it issued. */
  countSql(work: () => Promise<unknown>): Promise<number>;
  /** Runs `work` and returns the SQL statements it issued (MikroORM's query log lines). */
  captureSql(work: () => Promise<unknown>): Promise<string[]>;
  close(): Promise<void>;
}

export async function startTestServer(
  options: {
    interpreter?: InterpretationProvider;
    limits?: Partial<RequestLimits>;
    /** Login/register attempts per minute per email and per address (tests default to 10,000). */
    loginRateLimit?: number;
    /** Session lifetime in seconds (default 7 days). */
    jwtTtlSeconds?: number;
    /** Express "trust proxy" (TRUST_PROXY). */
    trustProxy?: string;
    /** CORS_ORIGINS (none by default). */
    corsOrigins?: string[];
    /** Prometheus metrics at /metrics (METRICS; off by default). */
    metrics?: boolean;
    /** READ_CACHE_MB (the server's default when not given; 0 = off). */
    readCacheMB?: number;
    /** ANALYSIS_WORKERS (the server's default, the number of cores, when not given; 0 = every analysis inline). */
    analysisWorkers?: number;
  } = {},
): Promise<TestServer> {
  const db = await createTestDatabase();
  let capturing: string[] | null = null;
  const orm = await openDatabase(db.config);
  // Every statement reaches the database through knex, MikroORM's and the plain reads and bulk inserts alike.
  (orm.em as SqlEntityManager).getKnex().on('query', (query: { sql: string }) => capturing?.push(query.sql));
  async function captureSql(work: () => Promise<unknown>): Promise<string[]> {
    const statements: string[] = [];
    capturing = statements;
    try {
      await work();
    } finally {
      capturing = null;
    }
    return statements;
  }
  const server = await createServer({
    orm,
    logger: pino({ level: process.env.TEST_LOG ?? 'silent' }),
    interpreter: options.interpreter,
    limits: options.limits,
    trustProxy: options.trustProxy ?? null,
    corsOrigins: options.corsOrigins,
    metrics: options.metrics,
    readCacheMB: options.readCacheMB,
    analysisWorkers: options.analysisWorkers,
    auth: {
      jwtSecret: randomBytes(32).toString('base64url'),
      loginRateLimit: options.loginRateLimit ?? 10_000,
      jwtTtlSeconds: options.jwtTtlSeconds,
    },
  });
  const running: RunningServer = await server.start(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${running.port}`;
  async function send(query: string, variables: Record<string, unknown> | undefined, headers: Record<string, string>) {
    if (headers.authorization === '') delete headers.authorization;
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GqlResponse;
  }
  async function newUser(label = 'user'): Promise<TestUser> {
    const email = `${label}-${randomBytes(4).toString('hex')}@test.example`;
    const password = `pw-${randomBytes(8).toString('hex')}`;
    const response = await send(REGISTER, { input: { email, password, name: label } }, {});
    if (!response.data?.register) throw new Error(`register failed: ${JSON.stringify(response.errors)}`);
    const { token, user } = response.data.register;
    return {
      id: user.id,
      email,
      password,
      token,
      gql: (query, variables) => send(query, variables, { authorization: `Bearer ${token}` }),
    };
  }
  const user = await newUser('tester');
  return {
    url: `${baseUrl}/graphql`,
    baseUrl,
    orm,
    db,
    em: () => orm.em.fork() as SqlEntityManager,
    user,
    newUser,
    gql(query, variables, headers = {}) {
      return send(query, variables, { authorization: `Bearer ${user.token}`, ...headers });
    },
    async countSql(work) {
      return (await captureSql(work)).length;
    },
    captureSql,
    async close() {
      await running.stop();
      await db.cleanup();
    },
  };
}
