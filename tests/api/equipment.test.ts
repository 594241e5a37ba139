/** Equipment through real HTTP: add, batch (all or nothing), update, supply links, remove. */
import { startTestServer, type TestServer } from '../support/server';
import { addEquipment, freshProject } from '../support/projects';
import {
  ADD_EQUIPMENT,
  ADD_EQUIPMENT_BATCH,
  COMPRESSOR,
  CREATE_PROJECT,
  GET_EQUIPMENT,
  GET_PROJECT,
  PUMP,
  REMOVE_EQUIPMENT,
  UPDATE_EQUIPMENT,
} from '../support/operations';
import { Equipment } from '../../src/modules/equipment/equipment.entity';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const equipmentPlant = () => freshProject(server, { name: 'Equipment plant' });

describe('addEquipment', () => {
  it('stores type, subtype and parameters and lists it under the project', async () => {
    const projectId = await equipmentPlant();
    const equipment = await addEquipment(server, projectId, COMPRESSOR);
    expect(equipment).toMatchObject({
      name: 'Screw compressor 1',
      type: 'COMPRESSOR',
      subtype: 'screw',
      parameters: COMPRESSOR.parameters,
      project: { id: projectId },
      suppliedBy: null,
    });
    const project = await server.gql(GET_PROJECT, { id: projectId });
    expect(project.data.project.equipment.map((e: any) => e.id)).toContain(equipment.id);
    expect(project.data.project.equipmentCount).toBe(project.data.project.equipment.length);
  });

  it('is NOT_FOUND for an unknown project', async () => {
    const response = await server.gql(ADD_EQUIPMENT, {
      projectId: '00000000-0000-4000-8000-000000000000',
      input: PUMP,
    });
    expect(response.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('addEquipmentBatch', () => {
  it('adds every input in order', async () => {
    const projectId = await equipmentPlant();
    const response = await server.gql(ADD_EQUIPMENT_BATCH, {
      projectId,
      inputs: [PUMP, { ...COMPRESSOR, name: 'Screw compressor 2' }, { ...PUMP, name: 'Pump 2' }],
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.addEquipmentBatch.map((e: any) => e.name)).toEqual([
      'Cooling water pump',
      'Screw compressor 2',
      'Pump 2',
    ]);
    const project = await server.gql(GET_PROJECT, { id: projectId });
    const names = project.data.project.equipment.map((e: any) => e.name);
    expect(names.slice(-3)).toEqual(['Cooling water pump', 'Screw compressor 2', 'Pump 2']);
  });

  it('stores nothing when one input is bad, and names it by index', async () => {
    const projectId = await equipmentPlant();
    const before = await server.em().count(Equipment, {});
    const response = await server.gql(ADD_EQUIPMENT_BATCH, {
      projectId,
      inputs: [PUMP, { ...PUMP, name: '' }, PUMP],
    });
    expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions.issues?.map((i: any) => i.path)).toContain('inputs[1].name');
    expect(await server.em().count(Equipment, {})).toBe(before);
  });
});

describe('updateEquipment / supply links / removeEquipment', () => {
  it('changes only what is given', async () => {
    const equipment = await addEquipment(server, await equipmentPlant(), PUMP);
    const response = await server.gql(UPDATE_EQUIPMENT, { id: equipment.id, input: { name: 'Renamed pump' } });
    expect(response.errors).toBeUndefined();
    expect(response.data.updateEquipment).toMatchObject({
      name: 'Renamed pump',
      type: 'PUMP',
      parameters: PUMP.parameters,
    });
  });

  it('links a supplier of the same project and refuses self, foreign and cyclic links', async () => {
    const projectId = await equipmentPlant();
    const boiler = await addEquipment(server, projectId, { ...PUMP, name: 'Supplier' });
    const consumer = await addEquipment(server, projectId, { ...PUMP, name: 'Consumer', suppliedById: boiler.id });
    expect(consumer.suppliedBy).toEqual({ id: boiler.id });

    const self = await server.gql(UPDATE_EQUIPMENT, { id: boiler.id, input: { suppliedById: boiler.id } });
    expect(self.errors?.[0].extensions.issues).toEqual([
      expect.objectContaining({ path: 'input.suppliedById', code: 'INCONSISTENT' }),
    ]);

    const cycle = await server.gql(UPDATE_EQUIPMENT, { id: boiler.id, input: { suppliedById: consumer.id } });
    expect(cycle.errors?.[0].extensions.issues?.[0].message).toMatch(/cycle/);

    const otherProject = (await server.gql(CREATE_PROJECT, { input: { name: 'Other' } })).data.createProject.id;
    const foreign = await server.gql(ADD_EQUIPMENT, {
      projectId: otherProject,
      input: { ...PUMP, suppliedById: boiler.id },
    });
    expect(foreign.errors?.[0].extensions.issues?.[0]).toMatchObject({
      path: 'input.suppliedById',
      code: 'INCONSISTENT',
    });

    const unlinked = await server.gql(UPDATE_EQUIPMENT, { id: consumer.id, input: { suppliedById: null } });
    expect(unlinked.data.updateEquipment.suppliedBy).toBeNull();
  });

  it('removes once; the second time is NOT_FOUND', async () => {
    const equipment = await addEquipment(server, await equipmentPlant(), PUMP);
    expect((await server.gql(REMOVE_EQUIPMENT, { id: equipment.id })).data.removeEquipment).toBe(true);
    expect((await server.gql(GET_EQUIPMENT, { id: equipment.id })).data.equipment).toBeNull();
    const again = await server.gql(REMOVE_EQUIPMENT, { id: equipment.id });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'Equipment' });
  });
});
