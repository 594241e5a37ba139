/**
 * Every response of the HTTP layer is JSON in the GraphQL error shape with a
 * code of the closed enum, in production and development mode alike; and the
 * hardening headers (helmet) leave Apollo Sandbox working.
 */
import { createHash } from 'node:crypto';
import pino from 'pino';
import { openDatabase } from '../../src/db/orm';
import { createServer, type RunningServer } from '../../src/server';
import { ErrorCode } from '../../src/graphql/errors';
import { createTestDatabase, type TestDatabase } from '../support/database';

interface Started {
  baseUrl: string;
  running: RunningServer;
  db: TestDatabase;
}

async function start(nodeEnv: string): Promise<Started> {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = nodeEnv; // Express and Apollo read it when they are created
  try {
    const db = await createTestDatabase();
    const orm = await openDatabase(db.config);
    const app = await createServer({ orm, logger: pino({ level: 'silent' }), analysisWorkers: 1 });
    const running = await app.start(0, '127.0.0.1');
    return { baseUrl: `http://127.0.0.1:${running.port}`, running, db };
  } finally {
    process.env.NODE_ENV = before;
  }
}

/** A server for the enclosing describe block (started before its tests, stopped after them). */
function startedFor(nodeEnv: string): Started {
  let started: Started | undefined;
  beforeAll(async () => {
    started = await start(nodeEnv);
  });
  afterAll(async () => {
    await started?.running.stop();
    await started?.db.cleanup();
  });
  // Read lazily: the tests run after beforeAll has set it.
  return {
    get baseUrl() {
      return started!.baseUrl;
    },
    get running() {
      return started!.running;
    },
    get db() {
      return started!.db;
    },
  };
}

/** Expects exactly `{ errors: [{ message, extensions: { code } }] }` as JSON, with nothing internal in it. */
async function expectError(response: Response, status: number, code: ErrorCode): Promise<string> {
  const text = await response.text();
  expect({ status: response.status, text }).toEqual({ status, text: expect.any(String) });
  expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json\b/);
  const body = JSON.parse(text);
  expect(body).toEqual({ errors: [{ message: expect.any(String), extensions: { code } }] });
  expect(text).not.toMatch(/\bat .*\(|\.ts\b|\.js\b|\/work\/|node_modules|stack|select |insert into|SyntaxError/i);
  return body.errors[0].message;
}

describe.each(['production', 'development'])('NODE_ENV=%s', (nodeEnv) => {
  const server = startedFor(nodeEnv);
  const graphql = () => `${server.baseUrl}/graphql`;

  it('a malformed JSON body is 400 BAD_REQUEST', async () => {
    for (const body of ['{"query": "{ __typename }"', 'not json', '{"query": }']) {
      const response = await fetch(graphql(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      await expectError(response, 400, ErrorCode.BAD_REQUEST);
    }
  });

  it('a body over 2 MB is 413 PAYLOAD_TOO_LARGE; one under it is served', async () => {
    const big = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(2 * 1024 * 1024 + 1) } });
    const response = await fetch(graphql(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big,
    });
    await expectError(response, 413, ErrorCode.PAYLOAD_TOO_LARGE);
    const fits = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1024 * 1024) } });
    const ok = await fetch(graphql(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: fits });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('an unsupported content encoding is 415 BAD_REQUEST', async () => {
    const response = await fetch(graphql(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'x-unknown' },
      body: '{"query":"{ __typename }"}',
    });
    await expectError(response, 415, ErrorCode.BAD_REQUEST);
  });

  it('an unknown route is 404 ROUTE_NOT_FOUND, whatever the method', async () => {
    for (const [method, path] of [
      ['GET', '/'],
      ['GET', '/nope'],
      ['POST', '/nope'],
      ['DELETE', '/healthz/x'],
      ['POST', '/graphql/extra'],
      ['GET', '/graphql/extra'],
    ]) {
      const response = await fetch(`${server.baseUrl}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: method === 'GET' ? undefined : '{"query":"{ __typename }"}',
      });
      await expectError(response, 404, ErrorCode.ROUTE_NOT_FOUND);
    }
  });

  it('a wrong method on /graphql is 405 METHOD_NOT_ALLOWED with Allow', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const response = await fetch(graphql(), {
        method,
        headers: { 'content-type': 'application/json' },
        body: method === 'OPTIONS' ? undefined : '{"query":"{ __typename }"}',
      });
      expect(response.headers.get('allow')).toBe('GET, POST');
      await expectError(response, 405, ErrorCode.METHOD_NOT_ALLOWED);
    }
    const head = await fetch(graphql(), { method: 'HEAD' });
    expect(head.status).toBe(405);
  });

  it('CSRF prevention refuses simple requests with 400 BAD_REQUEST, and serves preflighted ones', async () => {
    const query = encodeURIComponent('{ __typename }');
    const get = await fetch(`${graphql()}?query=${query}`);
    const message = await expectError(get, 400, ErrorCode.BAD_REQUEST);
    expect(message).toMatch(/CSRF/);
    const plain = await fetch(graphql(), {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"{ __typename }"}',
    });
    await expectError(plain, 400, ErrorCode.BAD_REQUEST);
    const form = await fetch(graphql(), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B__typename%7D',
    });
    await expectError(form, 400, ErrorCode.BAD_REQUEST);

    const preflighted = await fetch(`${graphql()}?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
    expect(await preflighted.json()).toEqual({ data: { __typename: 'Query' } });
    const noBody = await fetch(graphql(), { method: 'POST', headers: { 'apollo-require-preflight': 'true' } });
    await expectError(noBody, 400, ErrorCode.BAD_REQUEST);
  });

  it('a JSON body without a query is 400 BAD_REQUEST', async () => {
    const response = await fetch(graphql(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"variables":{}}',
    });
    await expectError(response, 400, ErrorCode.BAD_REQUEST);
  });
});

