/**
 * Scenarios through the API (issue 14), on both databases: create, analyse,
 * compare with the project's run, the project never changed, staleness after
 * a base edit, added and removed units, validation and access.
 * Hand values: every unit here is electric, so its exergy of fuel is its electric power, priced at 0.08 EUR/kWh
 * and counted at 0.4 kg CO₂/kWh over 6000 h/yr.
 */
import { startTestServer, type TestServer } from '../support/server';
import { ADD_EQUIPMENT, COMPRESSOR, CREATE_PROJECT, PUMP, UPDATE_EQUIPMENT } from '../support/operations';
import { snapshotDatabase } from '../support/snapshot';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const SCENARIO_FIELDS = `id name description investmentEur stale createdAt updatedAt project { id }
  changes { action equipmentId parameters investmentEur equipment { id name type subtype parameters suppliedById } }
  settings { operatingHours energyPriceEurPerKWh gridEmissionFactorKgPerKWh }`;
const CREATE = `mutation ($projectId: ID!, $input: ScenarioInput!) { createScenario(projectId: $projectId, input: $input) { ${SCENARIO_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: ScenarioInput!) { updateScenario(id: $id, input: $input) { ${SCENARIO_FIELDS} } }`;
const DELETE = `mutation ($id: ID!) { deleteScenario(id: $id) }`;
const ANALYZE = `mutation ($id: ID!) { analyzeScenario(id: $id) { id sequence stale scenario { id }
  analysis { id stale totals { exergyFuelKW carbon { co2EmissionsTonnesPerYear } }
    equipmentResults { equipmentName type exergyFuelKW equipment { id } }
    sankey { balance { ok } } }
  comparison { baselineAnalysisId baselineAnnualCostEur scenarioAnnualCostEur annualSavingsEur investmentEur
    simplePaybackYears co2AvoidedTonnesPerYear
    totals { metric unit changeUnit baseline scenario change improved }
    equipment { equipmentId name type change deltas { metric baseline scenario change improved } } } } }`;
const READ = `query ($id: ID!) { scenario(id: $id) { ${SCENARIO_FIELDS}
  latestAnalysis { id stale } analyses { id sequence } } }`;
const PROJECT_RUNS = `query ($id: ID!) { project(id: $id) { latestAnalysis { id } analyses(first: 50) { totalCount }
  scenarios { id name } } }`;

async function plant(): Promise<{ projectId: string; compressor: string; pump: string }> {
  const created = await server.gql(CREATE_PROJECT, { input: { name: 'Scenario plant' } });
  const projectId = created.data.createProject.id;
  const compressor = await server.gql(ADD_EQUIPMENT, { projectId, input: COMPRESSOR });
  const pump = await server.gql(ADD_EQUIPMENT, {
    projectId,
    input: { ...PUMP, parameters: { ...PUMP.parameters, control_method: 'throttle', throttle_loss_pct: 25 } },
  });
  expect(compressor.errors ?? pump.errors).toBeUndefined();
  return { projectId, compressor: compressor.data.addEquipment.id, pump: pump.data.addEquipment.id };
}

/** "Replace the compressor and add a VSD to the pump": 37 → 32 kW for the same air, 15 → 11 kW on the pump. */
const replaceAndVsd = (ids: { compressor: string; pump: string }) => ({
  name: 'Replace the compressor and add a VSD to the pump',
  description: 'A 32 kW screw for the same 6.2 m³/min; the pump on a VSD instead of its throttle.',
  changes: [
    { action: 'UPDATE_EQUIPMENT', equipmentId: ids.compressor, parameters: { power_kW: 32 }, investmentEur: 25000 },
    {
      action: 'UPDATE_EQUIPMENT',
      equipmentId: ids.pump,
      parameters: { motor_power_kW: 11, control_method: 'vsd', throttle_loss_pct: null },
      investmentEur: 3000,
    },
  ],
});

