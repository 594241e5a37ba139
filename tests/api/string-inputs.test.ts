/**
 * Every string argument is checked before it reaches the database: control
 * characters → INVALID, over-long → OUT_OF_RANGE with max, cursors decoded and
 * validated; each refusal names the argument's path and leaves the database
 * as it was. Valid Unicode round-trips.
 */
import { startTestServer, type TestServer } from '../support/server';
import { snapshotDatabase } from '../support/snapshot';
import { addEquipment, freshProject } from '../support/projects';
import {
  ADD_EQUIPMENT,
  ADD_EQUIPMENT_BATCH,
  COMPRESSOR,
  CREATE_PROJECT,
  GET_PROJECT,
  LIST_PROJECTS,
  PUMP,
  UPDATE_EQUIPMENT,
  UPDATE_PROJECT,
} from '../support/operations';

const SET_PROCESS = `mutation ($projectId: ID!, $input: ProcessDefinitionInput!) {
  setProcessDefinition(projectId: $projectId, input: $input) { id process { type label subcategory } } }`;
const ANALYSES = `query ($id: ID!, $after: String) { project(id: $id) { analyses(after: $after) {
  totalCount edges { cursor } } } }`;
const HEATING = {
  type: 'HEATING',
  subcategory: 'water_low',
  parameters: { mass_flow_kg_h: 100, temp_in_C: 20, temp_out_C: 80 },
};
const UUID = '00000000-0000-4000-8000-000000000000';

let server: TestServer;
let projectId: string;
let equipmentId: string;

beforeAll(async () => {
  server = await startTestServer();
  projectId = await freshProject(server, { name: 'String plant' });
  equipmentId = (await addEquipment(server, projectId, COMPRESSOR)).id;
});
afterAll(async () => {
  await server.close();
});

/** One refusal: a single BAD_USER_INPUT error whose issues are exactly `issues`, the database unchanged. */
async function refused(query: string, variables: Record<string, unknown>, issues: Record<string, unknown>[]) {
  const before = await snapshotDatabase(server.em());
  const response = await server.gql(query, variables);
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  expect(error.extensions.code).toBe('BAD_USER_INPUT');
  expect(error.extensions.issues).toEqual(issues.map((issue) => expect.objectContaining(issue)));
  expect(await snapshotDatabase(server.em())).toEqual(before);
  return error;
}

interface Field {
  /** The issue path. */
  path: string;
  max: number;
  min?: number;
  multiline?: boolean;
  /** Variables carrying `value` at `path`. */
  send: (value: string) => [string, Record<string, unknown>];
}

const FIELDS: Field[] = [
  ...(['createProject', 'updateProject'] as const).flatMap((mutation): Field[] => {
    const send =
      (fields: (v: string) => Record<string, unknown>) =>
      (value: string): [string, Record<string, unknown>] =>
        mutation === 'createProject'
          ? [CREATE_PROJECT, { input: { name: 'ok', ...fields(value) } }]
          : [UPDATE_PROJECT, { id: projectId, input: fields(value) }];
    return [
      { path: 'input.name', min: 1, max: 255, send: send((name) => ({ name })) },
      { path: 'input.sector', max: 100, send: send((sector) => ({ sector })) },
      { path: 'input.description', max: 10_000, multiline: true, send: send((description) => ({ description })) },
      { path: 'input.process.label', max: 255, send: send((label) => ({ process: { ...HEATING, label } })) },
      {
        path: 'input.process.subcategory',
        max: 100,
        send: send((subcategory) => ({ process: { ...HEATING, subcategory } })),
      },
    ];
  }),
  { path: 'input.label', max: 255, send: (label) => [SET_PROCESS, { projectId, input: { ...HEATING, label } }] },
  {
    path: 'input.subcategory',
    max: 100,
    send: (subcategory) => [SET_PROCESS, { projectId, input: { ...HEATING, subcategory } }],
  },
  {
    path: 'input.name',
    min: 1,
    max: 255,
    send: (name) => [ADD_EQUIPMENT, { projectId, input: { ...COMPRESSOR, name } }],
  },
  {
    path: 'input.subtype',
    max: 50,
    send: (subtype) => [ADD_EQUIPMENT, { projectId, input: { ...COMPRESSOR, subtype } }],
  },
  {
    path: 'inputs[1].name',
    min: 1,
    max: 255,
    send: (name) => [ADD_EQUIPMENT_BATCH, { projectId, inputs: [PUMP, { ...COMPRESSOR, name }] }],
  },
  {
    path: 'inputs[1].subtype',
    max: 50,
    send: (subtype) => [ADD_EQUIPMENT_BATCH, { projectId, inputs: [PUMP, { ...COMPRESSOR, subtype }] }],
  },
  { path: 'input.name', min: 1, max: 255, send: (name) => [UPDATE_EQUIPMENT, { id: equipmentId, input: { name } }] },
  { path: 'input.subtype', max: 50, send: (subtype) => [UPDATE_EQUIPMENT, { id: equipmentId, input: { subtype } }] },
  { path: 'search', max: 255, send: (search) => [LIST_PROJECTS, { search }] },
  { path: 'sector', max: 255, send: (sector) => [LIST_PROJECTS, { sector }] },
];

