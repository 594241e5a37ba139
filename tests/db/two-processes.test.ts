/**
 * Scale-out (DESIGN §8): two server processes on one PostgreSQL database run
 * the concurrency mix as one process does — no internal error, every
 * acknowledged analysis stored and consistent — and a session token from one
 * process is valid on the other (the signing secret is shared through the
 * database). PostgreSQL only: SQLite is one process's embedded file.
 */
import { createTestDatabase, TEST_DB_KIND, type TestDatabase } from '../support/database';
import { killChildServers, post, registerOn, startChildServer, type ChildServer } from '../support/child-server';
import { ACCEPTABLE_REFUSALS, expectConsistentRuns, runEditMix } from '../support/edit-mix';

const onPostgres = TEST_DB_KIND === 'postgresql' ? describe : describe.skip;

onPostgres('two server processes on one database', () => {
  let db: TestDatabase;
  let servers: ChildServer[];
  beforeAll(async () => {
    db = await createTestDatabase();
    servers = [await startChildServer(db.env)]; // the first applies the migrations
    servers.push(await startChildServer(db.env));
  });
  afterAll(async () => {
    for (const server of servers) server.process.kill('SIGTERM');
    await Promise.all(servers.map((server) => server.exited));
    killChildServers();
    await db.cleanup();
  });

  it('run the edit/analysis mix with no internal error, no lost analysis, every run consistent', async () => {
    const token = await registerOn(servers[0].url);
    const gqlOn = (server: ChildServer) => (query: string, variables?: Record<string, unknown>) =>
      post(server.url, query, variables, token);
    const created = await gqlOn(servers[1])(`mutation { createProject(input: { name: "Two processes" }) { id } }`);
    expect(created.errors).toBeUndefined();
    const projectId = created.data.createProject.id;

    const { acknowledged, codes } = await runEditMix({
      projectId,
      clients: 20,
      seconds: 4,
      clientGql: (client) => gqlOn(servers[client % 2]),
    });
    expect([...codes.keys()].filter((code) => !ACCEPTABLE_REFUSALS.includes(code))).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(5);
    // Every acknowledged run is in the history, whichever process wrote it, and reads the same from both.
    const history = `query ($id: ID!) { project(id: $id) { analyses(first: 100) { totalCount edges { node { id } } } } }`;
    const [fromFirst, fromSecond] = await Promise.all(
      servers.map((server) => gqlOn(server)(history, { id: projectId })),
    );
    expect(fromFirst.data.project.analyses.totalCount).toBe(acknowledged.length);
    expect(fromSecond.data).toEqual(fromFirst.data);
    if (acknowledged.length <= 100) {
      expect(new Set(fromFirst.data.project.analyses.edges.map((e: any) => e.node.id))).toEqual(new Set(acknowledged));
    }
    await expectConsistentRuns(gqlOn(servers[0]), projectId, acknowledged.length);
  });
});
