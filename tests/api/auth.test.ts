/**
 * Accounts over real HTTP: register, login and me; session tokens (JWT) that
 * are expired, tampered, unsigned or of a deleted account; API tokens and
 * their revocation; the login rate limit; sharing a project and its rules.
 * Password hashes never leave the server, neither in responses nor in logs.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { request } from 'node:http';
import pino from 'pino';
import { openDatabase } from '../../src/db/orm';
import { createServer, type RunningServer } from '../../src/server';
import { SessionTokens } from '../../src/modules/account/tokens';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { REGISTER, startTestServer, type GqlResponse, type TestServer, type TestUser } from '../support/server';
import { snapshotDatabase } from '../support/snapshot';
import { freshProject } from '../support/projects';

const ME = `{ me { id email name createdAt apiTokens { id name createdAt revokedAt } } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id email name } } }`;
const CREATE_TOKEN = `mutation ($name: String!) { createApiToken(name: $name) { token apiToken { id name createdAt revokedAt } } }`;
const REVOKE_TOKEN = `mutation ($id: ID!) { revokeApiToken(id: $id) }`;
const DELETE_ACCOUNT = `mutation ($password: String!) { deleteAccount(password: $password) }`;
const SHARE = `mutation ($projectId: ID!, $email: String!, $role: ProjectRole!) {
  shareProject(projectId: $projectId, email: $email, role: $role) { role user { id email name } } }`;
const UNSHARE = `mutation ($projectId: ID!, $userId: ID!) { unshareProject(projectId: $projectId, userId: $userId) }`;
const MEMBERS = `query ($id: ID!) { project(id: $id) { id myRole members { role user { id email name } } } }`;
const RENAME = `mutation ($id: ID!, $name: String!) { updateProject(id: $id, input: { name: $name }) { name } }`;
const CATALOG = `{ equipmentTypes { key } }`;

interface Reply {
  status: number;
  text: string;
  body: GqlResponse;
}

/** POSTs to `url` with the given Authorization header ('' = none), keeping the status and the raw text. */
async function call(url: string, query: string, variables: Record<string, unknown> = {}, authorization = '') {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (authorization) headers.authorization = authorization;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as GqlResponse } satisfies Reply;
}

