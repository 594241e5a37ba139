/**
 * A frontend on another origin: the pages CORS_ORIGINS allows get the CORS
 * headers (preflight 204, the Authorization header allowed, no credentials);
 * any other origin gets none, so its browser keeps the answer from it.
 */
import { startTestServer, type TestServer } from '../support/server';
import { DEVELOPMENT_CORS_ORIGINS, loadConfig } from '../../src/config';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ corsOrigins: DEVELOPMENT_CORS_ORIGINS });
});
afterAll(() => server.close());

const preflight = (origin: string) =>
  fetch(server.url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, authorization',
    },
  });

it('answers the preflight of a local dev server (Vite on 5173) with 204 and the Authorization header allowed', async () => {
  const response = await preflight('http://localhost:5173');
  expect(response.status).toBe(204);
  expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST');
  expect(response.headers.get('access-control-allow-headers')?.split(',')).toEqual(
    expect.arrayContaining(['content-type', 'authorization', 'apollo-require-preflight']),
  );
  expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  expect(response.headers.get('vary')).toMatch(/origin/i);
});

it('lets the allowed page read the answer of a signed-in request, and nobody else', async () => {
  const ask = (origin: string) =>
    fetch(server.url, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json', authorization: `Bearer ${server.user.token}` },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
  const allowed = await ask('http://127.0.0.1:3000');
  expect(allowed.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:3000');
  expect(allowed.headers.get('access-control-expose-headers')).toBe('x-request-id');
  expect(((await allowed.json()) as any).data.me.email).toBe(server.user.email);
  for (const origin of ['https://evil.example', 'http://localhost.evil.example:5173', 'http://localhost:5173/x']) {
    const refused = await preflight(origin);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect((await ask(origin)).headers.get('access-control-allow-origin')).toBeNull();
  }
});

it('allows local pages by default in development, none in production, and exactly CORS_ORIGINS when set', () => {
  expect(loadConfig({}).corsOrigins).toEqual(['http://localhost:*', 'http://127.0.0.1:*']);
  expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).corsOrigins).toEqual([]);
  expect(loadConfig({ CORS_ORIGINS: 'https://app.example.com, http://localhost:*' }).corsOrigins).toEqual([
    'https://app.example.com',
    'http://localhost:*',
  ]);
  expect(loadConfig({ CORS_ORIGINS: '' }).corsOrigins).toEqual([]);
  expect(() => loadConfig({ CORS_ORIGINS: 'app.example.com' })).toThrow(/CORS_ORIGINS/);
});
