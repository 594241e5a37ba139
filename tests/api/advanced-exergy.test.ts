/**
 * FactoryAnalysis.advancedExergy over HTTP: a boiler feeding a steam turbine (linked, ENGINEERING) beside an
 * unlinked pump (HEURISTIC), with the boiler's endogenous part recomputed here from the run's own unit figures;
 * a scenario run keeps the links; the demo plant's analysis non-null and finite, the same when read back.
 */
import { startTestServer, type TestServer } from '../support/server';
import { PUMP } from '../support/operations';
import { addEquipment, demoProject, freshProject } from '../support/projects';
import { DEMO_EQUIPMENT } from '../../src/db/demo-factory';
import { nonFinitePaths } from '../../src/modules/shared/finite';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const ADVANCED = `advancedExergy { warnings engineeringUnitCount heuristicUnitCount
  units { equipmentId name method exergyDestroyedKW endogenousKW exogenousKW endogenousSharePct mexogenousKW
    avoidableEndogenousKW avoidableExogenousKW unavoidableEndogenousKW unavoidableExogenousKW avoidableKW unavoidableKW
    exogenousSources { equipmentId exergyDestroyedKW } priority priorityReason rank warnings }
  totals { exergyDestroyedKW endogenousKW exogenousKW mexogenousKW avoidableEndogenousKW endogenousRatioPct interactionDensityPct }
  mostInfluential { equipmentId exogenousCausedKW } mostAffected { equipmentId exogenousSharePct }
  interactionNetwork { minimumEdgeKW edges { sourceId targetId exergyDestroyedKW method } nodeIds nodeLabels linkSources linkTargets linkValuesKW }
  quadrantChart { labels equipmentIds series { quadrant name valuesKW } } }`;

const ANALYZE = `mutation ($id: ID!) { analyzeProject(id: $id) { id totals { exergyDestroyedKW }
  equipmentResults { equipment { id } exergyFuelKW exergyProductKW exergyDestroyedKW } ${ADVANCED} } }`;

const upper = (e: (typeof DEMO_EQUIPMENT)[number]) => ({
  name: e.name,
  type: e.type.toUpperCase(),
  subtype: e.subtype,
  parameters: e.parameters,
});

async function analysed(projectId: string) {
  const response = await server.gql(ANALYZE, { id: projectId });
  expect(response.errors).toBeUndefined();
  return response.data.analyzeProject;
}

function expectQuadrantsSumToDestruction(analysis: any) {
  for (const u of analysis.units) {
    const quadrants =
      u.avoidableEndogenousKW + u.avoidableExogenousKW + u.unavoidableEndogenousKW + u.unavoidableExogenousKW;
    expect(quadrants).toBeCloseTo(u.exergyDestroyedKW, 9);
    expect(u.endogenousKW + u.exogenousKW).toBeCloseTo(u.exergyDestroyedKW, 9);
    const attributed = u.exogenousSources.reduce((s: number, x: any) => s + x.exergyDestroyedKW, 0);
    expect(attributed + u.mexogenousKW).toBeCloseTo(u.exogenousKW, 9);
  }
}

it('splits a boiler → turbine pair by the engineering method and an unlinked pump by the heuristic', async () => {
  const projectId = await freshProject(server);
  const boiler = await addEquipment(server, projectId, upper(DEMO_EQUIPMENT[0]));
  const turbine = await addEquipment(server, projectId, { ...upper(DEMO_EQUIPMENT[5]), suppliedById: boiler.id });
  const pump = await addEquipment(server, projectId, PUMP);
  const run = await analysed(projectId);
  const advanced = run.advancedExergy;
  expect(advanced).not.toBeNull();
  const byId = new Map<string, any>(advanced.units.map((u: any) => [u.equipmentId, u]));
  expect([byId.get(boiler.id).method, byId.get(turbine.id).method, byId.get(pump.id).method]).toEqual([
    'ENGINEERING',
    'ENGINEERING',
    'HEURISTIC',
  ]);
  expect([advanced.engineeringUnitCount, advanced.heuristicUnitCount]).toEqual([2, 1]);
  expectQuadrantsSumToDestruction(advanced);
  expect(advanced.totals.exergyDestroyedKW).toBeCloseTo(run.totals.exergyDestroyedKW, 9);

  // From the run's own figures: the turbine takes t = min(P_boiler, F_turbine) of the boiler's steam, so
  // σ = t/F_turbine, the boiler exports x = P_boiler − t, and with the turbine ideal the boiler delivers x + σ·P_turbine:
  // E_D,boiler^EN = (E_D/E_P)_boiler·(x + σ·P_turbine); the turbine, terminal, is all endogenous.
  const result = new Map<string, any>(run.equipmentResults.map((r: any) => [r.equipment.id, r]));
  const b = result.get(boiler.id);
  const t = result.get(turbine.id);
  const taken = Math.min(b.exergyProductKW, t.exergyFuelKW);
  const sigma = taken / t.exergyFuelKW;
  const endogenous =
    (b.exergyDestroyedKW / b.exergyProductKW) * (b.exergyProductKW - taken + sigma * t.exergyProductKW);
  expect(byId.get(boiler.id).endogenousKW).toBeCloseTo(endogenous, 6);
  expect(byId.get(boiler.id).exogenousSources).toEqual([
    { equipmentId: turbine.id, exergyDestroyedKW: expect.closeTo(b.exergyDestroyedKW - endogenous, 6) },
  ]);
  expect(byId.get(turbine.id).exogenousKW).toBeCloseTo(0, 9);
  expect(byId.get(pump.id).warnings.join()).toMatch(/no supply link/);
  expect(advanced.warnings.join()).toMatch(/1 of 3 units have no supply link/);
  expect(advanced.interactionNetwork.edges[0]).toMatchObject({
    sourceId: turbine.id,
    targetId: boiler.id,
    method: 'ENGINEERING',
  });
  expect(advanced.quadrantChart.series.map((s: any) => s.quadrant)).toEqual([
    'AVOIDABLE_ENDOGENOUS',
    'AVOIDABLE_EXOGENOUS',
    'UNAVOIDABLE_ENDOGENOUS',
    'UNAVOIDABLE_EXOGENOUS',
  ]);
});