const bearer = (token: string) => `Bearer ${token}`;
const codes = (reply: Reply) => reply.body.errors?.map((e) => e.extensions.code);
const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString('hex')}@test.example`;

/** Expects the whole operation refused as UNAUTHENTICATED: status 401, one error, no data. */
function expectUnauthenticated(reply: Reply) {
  expect({ status: reply.status, codes: codes(reply), data: reply.body.data ?? null }).toEqual({
    status: 401,
    codes: ['UNAUTHENTICATED'],
    data: null,
  });
}

function expectData(reply: Reply) {
  expect({ status: reply.status, errors: reply.body.errors }).toEqual({ status: 200, errors: undefined });
  return reply.body.data;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const as = (user: { token: string }, query: string, variables: Record<string, unknown> = {}) =>
  call(server.url, query, variables, bearer(user.token));
const anonymous = (query: string, variables: Record<string, unknown> = {}) => call(server.url, query, variables);

describe('register, login, me', () => {
  it('registers an account whose token reads it back through me; login gives another working token', async () => {
    const email = uniqueEmail('ada');
    const registered = expectData(
      await anonymous(REGISTER, { input: { email, password: 'correct horse', name: '  Ada  ' } }),
    ).register;
    expect(registered.user).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), email, name: 'Ada' });
    const me = expectData(await call(server.url, ME, {}, bearer(registered.token))).me;
    expect(me).toEqual({ ...registered.user, createdAt: expect.any(String), apiTokens: [] });
    expect(Math.abs(Date.parse(me.createdAt) - Date.now())).toBeLessThan(60_000);

    const loggedIn = expectData(await anonymous(LOGIN, { email, password: 'correct horse' })).login;
    expect(loggedIn.user).toEqual(registered.user);
    expect(expectData(await call(server.url, ME, {}, bearer(loggedIn.token))).me.id).toBe(registered.user.id);
  });

  it('stores the email lower-case: login in any case works, registering it again in another case is CONFLICT', async () => {
    const email = uniqueEmail('Grace');
    const mixed = email.replace('grace', 'GrAcE');
    const registered = expectData(
      await anonymous(REGISTER, { input: { email: mixed, password: 'p'.repeat(10), name: 'G' } }),
    );
    expect(registered.register.user.email).toBe(email.toLowerCase());
    expect(
      expectData(await anonymous(LOGIN, { email: email.toUpperCase(), password: 'p'.repeat(10) })).login.user.id,
    ).toBe(registered.register.user.id);
    const before = await snapshotDatabase(server.em());
    const again = await anonymous(REGISTER, {
      input: { email: email.toUpperCase(), password: 'q'.repeat(10), name: 'X' },
    });
    expect(codes(again)).toEqual(['CONFLICT']);
    expect(await snapshotDatabase(server.em())).toEqual(before);
  });

  it('a password under 10 characters is BAD_USER_INPUT at input.password; 10 are enough', async () => {
    const before = await snapshotDatabase(server.em());
    const short = await anonymous(REGISTER, {
      input: { email: uniqueEmail('short'), password: '123456789', name: 'S' },
    });
    expect(codes(short)).toEqual(['BAD_USER_INPUT']);
    expect(short.body.errors![0].extensions.issues!.map((i: any) => i.path)).toEqual(['input.password']);
    expect(short.body.data ?? null).toBeNull();
    expect(await snapshotDatabase(server.em())).toEqual(before);
    expectData(await anonymous(REGISTER, { input: { email: uniqueEmail('ten'), password: '1234567890', name: 'T' } }));
  });

  it('a duplicate email is CONFLICT and changes nothing', async () => {
    const before = await snapshotDatabase(server.em());
    const duplicate = await anonymous(REGISTER, {
      input: { email: server.user.email, password: 'another password', name: 'Impostor' },
    });
    expect(codes(duplicate)).toEqual(['CONFLICT']);
    expect(await snapshotDatabase(server.em())).toEqual(before);
    // The original password still works.
    expectData(await anonymous(LOGIN, { email: server.user.email, password: server.user.password }));
  });

  it('a wrong password and an unknown email are the same UNAUTHENTICATED answer', async () => {
    const wrong = await anonymous(LOGIN, { email: server.user.email, password: 'not the password' });
    const unknown = await anonymous(LOGIN, { email: uniqueEmail('nobody'), password: 'not the password' });
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect({ status: unknown.status, body: unknown.body }).toEqual({ status: wrong.status, body: wrong.body });
  });

  it('me without a token is UNAUTHENTICATED (401)', async () => {
    expectUnauthenticated(await anonymous(ME));
  });

  it('an anonymous operation mixing a public and a private field is refused as a whole', async () => {
    expectUnauthenticated(await anonymous(`{ equipmentTypes { key } projects { totalCount } }`));
  });

  it('catalogs, introspection, /healthz and /readyz stay open without a token', async () => {
    expect(expectData(await anonymous(CATALOG)).equipmentTypes).toHaveLength(7);
    expect(expectData(await anonymous(`{ __schema { queryType { name } } }`)).__schema.queryType.name).toBe('Query');
    for (const path of ['/healthz', '/readyz']) expect((await fetch(`${server.baseUrl}${path}`)).status).toBe(200);
  });
});

/** Documents that hide a private root field from a gate that looks only at plain top-level names. */
const SMUGGLED: [string, string][] = [
  ['behind an alias', `{ catalog: equipmentTypes { key } list: projects { totalCount } }`],
  ['in a fragment', `query { ...Open } fragment Open on Query { equipmentTypes { key } projects { totalCount } }`],
  ['in a fragment of a fragment', `query { ...A } fragment A on Query { ...B } fragment B on Query { me { id } }`],
  ['in an inline fragment', `{ equipmentTypes { key } ... on Query { me { id } } }`],
  ['in an untyped inline fragment with @include', `{ ... @include(if: true) { me { id } } }`],
  [
    'in a mutation next to login',
    `mutation { login(email: "a@b.example", password: "x") { token } createApiToken(name: "x") { token } }`,
  ],
];

describe('the gate for anonymous callers', () => {
  it.each(SMUGGLED)('a private field %s is UNAUTHENTICATED (401) and changes nothing', async (_label, query) => {
    const before = await snapshotDatabase(server.em());
    expectUnauthenticated(await anonymous(query));
    expect(await snapshotDatabase(server.em())).toEqual(before);
  });

  it('judges the operation chosen by operationName', async () => {
    const document = `query Open { equipmentTypes { key } } query Closed { me { id } }`;
    const send = (operationName: string) =>
      fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: document, operationName }),
      });
    expect((await send('Open')).status).toBe(200);
    const closed = await send('Closed');
    expect({ status: closed.status, body: await closed.json() }).toMatchObject({
      status: 401,
      body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] },
    });
  });

  it('refuses a GET query the same way; with a token it answers', async () => {
    const get = (authorization?: string) =>
      fetch(`${server.url}?query=${encodeURIComponent('{ me { id } }')}`, {
        headers: { 'apollo-require-preflight': 'true', ...(authorization ? { authorization } : {}) },
      });
    const refused = await get();
    expect({
      status: refused.status,
      codes: ((await refused.json()) as GqlResponse).errors?.map((e) => e.extensions.code),
    }).toEqual({
      status: 401,
      codes: ['UNAUTHENTICATED'],
    });
    const answered = await get(bearer(server.user.token));
    expect({ status: answered.status, body: await answered.json() }).toEqual({
      status: 200,
      body: { data: { me: { id: server.user.id } } },
    });
  });

  it('lets { __typename } through', async () => {
    expect(expectData(await anonymous(`{ __typename }`))).toEqual({ __typename: 'Query' });
  });
});

describe('API tokens', () => {
  it('are shown once, work as Bearer, are listed by me without the secret and stored only hashed', async () => {
    const user = await server.newUser('scripter');
    const created = expectData(await as(user, CREATE_TOKEN, { name: ' CI pipeline ' })).createApiToken;
    expect(created.token).toMatch(/^exl_[A-Za-z0-9_-]{20,}$/);
    expect(created.apiToken).toEqual({
      id: expect.any(String),
      name: 'CI pipeline',
      createdAt: expect.any(String),
      revokedAt: null,
    });

    const me = await call(server.url, ME, {}, bearer(created.token));
    expect(expectData(me).me).toMatchObject({ id: user.id, apiTokens: [created.apiToken] });
    expect(me.text).not.toContain(created.token.slice(4));
    const rows = await server.em().getConnection().execute('select * from api_token');
    expect(JSON.stringify(rows)).not.toContain(created.token.slice(4));

    const projectId = await freshProject(server);
    expect(expectData(await call(server.url, MEMBERS, { id: projectId }, bearer(created.token))).project).toBeNull();
  });

  it('a revoked token is UNAUTHENTICATED; me shows when it was revoked', async () => {
    const user = await server.newUser('revoker');
    const { token, apiToken } = expectData(await as(user, CREATE_TOKEN, { name: 'laptop' })).createApiToken;
    expect(expectData(await as(user, REVOKE_TOKEN, { id: apiToken.id })).revokeApiToken).toBe(true);
    expectUnauthenticated(await call(server.url, ME, {}, bearer(token)));
    expect(expectData(await call(server.url, CATALOG, {}, bearer(token))).equipmentTypes).toHaveLength(7);
    const [listed] = expectData(await as(user, ME)).me.apiTokens;
    expect(listed).toEqual({ ...apiToken, revokedAt: expect.any(String) });
  });

  it("someone else's token cannot be revoked: NOT_FOUND, and it keeps working", async () => {
    const holder = await server.newUser('holder');
    const other = await server.newUser('other');
    const { token, apiToken } = expectData(await as(holder, CREATE_TOKEN, { name: 'mine' })).createApiToken;
    const before = await snapshotDatabase(server.em());
    expect(codes(await as(other, REVOKE_TOKEN, { id: apiToken.id }))).toEqual(['NOT_FOUND']);
    expect(await snapshotDatabase(server.em())).toEqual(before);
    expect(expectData(await call(server.url, ME, {}, bearer(token))).me.id).toBe(holder.id);
  });

  it("another account's tokens are not listed where that account appears (project members)", async () => {
    const owner = await server.newUser('lister');
    const member = await server.newUser('listed');
    expectData(await as(member, CREATE_TOKEN, { name: 'private to the member' }));
    const own = expectData(await as(owner, CREATE_TOKEN, { name: 'the owner own' })).createApiToken.apiToken;
    const projectId = await freshProject(asServer(owner));
    expectData(await as(owner, SHARE, { projectId, email: member.email, role: 'VIEWER' }));
    const members = `query ($id: ID!) { project(id: $id) { members { user { id apiTokens { id name } } } } }`;
    const seen = expectData(await as(owner, members, { id: projectId })).project.members;
    const tokensOf = Object.fromEntries(seen.map((m: any) => [m.user.id, m.user.apiTokens]));
    expect(tokensOf).toEqual({ [owner.id]: [{ id: own.id, name: own.name }], [member.id]: [] });
  });

  it('creating one needs an account', async () => {
    const before = await snapshotDatabase(server.em());
    expectUnauthenticated(await anonymous(CREATE_TOKEN, { name: 'x' }));
    expect(await snapshotDatabase(server.em())).toEqual(before);
  });
});

describe('deleteAccount', () => {
  it('refuses a wrong password and changes nothing', async () => {
    const user = await server.newUser('careful');
    const before = await snapshotDatabase(server.em());
    const refused = await as(user, DELETE_ACCOUNT, { password: 'not my password' });
    expect(codes(refused)).toEqual(['UNAUTHENTICATED']);
    expect(await snapshotDatabase(server.em())).toEqual(before);
    expect(expectData(await as(user, ME)).me.id).toBe(user.id);
  });

  it('deletes the account, its tokens, its memberships and the projects it alone owns', async () => {
    const alice = await server.newUser('alice');
    const bob = await server.newUser('bob');
    const aliceAlone = await freshProject(asServer(alice), { name: 'Alice alone' });
    const coOwned = await freshProject(asServer(alice), { name: 'Co-owned' });
    expectData(await as(alice, SHARE, { projectId: coOwned, email: bob.email, role: 'OWNER' }));
    const bobs = await freshProject(asServer(bob), { name: 'Bob owns, Alice edits' });
    expectData(await as(bob, SHARE, { projectId: bobs, email: alice.email, role: 'EDITOR' }));
    const { token: apiToken } = expectData(await as(alice, CREATE_TOKEN, { name: 'script' })).createApiToken;

    expect(expectData(await as(alice, DELETE_ACCOUNT, { password: alice.password })).deleteAccount).toBe(true);

    expectUnauthenticated(await as(alice, ME));
    expectUnauthenticated(await call(server.url, ME, {}, bearer(apiToken)));
    expect(codes(await anonymous(LOGIN, { email: alice.email, password: alice.password }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    const rows = async (sql: string) => server.em().getConnection().execute(sql, [alice.id]);
    expect(await rows('select id from app_user where id = ?')).toEqual([]);
    expect(await rows('select id from api_token where user_id = ?')).toEqual([]);
    expect(await rows('select project_id from project_member where user_id = ?')).toEqual([]);
    expect(await server.em().getConnection().execute('select id from project where id = ?', [aliceAlone])).toEqual([]);
    for (const projectId of [coOwned, bobs]) {
      const project = expectData(await as(bob, MEMBERS, { id: projectId })).project;
      expect(project.members).toEqual([{ role: 'OWNER', user: { id: bob.id, email: bob.email, name: 'bob' } }]);
    }
  });
});

/** A TestServer-shaped view that speaks as `user`, for the support helpers (freshProject). */
function asServer(user: TestUser): TestServer {
  return { ...server, gql: (query, variables) => user.gql(query, variables) };
}

describe('sharing', () => {
  let owner: TestUser;
  let member: TestUser;
  let projectId: string;
  beforeEach(async () => {
    owner = await server.newUser('owner');
    member = await server.newUser('member');
    projectId = await freshProject(asServer(owner), { name: 'Shared plant' });
  });

  it('adds a member with a role; the member sees the project, its role and the members', async () => {
    const shared = expectData(await as(owner, SHARE, { projectId, email: member.email, role: 'VIEWER' })).shareProject;
    expect(shared).toEqual({ role: 'VIEWER', user: { id: member.id, email: member.email, name: 'member' } });
    const seen = expectData(await as(member, MEMBERS, { id: projectId })).project;
    expect(seen.myRole).toBe('VIEWER');
    expect(seen.members.map((m: any) => [m.user.id, m.role]).sort()).toEqual(
      [
        [owner.id, 'OWNER'],
        [member.id, 'VIEWER'],
      ].sort(),
    );
    expect(expectData(await as(owner, MEMBERS, { id: projectId })).project.myRole).toBe('OWNER');
    const list = expectData(await as(member, `{ projects { totalCount edges { node { id } } } }`)).projects;
    expect(list).toEqual({ totalCount: 1, edges: [{ node: { id: projectId } }] });
  });

  it('sharing again changes the role, and the new role applies at once', async () => {
    expectData(await as(owner, SHARE, { projectId, email: member.email, role: 'VIEWER' }));
    expect(codes(await as(member, RENAME, { id: projectId, name: 'By the viewer' }))).toEqual(['FORBIDDEN']);
    const promoted = expectData(
      await as(owner, SHARE, { projectId, email: member.email, role: 'EDITOR' }),
    ).shareProject;
    expect(promoted.role).toBe('EDITOR');
    expect(expectData(await as(owner, MEMBERS, { id: projectId })).project.members).toHaveLength(2);
    expect(expectData(await as(member, RENAME, { id: projectId, name: 'By the editor' })).updateProject.name).toBe(
      'By the editor',
    );
  });

  it('sharing with an unknown email is NOT_FOUND and changes nothing', async () => {
    const before = await snapshotDatabase(server.em());
    const reply = await as(owner, SHARE, { projectId, email: uniqueEmail('ghost'), role: 'VIEWER' });
    expect(codes(reply)).toEqual(['NOT_FOUND']);
    expect(await snapshotDatabase(server.em())).toEqual(before);
  });

  it('an editor can neither promote itself nor remove the owner: FORBIDDEN', async () => {
    expectData(await as(owner, SHARE, { projectId, email: member.email, role: 'EDITOR' }));
    const before = await snapshotDatabase(server.em());
    expect(codes(await as(member, SHARE, { projectId, email: member.email, role: 'OWNER' }))).toEqual(['FORBIDDEN']);
    expect(codes(await as(member, UNSHARE, { projectId, userId: owner.id }))).toEqual(['FORBIDDEN']);
    expect(await snapshotDatabase(server.em())).toEqual(before);
  });

  it('the last owner can be neither removed nor demoted: CONFLICT; with a second owner it can leave', async () => {
    const before = await snapshotDatabase(server.em());
    expect(codes(await as(owner, UNSHARE, { projectId, userId: owner.id }))).toEqual(['CONFLICT']);
    expect(codes(await as(owner, SHARE, { projectId, email: owner.email, role: 'EDITOR' }))).toEqual(['CONFLICT']);
    expect(await snapshotDatabase(server.em())).toEqual(before);

    expectData(await as(owner, SHARE, { projectId, email: member.email, role: 'OWNER' }));
    expect(expectData(await as(owner, UNSHARE, { projectId, userId: owner.id })).unshareProject).toBe(true);
    expect(expectData(await as(owner, MEMBERS, { id: projectId })).project).toBeNull();
    expect(codes(await as(member, UNSHARE, { projectId, userId: member.id }))).toEqual(['CONFLICT']);
  });

  it('a removed member sees the project no more', async () => {
    expectData(await as(owner, SHARE, { projectId, email: member.email, role: 'EDITOR' }));
    expect(expectData(await as(owner, UNSHARE, { projectId, userId: member.id })).unshareProject).toBe(true);
    expect(expectData(await as(member, MEMBERS, { id: projectId })).project).toBeNull();
    expect(codes(await as(member, RENAME, { id: projectId, name: 'Too late' }))).toEqual(['NOT_FOUND']);
    expect(expectData(await as(owner, MEMBERS, { id: projectId })).project.members).toHaveLength(1);
  });
});

describe('password hashes', () => {
  it('appear in no response: not the hash, not the password', async () => {
    const password = `secret-${randomBytes(6).toString('hex')}`;
    const email = uniqueEmail('private');
    const replies: Reply[] = [];
    const record = async (reply: Promise<Reply>) => {
      replies.push(await reply);
      return replies.at(-1)!.body.data;
    };
    const { token } = (await record(anonymous(REGISTER, { input: { email, password, name: 'Private' } }))).register;
    const user = { token };
    await record(anonymous(LOGIN, { email, password }));
    await record(anonymous(LOGIN, { email, password: `${password}x` }));
    await record(anonymous(REGISTER, { input: { email, password, name: 'Again' } }));
    await record(as(user, ME));
    await record(as(user, CREATE_TOKEN, { name: 'token' }));
    const projectId = (await record(as(user, `mutation { createProject(input: { name: "Mine" }) { id } }`)))
      .createProject.id;
    await record(as(user, SHARE, { projectId, email: server.user.email, role: 'VIEWER' }));
    await record(as(server.user, MEMBERS, { id: projectId }));
    await record(as(user, `{ __type(name: "User") { fields { name } } }`));
    await record(as(user, `{ me { passwordHash } }`));

    expect(replies).toHaveLength(11);
    for (const { text } of replies) {
      expect(text).not.toContain('scrypt$');
      expect(text).not.toContain(password);
    }
    expect(replies[9].body.data.__type.fields.map((f: any) => f.name).sort()).toEqual(
      ['apiTokens', 'createdAt', 'email', 'id', 'name'].sort(),
    );
    expect(codes(replies[10])).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});

describe('login rate limit (3 per minute)', () => {
  let limited: TestServer;
  beforeEach(async () => {
    limited = await startTestServer({ loginRateLimit: 3 });
  });
  afterEach(async () => {
    await limited.close();
  });
  const login = (email: string, password: string) => call(limited.url, LOGIN, { email, password });

  /** A login sent from another loopback address (fetch cannot choose its source address). */
  function loginFrom(localAddress: string, email: string, password: string, headers: Record<string, string> = {}) {
    return new Promise<GqlResponse>((resolve, reject) => {
      const outgoing = request(
        limited.url,
        { method: 'POST', localAddress, headers: { 'content-type': 'application/json', ...headers } },
        (incoming) => {
          let text = '';
          incoming.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
          incoming.on('end', () => resolve(JSON.parse(text)));
        },
      );
      outgoing.on('error', reject);
      outgoing.end(JSON.stringify({ query: LOGIN, variables: { email, password } }));
    });
  }
  const codesOf = (body: GqlResponse) => body.errors?.map((e) => e.extensions.code);

  it('the 4th attempt is RATE_LIMITED, even with the right password, and so is another email from the same address', async () => {
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect(codes(await login(limited.user.email, 'wrong password'))).toEqual(['UNAUTHENTICATED']);
    }
    const fourth = await login(limited.user.email, limited.user.password);
    expect(codes(fourth)).toEqual(['RATE_LIMITED']);
    expect(fourth.body.data ?? null).toBeNull();
    const retryAfter = fourth.body.errors![0].extensions.retryAfterSeconds as number;
    expect(Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= 60).toBe(true);
    // The limit does not tell whether an account exists.
    const unknown = await login(uniqueEmail('nobody'), 'wrong password');
    expect(codes(unknown)).toEqual(['RATE_LIMITED']);
    const withoutNumbers = (reply: Reply) => reply.body.errors![0].message.replace(/\d+/g, 'N'); // the wait ticks down
    expect(withoutNumbers(unknown)).toBe(withoutNumbers(fourth));
  });

  it('an email is limited from every address; another email from a fresh address is not', async () => {
    for (let attempt = 1; attempt <= 3; attempt++) await login(limited.user.email, 'wrong password');
    expect(codesOf(await loginFrom('127.0.0.2', limited.user.email, limited.user.password))).toEqual(['RATE_LIMITED']);
    const other = await limited.newUser('other');
    expect(codesOf(await loginFrom('127.0.0.2', other.email, other.password))).toBeUndefined();
  });

  it('X-Forwarded-For does not give a client a fresh address', async () => {
    for (let attempt = 1; attempt <= 3; attempt++) await login(uniqueEmail('guess'), 'wrong password');
    const other = await limited.newUser('other');
    const spoofed = await loginFrom('127.0.0.1', other.email, other.password, { 'x-forwarded-for': '203.0.113.7' });
    expect(codesOf(spoofed)).toEqual(['RATE_LIMITED']);
  });

  it('behind a trusted proxy (TRUST_PROXY) the forwarded client address is the one counted', async () => {
    const proxied = await startTestServer({ loginRateLimit: 3, trustProxy: 'loopback' });
    try {
      const via = (client: string, email: string) =>
        fetch(proxied.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
          body: JSON.stringify({ query: LOGIN, variables: { email, password: 'wrong password' } }),
        }).then((r) => r.json() as Promise<GqlResponse>);
      for (let attempt = 1; attempt <= 3; attempt++) {
        expect(codesOf(await via('203.0.113.7', uniqueEmail('a')))).toEqual(['UNAUTHENTICATED']);
      }
      expect(codesOf(await via('203.0.113.7', uniqueEmail('a')))).toEqual(['RATE_LIMITED']);
      expect(codesOf(await via('203.0.113.8', uniqueEmail('b')))).toEqual(['UNAUTHENTICATED']);
    } finally {
      await proxied.close();
    }
  });

  it('registrations count too: the 4th from one address is RATE_LIMITED and stores nothing', async () => {
    // The default account was the 1st.
    await limited.newUser('second');
    await limited.newUser('third');
    const before = await snapshotDatabase(limited.em());
    const fourth = await call(limited.url, REGISTER, {
      input: { email: uniqueEmail('fourth'), password: 'long enough', name: 'F' },
    });
    expect(codes(fourth)).toEqual(['RATE_LIMITED']);
    expect(fourth.body.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(await snapshotDatabase(limited.em())).toEqual(before);
  });
});

describe('session expiry (JWT_TTL 2 s)', () => {
  it("the server's own token stops working once expired; public operations and a new login still work", async () => {
    const shortLived = await startTestServer({ jwtTtlSeconds: 2 });
    try {
      const { user } = shortLived;
      expect(expectData(await call(shortLived.url, ME, {}, bearer(user.token))).me.id).toBe(user.id);
      // exp has whole seconds: after 3 s a 2 s token is past it whatever the sub-second start.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expectUnauthenticated(await call(shortLived.url, ME, {}, bearer(user.token)));
      expect(expectData(await call(shortLived.url, CATALOG, {}, bearer(user.token))).equipmentTypes).toHaveLength(7);
      const fresh = expectData(await call(shortLived.url, LOGIN, { email: user.email, password: user.password })).login;
      expect(expectData(await call(shortLived.url, ME, {}, bearer(fresh.token))).me.id).toBe(user.id);
    } finally {
      await shortLived.close();
    }
  });
});

/**
 * A server whose signing secret the test knows, so it can mint session tokens
 * (valid, expired, for a missing account) with the server's own SessionTokens;
 * its log lines are kept to check that no password or hash is logged.
 */
describe('session tokens', () => {
  const SECRET = randomBytes(32).toString('base64url');
  const tokens = new SessionTokens(SECRET, 3600);
  let db: TestDatabase;
  let running: RunningServer;
  let url: string;
  const lines: string[] = [];
  let user: { id: string; email: string; password: string; token: string };

  beforeAll(async () => {
    db = await createTestDatabase();
    const orm = await openDatabase(db.config);
    const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
    const app = await createServer({ orm, logger, auth: { jwtSecret: SECRET, loginRateLimit: 10_000 } });
    running = await app.start(0, '127.0.0.1');
    url = `http://127.0.0.1:${running.port}/graphql`;
    const email = uniqueEmail('jwt');
    const password = `pw-${randomBytes(8).toString('hex')}`;
    const registered = expectData(await call(url, REGISTER, { input: { email, password, name: 'J' } })).register;
    user = { id: registered.user.id, email, password, token: registered.token };
  });
  afterAll(async () => {
    await running?.stop();
    await db?.cleanup();
  });

  /** Replaces one character in the middle of the signature (the last one may carry only padding bits). */
  function tamper(token: string): string {
    const [header, payload, signature] = token.split('.');
    const at = Math.floor(signature.length / 2);
    const flipped = signature[at] === 'A' ? 'B' : 'A';
    return [header, payload, signature.slice(0, at) + flipped + signature.slice(at + 1)].join('.');
  }

  /** The server's own token with its header swapped for {"alg":"none"} and the signature dropped. */
  function unsigned(token: string): string {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    return `${header}.${token.split('.')[1]}.`;
  }

  it('a token minted with the server key is accepted (the forgeries below differ from it in one respect only)', async () => {
    const minted = await tokens.sign(user.id);
    expect(expectData(await call(url, ME, {}, bearer(minted))).me.id).toBe(user.id);
  });

  const BAD_TOKENS: [string, () => Promise<string>][] = [
    ['expired', () => new SessionTokens(SECRET, -60).sign(user.id)],
    ['with a tampered signature', async () => tamper(user.token)],
    ['signed with another key', () => new SessionTokens(randomBytes(32).toString('base64url'), 3600).sign(user.id)],
    ['with alg none', async () => unsigned(user.token)],
    ['of an account that does not exist', () => tokens.sign(randomUUID())],
    ['that is not a JWT', async () => 'xyz'],
    ['that is an unknown API token', async () => `exl_${randomBytes(32).toString('base64url')}`],
  ];

  it.each(BAD_TOKENS)('a token %s is UNAUTHENTICATED, yet public operations still work', async (_label, make) => {
    const token = await make();
    expectUnauthenticated(await call(url, ME, {}, bearer(token)));
    expectUnauthenticated(await call(url, `{ projects { totalCount } }`, {}, bearer(token)));
    expect(expectData(await call(url, CATALOG, {}, bearer(token))).equipmentTypes).toHaveLength(7);
    const login = expectData(await call(url, LOGIN, { email: user.email, password: user.password }, bearer(token)));
    expect(login.login.user.id).toBe(user.id);
  });

  it('a header that is not "Bearer <token>" is UNAUTHENTICATED', async () => {
    expectUnauthenticated(await call(url, ME, {}, `Basic ${Buffer.from('a:b').toString('base64')}`));
    expectUnauthenticated(await call(url, ME, {}, user.token));
  });

  it('a session token of a deleted account is UNAUTHENTICATED', async () => {
    const email = uniqueEmail('leaving');
    const password = 'leaving for good';
    const { token } = expectData(await call(url, REGISTER, { input: { email, password, name: 'L' } })).register;
    expect(expectData(await call(url, DELETE_ACCOUNT, { password }, bearer(token))).deleteAccount).toBe(true);
    expectUnauthenticated(await call(url, ME, {}, bearer(token)));
  });

  it('no log line holds a password or a password hash', async () => {
    await call(url, LOGIN, { email: user.email, password: user.password });
    await call(url, LOGIN, { email: user.email, password: `${user.password}-wrong` });
    await call(url, REGISTER, { input: { email: user.email, password: user.password, name: 'Dup' } });
    await call(url, DELETE_ACCOUNT, { password: `${user.password}-wrong` }, bearer(user.token));
    await new Promise((resolve) => setTimeout(resolve, 50)); // access lines are written on 'finish'
    expect(lines.length).toBeGreaterThan(0);
    const log = lines.join('\n');
    expect(log).not.toContain('scrypt$');
    expect(log).not.toContain(user.password);
  });
});
