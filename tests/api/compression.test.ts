/**
 * Responses of 1 KB or more are compressed with the encoding the client prefers (brotli, gzip) and decode to
 * the same JSON; small ones go as they are. Read with node:http, which (unlike fetch) does not decode.
 */
import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface Raw {
  status: number;
  encoding: string | undefined;
  vary: string | undefined;
  body: Buffer;
}

function postRaw(query: string, acceptEncoding: string): Promise<Raw> {
  const payload = JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const request = http.request(
      server.url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'accept-encoding': acceptEncoding,
          authorization: `Bearer ${server.user.token}`,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode!,
            encoding: response.headers['content-encoding'],
            vary: response.headers.vary,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

const LARGE = '{ equipmentTypes { key labelEn labelTr subtypes { key labelEn } } }';

it('brotli and gzip bodies decode to the JSON the uncompressed response carries', async () => {
  const plain = await postRaw(LARGE, 'identity');
  expect(plain.status).toBe(200);
  expect(plain.encoding).toBeUndefined();
  expect(plain.body.length).toBeGreaterThan(1024);
  const expected = JSON.parse(plain.body.toString('utf8'));
  expect(expected.data.equipmentTypes.length).toBeGreaterThan(0);

  const br = await postRaw(LARGE, 'gzip, deflate, br');
  expect(br.encoding).toBe('br');
  expect(br.vary).toMatch(/accept-encoding/i);
  expect(br.body.length).toBeLessThan(plain.body.length / 2);
  expect(JSON.parse(brotliDecompressSync(br.body).toString('utf8'))).toEqual(expected);

  const gzip = await postRaw(LARGE, 'gzip');
  expect(gzip.encoding).toBe('gzip');
  expect(gzip.body.length).toBeLessThan(plain.body.length / 2);
  expect(JSON.parse(gunzipSync(gzip.body).toString('utf8'))).toEqual(expected);
});

it('leaves a response under 1 KB uncompressed', async () => {
  const small = await postRaw('{ me { email } }', 'br, gzip');
  expect(small.status).toBe(200);
  expect(small.body.length).toBeLessThan(1024);
  expect(small.encoding).toBeUndefined();
  expect(JSON.parse(small.body.toString('utf8'))).toEqual({ data: { me: { email: server.user.email } } });
});