it('splits a scenario run over the links its units keep', async () => {
  const projectId = await freshProject(server);
  const boiler = await addEquipment(server, projectId, upper(DEMO_EQUIPMENT[0]));
  const turbine = await addEquipment(server, projectId, { ...upper(DEMO_EQUIPMENT[5]), suppliedById: boiler.id });
  const baseline = (await analysed(projectId)).advancedExergy;
  const created = await server.gql(
    `mutation ($projectId: ID!, $input: ScenarioInput!) { createScenario(projectId: $projectId, input: $input) { id } }`,
    {
      projectId,
      input: {
        name: 'A better turbine',
        changes: [{ action: 'UPDATE_EQUIPMENT', equipmentId: turbine.id, parameters: { isentropic_efficiency: 0.8 } }],
      },
    },
  );
  expect(created.errors).toBeUndefined();
  const run = await server.gql(`mutation ($id: ID!) { analyzeScenario(id: $id) { analysis { ${ADVANCED} } } }`, {
    id: created.data.createScenario.id,
  });
  expect(run.errors).toBeUndefined();
  const advanced = run.data.analyzeScenario.analysis.advancedExergy;
  expect(advanced.units.map((u: any) => u.method)).toEqual(['ENGINEERING', 'ENGINEERING']);
  expectQuadrantsSumToDestruction(advanced);
  const unit = (a: any, id: string) => a.units.find((u: any) => u.equipmentId === id);
  // the turbine now destroys less of the same steam, so it causes less of the boiler's destruction:
  // E_D,boiler^EX = (E_D/E_P)_boiler·σ·(E_F − E_P)_turbine, the boiler itself unchanged
  expect(unit(advanced, turbine.id).exergyDestroyedKW).toBeLessThan(unit(baseline, turbine.id).exergyDestroyedKW);
  expect(unit(advanced, boiler.id).exergyDestroyedKW).toBeCloseTo(unit(baseline, boiler.id).exergyDestroyedKW, 9);
  expect(unit(advanced, boiler.id).exogenousKW).toBeLessThan(unit(baseline, boiler.id).exogenousKW);
});

it('is non-null and finite on the demo plant, and the same when read back', async () => {
  const { projectId, ids } = await demoProject(server);
  const run = await analysed(projectId);
  const advanced = run.advancedExergy;
  expect(advanced).not.toBeNull();
  expect(nonFinitePaths(advanced)).toEqual([]);
  expectQuadrantsSumToDestruction(advanced);
  expect(advanced.units.map((u: any) => u.rank)).toEqual(advanced.units.map((_: unknown, i: number) => i + 1));
  // the boiler (ids[0]) feeds the turbine (ids[5]); the other five units are unlinked
  const methods = new Map(advanced.units.map((u: any) => [u.equipmentId, u.method]));
  expect([methods.get(ids[0]), methods.get(ids[5])]).toEqual(['ENGINEERING', 'ENGINEERING']);
  expect(advanced.heuristicUnitCount).toBe(advanced.units.length - 2);
  for (const series of advanced.quadrantChart.series) expect(series.valuesKW).toHaveLength(advanced.units.length);

  const read = await server.gql(`query ($id: ID!) { project(id: $id) { latestAnalysis { ${ADVANCED} } } }`, {
    id: projectId,
  });
  expect(read.errors).toBeUndefined();
  expect(read.data.project.latestAnalysis.advancedExergy).toEqual(advanced);
});
