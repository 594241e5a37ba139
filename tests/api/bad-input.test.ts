/**
 * Bad input gets a clear error (code, field path, accepted range) and leaves
 * the database exactly as it was.
 */
import { startTestServer, type TestServer } from '../support/server';
import { snapshotDatabase } from '../support/snapshot';
import { addEquipment, freshProject } from '../support/projects';
import {
  ADD_EQUIPMENT,
  COMPRESSOR,
  CREATE_PROJECT,
  DELETE_PROJECT,
  REMOVE_EQUIPMENT,
  UPDATE_EQUIPMENT,
  UPDATE_PROJECT,
} from '../support/operations';

let server: TestServer;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/** Sends the operation, expects one error with `code`, and checks the database did not change. */
async function rejected(query: string, variables: Record<string, unknown>, code: string) {
  const before = await snapshotDatabase(server.em());
  const response = await server.gql(query, variables);
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  expect(error.extensions.code).toBe(code);
  expect(error.message).not.toMatch(/select|insert|update .* set|stack|at .*\.js/i);
  expect(await snapshotDatabase(server.em())).toEqual(before);
  return error;
}

describe('projects', () => {
  it('empty and blank names', async () => {
    for (const name of ['', '   ']) {
      const error = await rejected(CREATE_PROJECT, { input: { name } }, 'BAD_USER_INPUT');
      expect(error.extensions.issues).toEqual(
        expect.arrayContaining([expect.objectContaining({ path: 'input.name' })]),
      );
    }
  });

  it('a name over 255 characters, with the accepted range', async () => {
    const error = await rejected(CREATE_PROJECT, { input: { name: 'x'.repeat(256) } }, 'BAD_USER_INPUT');
    expect(error.extensions.issues).toEqual([
      expect.objectContaining({ path: 'input.name', code: 'OUT_OF_RANGE', min: 1, max: 255 }),
    ]);
  });

  it('settings out of range, all reported at once', async () => {
    const error = await rejected(
      CREATE_PROJECT,
      {
        input: {
          name: 'ok',
          operatingHours: 9000,
          energyPriceEurPerKWh: -1,
          ambientTemperatureC: 80,
          ambientPressureKPa: 10,
        },
      },
      'BAD_USER_INPUT',
    );
    expect(error.extensions.issues?.map((i: any) => [i.path, i.min, i.max])).toEqual([
      ['input.operatingHours', 0, 8760],
      ['input.energyPriceEurPerKWh', 0, 10],
      ['input.ambientTemperatureC', -50, 60],
      ['input.ambientPressureKPa', 50, 110],
    ]);
  });

  it('null for a required setting on update', async () => {
    const projectId = await freshProject(server, { name: 'Guarded plant' });
    const error = await rejected(
      UPDATE_PROJECT,
      { id: projectId, input: { operatingHours: null, name: null } },
      'BAD_USER_INPUT',
    );
    expect(error.extensions.issues?.map((i: any) => i.path).sort()).toEqual(['input.name', 'input.operatingHours']);
  });

  it('unknown ids and deleting twice', async () => {
    await rejected(UPDATE_PROJECT, { id: UNKNOWN_ID, input: { name: 'x' } }, 'NOT_FOUND');
    await rejected(DELETE_PROJECT, { id: 'not-a-uuid' }, 'NOT_FOUND');
    const scratch = (await server.gql(CREATE_PROJECT, { input: { name: 'Scratch' } })).data.createProject.id;
    expect((await server.gql(DELETE_PROJECT, { id: scratch })).data.deleteProject).toBe(true);
    await rejected(DELETE_PROJECT, { id: scratch }, 'NOT_FOUND');
  });
});

describe('equipment', () => {
  it('an unknown equipment type is a GraphQL input error', async () => {
    const projectId = await freshProject(server, { name: 'Guarded plant' });
    const error = await rejected(
      ADD_EQUIPMENT,
      { projectId, input: { ...COMPRESSOR, type: 'TURBOENCABULATOR' } },
      'BAD_USER_INPUT',
    );
    expect(error.message).toMatch(/TURBOENCABULATOR/);
  });

  it.each([
    ['a number', 42],
    ['a string', 'power=37'],
    ['an array', [1, 2]],
    ['null', null],
  ])('parameters that are %s', async (_label, parameters) => {
    const projectId = await freshProject(server, { name: 'Guarded plant' });
    // parameters is a JSONObject: anything else is refused while the variables are coerced, naming the field.
    const error = await rejected(ADD_EQUIPMENT, { projectId, input: { ...COMPRESSOR, parameters } }, 'BAD_USER_INPUT');
    expect(error.message).toMatch(/parameters/);
  });

  it('parameters holding NaN-like strings or nested objects, each reported with its path', async () => {
    const projectId = await freshProject(server, { name: 'Guarded plant' });
    const error = await rejected(
      ADD_EQUIPMENT,
      {
        projectId,
        input: {
          ...COMPRESSOR,
          parameters: { ...COMPRESSOR.parameters, power_kW: 'NaN', flow_rate_m3_min: 'Infinity', extra: { a: 1 } },
        },
      },
      'BAD_USER_INPUT',
    );
    expect(error.extensions.issues?.map((i: any) => i.path).sort()).toEqual([
      'input.parameters.extra',
      'input.parameters.flow_rate_m3_min',
      'input.parameters.power_kW',
    ]);
  });

  it('unknown ids and removing twice', async () => {
    const projectId = await freshProject(server, { name: 'Guarded plant' });
    const equipmentId = (await addEquipment(server, projectId, COMPRESSOR)).id;
    await rejected(UPDATE_EQUIPMENT, { id: UNKNOWN_ID, input: { name: 'x' } }, 'NOT_FOUND');
    await rejected(ADD_EQUIPMENT, { projectId: UNKNOWN_ID, input: COMPRESSOR }, 'NOT_FOUND');
    expect((await server.gql(REMOVE_EQUIPMENT, { id: equipmentId })).data.removeEquipment).toBe(true);
    await rejected(REMOVE_EQUIPMENT, { id: equipmentId }, 'NOT_FOUND');
  });
});

describe('errors never leak internals', () => {
  it('a malformed query is GRAPHQL_PARSE_FAILED, an unknown field GRAPHQL_VALIDATION_FAILED', async () => {
    expect((await server.gql('{ projects { ')).errors?.[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect((await server.gql('{ nope }')).errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a query nested beyond the depth limit is QUERY_TOO_COMPLEX', async () => {
    // 13 levels: projects › edges › node › (equipment › project) × 4 › equipment › id.
    const deep = `{ projects { edges { node { equipment { project { equipment { project { equipment { project { equipment { project { equipment { id } } } } } } } } } } } } }`;
    const response = await server.gql(deep);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxDepth: 12 });
  });

  it('the errorCodes query lists the closed enum', async () => {
    const response = await server.gql('{ errorCodes }');
    expect(response.data.errorCodes).toEqual(
      expect.arrayContaining(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'ANALYSIS_FAILED', 'INTERNAL_SERVER_ERROR']),
    );
  });
});
