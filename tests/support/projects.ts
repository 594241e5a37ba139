/**
 * Per-test project setup. Every test that reads or changes project state makes
 * its own project here, so its outcome never depends on which tests ran
 * before it (or on their order, or on one of them failing halfway).
 */
import type { TestServer } from './server';
import { ADD_EQUIPMENT, CREATE_PROJECT } from './operations';
import { DEMO_EQUIPMENT, DEMO_PROJECT } from '../../src/db/demo-factory';

/** Creates a project (name 'Test plant' unless `input` says otherwise) and returns its id. */
export async function freshProject(server: TestServer, input: Record<string, unknown> = {}): Promise<string> {
  const response = await server.gql(CREATE_PROJECT, { input: { name: 'Test plant', ...input } });
  expect(response.errors).toBeUndefined();
  return response.data.createProject.id;
}

/** Adds one equipment to `projectId`, failing the test when it is refused; returns the stored equipment. */
export async function addEquipment(server: TestServer, projectId: string, input: Record<string, unknown>) {
  const response = await server.gql(ADD_EQUIPMENT, { projectId, input });
  expect(response.errors).toBeUndefined();
  return response.data.addEquipment;
}

/**
 * A new project holding the demo plant: the steam process and one equipment
 * of each of the 7 types, the turbine supplied by the boiler. `ids` are the
 * equipment ids in DEMO_EQUIPMENT order.
 */
export async function demoProject(server: TestServer): Promise<{ projectId: string; ids: string[] }> {
  // The demo holds internal enum values (steam_generation, boiler); GraphQL speaks their names.
  const projectId = await freshProject(server, {
    ...DEMO_PROJECT,
    process: { ...DEMO_PROJECT.process!, type: DEMO_PROJECT.process!.type.toUpperCase() },
  });
  const ids: string[] = [];
  for (const { supplier, ...input } of DEMO_EQUIPMENT) {
    const suppliedById = supplier === undefined ? null : ids[supplier];
    const added = await addEquipment(server, projectId, { ...input, type: input.type.toUpperCase(), suppliedById });
    ids.push(added.id);
  }
  return { projectId, ids };
}

/**
 * The demo plant `copies` times over in one project (the copies' units named "… #2", "… #3", unlinked), analysed;
 * returns the project id.
 */
export async function analysedDemoCopies(server: TestServer, copies: number): Promise<string> {
  const { projectId } = await demoProject(server);
  for (let copy = 2; copy <= copies; copy++) {
    for (const { supplier: _, ...input } of DEMO_EQUIPMENT) {
      await addEquipment(server, projectId, {
        ...input,
        name: `${input.name} #${copy}`,
        type: input.type.toUpperCase(),
      });
    }
  }
  const run = await server.gql(`mutation ($id: ID!) { analyzeProject(id: $id) { totals { equipmentCount } } }`, {
    id: projectId,
  });
  expect(run.data.analyzeProject.totals.equipmentCount).toBe(copies * DEMO_EQUIPMENT.length);
  return projectId;
}