describe('hardening headers', () => {
  const server = startedFor('production');

  function expectCommon(headers: Headers) {
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(headers.get('strict-transport-security')).toBeNull(); // plain HTTP: the TLS proxy's job
    expect(headers.get('x-powered-by')).toBeNull();
  }

  it('/healthz: the strict JSON policy', async () => {
    const response = await fetch(`${server.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expectCommon(response.headers);
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'none';base-uri 'none';form-action 'none';frame-ancestors 'none'",
    );
  });

  it('POST /graphql: the strict JSON policy and cache-control: no-store', async () => {
    const response = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(response.status).toBe(200);
    expectCommon(response.headers);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('errors of the HTTP layer carry the headers too', async () => {
    const response = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    expect(response.status).toBe(400);
    expectCommon(response.headers);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('GET /graphql from a browser: Sandbox loads (its own nonce CSP is not narrowed), framing still denied', async () => {
    const response = await fetch(`${server.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expectCommon(response.headers);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).not.toMatch(/default-src|script-src|style-src|frame-src|connect-src/);
    const html = await response.text();
    expect(html).toMatch(/embeddable-sandbox\.cdn\.apollographql\.com/);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toMatch(
      /script-src 'self' 'nonce-[0-9a-f]+' .*https:\/\/embeddable-sandbox\.cdn\.apollographql\.com/,
    );
  });

  it('a preflighted GET query: JSON, no-store', async () => {
    const response = await fetch(`${server.baseUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('errorCodes lists the codes of the HTTP layer', async () => {
    const response = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ errorCodes }"}',
    });
    const { data } = (await response.json()) as { data: { errorCodes: string[] } };
    expect(data.errorCodes).toEqual(
      expect.arrayContaining(['BAD_REQUEST', 'PAYLOAD_TOO_LARGE', 'ROUTE_NOT_FOUND', 'METHOD_NOT_ALLOWED']),
    );
  });
});

describe('automatic persisted queries', () => {
  const server = startedFor('production');
  const send = async (body: unknown) => {
    const response = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return (await response.json()) as any;
  };
  const codes = (answer: any) => answer.errors?.map((e: any) => e.extensions.code);

  it.each([
    [
      'a hash that does not match the query',
      { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'ab' } } },
    ],
    [
      'an unknown version',
      { query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: 'ab' } } },
    ],
    ['an extension that is a string', { query: '{ __typename }', extensions: { persistedQuery: 'x' } }],
  ])('%s is BAD_REQUEST, never an internal error', async (_case, body) => {
    expect(codes(await send(body))).toEqual(['BAD_REQUEST']);
  });

  it('an unknown hash is PERSISTED_QUERY_NOT_FOUND; sent once with its query, the hash alone then works', async () => {
    const query = '{ errorCodes }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const persistedQuery = { version: 1, sha256Hash };
    expect(codes(await send({ extensions: { persistedQuery } }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect((await send({ query, extensions: { persistedQuery } })).data.errorCodes).toContain('BAD_REQUEST');
    expect((await send({ extensions: { persistedQuery } })).data.errorCodes).toContain('PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('Accept header', () => {
  const server = startedFor('production');
  const post = (body: unknown, accept?: string) =>
    fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
      body: JSON.stringify(body),
    });

  it('a mutation whose Accept the server cannot answer is refused with 406 before it runs', async () => {
    const register = {
      query: `mutation ($input: RegisterInput!) { register(input: $input) { token } }`,
      variables: { input: { email: 'accept@test.example', password: 'accept-password', name: 'Accept' } },
    };
    for (const accept of ['text/plain', 'application/xml', 'text/html']) {
      await expectError(await post(register, accept), 406, ErrorCode.BAD_REQUEST);
    }
    // Nothing was registered: that address logs in as no account.
    const login = {
      query: `mutation { login(email: "accept@test.example", password: "accept-password") { token } }`,
    };
    const refused = (await (await post(login)).json()) as any;
    expect(refused.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    for (const accept of ['application/json', 'application/graphql-response+json', '*/*', 'application/*']) {
      expect((await post({ query: '{ errorCodes }' }, accept)).status).toBe(200);
    }
  });
});
