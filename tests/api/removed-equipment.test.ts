/**
 * Removing a unit keeps it as a tombstone: it leaves the plant (equipment
 * lists, counts, new analyses, lookups by id) but every past analysis still
 * reads as it was, its `equipment` resolving to the removed unit.
 */
import { startTestServer, type TestServer } from '../support/server';
import {
  ADD_EQUIPMENT,
  COMPRESSOR,
  CREATE_PROJECT,
  GET_EQUIPMENT,
  PUMP,
  REMOVE_EQUIPMENT,
} from '../support/operations';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const ANALYZE = `mutation ($id: ID!) { analyzeProject(id: $id) { id equipmentResults { exergyFuelKW } totals { equipmentCount } } }`;
const HISTORY = `query ($id: ID!) { project(id: $id) { equipmentCount equipment { id }
  analyses(first: 10) { edges { node { sequence stale
    equipmentResults { id type subtype exergyFuelKW exergyDestroyedKW equipment { id name removedAt } } } } } } }`;

it('a past run still reads, its removed unit resolvable; the plant no longer has the unit', async () => {
  const projectId = (await server.gql(CREATE_PROJECT, { input: { name: 'Shrinking plant' } })).data.createProject.id;
  const compressor = (await server.gql(ADD_EQUIPMENT, { projectId, input: COMPRESSOR })).data.addEquipment;
  const pump = (await server.gql(ADD_EQUIPMENT, { projectId, input: PUMP })).data.addEquipment;
  const first = await server.gql(ANALYZE, { id: projectId });
  expect(first.errors).toBeUndefined();
  const before = (await server.gql(HISTORY, { id: projectId })).data.project.analyses.edges[0].node;

  expect((await server.gql(REMOVE_EQUIPMENT, { id: pump.id })).data.removeEquipment).toBe(true);

  const after = await server.gql(HISTORY, { id: projectId });
  expect(after.errors).toBeUndefined();
  const project = after.data.project;
  expect(project.equipmentCount).toBe(1);
  expect(project.equipment).toEqual([{ id: compressor.id }]);
  const run = project.analyses.edges[0].node;
  expect(run.stale).toBe(true);
  expect(run.equipmentResults).toHaveLength(2);
  // Everything of the run as it was, but the pump now carries its removal time.
  const removed = run.equipmentResults.find((r: any) => r.equipment.id === pump.id);
  expect(removed.equipment.name).toBe(PUMP.name);
  expect(Date.parse(removed.equipment.removedAt)).toBeGreaterThan(0);
  expect(run.equipmentResults.map((r: any) => ({ ...r, equipment: { ...r.equipment, removedAt: null } }))).toEqual(
    before.equipmentResults,
  );

  // Gone from lookups and from new analyses; removing it again is NOT_FOUND.
  expect((await server.gql(GET_EQUIPMENT, { id: pump.id })).data.equipment).toBeNull();
  const again = await server.gql(REMOVE_EQUIPMENT, { id: pump.id });
  expect(again.errors?.[0].extensions.code).toBe('NOT_FOUND');
  const second = await server.gql(ANALYZE, { id: projectId });
  expect(second.errors).toBeUndefined();
  expect(second.data.analyzeProject.totals.equipmentCount).toBe(1);
  expect(second.data.analyzeProject.equipmentResults).toHaveLength(1);
});

it('units a removed unit supplied lose the link and turn stale', async () => {
  const projectId = (await server.gql(CREATE_PROJECT, { input: { name: 'Linked plant' } })).data.createProject.id;
  const supplier = (await server.gql(ADD_EQUIPMENT, { projectId, input: COMPRESSOR })).data.addEquipment;
  const consumer = (await server.gql(ADD_EQUIPMENT, { projectId, input: { ...PUMP, suppliedById: supplier.id } })).data
    .addEquipment;
  expect(consumer.suppliedBy).toEqual({ id: supplier.id });
  await server.gql(`mutation ($id: ID!) { analyzeEquipment(id: $id) { id } }`, { id: consumer.id });
  await server.gql(REMOVE_EQUIPMENT, { id: supplier.id });
  const read = await server.gql(`query ($id: ID!) { equipment(id: $id) { suppliedBy { id } analysis { stale } } }`, {
    id: consumer.id,
  });
  expect(read.data.equipment).toEqual({ suppliedBy: null, analysis: { stale: true } });
});
