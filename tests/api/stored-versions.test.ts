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

it('a version-4 run (before CO₂ accounting) reads its CO₂ as null and everything else as it was', async () => {
  const projectId = await analysedProject();
  const CO2 = `query ($id: ID!) { project(id: $id) { latestAnalysis {
    totals { exergyFuelKW carbon { co2EmissionsTonnesPerYear } }
    integrationOpportunities { pattern savingsEurPerYear co2AvoidedTonnesPerYear }
    equipmentResults { exergyFuelKW carbon { co2EmissionsTonnesPerYear } recommendations { key savingsKW co2AvoidedTonnesPerYear } } } } }`;
  const now = (await server.gql(CO2, { id: projectId })).data.project.latestAnalysis;
  expect(now.totals.carbon.co2EmissionsTonnesPerYear).toBeGreaterThan(0);
  expect(now.equipmentResults[0].recommendations.some((m: any) => m.co2AvoidedTonnesPerYear > 0)).toBe(true);

  // Rewrite the run and its unit rows as version 4 stored them: no carbon, no co2Avoided.
  const em = server.em();
  const knex = em.getKnex();
  const [run] = await knex('factory_analysis')
    .where({ project_id: projectId })
    .select('id', 'totals', 'integration_opportunities');
  const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
  const { carbon: _carbon, ...v4Totals } = json(run.totals);
  const v4Opportunities = json(run.integration_opportunities).map(({ co2AvoidedTonnesPerYear: _c, ...o }: any) => o);
  await knex('factory_analysis')
    .where({ id: run.id })
    .update({
      schema_version: 4,
      totals: JSON.stringify(v4Totals),
      integration_opportunities: JSON.stringify(v4Opportunities),
    });
  for (const row of await knex('analysis_result').where({ run_id: run.id }).select('id', 'result')) {
    const { carbon: _c, recommendations, ...rest } = json(row.result);
    const v4 = { ...rest, recommendations: recommendations.map(({ co2AvoidedTonnesPerYear: _a, ...r }: any) => r) };
    await knex('analysis_result')
      .where({ id: row.id })
      .update({ schema_version: 4, result: JSON.stringify(v4) });
  }
  const read = (await server.gql(CO2, { id: projectId })).data.project.latestAnalysis;
  const withoutCo2 = {
    totals: { ...now.totals, carbon: null },
    integrationOpportunities: now.integrationOpportunities.map((o: any) => ({ ...o, co2AvoidedTonnesPerYear: null })),
    equipmentResults: now.equipmentResults.map((r: any) => ({
      ...r,
      carbon: null,
      recommendations: r.recommendations.map((m: any) => ({ ...m, co2AvoidedTonnesPerYear: null })),
    })),
  };
  expect(read).toEqual(withoutCo2);
});

it('a version-3 run that graded an impossible plant A reads as not graded (INCOMPLETE)', async () => {
  // Heating 10 t/h from 20 to 80 °C needs at least 52.04 kW; the 37 kW compressor cannot deliver it.
  const created = await server.gql(CREATE_PROJECT, {
    input: {
      name: 'Graded by v3',
      process: { type: 'HEATING', parameters: { mass_flow_kg_h: 10000, temp_in_C: 20, temp_out_C: 80 } },
    },
  });
  const projectId = created.data.createProject.id;
  expect((await server.gql(ADD_EQUIPMENT, { projectId, input: COMPRESSOR })).errors).toBeUndefined();
  const GAP = `query ($id: ID!) { project(id: $id) { latestAnalysis { gapAnalysis {
    status grade gradeDescriptionEn exergeticSustainabilityIndex minimumExergyKW actualExergyKW } } } }`;
  const analysed = await server.gql(`mutation ($id: ID!) { analyzeProject(id: $id) { id } }`, { id: projectId });
  const now = (await server.gql(GAP, { id: projectId })).data.project.latestAnalysis.gapAnalysis;
  expect([now.status, now.grade]).toEqual(['INCOMPLETE', null]);

  // Rewrite the run as version 3 stored it: no status, ESI clamped to 1, grade A.
  const em = server.em();
  const run = await em.findOneOrFail(FactoryAnalysis, { id: analysed.data.analyzeProject.id });
  const { status: _status, ...v3Gap } = run.gapAnalysis as any;
  const table = em.getKnex()('factory_analysis');
  await table.where({ id: run.id }).update({
    schema_version: 3,
    gap_analysis: JSON.stringify({
      ...v3Gap,
      exergeticSustainabilityIndex: 1,
      grade: 'A',
      gradeDescriptionEn: 'World-leading',
    }),
  });
  const read = (await server.gql(GAP, { id: projectId })).data.project.latestAnalysis.gapAnalysis;
  expect(read).toEqual({ ...now, exergeticSustainabilityIndex: 1 });
  expect(read.gradeDescriptionEn).toMatch(/^Not graded/);
});

it('new rows are written at the current schema version', async () => {
  const projectId = await analysedProject();
  const em = server.em();
  const [run] = await em.find(FactoryAnalysis, { project: projectId });
  expect(run.schemaVersion).toBe(STORED_SCHEMA_VERSION);
  expect((await em.find(AnalysisResult, { projectId })).map((r) => r.schemaVersion)).toEqual([5, 5]);
  expect((await em.find(Interpretation, { project: projectId })).map((r) => r.schemaVersion)).toEqual([5]);
  expect(STORED_SCHEMA_VERSION).toBe(5);
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
