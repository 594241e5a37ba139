/** The HTTP surface: health, readiness, Apollo Sandbox, request ids. */
import pino from 'pino';
import { startTestServer, type TestServer } from '../support/server';
import { createTestDatabase } from '../support/database';
import { openDatabase } from '../../src/db/orm';
import { createServer } from '../../src/server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

it('/healthz says the process is up and /readyz that the database answers', async () => {
  const health = await fetch(`${server.baseUrl}/healthz`);
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({ status: 'ok' });
  const ready = await fetch(`${server.baseUrl}/readyz`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ status: 'ready' });
});

it('GET /graphql from a browser serves Apollo Sandbox', async () => {
  const page = await fetch(server.url, { headers: { accept: 'text/html' } });
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toMatch(/<!DOCTYPE html>/i);
  expect(html).toMatch(/embeddable-sandbox/);
});

it('echoes a sane x-request-id and makes one up otherwise', async () => {
  const given = await fetch(`${server.baseUrl}/healthz`, { headers: { 'x-request-id': 'abc-123' } });
  expect(given.headers.get('x-request-id')).toBe('abc-123');
  const evil = await fetch(`${server.baseUrl}/healthz`, { headers: { 'x-request-id': 'a b\u00e9<script>' } });
  expect(evil.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
});

it('/readyz answers 503 once the database is gone', async () => {
  const db = await createTestDatabase();
  const orm = await openDatabase(db.config);
  const app = await createServer({ orm, logger: pino({ level: 'silent' }) });
  const running = await app.start(0, '127.0.0.1');
  try {
    await orm.close(true);
    const ready = await fetch(`http://127.0.0.1:${running.port}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable' });
  } finally {
    await running.stop();
    await db.cleanup();
  }
});
