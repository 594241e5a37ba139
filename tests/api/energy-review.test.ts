/**
 * The ISO 50001 energy review through the API (issue 15): EnPIs against the baseline — the first run, or one the
 * user marks — with change and trend over a history of three runs with edits between them; significant energy uses;
 * the merged action plan; setEnergyBaseline validated and scoped. Hand values: every unit here is electric (its
 * exergy of fuel is its electric power).
 */
import { startTestServer, type TestServer } from '../support/server';
import { ADD_EQUIPMENT, COMPRESSOR, CREATE_PROJECT, PUMP, UPDATE_EQUIPMENT } from '../support/operations';
import { snapshotDatabase } from '../support/snapshot';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const REVIEW = `energyReview { baselineAnalysisId baselineMarked significantEnergyUseThresholdPct warnings
  enpis { key unit value baselineValue change improved trend { analyzedAt values } }
  significantEnergyUses { equipmentId name exergyInputKW sharePct }
  actionPlan { rank source horizon title equipment annualSavingsEur paybackYears co2AvoidedTonnesPerYear } }`;
const ANALYZE = `mutation ($id: ID!) { analyzeProject(id: $id) { id totals { exergeticEfficiencyPct } ${REVIEW} } }`;
const SET = `mutation ($projectId: ID!, $analysisId: ID) { setEnergyBaseline(projectId: $projectId, analysisId: $analysisId) {
  energyBaseline { id } } }`;

const enpi = (review: any, key: string) => review.enpis.find((e: any) => e.key === key);

it('compares each run with the first (or the marked) one, with a trend over the history', async () => {
  const projectId = (await server.gql(CREATE_PROJECT, { input: { name: 'Review plant' } })).data.createProject.id;
  const compressor = (await server.gql(ADD_EQUIPMENT, { projectId, input: COMPRESSOR })).data.addEquipment.id;
  expect((await server.gql(ADD_EQUIPMENT, { projectId, input: PUMP })).errors).toBeUndefined();

  const first = (await server.gql(ANALYZE, { id: projectId })).data.analyzeProject;
  expect(first.energyReview.baselineAnalysisId).toBe(first.id);
  expect(first.energyReview.warnings[0]).toMatch(/is the energy baseline/);
  expect(enpi(first.energyReview, 'EXERGETIC_EFFICIENCY').change).toBe(0);
  // 37 + 15 kW of electricity: the compressor takes 71.15 %, the pump 28.85 %, both above the 10 % threshold
  expect(first.energyReview.significantEnergyUses.map((u: any) => [u.name, u.sharePct])).toEqual([
    [COMPRESSOR.name, expect.closeTo((100 * 37) / 52, 9)],
    [PUMP.name, expect.closeTo((100 * 15) / 52, 9)],
  ]);

  // a smaller compressor for the same air: a better plant
  const edit = (power: number) =>
    server.gql(UPDATE_EQUIPMENT, {
      id: compressor,
      input: { parameters: { ...COMPRESSOR.parameters, power_kW: power } },
    });
  expect((await edit(32)).errors).toBeUndefined();
  const second = (await server.gql(ANALYZE, { id: projectId })).data.analyzeProject;
  const efficiency = enpi(second.energyReview, 'EXERGETIC_EFFICIENCY');
  expect(efficiency).toMatchObject({
    unit: '%',
    value: second.totals.exergeticEfficiencyPct,
    baselineValue: first.totals.exergeticEfficiencyPct,
    improved: true,
  });
  expect(efficiency.change).toBeCloseTo(second.totals.exergeticEfficiencyPct - first.totals.exergeticEfficiencyPct, 12);
  expect(efficiency.trend.values).toEqual([first.totals.exergeticEfficiencyPct, second.totals.exergeticEfficiencyPct]);

  // a larger one: worse than the baseline
  expect((await edit(45)).errors).toBeUndefined();
  const third = (await server.gql(ANALYZE, { id: projectId })).data.analyzeProject;
  const worse = enpi(third.energyReview, 'EXERGETIC_EFFICIENCY');
  expect(worse.improved).toBe(false);
  expect(worse.trend.values).toHaveLength(3);
  expect(worse.trend.analyzedAt).toHaveLength(3);
  // the current run and the baseline carry the heat-recovery and entropy EnPIs; the middle trend point cannot
  expect(enpi(third.energyReview, 'ENTROPY_GENERATION_INDEX').trend.values[1]).toBeNull();
  expect(enpi(third.energyReview, 'ENTROPY_GENERATION_INDEX').value).toBeGreaterThan(0);
  // no process definition: no specific consumption
  expect(enpi(third.energyReview, 'SPECIFIC_EXERGY_CONSUMPTION').value).toBeNull();

  // mark the second run as the baseline: the third is now compared with it
  expect((await server.gql(SET, { projectId, analysisId: second.id })).data.setEnergyBaseline.energyBaseline.id).toBe(
    second.id,
  );
  const read = await server.gql(`query ($id: ID!) { project(id: $id) { latestAnalysis { ${REVIEW} } } }`, {
    id: projectId,
  });
  const review = read.data.project.latestAnalysis.energyReview;
  expect([review.baselineAnalysisId, review.baselineMarked]).toEqual([second.id, true]);
  expect(enpi(review, 'EXERGETIC_EFFICIENCY').baselineValue).toBe(second.totals.exergeticEfficiencyPct);
  // and back to the first run
  expect((await server.gql(SET, { projectId, analysisId: null })).data.setEnergyBaseline.energyBaseline.id).toBe(
    first.id,
  );

  // the action plan: quick wins first, then by savings; ranks in order
  const plan = third.energyReview.actionPlan;
  expect(plan.map((a: any) => a.rank)).toEqual(plan.map((_: any, i: number) => i + 1));
  const horizons = plan.map((a: any) => ['QUICK_WIN', 'MEDIUM_TERM', 'STRATEGIC'].indexOf(a.horizon));
  expect(horizons).toEqual([...horizons].sort((a: number, b: number) => a - b));
});

it('setEnergyBaseline refuses a run of another project and a viewer, and changes nothing', async () => {
  const a = (await server.gql(CREATE_PROJECT, { input: { name: 'A' } })).data.createProject.id;
  const b = (await server.gql(CREATE_PROJECT, { input: { name: 'B' } })).data.createProject.id;
  for (const projectId of [a, b]) await server.gql(ADD_EQUIPMENT, { projectId, input: PUMP });
  const runOfB = (await server.gql(`mutation ($id: ID!) { analyzeProject(id: $id) { id } }`, { id: b })).data
    .analyzeProject.id;
  const viewer = await server.newUser('viewer');
  await server.gql(
    `mutation ($p: ID!, $e: String!) { shareProject(projectId: $p, email: $e, role: VIEWER) { role } }`,
    {
      p: b,
      e: viewer.email,
    },
  );
  const stranger = await server.newUser('stranger');
  const before = await snapshotDatabase(server.em());
  const refused = await server.gql(SET, { projectId: a, analysisId: runOfB });
  expect(refused.errors?.[0].extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    issues: [expect.objectContaining({ path: 'analysisId' })],
  });
  expect((await viewer.gql(SET, { projectId: b, analysisId: runOfB })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect((await stranger.gql(SET, { projectId: b, analysisId: runOfB })).errors?.[0].extensions?.code).toBe(
    'NOT_FOUND',
  );
  expect(await snapshotDatabase(server.em())).toEqual(before);
});
