/**
 * The static catalogs are cacheable: `public, max-age` and an ETag that `If-None-Match` turns into a 304,
 * by POST and by GET. Any other operation, or a catalog answer with errors, is `no-store` without an ETag.
 */
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

function post(query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>) {
  return fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
}

function get(query: string, headers: Record<string, string> = {}) {
  // A GET carries no content-type, so Apollo's CSRF prevention wants this header.
  return fetch(`${server.url}?query=${encodeURIComponent(query)}`, {
    headers: { 'apollo-require-preflight': 'true', ...headers },
  });
}

const CATALOGS = '{ equipmentTypes { key } fuels { key } errorCodes }';

it('a catalog query: public max-age and an ETag; If-None-Match with it is 304 without a body (POST)', async () => {
  const first = await post(CATALOGS, { authorization: `Bearer ${server.user.token}` });
  expect(first.status).toBe(200);
  expect(first.headers.get('cache-control')).toBe('public, max-age=3600');
  const etag = first.headers.get('etag')!;
  expect(etag).toMatch(/^W\/"[\w-]+"$/);
  const body = await first.json();
  expect((body as any).data.equipmentTypes.length).toBeGreaterThan(0);

  // The same answer without a token: the same ETag.
  const anonymous = await post(CATALOGS);
  expect(anonymous.headers.get('etag')).toBe(etag);
  expect(await anonymous.json()).toEqual(body);

  const revalidated = await post(CATALOGS, { 'if-none-match': etag });
  expect(revalidated.status).toBe(304);
  expect(await revalidated.text()).toBe('');
  expect(revalidated.headers.get('etag')).toBe(etag);

  const stale = await post(CATALOGS, { 'if-none-match': 'W/"something-else", "other"' });
  expect(stale.status).toBe(200);
  expect(await stale.json()).toEqual(body);
});

it('GET with the query in the URL: the same headers, and 304 on If-None-Match', async () => {
  const first = await get('{ processTypes { key } }');
  expect(first.status).toBe(200);
  expect(first.headers.get('cache-control')).toBe('public, max-age=3600');
  const etag = first.headers.get('etag')!;
  expect(etag).toBeTruthy();
  const again = await get('{ processTypes { key } }', { 'if-none-match': etag });
  expect(again.status).toBe(304);
  expect(await again.text()).toBe('');
});

it('different arguments are different answers, with different ETags', async () => {
  const query = 'query ($type: ProcessType!) { batReferences(processType: $type) { source } }';
  const types = ((await (await post('{ processTypes { key } }')).json()) as any).data.processTypes.map(
    (t: { key: string }) => t.key,
  );
  const etags = new Set<string>();
  for (const type of types.slice(0, 2)) {
    const response = await post(query, {}, { type });
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
    etags.add(response.headers.get('etag')!);
  }
  expect(etags.size).toBe(2);
});

it('anything else is no-store with no ETag, and If-None-Match changes nothing', async () => {
  for (const query of [
    '{ me { email } }',
    '{ equipmentTypes { key } me { email } }',
    '{ __typename }',
    '{ __schema { queryType { name } } }',
    '{ equipmentTypes { nope } }',
  ]) {
    const response = await post(query, { 'if-none-match': '*' });
    expect({ query, status: response.status === 304 }).toEqual({ query, status: false });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag')).toBeNull();
  }
  const mutation = await post('mutation { login(email: "x@test.example", password: "wrong-password") { token } }');
  expect(mutation.headers.get('cache-control')).toBe('no-store');
  expect(mutation.headers.get('etag')).toBeNull();
});
