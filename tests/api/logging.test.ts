/**
 * Log lines of unexpected errors and of the access log: error class, code,
 * request id, operation name, bounded size, and never a value the client sent
 * nor the SQL it was inlined into.
 */
import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import pino from 'pino';
import { openDatabase } from '../../src/db/orm';
import { createServer, type RunningServer } from '../../src/server';
import { describeError, sanitizeErrorMessage } from '../../src/logger';
import { createTestDatabase, TEST_DB_KIND, type TestDatabase } from '../support/database';

const MARKER = 'ZQX-marker-7731';
/** Fields every line has, whatever it says. */
const FIXED = ['level', 'time', 'pid', 'hostname', 'requestId', 'msg'];

let db: TestDatabase;
let orm: MikroORM;
let running: RunningServer;
let baseUrl: string;
let authorization: string;
const lines: string[] = [];
const PASSWORD = `pw-${MARKER}-secret`;

beforeAll(async () => {
  db = await createTestDatabase();
  orm = await openDatabase(db.config);
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
  const app = await createServer({ orm, logger, analysisWorkers: 1 });
  running = await app.start(0, '127.0.0.1');
  baseUrl = `http://127.0.0.1:${running.port}`;
  const registered = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'register-1' },
    body: JSON.stringify({
      query: `mutation ($input: RegisterInput!) { register(input: $input) { token } }`,
      variables: { input: { email: 'logger@test.example', password: PASSWORD, name: 'Logger' } },
    }),
  });
  authorization = `Bearer ${((await registered.json()) as any).data.register.token}`;
});
afterAll(async () => {
  await running.stop();
  await db.cleanup();
});

function entries(requestId: string): Record<string, any>[] {
  return lines.map((line) => JSON.parse(line)).filter((entry) => entry.requestId === requestId);
}

function expectBounded(line: string) {
  const entry = JSON.parse(line);
  for (const field of FIXED) delete entry[field];
  expect(JSON.stringify(entry).length).toBeLessThanOrEqual(2048);
}

async function settle() {
  await new Promise((resolve) => setTimeout(resolve, 50)); // the access line is written on 'finish'
}

it('the access line names the operation and the duration, and leaves out the query string', async () => {
  const response = await fetch(
    `${baseUrl}/graphql?query=${encodeURIComponent(`query Codes($x: ID!) { errorCodes project(id: $x) { id } }`)}&variables=${encodeURIComponent(JSON.stringify({ x: MARKER }))}`,
    { headers: { 'apollo-require-preflight': 'true', 'x-request-id': 'access-get-1', authorization } },
  );
  expect(response.status).toBe(200);
  await settle();
  const [access] = entries('access-get-1');
  expect(access).toMatchObject({
    msg: 'request',
    method: 'GET',
    path: '/graphql',
    status: 200,
    operationName: 'Codes',
    ms: expect.any(Number),
  });
  expect(JSON.stringify(access)).not.toContain(MARKER);

  // The one operation of a document is named even when the client does not say which.
  await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'access-post-1', authorization },
    body: JSON.stringify({ query: 'query Meta { errorCodes }' }),
  });
  await settle();
  expect(entries('access-post-1')).toEqual([expect.objectContaining({ status: 200, operationName: 'Meta' })]);

  await fetch(`${baseUrl}/nope?secret=${MARKER}`, { headers: { 'x-request-id': 'access-404' } });
  await settle();
  expect(entries('access-404')).toEqual([
    expect.objectContaining({ path: '/nope', status: 404, operationName: null, ms: expect.any(Number) }),
  ]);
  expect(lines.join('\n')).not.toContain(MARKER);
});

it('a database fault: masked for the client, logged with class, code, request id, operation name, no values', async () => {
  const knex = (orm.em as SqlEntityManager).getKnex();
  await knex.raw(TEST_DB_KIND === 'postgresql' ? 'drop table project cascade' : 'drop table project');
  const query = `mutation CreateMarked($input: CreateProjectInput!) { createProject(input: $input) { id name } }`;
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'db-fault-1', authorization },
    body: JSON.stringify({
      query,
      operationName: 'CreateMarked',
      variables: { input: { name: `${MARKER} ${'y'.repeat(5000)}`.slice(0, 255), sector: MARKER } },
    }),
  });
  const body = (await response.json()) as any;
  expect(body.errors).toEqual([
    {
      message: 'Internal server error',
      path: ['createProject'],
      locations: [{ line: 1, column: expect.any(Number) }],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    },
  ]);
  await settle();
  const logged = entries('db-fault-1');
  const fault = logged.find((entry) => entry.msg === 'unexpected error while resolving');
  expect(fault).toMatchObject({
    level: 50,
    requestId: 'db-fault-1',
    code: 'INTERNAL_SERVER_ERROR',
    operationName: 'CreateMarked',
    path: 'createProject',
    errorClass: expect.stringMatching(/Exception$/),
    message: expect.stringMatching(/project/),
  });
  expect(fault!.err).toBeUndefined(); // never the error object: it carries the SQL, values and stack message
  expect(fault!.message).not.toMatch(/insert into|values/i);
  expect(logged.find((entry) => entry.msg === 'request')).toMatchObject({
    status: 200,
    operationName: 'CreateMarked',
    ms: expect.any(Number),
  });
  for (const line of lines) {
    expect(line).not.toContain(MARKER);
    expect(line).not.toMatch(/insert into/i);
    expectBounded(line);
  }
});

describe('describeError', () => {
  it('keeps the driver message of a knex error and drops the statement with its inlined values', () => {
    const error = new Error(
      `insert into "project" ("id", "name") values ('1', '${MARKER}') - duplicate key value violates unique constraint "project_pkey"`,
    );
    (error as any).code = '23505';
    (error as any).detail = `Key (name)=(${MARKER}) already exists.`;
    const described = describeError(error);
    expect(described).toEqual({
      errorClass: 'Error',
      errorCode: '23505',
      message: '[sql omitted] - duplicate key value violates unique constraint "project_pkey"',
      stack: expect.stringMatching(/^at /),
    });
    expect(JSON.stringify(described)).not.toContain(MARKER);
  });

  it('redacts quoted values the driver echoes, SQL in the middle of a message, and bounds the length', () => {
    expect(sanitizeErrorMessage(`invalid input syntax for type uuid: "${MARKER}"`)).toBe(
      'invalid input syntax for type uuid: "?"',
    );
    expect(sanitizeErrorMessage(`failed: select * from t where name = '${MARKER}'`)).toBe('failed: [sql omitted]');
    expect(sanitizeErrorMessage(`near '${MARKER}': syntax error`)).toBe("near '?': syntax error");
    const long = describeError(new Error('z'.repeat(100_000)));
    expect(long.message.length).toBeLessThanOrEqual(1024);
    expect(JSON.stringify(long).length).toBeLessThanOrEqual(2048);
    expect(sanitizeErrorMessage(`first line\n${MARKER}`)).toBe('first line');
  });
});

it('no log line holds a password, a password hash or a token', async () => {
  const login = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'login-1' },
    body: JSON.stringify({
      query: `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`,
      variables: { email: 'logger@test.example', password: PASSWORD },
    }),
  });
  expect(((await login.json()) as any).data.login.token).toEqual(expect.any(String));
  await settle();
  expect(entries('login-1')).toHaveLength(1);
  expect(entries('register-1')).toHaveLength(1);
  const all = lines.join('\n');
  expect(all).not.toContain(PASSWORD);
  expect(all).not.toContain('scrypt$');
  expect(all).not.toContain(authorization.slice('Bearer '.length));
});