describe('a scenario round trip', () => {
  it('is created without touching the project, analysed, compared, and goes stale when the project changes', async () => {
    const ids = await plant();
    const tablesOf = async () => {
      const { project, equipment, factory_analysis, analysis_result } = await snapshotDatabase(server.em());
      return { project, equipment, factory_analysis, analysis_result };
    };
    const before = await tablesOf();
    const created = await server.gql(CREATE, { projectId: ids.projectId, input: replaceAndVsd(ids) });
    expect(created.errors).toBeUndefined();
    const scenario = created.data.createScenario;
    expect(scenario).toMatchObject({
      investmentEur: 28000,
      stale: true,
      settings: null,
      project: { id: ids.projectId },
    });
    expect(scenario.changes[1]).toEqual({
      action: 'UPDATE_EQUIPMENT',
      equipmentId: ids.pump,
      parameters: { motor_power_kW: 11, control_method: 'vsd', throttle_loss_pct: null },
      investmentEur: 3000,
      equipment: null,
    });
    expect(await tablesOf()).toEqual(before);

    const analysed = await server.gql(ANALYZE, { id: scenario.id });
    expect(analysed.errors).toBeUndefined();
    const run = analysed.data.analyzeScenario;
    // the project had no run: one was made, as its next (first) run, and the scenario set against it
    const project = (await server.gql(PROJECT_RUNS, { id: ids.projectId })).data.project;
    expect(project.analyses.totalCount).toBe(1);
    expect(run.comparison.baselineAnalysisId).toBe(project.latestAnalysis.id);
    expect(project.scenarios).toEqual([{ id: scenario.id, name: scenario.name }]);
    // (37 + 15) kW × 6000 h × 0.08 EUR/kWh = 24,960 EUR/yr; (32 + 11) kW → 20,640 EUR/yr; 4,320 EUR/yr saved
    const c = run.comparison;
    expect(c.baselineAnnualCostEur).toBeCloseTo(24960, 6);
    expect(c.scenarioAnnualCostEur).toBeCloseTo(20640, 6);
    expect(c.annualSavingsEur).toBeCloseTo(4320, 6);
    expect(c.investmentEur).toBe(28000);
    expect(c.simplePaybackYears).toBeCloseTo(28000 / 4320, 9); // 6.48 years
    expect(c.co2AvoidedTonnesPerYear).toBeCloseTo((9 * 6000 * 0.4) / 1000, 9); // 21.6 t
    const fuel = c.totals.find((d: any) => d.metric === 'EXERGY_FUEL');
    expect(fuel).toMatchObject({ unit: 'kW', baseline: 52, scenario: 43, change: -9, improved: true });
    const efficiency = c.totals.find((d: any) => d.metric === 'EXERGETIC_EFFICIENCY');
    expect(efficiency.changeUnit).toBe('percentage points');
    expect(c.equipment.map((e: any) => [e.equipmentId, e.change])).toEqual([
      [ids.compressor, 'UPDATED'],
      [ids.pump, 'UPDATED'],
    ]);
    expect(run.analysis.totals.exergyFuelKW).toBeCloseTo(43, 9);
    expect(run.analysis.equipmentResults.map((r: any) => [r.equipmentName, r.exergyFuelKW, r.equipment.id])).toEqual([
      [COMPRESSOR.name, 32, ids.compressor],
      [PUMP.name, 11, ids.pump],
    ]);
    expect(run.analysis.sankey.balance.ok).toBe(true);
    expect([run.stale, run.analysis.stale, run.sequence]).toEqual([false, false, 1]);
    // the project is as it was, apart from its one new run
    const after = await tablesOf();
    expect([after.project, after.equipment]).toEqual([before.project, before.equipment]);

    // analysed again against the same, still current run: no second project run
    const again = await server.gql(ANALYZE, { id: scenario.id });
    expect(again.data.analyzeScenario).toMatchObject({
      sequence: 2,
      comparison: { baselineAnalysisId: c.baselineAnalysisId },
    });
    expect((await server.gql(PROJECT_RUNS, { id: ids.projectId })).data.project.analyses.totalCount).toBe(1);

    // a base edit makes the scenario's runs stale; the next analysis sets it against a fresh project run
    const edited = await server.gql(UPDATE_EQUIPMENT, {
      id: ids.compressor,
      input: { parameters: { ...COMPRESSOR.parameters, flow_rate_m3_min: 6.0 } },
    });
    expect(edited.errors).toBeUndefined();
    const read = (await server.gql(READ, { id: scenario.id })).data.scenario;
    expect([read.stale, read.latestAnalysis.stale, read.analyses.map((a: any) => a.sequence)]).toEqual([
      true,
      true,
      [2, 1],
    ]);
    const third = (await server.gql(ANALYZE, { id: scenario.id })).data.analyzeScenario;
    const runs = (await server.gql(PROJECT_RUNS, { id: ids.projectId })).data.project;
    expect(runs.analyses.totalCount).toBe(2);
    expect(third.comparison.baselineAnalysisId).toBe(runs.latestAnalysis.id);
    // updating the scenario itself also makes its runs stale
    expect(
      (await server.gql(UPDATE, { id: scenario.id, input: { ...replaceAndVsd(ids), name: 'Renamed' } })).errors,
    ).toBeUndefined();
    expect((await server.gql(READ, { id: scenario.id })).data.scenario).toMatchObject({ name: 'Renamed', stale: true });
  });

  it('adds and removes units; an added unit exists only in the scenario', async () => {
    const ids = await plant();
    const created = await server.gql(CREATE, {
      projectId: ids.projectId,
      input: {
        name: 'A second compressor instead of the pump',
        changes: [
          { action: 'REMOVE_EQUIPMENT', equipmentId: ids.pump },
          { action: 'ADD_EQUIPMENT', equipment: { ...COMPRESSOR, name: 'New compressor' }, investmentEur: 40000 },
        ],
        settings: { operatingHours: 8000 },
      },
    });
    expect(created.errors).toBeUndefined();
    const added = created.data.createScenario.changes[1].equipment;
    expect(added).toMatchObject({ name: 'New compressor', type: 'COMPRESSOR', subtype: 'screw', suppliedById: null });
    expect(created.data.createScenario.settings).toEqual({
      operatingHours: 8000,
      energyPriceEurPerKWh: null,
      gridEmissionFactorKgPerKWh: null,
    });
    const run = (await server.gql(ANALYZE, { id: created.data.createScenario.id })).data.analyzeScenario;
    expect(run.analysis.equipmentResults.map((r: any) => [r.equipmentName, r.equipment?.id ?? null])).toEqual([
      [COMPRESSOR.name, ids.compressor],
      ['New compressor', null],
    ]);
    expect(run.comparison.equipment.map((e: any) => [e.name, e.change])).toEqual([
      [COMPRESSOR.name, 'UNCHANGED'],
      [PUMP.name, 'REMOVED'],
      ['New compressor', 'ADDED'],
    ]);
    // baseline (37 + 15) kW × 6000 h; scenario 2 × 37 kW × 8000 h (its hours), both at 0.08 EUR/kWh
    expect(run.comparison.annualSavingsEur).toBeCloseTo(52 * 6000 * 0.08 - 74 * 8000 * 0.08, 6);
    expect(run.comparison.simplePaybackYears).toBeNull();
    const removed = run.comparison.equipment[1].deltas.find((d: any) => d.metric === 'EXERGY_FUEL');
    expect(removed).toMatchObject({ baseline: 15, scenario: 0, improved: true });
  });
});

