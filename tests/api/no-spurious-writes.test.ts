/**
 * An analysis writes its results and nothing else: no project or equipment
 * row is updated, and `updatedAt` moves only on a real edit.
 */
import { startTestServer, type TestServer } from '../support/server';
import {
  ADD_EQUIPMENT,
  ADD_EQUIPMENT_BATCH,
  COMPRESSOR,
  CREATE_PROJECT,
  PUMP,
  UPDATE_EQUIPMENT,
} from '../support/operations';
import { demoProject } from '../support/projects';
import { DEMO_EQUIPMENT } from '../../src/db/demo-factory';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const STAMPS = `query ($id: ID!) { project(id: $id) { createdAt updatedAt equipment { id createdAt updatedAt } } }`;

async function projectWithEquipment(): Promise<string> {
  const projectId = (await server.gql(CREATE_PROJECT, { input: { name: 'Quiet plant' } })).data.createProject.id;
  for (const input of [COMPRESSOR, PUMP])
    expect((await server.gql(ADD_EQUIPMENT, { projectId, input })).errors).toBeUndefined();
  return projectId;
}

// `… where 0 = 1` takes SQLite's write lock and changes nothing (db/write-transaction.ts).
const writesTo = (statements: string[], table: string) =>
  statements
    .filter((sql) => !sql.includes('where 0 = 1'))
    .filter((sql) => new RegExp(`\\b(update|insert into|delete from)\\s+[\`"]?${table}[\`"]?\\s`, 'i').test(sql));

it('analyzeProject and analyzeEquipment update no project or equipment row', async () => {
  const projectId = await projectWithEquipment();
  const before = (await server.gql(STAMPS, { id: projectId })).data;
  await new Promise((resolve) => setTimeout(resolve, 20)); // a write now would move the timestamps visibly
  const sql = await server.captureSql(async () => {
    expect(
      (await server.gql(`mutation ($id: ID!) { analyzeProject(id: $id) { id } }`, { id: projectId })).errors,
    ).toBeUndefined();
    const unitId = before.project.equipment[0].id;
    expect(
      (await server.gql(`mutation ($id: ID!) { analyzeEquipment(id: $id) { id } }`, { id: unitId })).errors,
    ).toBeUndefined();
  });
  expect(writesTo(sql, 'project')).toEqual([]);
  expect(writesTo(sql, 'equipment')).toEqual([]);
  expect(writesTo(sql, 'factory_analysis')).toHaveLength(1);
  expect((await server.gql(STAMPS, { id: projectId })).data).toEqual(before);
});

it('a real edit moves updatedAt of that unit only', async () => {
  const projectId = await projectWithEquipment();
  const before = (await server.gql(STAMPS, { id: projectId })).data.project;
  await new Promise((resolve) => setTimeout(resolve, 20));
  const [edited, untouched] = before.equipment;
  const update = await server.gql(UPDATE_EQUIPMENT, { id: edited.id, input: { name: 'Renamed compressor' } });
  expect(update.errors).toBeUndefined();
  const after = (await server.gql(STAMPS, { id: projectId })).data.project;
  expect(after.equipment[0].createdAt).toBe(edited.createdAt);
  expect(Date.parse(after.equipment[0].updatedAt)).toBeGreaterThan(Date.parse(edited.updatedAt));
  expect(after.equipment[1]).toEqual(untouched);
  expect(after.updatedAt).toBe(before.updatedAt);
});

it('analyzeProject runs the same eleven statements for a plant of 2 units as of 20, sequence numbers in order', async () => {
  const statementsOfAnalysis = async (units: number) => {
    const projectId = (await server.gql(CREATE_PROJECT, { input: { name: `Plant of ${units}` } })).data.createProject
      .id;
    const inputs = Array.from({ length: units }, (_, i) => ({ ...(i % 2 ? PUMP : COMPRESSOR), name: `unit ${i}` }));
    expect((await server.gql(ADD_EQUIPMENT_BATCH, { projectId, inputs })).errors).toBeUndefined();
    const analyse = () => server.gql(`mutation ($id: ID!) { analyzeProject(id: $id) { sequence } }`, { id: projectId });
    expect((await analyse()).data.analyzeProject.sequence).toBe(1);
    let sequence = 0;
    const sql = await server.captureSql(async () => {
      sequence = (await analyse()).data.analyzeProject.sequence;
    });
    // the run number is read with the project, under the project's write lock
    expect(sequence).toBe(2);
    return sql;
  };
  const small = await statementsOfAnalysis(2);
  const large = await statementsOfAnalysis(20);
  // caller and membership, begin, write lock, project with its last run number, live units, retire the units'
  // earlier results (delete the stray ones, un-flag the rest), the run, its unit results, commit
  expect(small).toHaveLength(11);
  expect(large).toHaveLength(11);
  expect(small.filter((sql) => /max\(/.test(sql))).toHaveLength(1);
});

it('an analysis answering its units’ details and its Sankey reads nothing after it stored them', async () => {
  const { projectId } = await demoProject(server);
  const fields = `equipmentResults { equipmentName losses { label exergyKW } recommendations { titleEn savingsEurPerYear }
    carbon { co2AllocatedTonnesPerYear } metrics { __typename } }
    sankey { balance { ok } links { source target value } }`;
  let answer: any;
  const sql = await server.captureSql(async () => {
    answer = await server.gql(`mutation ($id: ID!) { analyzeProject(id: $id) { ${fields} } }`, { id: projectId });
  });
  expect(answer.errors).toBeUndefined();
  // the same eleven statements as an answer of headline figures: the details come from the analysis itself
  expect(sql).toHaveLength(11);
  expect(sql[sql.length - 1]).toMatch(/^commit/i);
  // and they are what the stored run says, read back through the database
  const stored = await server.gql(`query ($id: ID!) { project(id: $id) { latestAnalysis { ${fields} } } }`, {
    id: projectId,
  });
  expect(stored.data.project.latestAnalysis).toEqual(answer.data.analyzeProject);
  expect(answer.data.analyzeProject.sankey.balance.ok).toBe(true);
  expect(answer.data.analyzeProject.equipmentResults).toHaveLength(DEMO_EQUIPMENT.length);
});
