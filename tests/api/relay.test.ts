/**
 * Relay and cache friendliness over HTTP: node(id)/nodes(ids) for every
 * entity type (a stranger's record answers like a random id), backward
 * paging equal to the forward pages reversed with pageInfo right at both
 * ends, the refused argument combinations, and the delete payloads.
 */
import { randomUUID } from 'node:crypto';
import { startTestServer, type GqlResponse, type TestServer, type TestUser } from '../support/server';
import { demoProject, freshProject } from '../support/projects';
import { PUMP } from '../support/operations';

let server: TestServer;
let owner: TestUser;
let stranger: TestUser;

/** One id of each Node type, as the owner sees them. */
const ids = {} as Record<string, string>;

const NODE = `query ($id: ID!) { node(id: $id) { __typename id } }`;
const NODES = `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`;

async function post(token: string | null, query: string, variables: Record<string, unknown> = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(server.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: (await response.json()) as GqlResponse };
}

async function ok(user: TestUser, query: string, variables: Record<string, unknown> = {}) {
  const response = await user.gql(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data;
}

const withoutIds = (body: unknown) =>
  JSON.parse(JSON.stringify(body).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>'));

beforeAll(async () => {
  server = await startTestServer();
  owner = server.user;
  stranger = await server.newUser('stranger');
  const { projectId, ids: units } = await demoProject(server);
  ids.Project = projectId;
  ids.Equipment = units[0];
  const run = (
    await ok(owner, `mutation ($id: ID!) { analyzeProject(id: $id) { id equipmentResults { id } } }`, {
      id: projectId,
    })
  ).analyzeProject;
  ids.FactoryAnalysis = run.id;
  ids.AnalysisResult = run.equipmentResults[0].id;
  ids.Interpretation = (
    await ok(owner, `mutation ($id: ID!) { interpretProject(id: $id) { id } }`, { id: projectId })
  ).interpretProject.id;
  ids.Scenario = (
    await ok(
      owner,
      `mutation ($p: ID!, $input: ScenarioInput!) { createScenario(projectId: $p, input: $input) { id } }`,
      {
        p: projectId,
        input: { name: 'Longer hours', changes: [], settings: { operatingHours: 7000 } },
      },
    )
  ).createScenario.id;
  ids.ScenarioAnalysis = (
    await ok(owner, `mutation ($id: ID!) { analyzeScenario(id: $id) { id } }`, { id: ids.Scenario })
  ).analyzeScenario.id;
  ids.User = owner.id;
  ids.ApiToken = (
    await ok(owner, `mutation { createApiToken(name: "relay test") { apiToken { id } } }`)
  ).createApiToken.apiToken.id;
});
afterAll(async () => {
  await server?.close();
});

const TYPES = [
  'Project',
  'Equipment',
  'FactoryAnalysis',
  'AnalysisResult',
  'Interpretation',
  'Scenario',
  'ScenarioAnalysis',
  'User',
  'ApiToken',
];

describe('node(id)', () => {
  it.each(TYPES)('%s: the owner refetches it; a stranger gets null, exactly as for a random id', async (type) => {
    const id = ids[type];
    const mine = await ok(owner, NODE, { id });
    expect(mine.node).toEqual({ __typename: type, id });
    const theirs = await post(stranger.token, NODE, { id });
    const random = await post(stranger.token, NODE, { id: randomUUID() });
    expect(theirs).toEqual({ status: 200, body: { data: { node: null } } });
    expect(withoutIds(theirs)).toEqual(withoutIds(random));
  });

  it('answers the same fields as the type’s own query (fragments on the concrete type)', async () => {
    const data = await ok(
      owner,
      `query ($p: ID!, $e: ID!) {
        p: node(id: $p) { ... on Project { name equipmentCount } }
        e: node(id: $e) { ... on Equipment { name project { id } } }
        project(id: $p) { name equipmentCount }
        equipment(id: $e) { name project { id } } }`,
      { p: ids.Project, e: ids.Equipment },
    );
    expect(data.p).toEqual(data.project);
    expect(data.e).toEqual(data.equipment);
  });

  it('a removed unit answers as its tombstone (past analyses still show it); not an id answers null', async () => {
    const projectId = await freshProject(server);
    const unit = (
      await ok(
        owner,
        `mutation ($p: ID!, $input: EquipmentInput!) { addEquipment(projectId: $p, input: $input) { id } }`,
        {
          p: projectId,
          input: PUMP,
        },
      )
    ).addEquipment;
    await ok(owner, `mutation ($id: ID!) { removeEquipment(id: $id) }`, { id: unit.id });
    const data = await ok(owner, `query ($id: ID!) { node(id: $id) { id ... on Equipment { removedAt } } }`, {
      id: unit.id,
    });
    expect(data.node.id).toBe(unit.id);
    expect(typeof data.node.removedAt).toBe('string');
    expect((await ok(owner, NODE, { id: 'not-a-uuid' })).node).toBeNull();
    // Upper case is the same UUID.
    expect((await ok(owner, NODE, { id: ids.Project.toUpperCase() })).node).toEqual({
      __typename: 'Project',
      id: ids.Project,
    });
  });

  it('anonymous callers get 401 for node and nodes', async () => {
    for (const [query, variables] of [
      [NODE, { id: ids.Project }],
      [NODES, { ids: [ids.Project] }],
    ] as const) {
      const { status, body } = await post(null, query, variables);
      expect(status).toBe(401);
      expect(body.errors?.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    }
  });
});

describe('nodes(ids)', () => {
  it('keeps the order asked, with null for unknown and invisible ids, in one round of statements', async () => {
    const asked = [ids.Scenario, randomUUID(), ...TYPES.map((t) => ids[t]).reverse(), 'nope', ids.Project];
    const statements = await server.countSql(async () => {
      const data = await ok(owner, NODES, { ids: asked });
      expect(data.nodes.map((n: any) => n?.id ?? null)).toEqual(
        asked.map((id) => (Object.values(ids).includes(id) ? id : null)),
      );
      expect(data.nodes[0].__typename).toBe('Scenario');
    });
    // One statement per table for all the ids (a few more for the interpretation's and result's context).
    expect(statements).toBeLessThanOrEqual(16);
    const theirs = await ok(stranger, NODES, { ids: TYPES.map((t) => ids[t]) });
    expect(theirs.nodes).toEqual(TYPES.map(() => null));
  });

  it('takes at most 100 ids: BAD_USER_INPUT with the range', async () => {
    expect((await ok(owner, NODES, { ids: [] })).nodes).toEqual([]);
    const response = await owner.gql(NODES, { ids: Array.from({ length: 101 }, () => randomUUID()) });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [expect.objectContaining({ path: 'ids', code: 'OUT_OF_RANGE', min: 0, max: 100 })],
    });
  });
});

/** Pages of `field` forwards by `size`, then backwards from the end; both as lists of id pages. */
async function pageBothWays(
  user: TestUser,
  query: (args: string) => string,
  pick: (data: any) => any,
  size: number,
  variables: Record<string, unknown> = {},
) {
  const forward: string[][] = [];
  const forwardInfo: any[] = [];
  let after: string | null = null;
  for (;;) {
    const data = await ok(user, query(`first: ${size}, after: $cursor`), { ...variables, cursor: after });
    const connection = pick(data);
    forward.push(connection.edges.map((e: any) => e.node.id));
    forwardInfo.push(connection.pageInfo);
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  const backward: string[][] = [];
  const backwardInfo: any[] = [];
  let before: string | null = null;
  for (;;) {
    const data = await ok(user, query(`last: ${size}, before: $cursor`), { ...variables, cursor: before });
    const connection = pick(data);
    backward.push(connection.edges.map((e: any) => e.node.id));
    backwardInfo.push(connection.pageInfo);
    if (!connection.pageInfo.hasPreviousPage) break;
    before = connection.pageInfo.startCursor;
  }
  return { forward, forwardInfo, backward, backwardInfo };
}

function expectMirrored(result: Awaited<ReturnType<typeof pageBothWays>>, all: string[]) {
  const { forward, forwardInfo, backward, backwardInfo } = result;
  expect(forward.flat()).toEqual(all);
  expect(backward.slice().reverse().flat()).toEqual(all);
  // The first forward page starts the list, the first backward page ends it.
  expect(forwardInfo[0].hasPreviousPage).toBe(false);
  expect(forwardInfo[forwardInfo.length - 1].hasNextPage).toBe(false);
  expect(backwardInfo[0].hasNextPage).toBe(false);
  expect(backwardInfo[backwardInfo.length - 1].hasPreviousPage).toBe(false);
  for (const info of forwardInfo.slice(1)) expect(info.hasPreviousPage).toBe(true);
  for (const info of backwardInfo.slice(1)) expect(info.hasNextPage).toBe(true);
}

const EDGES = `pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }`;

describe('paging backwards', () => {
  it('projects: last/before gives the forward pages reversed, pageInfo right at both ends', async () => {
    const user = await server.newUser('pager');
    const created: string[] = [];
    for (let i = 0; i < 7; i++) {
      const data = await ok(user, `mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }`, {
        input: { name: `Pager ${i}` },
      });
      created.push(data.createProject.id);
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    const newestFirst = created.slice().reverse();
    const result = await pageBothWays(
      user,
      (args) => `query ($cursor: String) { projects(${args}) { totalCount ${EDGES} } }`,
      (data) => data.projects,
      3,
    );
    expectMirrored(result, newestFirst);
    expect(result.backward[0]).toEqual(newestFirst.slice(4));
    // last alone: the end of the list.
    const tail = await ok(user, `{ projects(last: 2) { totalCount ${EDGES} } }`);
    expect(tail.projects.edges.map((e: any) => e.node.id)).toEqual(newestFirst.slice(5));
    expect(tail.projects.totalCount).toBe(7);
  });

  it('pageInfo is exact beyond a cursor: the cursor of a project deleted since has nothing behind it', async () => {
    const user = await server.newUser('ends');
    const make = async (name: string) =>
      (
        await ok(user, `mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }`, {
          input: { name },
        })
      ).createProject.id;
    await make('Oldest');
    await new Promise((resolve) => setTimeout(resolve, 3));
    await make('Middle');
    await new Promise((resolve) => setTimeout(resolve, 3));
    const newest = await make('Newest');
    const page = await ok(user, `{ projects(first: 1) { ${EDGES} } }`);
    const newestCursor = page.projects.pageInfo.endCursor;
    const tail = await ok(user, `{ projects(last: 1) { ${EDGES} } }`);
    const oldestCursor = tail.projects.pageInfo.startCursor;
    const info = async (args: string, cursor: string) =>
      (
        await ok(user, `query ($c: String) { projects(${args}) { pageInfo { hasNextPage hasPreviousPage } } }`, {
          c: cursor,
        })
      ).projects.pageInfo;
    // While the rows exist, each cursor's own row is on the other side.
    expect(await info('first: 5, after: $c', newestCursor)).toEqual({ hasNextPage: false, hasPreviousPage: true });
    expect(await info('last: 5, before: $c', oldestCursor)).toEqual({ hasNextPage: true, hasPreviousPage: false });
    await ok(user, `mutation ($id: ID!) { deleteProject(id: $id) }`, { id: newest });
    await ok(user, `mutation ($id: ID!) { deleteProject(id: $id) }`, { id: tail.projects.edges[0].node.id });
    expect(await info('first: 5, after: $c', newestCursor)).toEqual({ hasNextPage: false, hasPreviousPage: false });
    expect(await info('last: 5, before: $c', oldestCursor)).toEqual({ hasNextPage: false, hasPreviousPage: false });
  });

  it('Project.analyses: backwards equals forwards reversed', async () => {
    const projectId = await freshProject(server);
    await ok(
      owner,
      `mutation ($p: ID!, $input: EquipmentInput!) { addEquipment(projectId: $p, input: $input) { id } }`,
      {
        p: projectId,
        input: PUMP,
      },
    );
    const runs: string[] = [];
    for (let i = 0; i < 5; i++) {
      runs.push(
        (await ok(owner, `mutation ($id: ID!) { analyzeProject(id: $id) { id } }`, { id: projectId })).analyzeProject
          .id,
      );
    }
    const result = await pageBothWays(
      owner,
      (args) => `query ($id: ID!, $cursor: String) { project(id: $id) { analyses(${args}) { totalCount ${EDGES} } } }`,
      (data) => data.project.analyses,
      2,
      { id: projectId },
    );
    expectMirrored(result, runs.slice().reverse());
  });

  it('Project.equipmentConnection: the same units as Project.equipment, both ways; totalCount when selected', async () => {
    const projectId = await freshProject(server);
    for (let i = 0; i < 5; i++) {
      await ok(
        owner,
        `mutation ($p: ID!, $input: EquipmentInput!) { addEquipment(projectId: $p, input: $input) { id } }`,
        {
          p: projectId,
          input: { ...PUMP, name: `Pump ${i}` },
        },
      );
    }
    const all = (
      await ok(owner, `query ($id: ID!) { project(id: $id) { equipment { id } } }`, { id: projectId })
    ).project.equipment.map((e: any) => e.id);
    const result = await pageBothWays(
      owner,
      (args) =>
        `query ($id: ID!, $cursor: String) { project(id: $id) { equipmentConnection(${args}) { totalCount ${EDGES} } } }`,
      (data) => data.project.equipmentConnection,
      2,
      { id: projectId },
    );
    expectMirrored(result, all);
    const counted = await ok(
      owner,
      `query ($id: ID!) { project(id: $id) { equipmentConnection { totalCount edges { node { name } } } } }`,
      {
        id: projectId,
      },
    );
    expect(counted.project.equipmentConnection.totalCount).toBe(5);
    expect(counted.project.equipmentConnection.edges.map((e: any) => e.node.name)).toEqual(
      [0, 1, 2, 3, 4].map((i) => `Pump ${i}`),
    );
  });

  it('first pages of equipmentConnection under many projects cost the same statements as under one', async () => {
    const user = await server.newUser('batch');
    const statementsFor = async () => {
      let answer: any;
      const count = await server.countSql(async () => {
        answer = await ok(
          user,
          `{ projects { edges { node { equipmentConnection(first: 2) { totalCount pageInfo { hasNextPage } edges { node { id } } } } } } }`,
        );
      });
      return { count, answer };
    };
    const addPlant = async () => {
      const data = await ok(user, `mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }`, {
        input: { name: 'Batch plant' },
      });
      for (let i = 0; i < 3; i++) {
        await ok(
          user,
          `mutation ($p: ID!, $input: EquipmentInput!) { addEquipment(projectId: $p, input: $input) { id } }`,
          {
            p: data.createProject.id,
            input: { ...PUMP, name: `Pump ${i}` },
          },
        );
      }
    };
    await addPlant();
    const one = await statementsFor();
    for (let i = 0; i < 3; i++) await addPlant();
    const four = await statementsFor();
    expect(four.count).toBe(one.count);
    for (const { node } of four.answer.projects.edges) {
      expect(node.equipmentConnection.totalCount).toBe(3);
      expect(node.equipmentConnection.pageInfo.hasNextPage).toBe(true);
      expect(node.equipmentConnection.edges).toHaveLength(2);
    }
  });

  it.each([
    ['first with before', 'first: 2, before: $c', 'before'],
    ['last with after', 'last: 2, after: $c', 'after'],
    ['first with last', 'first: 2, last: 2', 'last'],
  ])('%s is refused with BAD_USER_INPUT', async (_name, args, path) => {
    const cursor = Buffer.from(`${new Date().toISOString()}|${randomUUID()}`).toString('base64url');
    const declared = args.includes('$c') ? '($c: String)' : '';
    const response = await owner.gql(`query ${declared} { projects(${args}) { totalCount } }`, { c: cursor });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [expect.objectContaining({ path })],
    });
  });

  it('last out of 0–100 is refused with the range', async () => {
    const response = await owner.gql(`{ projects(last: 101) { totalCount } }`);
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [expect.objectContaining({ path: 'last', code: 'OUT_OF_RANGE', min: 0, max: 100 })],
    });
  });
});

