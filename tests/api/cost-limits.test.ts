/**
 * What one request may cost: aliases, estimated cost (lists × `first`), parser
 * tokens, equipment per project. Each refusal is QUERY_TOO_COMPLEX (or
 * BAD_USER_INPUT for the equipment cap) with the measured value and the limit,
 * and nothing runs.
 */
import { startTestServer, type TestServer } from '../support/server';
import { ADD_EQUIPMENT, ADD_EQUIPMENT_BATCH, COMPRESSOR, CREATE_PROJECT, PUMP } from '../support/operations';
import { PLANT_LIST_SIZE } from '../../src/graphql/cost-limits';
import { snapshotDatabase } from '../support/snapshot';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    limits: { maxAliases: 5, maxQueryCost: 1_000, maxQueryTokens: 300, maxEquipmentPerProject: 3 },
  });
});
afterAll(() => server.close());

const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: errorCodes`).join(' ')} }`;

it('refuses more aliases than allowed, saying how many and the limit', async () => {
  expect((await server.gql(aliases(5))).errors).toBeUndefined();
  const response = await server.gql(aliases(6));
  expect(response.data).toBeUndefined();
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', aliases: 6, maxAliases: 5 });
});

it('estimates one document anew for each value of the variables that decide its cost', async () => {
  // Costs are remembered per parsed document and per first/@include values: a cheap call must not let the
  // same document through with a larger page or an included branch. 1 + 4n, plus 1 + 200 for the branch.
  const query = `query ($n: Int, $deep: Boolean!, $search: String) { projects(first: $n, search: $search) {
    edges { node { id name equipment @include(if: $deep) { id } } } } }`;
  const cost = async (variables: Record<string, unknown>) =>
    (await server.gql(query, variables)).errors?.[0]?.extensions.cost ?? 'accepted';
  expect(await cost({ n: 2, deep: false, search: 'a' })).toBe('accepted'); // 9
  expect(await cost({ n: 2, deep: false, search: 'b' })).toBe('accepted'); // another id or text: same cost
  expect(await cost({ n: 300, deep: false })).toBe(1 + 4 * 300);
  expect(await cost({ n: 5, deep: false })).toBe('accepted'); // 21
  expect(await cost({ n: 5, deep: true })).toBe(1 + 5 * (1 + (1 + 2 + (1 + PLANT_LIST_SIZE)))); // 1,026
  expect(await cost({ n: 5, deep: false })).toBe('accepted');
  expect(await cost({ n: null, deep: false })).toBe('accepted'); // the default page size, 20: 81
});

it('estimates cost with list sizes from `first` and refuses what exceeds the limit', async () => {
  // projects(first: n) { edges { node { id name } } }: 1 (projects) + n × (1 edges + (1 node + 2 fields)) = 1 + 4n.
  const query = (n: number) => `{ projects(first: ${n}) { edges { node { id name } } } }`;
  expect((await server.gql(query(100))).errors).toBeUndefined(); // 401
  // A plant-sized list without `first` counts PLANT_LIST_SIZE: 1 + 100 × (1 edges + (1 node + (1 + 200 × 1 id))) = 20,301.
  const response = await server.gql(`{ projects(first: 100) { edges { node { equipment { id } } } } }`);
  expect(response.errors![0].extensions).toEqual({
    code: 'QUERY_TOO_COMPLEX',
    cost: 1 + 100 * (1 + (1 + (1 + PLANT_LIST_SIZE * 1))),
    maxCost: 1_000,
  });
  // Variables count as their values.
  const viaVariable = await server.gql(
    `query ($n: Int) { projects(first: $n) { edges { node { equipment { id } } } } }`,
    {
      n: 100,
    },
  );
  expect(viaVariable.errors![0].extensions.cost).toBe(20_301);
});

it('multiplies by `last` like `first`, and counts the default page of every connection given neither', async () => {
  const cost = async (query: string) => (await server.gql(query)).errors?.[0]?.extensions.cost ?? 'accepted';
  // 1 + 300 × (1 edges + (1 node + 2 fields)) either way.
  expect(await cost(`{ projects(last: 300) { edges { node { id name } } } }`)).toBe(1 + 4 * 300);
  expect(await cost(`{ projects(first: 300) { edges { node { id name } } } }`)).toBe(1 + 4 * 300);
  // Neither: the default page of 20 at both levels: 1 + 20 × (1 + (1 + (1 + 20 × (1 + (1 + 1))))) = 1,261.
  expect(await cost(`{ projects { edges { node { equipmentConnection { edges { node { id } } } } } } }`)).toBe(
    1 + 20 * (1 + (1 + (1 + 20 * (1 + (1 + 1))))),
  );
  expect(
    await cost(`{ projects(last: 2) { edges { node { equipmentConnection(last: 3) { edges { node { id } } } } } } }`),
  ).toBe('accepted');
});

it('refuses a document with more tokens than allowed before parsing it all', async () => {
  const fields = Array.from({ length: 400 }, () => 'errorCodes').join(' ');
  const response = await server.gql(`{ ${fields} }`);
  expect(response.errors![0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', tokensAtLeast: 301, maxTokens: 300 });
  expect(response.errors![0].message).toMatch(/more than 300 tokens/);
});

it('caps live equipment per project, in single and batch adds, changing nothing', async () => {
  const projectId = (await server.gql(CREATE_PROJECT, { input: { name: 'Full plant' } })).data.createProject.id;
  for (let i = 0; i < 2; i++)
    expect((await server.gql(ADD_EQUIPMENT, { projectId, input: PUMP })).errors).toBeUndefined();
  const before = await snapshotDatabase(server.em());
  const batch = await server.gql(ADD_EQUIPMENT_BATCH, { projectId, inputs: [COMPRESSOR, PUMP] });
  expect(batch.errors![0].extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    issues: [{ path: 'inputs', code: 'OUT_OF_RANGE', max: 1 }],
  });
  expect(await snapshotDatabase(server.em())).toEqual(before);
  expect((await server.gql(ADD_EQUIPMENT, { projectId, input: COMPRESSOR })).errors).toBeUndefined();
  const over = await server.gql(ADD_EQUIPMENT, { projectId, input: PUMP });
  expect(over.errors![0].extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    issues: [{ path: 'input', code: 'OUT_OF_RANGE', max: 0 }],
  });
});
