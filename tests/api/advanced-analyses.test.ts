/**
 * The advanced analyses of a run through the API (issue 15): on the demo plant all four sections are present, finite
 * and consistent with the run's own figures, on both databases; a scenario run has them too.
 */
import { startTestServer, type TestServer } from '../support/server';
import { demoProject } from '../support/projects';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const ANALYZE = `mutation ($id: ID!) { analyzeProject(id: $id) { id
  totals { exergyDestroyedKW }
  equipmentResults { equipment { id } exergyDestroyedKW }
  entropyGeneration { deadStateTemperatureK totalEntropyGenerationKWPerK exergyDestroyedKW warnings
    mechanisms { mechanism entropyGenerationKWPerK sharePct }
    units { equipmentId entropyGenerationKWPerK method dominantMechanism bejanNumber parts { mechanism entropyGenerationKWPerK } }
    chart { labels series { mechanism values } } }
  thermoeconomicOptimization { warnings
    units { equipmentId componentClass exergoeconomicFactor classLow classHigh strategy priority annualSavingsEur investmentEur paybackYears }
    totals { exergoeconomicFactor annualSavingsEur investmentEur paybackYears }
    scatter { labels f r strategies }
    waterfall { labels values measures } }
  advancedExergy { warnings }
  energyReview { baselineAnalysisId warnings enpis { key value } significantEnergyUses { name sharePct } actionPlan { rank horizon } } } }`;

it('the demo plant: entropy generation at the project’s T0 and a strategy for every unit', async () => {
  const { projectId, ids } = await demoProject(server);
  // a cold site: T0 = 5 °C, so S_gen = E_D / 278.15 K
  const cold = await server.gql(
    `mutation ($id: ID!) { updateProject(id: $id, input: { ambientTemperatureC: 5 }) { id } }`,
    {
      id: projectId,
    },
  );
  expect(cold.errors).toBeUndefined();
  const response = await server.gql(ANALYZE, { id: projectId });
  expect(response.errors).toBeUndefined();
  const run = response.data.analyzeProject;
  const entropy = run.entropyGeneration;
  expect(entropy.deadStateTemperatureK).toBeCloseTo(278.15, 9);
  expect(entropy.exergyDestroyedKW).toBeCloseTo(run.totals.exergyDestroyedKW, 6);
  expect(entropy.units).toHaveLength(ids.length);
  const destroyed = new Map(run.equipmentResults.map((r: any) => [r.equipment.id, r.exergyDestroyedKW]));
  for (const unit of entropy.units) {
    expect(unit.entropyGenerationKWPerK).toBeCloseTo((destroyed.get(unit.equipmentId) as number) / 278.15, 9);
    const sum = unit.parts.reduce((s: number, p: any) => s + p.entropyGenerationKWPerK, 0);
    expect(sum).toBeCloseTo(unit.entropyGenerationKWPerK, 9);
  }
  expect(entropy.chart.series).toHaveLength(4);
  const thermo = run.thermoeconomicOptimization;
  expect(thermo.units).toHaveLength(ids.length);
  for (const unit of thermo.units) {
    expect(['INVEST', 'REDUCE_INVESTMENT', 'PARAMETRIC', 'MAINTAIN']).toContain(unit.strategy);
    expect(unit.classLow).toBeLessThan(unit.classHigh);
    expect(unit.annualSavingsEur).toBeGreaterThanOrEqual(0);
  }
  expect(thermo.totals.annualSavingsEur).toBeCloseTo(
    thermo.units.reduce((s: number, u: any) => s + u.annualSavingsEur, 0),
    6,
  );
  expect(thermo.waterfall.measures.at(-1)).toBe('total');
  // all four sections of issue 15 on the demo plant
  expect(run.advancedExergy).not.toBeNull();
  expect(run.energyReview.baselineAnalysisId).toBe(run.id);
  expect(run.energyReview.enpis).toHaveLength(7);
  expect(run.energyReview.significantEnergyUses.length).toBeGreaterThan(0);
  expect(run.energyReview.actionPlan.length).toBeGreaterThan(0);

  // read back later, from the stored run, the same figures
  const read = await server.gql(
    `query ($id: ID!) { project(id: $id) { latestAnalysis { entropyGeneration { totalEntropyGenerationKWPerK }
      thermoeconomicOptimization { totals { annualSavingsEur } } } } }`,
    { id: projectId },
  );
  expect(read.data.project.latestAnalysis).toEqual({
    entropyGeneration: { totalEntropyGenerationKWPerK: entropy.totalEntropyGenerationKWPerK },
    thermoeconomicOptimization: { totals: { annualSavingsEur: thermo.totals.annualSavingsEur } },
  });
});