describe('validation: a bad scenario is refused with its path and range and changes nothing', () => {
  let ids: { projectId: string; compressor: string; pump: string };
  beforeAll(async () => {
    ids = await plant();
  });
  const refused = async (changes: unknown[], path: string, extra: Record<string, unknown> = {}) => {
    const before = await snapshotDatabase(server.em());
    const response = await server.gql(CREATE, { projectId: ids.projectId, input: { name: 'bad', changes } });
    expect(response.data).toBeNull();
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: expect.arrayContaining([expect.objectContaining({ path, ...extra })]),
    });
    expect(await snapshotDatabase(server.em())).toEqual(before);
  };

  it('an unknown unit', () =>
    refused(
      [{ action: 'REMOVE_EQUIPMENT', equipmentId: '00000000-0000-4000-8000-000000000000' }],
      'input.changes[0].equipmentId',
    ));
  it('a parameter out of the catalog range after the patch', () =>
    refused(
      [{ action: 'UPDATE_EQUIPMENT', equipmentId: ids.compressor, parameters: { power_kW: -5 } }],
      'input.changes[0].parameters.power_kW',
      { code: 'OUT_OF_RANGE' },
    ));
  it('a negative investment', () =>
    refused(
      [{ action: 'REMOVE_EQUIPMENT', equipmentId: ids.pump, investmentEur: -1 }],
      'input.changes[0].investmentEur',
      { min: 0, max: 1e10 },
    ));
  it('two changes of one unit', () =>
    refused(
      [
        { action: 'REMOVE_EQUIPMENT', equipmentId: ids.pump },
        { action: 'UPDATE_EQUIPMENT', equipmentId: ids.pump, parameters: { motor_power_kW: 10 } },
      ],
      'input.changes[1].equipmentId',
    ));
  it('an update without a patch, and a patch on the wrong action', () =>
    refused(
      [
        { action: 'UPDATE_EQUIPMENT', equipmentId: ids.pump },
        { action: 'REMOVE_EQUIPMENT', equipmentId: ids.compressor, parameters: { power_kW: 30 } },
      ],
      'input.changes[0].parameters',
    ));
  it('an added unit with an impossible catalog input', () =>
    refused(
      [{ action: 'ADD_EQUIPMENT', equipment: { ...COMPRESSOR, parameters: { power_kW: 37 } } }],
      'input.changes[0].equipment.parameters.flow_rate_m3_min',
    ));

  it('a scenario naming a unit removed from the project since cannot be analysed', async () => {
    const own = await plant();
    const created = await server.gql(CREATE, {
      projectId: own.projectId,
      input: {
        name: 'x',
        changes: [{ action: 'UPDATE_EQUIPMENT', equipmentId: own.pump, parameters: { motor_power_kW: 12 } }],
      },
    });
    expect(
      (await server.gql(`mutation ($id: ID!) { removeEquipment(id: $id) }`, { id: own.pump })).errors,
    ).toBeUndefined();
    const response = await server.gql(ANALYZE, { id: created.data.createScenario.id });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [expect.objectContaining({ path: 'changes[0].equipmentId' })],
    });
  });
});

