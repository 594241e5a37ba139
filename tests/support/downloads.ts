/** The file downloads (/projects/:id/…): a GET as an account, and their authorisation checked against the API's. */
import type { TestServer } from './server';

/** GET `path` on the server with the account's Bearer token (`null`: anonymous). */
export function download(server: TestServer, path: string, token: string | null = server.user.token) {
  return fetch(`${server.baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

const MISSING = '00000000-0000-4000-8000-000000000000';

/**
 * `/projects/<projectId>/<file>` is authorised like the GraphQL API: anonymous is 401 UNAUTHENTICATED, and a
 * stranger gets for this project exactly the 404 NOT_FOUND a missing project gets (ids aside).
 */
export async function expectAuthorisedLikeTheApi(server: TestServer, projectId: string, file: string): Promise<void> {
  const anonymous = await download(server, `/projects/${projectId}/${file}`, null);
  expect(anonymous.status).toBe(401);
  expect(((await anonymous.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  const stranger = await server.newUser('stranger');
  const theirs = await download(server, `/projects/${projectId}/${file}`, stranger.token);
  const missing = await download(server, `/projects/${MISSING}/${file}`, stranger.token);
  expect([theirs.status, missing.status]).toEqual([404, 404]);
  const body = (r: any) => ({
    ...r,
    errors: r.errors.map((e: any) => ({ ...e, message: e.message.replace(/[0-9a-f-]{36}/, 'ID') })),
  });
  const answer = body(await theirs.json());
  expect(answer.errors[0].extensions.code).toBe('NOT_FOUND');
  expect(answer).toEqual(body(await missing.json()));
}
