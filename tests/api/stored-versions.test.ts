/**
 * Stored results carry their schema version; a row written in an older shape
 * reads through the API exactly as a current one. The v1 shape here is the
 * one the first release wrote (src/modules/analysis/stored-results.ts).
 */
import { startTestServer, type TestServer } from '../support/server';
import { ADD_EQUIPMENT, COMPRESSOR, CREATE_PROJECT, PUMP } from '../support/operations';
import { FactoryAnalysis } from '../../src/modules/analysis/factory-analysis.entity';
import { AnalysisResult } from '../../src/modules/analysis/analysis-result.entity';
import { Interpretation } from '../../src/modules/interpretation/interpretation.entity';
import { STORED_SCHEMA_VERSION, defineStoredShape } from '../../src/modules/shared/stored';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const READ = `query ($id: ID!) { project(id: $id) { latestAnalysis { id analyzedAt stale
  totals { exergyFuelKW exergyDestroyedKW }
  equipmentResults { id analyzedAt type subtype exergyFuelKW exergyProductKW exergyLossKW exergyDestroyedKW
    equipment { id name } metrics { __typename } } }
  equipment { analysis { id exergyFuelKW } }
  interpretations { summary } } }`;

async function analysedProject(): Promise<string> {
  const created = await server.gql(CREATE_PROJECT, { input: { name: 'Versioned plant' } });
  const projectId = created.data.createProject.id;
  for (const input of [COMPRESSOR, PUMP]) {
    const added = await server.gql(ADD_EQUIPMENT, { projectId, input });
    expect(added.errors).toBeUndefined();
  }
  const analysed = await server.gql(`mutation ($id: ID!) { analyzeProject(id: $id) { id } }`, { id: projectId });
  expect(analysed.errors).toBeUndefined();
  const interpreted = await server.gql(`mutation ($id: ID!) { interpretProject(id: $id) { id } }`, { id: projectId });
  expect(interpreted.errors).toBeUndefined();
  return projectId;
}

it('new rows are written at the current schema version', async () => {
  const projectId = await analysedProject();
  const em = server.em();
  const [run] = await em.find(FactoryAnalysis, { project: projectId });
  expect(run.schemaVersion).toBe(STORED_SCHEMA_VERSION);
  expect((await em.find(AnalysisResult, { projectId })).map((r) => r.schemaVersion)).toEqual([2, 2]);
  expect((await em.find(Interpretation, { project: projectId })).map((r) => r.schemaVersion)).toEqual([2]);
});

it('a factory run stored in the version-1 shape reads through the API as it was', async () => {
  const projectId = await analysedProject();
  const before = await server.gql(READ, { id: projectId });
  expect(before.errors).toBeUndefined();
  const runId = before.data.project.latestAnalysis.id;
  const [row] = await server
    .em()
    .getConnection()
    .execute(`select equipment_results, analyzed_at from factory_analysis where id = ?`, [runId]);
  const current = typeof row.equipment_results === 'string' ? JSON.parse(row.equipment_results) : row.equipment_results;
  expect(current.map((item: any) => Object.keys(item).sort())).toEqual(
    current.map(() => ['analysisId', 'equipmentId', 'name', 'result', 'subtype', 'type']),
  );
  // Version 1: every item carried the run's timestamp and no type/subtype of its own.
  const analyzedAt = before.data.project.latestAnalysis.analyzedAt;
  const v1 = current.map(({ analysisId, equipmentId, name, result }: any) => ({
    analysisId,
    equipmentId,
    name,
    analyzedAt,
    result,
  }));
  await server
    .em()
    .getConnection()
    .execute(`update factory_analysis set equipment_results = ?, schema_version = 1 where id = ?`, [
      JSON.stringify(v1),
      runId,
    ]);
  await server
    .em()
    .getConnection()
    .execute(`update analysis_result set schema_version = 1 where project_id = ?`, [projectId]);
  await server
    .em()
    .getConnection()
    .execute(`update interpretation set schema_version = 1 where project_id = ?`, [projectId]);

  const after = await server.gql(READ, { id: projectId });
  expect(after.errors).toBeUndefined();
  expect(after.data).toEqual(before.data);
  expect(after.data.project.latestAnalysis.equipmentResults.map((r: any) => r.type)).toEqual(['COMPRESSOR', 'PUMP']);
});

describe('defineStoredShape', () => {
  const shape = defineStoredShape<{ doc: { a: number; b: number } }>('test', ['doc'], {
    1: (v1) => ({ doc: { ...(v1.doc as object), b: 0 } }),
  });

  it('upgrades a version-1 document and leaves a current one as it is', () => {
    const old = { schemaVersion: 1, doc: { a: 1 } } as never;
    expect(shape.read(old)).toEqual({ doc: { a: 1, b: 0 } });
    const now = { schemaVersion: STORED_SCHEMA_VERSION, ...shape.store({ doc: { a: 1, b: 2 } }) };
    expect(shape.read(now)).toEqual({ doc: { a: 1, b: 2 } });
  });

  it('refuses a version this server does not know (written by a newer one)', () => {
    expect(() => shape.read({ schemaVersion: STORED_SCHEMA_VERSION + 1 } as never)).toThrow(/schema version 3/);
    expect(() => shape.read({ schemaVersion: 0 } as never)).toThrow(/schema version 0/);
  });
});
