/**
 * The real server object on 127.0.0.1 (random port) over a private test
 * database, spoken to through real HTTP. Counts SQL statements for N+1 tests.
 */
import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
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

export interface TestServer {
  url: string;
  baseUrl: string;
  orm: MikroORM;
  db: TestDatabase;
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
  options: { interpreter?: InterpretationProvider; limits?: Partial<RequestLimits> } = {},
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
  });
  const running: RunningServer = await server.start(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${running.port}`;
  return {
    url: `${baseUrl}/graphql`,
    baseUrl,
    orm,
    db,
    em: () => orm.em.fork() as SqlEntityManager,
    async gql(query, variables, headers = {}) {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GqlResponse;
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