/** `query` name for the test titles. */
function title(field: Field): string {
  const [query] = field.send('x');
  return `${/\b(\w+)\(/.exec(query)?.[1] ?? 'query'} ${field.path}`;
}

const CONTROLS = ['\u0000', '\u0001', '\u001b', '\u001f', '\u007f'];

describe.each(FIELDS.map((field) => [title(field), field] as const))('%s', (_title, field) => {
  it('refuses control characters with INVALID', async () => {
    const lineBreaks = field.multiline ? [] : ['\n', '\r', '\t'];
    for (const control of [...CONTROLS, ...lineBreaks]) {
      const [query, variables] = field.send(`a${control}b`);
      const error = await refused(query, variables, [{ path: field.path, code: 'INVALID' }]);
      expect(error.extensions.issues![0].message).toMatch(/control character/);
      expect(error.extensions.issues![0].message).toContain(
        `U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
      );
    }
  });

  it('refuses an over-long value with OUT_OF_RANGE and max', async () => {
    const [query, variables] = field.send('x'.repeat(field.max + 1));
    await refused(query, variables, [
      { path: field.path, code: 'OUT_OF_RANGE', max: field.max, ...(field.min ? { min: field.min } : {}) },
    ]);
  });

  it('refuses a lone surrogate', async () => {
    const [query, variables] = field.send('a\ud800b');
    await refused(query, variables, [{ path: field.path, code: 'INVALID' }]);
  });
});

describe('multi-line description', () => {
  it('keeps line feed, carriage return and tab', async () => {
    const description = 'Line one\r\n\tLine two 🔥\nşğıİ';
    const response = await server.gql(UPDATE_PROJECT, { id: projectId, input: { description } });
    expect(response.errors).toBeUndefined();
    expect(response.data.updateProject.description).toBe(description);
  });
});

describe('cursors', () => {
  const cursor = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
  const BAD: [string, string][] = [
    ['garbage', 'garbage'],
    ['not base64url', '!!!!'],
    ['a valid date and a non-UUID id', cursor(`2024-05-01T10:00:00.000Z|not-a-uuid`)],
    ['a valid date and an SQL id', cursor(`2024-05-01T10:00:00.000Z|' or 1=1 --`)],
    ['no id', cursor(`2024-05-01T10:00:00.000Z|`)],
    ['no separator', cursor(`2024-05-01T10:00:00.000Z`)],
    ['extra parts', cursor(`2024-05-01T10:00:00.000Z|${UUID}|x`)],
    ['before 4713 BC', cursor(`-005000-01-01T00:00:00.000Z|${UUID}`)],
    ['the earliest JavaScript date', cursor(`-271821-04-20T00:00:00.000Z|${UUID}`)],
    ['the latest JavaScript date', cursor(`+275760-09-13T00:00:00.000Z|${UUID}`)],
    ['year 300000', cursor(`+300000-01-01T00:00:00.000Z|${UUID}`)],
    ['year 0', cursor(`0000-06-01T00:00:00.000Z|${UUID}`)],
    ['30 February', cursor(`2024-02-30T00:00:00.000Z|${UUID}`)],
    ['a date that is not ISO', cursor(`Tue May 07 2024|${UUID}`)],
    ['a bare number', cursor(`0|${UUID}`)],
    ['a NUL in the decoded text', cursor(`2024-05-01T10:00:00.000Z|${UUID}\u0000`)],
  ];

  const connections: [string, (after: string) => [string, Record<string, unknown>]][] = [
    ['projects', (after) => [LIST_PROJECTS, { after }]],
    ['project.analyses', (after) => [ANALYSES, { id: projectId, after }]],
  ];

  describe.each(connections)('%s(after)', (_name, send) => {
    it.each(BAD)('refuses %s', async (_case, after) => {
      const [query, variables] = send(after);
      const error = await refused(query, variables, [{ path: 'after', code: 'INVALID' }]);
      expect(error.extensions.issues![0].message).toMatch(/not a cursor returned by this API/);
    });

    it('refuses control characters and an over-long cursor', async () => {
      for (const control of CONTROLS) {
        const [query, variables] = send(`abc${control}`);
        await refused(query, variables, [{ path: 'after', code: 'INVALID' }]);
      }
      const [query, variables] = send('A'.repeat(201));
      await refused(query, variables, [{ path: 'after', code: 'OUT_OF_RANGE', max: 200 }]);
    });

    it('accepts the first and last instants of the accepted range', async () => {
      for (const iso of ['0001-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z']) {
        const [query, variables] = send(cursor(`${iso}|${UUID}`));
        const response = await server.gql(query, variables);
        expect(response.errors).toBeUndefined();
      }
    });
  });

  it('a cursor this API returned still pages', async () => {
    await freshProject(server, { name: 'Cursor plant A' });
    await freshProject(server, { name: 'Cursor plant B' });
    const first = await server.gql(LIST_PROJECTS, { first: 1, search: 'cursor plant' });
    expect(first.errors).toBeUndefined();
    const next = await server.gql(LIST_PROJECTS, {
      first: 1,
      search: 'cursor plant',
      after: first.data.projects.pageInfo.endCursor,
    });
    expect(next.errors).toBeUndefined();
    expect(next.data.projects.edges.map((e: any) => e.node.name)).toEqual(['Cursor plant A']);
  });
});

describe('valid Unicode round-trips', () => {
  it('Turkish letters and emoji in every text field', async () => {
    const name = 'Şişecam İzmir — ğüşıöç ĞÜŞİÖÇ 🏭🔥';
    const created = await server.gql(CREATE_PROJECT, {
      input: {
        name,
        sector: 'Cam ve seramik 🧪',
        description: 'Fırın hattı\nİkinci satır 😀',
        process: { ...HEATING, label: 'Sıcak su ısıtma ♨️' },
      },
    });
    expect(created.errors).toBeUndefined();
    const id = created.data.createProject.id;
    const equipment = await addEquipment(server, id, { ...COMPRESSOR, name: 'Kompresör Ğ-1 🌀' });
    const read = await server.gql(GET_PROJECT, { id });
    expect(read.errors).toBeUndefined();
    expect(read.data.project).toMatchObject({
      name,
      sector: 'Cam ve seramik 🧪',
      description: 'Fırın hattı\nİkinci satır 😀',
      process: { label: 'Sıcak su ısıtma ♨️' },
    });
    expect(read.data.project.equipment).toEqual([
      expect.objectContaining({ id: equipment.id, name: 'Kompresör Ğ-1 🌀' }),
    ]);
    // Lower-case letters outside ASCII match on both databases (SQLite's lower() is ASCII-only).
    const found = await server.gql(LIST_PROJECTS, { search: 'şecam', sector: 'Cam ve seramik 🧪' });
    expect(found.errors).toBeUndefined();
    expect(found.data.projects.edges.map((e: any) => e.node.id)).toEqual([id]);
  });

  it('limits count characters, not UTF-16 units: 255 emoji are a valid name', async () => {
    const name = '🏭'.repeat(255);
    const response = await server.gql(CREATE_PROJECT, { input: { name, sector: 'ş'.repeat(50) } });
    expect(response.errors).toBeUndefined();
    expect(response.data.createProject.name).toBe(name);
    await refused(CREATE_PROJECT, { input: { name: '🏭'.repeat(256) } }, [
      { path: 'input.name', code: 'OUT_OF_RANGE', min: 1, max: 255 },
    ]);
  });
});
