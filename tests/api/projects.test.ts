/** Projects through real HTTP: create, read, list (Relay), update, delete with cascade. */
import { startTestServer, type TestServer } from '../support/server';
import {
  ADD_EQUIPMENT,
  COMPRESSOR,
  CREATE_PROJECT,
  DELETE_PROJECT,
  GET_PROJECT,
  LIST_PROJECTS,
  UPDATE_PROJECT,
} from '../support/operations';
import { Equipment } from '../../src/modules/equipment/equipment.entity';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function createProject(input: Record<string, unknown>) {
  const response = await server.gql(CREATE_PROJECT, { input });
  expect(response.errors).toBeUndefined();
  return response.data.createProject;
}

describe('createProject / project', () => {
  it('stores a project with the design defaults and reads it back', async () => {
    const created = await createProject({ name: '  Dairy plant  ', sector: 'food', description: 'Milk powder line' });
    expect(created).toMatchObject({
      name: 'Dairy plant',
      sector: 'food',
      description: 'Milk powder line',
      operatingHours: 6000,
      energyPriceEurPerKWh: 0.08,
      ambientTemperatureC: 25,
      ambientPressureKPa: 101.325,
      equipmentCount: 0,
      process: null,
    });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    const read = await server.gql(GET_PROJECT, { id: created.id });
    expect(read.data.project).toMatchObject({ id: created.id, name: 'Dairy plant', equipment: [] });
  });

  it('takes the dead state, hours, price and a process definition', async () => {
    const created = await createProject({
      name: 'Textile mill',
      operatingHours: 8000,
      energyPriceEurPerKWh: 0.12,
      ambientTemperatureC: 15,
      ambientPressureKPa: 95,
      process: {
        type: 'DRYING',
        label: 'Fabric dryer',
        parameters: { mass_flow_kg_h: 1000, moisture_in_pct: 60, moisture_out_pct: 10 },
      },
    });
    expect(created).toMatchObject({
      operatingHours: 8000,
      energyPriceEurPerKWh: 0.12,
      ambientTemperatureC: 15,
      ambientPressureKPa: 95,
    });
    expect(created.process).toMatchObject({ type: 'DRYING', label: 'Fabric dryer' });
  });

  it('answers null for an unknown or malformed id', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const response = await server.gql(GET_PROJECT, { id });
      expect(response.errors).toBeUndefined();
      expect(response.data.project).toBeNull();
    }
  });
});

describe('projects connection', () => {
  let ids: string[];
  beforeAll(async () => {
    ids = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await createProject({ name: `Paging plant ${i} 100%_x`, sector: i % 2 ? 'chemicals' : 'paper' })).id);
    }
  });

  it('pages newest first with cursors and a total count', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const response: any = await server.gql(LIST_PROJECTS, { first: 2, after, search: 'Paging plant' });
      expect(response.errors).toBeUndefined();
      const page = response.data.projects;
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual([...ids].reverse());
  });

  it('searches case-insensitively, treating % and _ literally, and filters by sector', async () => {
    const bySearch = await server.gql(LIST_PROJECTS, { search: 'PAGING PLANT 3 100%_' });
    expect(bySearch.data.projects.edges.map((e: any) => e.node.id)).toEqual([ids[3]]);
    const literal = await server.gql(LIST_PROJECTS, { search: 'plant_0' });
    expect(literal.data.projects.totalCount).toBe(0);
    const bySector = await server.gql(LIST_PROJECTS, { search: 'Paging', sector: 'chemicals' });
    expect(bySector.data.projects.totalCount).toBe(2);
  });

  it('rejects a page size over 100 and a forged cursor', async () => {
    const tooMany = await server.gql(LIST_PROJECTS, { first: 101 });
    expect(tooMany.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'first', min: 0, max: 100 }],
    });
    const forged = await server.gql(LIST_PROJECTS, { after: 'garbage' });
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'after' }] });
  });
});

describe('updateProject / deleteProject', () => {
  it('changes only the given fields', async () => {
    const created = await createProject({ name: 'Before', sector: 'metal' });
    const response = await server.gql(UPDATE_PROJECT, {
      id: created.id,
      input: { name: 'After', operatingHours: 7000 },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.updateProject).toMatchObject({ name: 'After', sector: 'metal', operatingHours: 7000 });
    const cleared = await server.gql(UPDATE_PROJECT, { id: created.id, input: { sector: null } });
    expect(cleared.data.updateProject.sector).toBeNull();
  });

  it('deletes the project with its equipment, and a second delete is NOT_FOUND', async () => {
    const created = await createProject({ name: 'To delete' });
    const added = await server.gql(ADD_EQUIPMENT, { projectId: created.id, input: COMPRESSOR });
    expect(added.errors).toBeUndefined();
    const first = await server.gql(DELETE_PROJECT, { id: created.id });
    expect(first.data.deleteProject).toBe(true);
    expect(await server.em().count(Equipment, { project: created.id })).toBe(0);
    const second = await server.gql(DELETE_PROJECT, { id: created.id });
    expect(second.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'Project', id: created.id });
  });
});