describe('delete payloads', () => {
  it('projectDelete, equipmentRemove, scenarioDelete answer the deleted id (and the project as it is now)', async () => {
    const projectId = await freshProject(server);
    const unit = (
      await ok(
        owner,
        `mutation ($p: ID!, $input: EquipmentInput!) { addEquipment(projectId: $p, input: $input) { id } }`,
        {
          p: projectId,
          input: PUMP,
        },
      )
    ).addEquipment;
    const scenario = (
      await ok(
        owner,
        `mutation ($p: ID!, $input: ScenarioInput!) { createScenario(projectId: $p, input: $input) { id } }`,
        {
          p: projectId,
          input: { name: 'S', changes: [], settings: {} },
        },
      )
    ).createScenario;
    const removed = await ok(
      owner,
      `mutation ($id: ID!) { equipmentRemove(id: $id) { deletedId deletedType project { id equipmentCount } } }`,
      { id: unit.id },
    );
    expect(removed.equipmentRemove).toEqual({
      deletedId: unit.id,
      deletedType: 'Equipment',
      project: { id: projectId, equipmentCount: 0 },
    });
    const gone = await ok(
      owner,
      `mutation ($id: ID!) { scenarioDelete(id: $id) { deletedId deletedType project { scenarios { id } } } }`,
      { id: scenario.id },
    );
    expect(gone.scenarioDelete).toEqual({
      deletedId: scenario.id,
      deletedType: 'Scenario',
      project: { scenarios: [] },
    });
    const deleted = await ok(
      owner,
      `mutation ($id: ID!) { projectDelete(id: $id) { deletedId deletedType project { id } } }`,
      {
        id: projectId,
      },
    );
    expect(deleted.projectDelete).toEqual({ deletedId: projectId, deletedType: 'Project', project: null });
    expect((await ok(owner, NODE, { id: projectId })).node).toBeNull();
    // Again: NOT_FOUND, like deleteProject.
    const again = await owner.gql(`mutation ($id: ID!) { projectDelete(id: $id) { deletedId } }`, { id: projectId });
    expect(again.errors?.map((e) => e.extensions.code)).toEqual(['NOT_FOUND']);
  });

  it('apiTokenRevoke answers the token with revokedAt; accountDelete answers the account id', async () => {
    const user = await server.newUser('leaver');
    const token = (await ok(user, `mutation { createApiToken(name: "t") { apiToken { id } } }`)).createApiToken
      .apiToken;
    const revoked = await ok(user, `mutation ($id: ID!) { apiTokenRevoke(id: $id) { id revokedAt } }`, {
      id: token.id,
    });
    expect(revoked.apiTokenRevoke.id).toBe(token.id);
    expect(typeof revoked.apiTokenRevoke.revokedAt).toBe('string');
    const gone = await ok(user, `mutation ($pw: String!) { accountDelete(password: $pw) { deletedId deletedType } }`, {
      pw: user.password,
    });
    expect(gone.accountDelete).toEqual({ deletedId: user.id, deletedType: 'User' });
  });

  it('projectUnshare answers the project with its members as they are now', async () => {
    const projectId = await freshProject(server);
    const friend = await server.newUser('friend');
    await ok(
      owner,
      `mutation ($p: ID!, $e: String!) { shareProject(projectId: $p, email: $e, role: VIEWER) { role } }`,
      {
        p: projectId,
        e: friend.email,
      },
    );
    const data = await ok(
      owner,
      `mutation ($p: ID!, $u: ID!) { projectUnshare(projectId: $p, userId: $u) { removedUserId project { id members { user { id } } } } }`,
      { p: projectId, u: friend.id },
    );
    expect(data.projectUnshare).toEqual({
      removedUserId: friend.id,
      project: { id: projectId, members: [{ user: { id: owner.id } }] },
    });
    expect((await ok(friend, NODE, { id: projectId })).node).toBeNull();
  });
});
