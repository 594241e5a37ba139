/**
 * Stored results carry their schema version; a row written in an older shape
 * reads through the API exactly as a current one. The v1 shape here is the
 * one the first release wrote (src/modules/analysis/stored-results.ts).
 */
import { ProjectAccess } from '../../src/modules/project/project-access';
import { startTestServer, type TestServer } from '../support/server';
import { ADD_EQUIPMENT, COMPRESSOR, CREATE_PROJECT, PUMP } from '../support/operations';
import { FactoryAnalysis } from '../../src/modules/analysis/factory-analysis.entity';
import { AnalysisResult } from '../../src/modules/analysis/analysis-result.entity';
import { Interpretation } from '../../src/modules/interpretation/interpretation.entity';
import { STORED_SCHEMA_VERSION, defineStoredShape } from '../../src/modules/shared/stored';
import { loadRunUnits } from '../../src/modules/analysis/run-store';
import { buildFactorySankeys } from '../../src/engine/factory';
import { makeDeadState } from '../../src/engine/thermo';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const SANKEY = `nodes { id label kind color } links { source target value kind } balance { ok maxResidual }`;
const READ = `query ($id: ID!) { project(id: $id) { latestAnalysis { id analyzedAt stale
  totals { exergyFuelKW exergyDestroyedKW }
  flow: sankey { ${SANKEY} } focus: sankey(mode: DESTRUCTION_FOCUS) { ${SANKEY} } cost: sankey(mode: COST_FLOW) { ${SANKEY} }
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
  expect((await em.find(AnalysisResult, { projectId })).map((r) => r.schemaVersion)).toEqual([3, 3]);
  expect((await em.find(Interpretation, { project: projectId })).map((r) => r.schemaVersion)).toEqual([3]);
  expect(STORED_SCHEMA_VERSION).toBe(3);
});

it('a factory run stored in the version-1 shape reads through the API as it was', async () => {
  const projectId = await analysedProject();
  const before = await server.gql(READ, { id: projectId });
  expect(before.errors).toBeUndefined();
  const runId = before.data.project.latestAnalysis.id;
  const analyzedAt = before.data.project.latestAnalysis.analyzedAt;
  // Version 1 stored a copy of every unit result (with the run's timestamp, no type/subtype) and the
  // three Sankey diagrams in the run row; the unit rows were each unit's one latest result, in no run.
  const em = server.em();
  const run = await em.findOneOrFail(FactoryAnalysis, { id: runId });
  const units = await loadRunUnits(em, run, new ProjectAccess(em, server.user.id));
  const rows = await em.find(AnalysisResult, { run: runId }, { orderBy: { position: 'asc' } });
  const v1Snapshot = units.map((unit, i) => ({
    analysisId: rows[i].id,
    equipmentId: unit.id,
    name: unit.name,
    analyzedAt,
    result: unit.result,
  }));
  const sankeys = buildFactorySankeys(
    { equipment: units, operatingHoursPerYear: 6000, energyPriceEurPerKWh: 0.08, deadState: makeDeadState() },
    ['EXERGY_FLOW', 'DESTRUCTION_FOCUS', 'COST_FLOW'],
  );
  const sql = em.getConnection();
  await sql.execute(`update analysis_result set run_id = null, schema_version = 1 where run_id = ?`, [runId]);
  await sql.execute(
    `update factory_analysis set equipment_results = ?, sankey = ?, schema_version = 1, operating_hours = null,
       energy_price_eur_per_kwh = null, ambient_temperature_c = null, ambient_pressure_kpa = null where id = ?`,
    [JSON.stringify(v1Snapshot), JSON.stringify(sankeys), runId],
  );
  await sql.execute(`update interpretation set schema_version = 1 where project_id = ?`, [projectId]);

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
    expect(() => shape.read({ schemaVersion: STORED_SCHEMA_VERSION + 1 } as never)).toThrow(
      new RegExp(`schema version ${STORED_SCHEMA_VERSION + 1}`),
    );
    expect(() => shape.read({ schemaVersion: 0 } as never)).toThrow(/schema version 0/);
  });
});
