/** Work follows the selection: the count behind `totalCount` runs only when it is selected. */
import { startTestServer, type TestServer } from '../support/server';
import { CREATE_PROJECT } from '../support/operations';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  for (const name of ['Alpha', 'Beta', 'Gamma']) await server.gql(CREATE_PROJECT, { input: { name } });
});
afterAll(() => server.close());

const counts = (sql: string[]) => sql.filter((s) => /select count\(/i.test(s)).length;

it('projects without totalCount runs no count', async () => {
  let data: any;
  const sql = await server.captureSql(async () => {
    data = (await server.gql(`{ projects(first: 2) { edges { node { name } } pageInfo { hasNextPage } } }`)).data;
  });
  expect(data.projects.edges).toHaveLength(2);
  expect(data.projects.pageInfo.hasNextPage).toBe(true);
  expect(counts(sql)).toBe(0);
  // The page itself, besides resolving the caller's account from its token (with the read cache's data version).
  expect(sql.filter((s) => s.includes('select'))).toEqual([
    expect.stringMatching(/data_version.* from [`"]app_user[`"] where id = (\?|\$1)/),
    expect.stringMatching(/from [`"]project[`"]/),
  ]);
});

it('totalCount is counted when selected directly, in an inline fragment or in a named fragment', async () => {
  const queries = [
    `{ projects(first: 1) { totalCount } }`,
    `{ projects(first: 1) { ... on ProjectConnection { totalCount } } }`,
    `query { projects(first: 1) { ...Counted } } fragment Counted on ProjectConnection { totalCount }`,
  ];
  for (const query of queries) {
    let data: any;
    const sql = await server.captureSql(async () => {
      data = (await server.gql(query)).data;
    });
    expect(data.projects.totalCount).toBe(3);
    expect(counts(sql)).toBe(1);
  }
});
