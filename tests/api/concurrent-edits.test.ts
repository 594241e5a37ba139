/**
 * Analyses racing edits of the same plant: 20 clients mixing updateEquipment,
 * addEquipment, removeEquipment and analyzeProject on one project for a few
 * seconds. No request may fail internally; every acknowledged analysis must
 * be readable and agree with itself (its unit results are the units it counted).
 */
import { startTestServer, type TestServer } from '../support/server';
import { freshProject } from '../support/projects';
import { ACCEPTABLE_REFUSALS, expectConsistentRuns, runEditMix } from '../support/edit-mix';
import { FactoryAnalysis } from '../../src/modules/analysis/factory-analysis.entity';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

it('no internal error, no lost analysis, every run consistent', async () => {
  const projectId = await freshProject(server);
  const gql = server.user.gql;
  const { acknowledged, codes } = await runEditMix({ projectId, clients: 20, seconds: 4, clientGql: () => gql });

  expect([...codes.keys()].filter((code) => !ACCEPTABLE_REFUSALS.includes(code))).toEqual([]);
  expect(acknowledged.length).toBeGreaterThan(5);
  const stored = await server.em().find(FactoryAnalysis, { project: projectId });
  expect(stored.length).toBe(acknowledged.length);
  expect(new Set(stored.map((run) => run.id))).toEqual(new Set(acknowledged));
  await expectConsistentRuns(gql, projectId, acknowledged.length);
});