describe('access', () => {
  it('viewers read, only editors write; strangers see nothing', async () => {
    const ids = await plant();
    const created = await server.gql(CREATE, { projectId: ids.projectId, input: replaceAndVsd(ids) });
    const id = created.data.createScenario.id;
    const viewer = await server.newUser('viewer');
    const stranger = await server.newUser('stranger');
    const share = await server.gql(
      `mutation ($p: ID!, $e: String!) { shareProject(projectId: $p, email: $e, role: VIEWER) { role } }`,
      { p: ids.projectId, e: viewer.email },
    );
    expect(share.errors).toBeUndefined();
    expect((await viewer.gql(READ, { id })).data.scenario.id).toBe(id);
    for (const [query, variables] of [
      [ANALYZE, { id }],
      [UPDATE, { id, input: replaceAndVsd(ids) }],
      [DELETE, { id }],
      [CREATE, { projectId: ids.projectId, input: replaceAndVsd(ids) }],
    ] as const) {
      expect((await viewer.gql(query, variables)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const hidden = await stranger.gql(query, variables);
      expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    expect((await stranger.gql(READ, { id })).data.scenario).toBeNull();
    expect((await server.gql(DELETE, { id })).data.deleteScenario).toBe(true);
    expect((await server.gql(READ, { id })).data.scenario).toBeNull();
  });
});
