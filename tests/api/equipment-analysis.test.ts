/**
 * The catalog, catalog validation of equipment parameters, and analyzeEquipment
 * with typed results, metrics union and staleness — through real HTTP.
 */
import { startTestServer, type TestServer } from '../support/server';
import { snapshotDatabase } from '../support/snapshot';
import { addEquipment, freshProject } from '../support/projects';
import { ADD_EQUIPMENT, COMPRESSOR, UPDATE_EQUIPMENT, UPDATE_PROJECT } from '../support/operations';
import { AnalysisResult } from '../../src/modules/analysis/analysis-result.entity';

let server: TestServer;

const ANALYZE = `mutation ($id: ID!) { analyzeEquipment(id: $id) {
  id analyzedAt stale type subtype exergyFuelKW exergyProductKW exergyLossKW exergyDestroyedKW exergeticEfficiencyPct
  exergyDestroyedAvoidableKW exergyDestroyedUnavoidableKW annualLossKWh annualLossEur heatRecoveryPotentialKW
  losses { key exergyKW } heatRecovery { key heatKW temperatureC medium }
  economics { purchasedEquipmentCostEur investmentCostRateEurPerH fuelCostEurPerKWh exergoeconomicFactor productCostEurPerKWh }
  benchmark { benchmarkClass percentile comparisonTextEn comparisonTextTr }
  recommendations { key titleEn titleTr savingsEurPerYear investmentEur paybackYears priority }
  metrics { __typename ... on CompressorMetrics { massFlowKgPerS specificPowerKWPerM3PerMin heatRejectedKW } ... on ChillerMetrics { cop copCarnot } }
  equipment { id name } } }`;

const EQUIPMENT_ANALYSIS = `query ($id: ID!) { equipment(id: $id) { id analysis { id stale exergyFuelKW } } }`;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/** A new project holding `input` alone: the project a test then edits is its own. */
async function addToFreshProject(input: Record<string, unknown>) {
  const projectId = await freshProject(server, { name: 'Analysed plant' });
  return { projectId, equipment: await addEquipment(server, projectId, input) };
}

describe('equipmentTypes', () => {
  it('lists 7 types and 46 subtypes with parameter definitions a form can be built from', async () => {
    const response =
      await server.gql(`{ equipmentTypes { key label labelTr defaultSubtype subtypes { key label labelTr overrides { key default } }
      parameters { key kind unit default min max minExclusive required labelEn labelTr description options { value labelEn } } } }`);
    expect(response.errors).toBeUndefined();
    const types = response.data.equipmentTypes;
    expect(types.map((t: any) => t.key)).toEqual([
      'COMPRESSOR',
      'BOILER',
      'CHILLER',
      'PUMP',
      'HEAT_EXCHANGER',
      'STEAM_TURBINE',
      'DRYER',
    ]);
    expect(types.flatMap((t: any) => t.subtypes)).toHaveLength(46);
    const power = types[0].parameters.find((p: any) => p.key === 'power_kW');
    expect(power).toMatchObject({
      kind: 'NUMBER',
      unit: 'kW',
      min: 0,
      max: 1000,
      minExclusive: true,
      required: true,
      labelTr: 'Elektrik güç girişi',
    });
    const basis = types[0].parameters.find((p: any) => p.key === 'pressure_basis');
    expect(basis).toMatchObject({ kind: 'ENUM', default: 'gauge' });
    expect(basis.options.map((o: any) => o.value)).toEqual(['gauge', 'absolute']);
  });
});

describe('catalog validation on add/update: every problem at once, nothing stored', () => {
  async function rejected(input: Record<string, unknown>) {
    const projectId = await freshProject(server, { name: 'Analysed plant' });
    const before = await snapshotDatabase(server.em());
    const response = await server.gql(ADD_EQUIPMENT, { projectId, input });
    expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await snapshotDatabase(server.em())).toEqual(before);
    return response.errors![0].extensions.issues!;
  }

  it('unknown key, missing required, wrong type and out of range with the accepted range', async () => {
    const issues = await rejected({
      ...COMPRESSOR,
      parameters: { power_kW: 2000, flow_rate_m3_min: 'lots', colour: 'red' },
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'input.parameters.colour', code: 'UNKNOWN_PARAMETER' }),
        expect.objectContaining({ path: 'input.parameters.outlet_pressure_bar', code: 'REQUIRED' }),
        expect.objectContaining({ path: 'input.parameters.flow_rate_m3_min', code: 'WRONG_TYPE' }),
        expect.objectContaining({ path: 'input.parameters.power_kW', code: 'OUT_OF_RANGE', min: 0, max: 1000 }),
      ]),
    );
  });

  it('an unknown subtype', async () => {
    expect(await rejected({ ...COMPRESSOR, subtype: 'turbo' })).toEqual([
      expect.objectContaining({ path: 'input.subtype' }),
    ]);
  });

  it.each([
    [
      'a heater whose cold side leaves hotter than the hot side enters',
      { name: 'HX', type: 'HEAT_EXCHANGER', parameters: { cold_outlet_temp_C: 95 } },
      'input.parameters.cold_outlet_temp_C',
    ],
    [
      'a dryer with moisture out ≥ moisture in',
      {
        name: 'D',
        type: 'DRYER',
        parameters: { product_mass_flow_kg_h: 1000, moisture_in_pct: 20, moisture_out_pct: 25 },
      },
      'input.parameters.moisture_out_pct',
    ],
    [
      'a chiller with a COP above Carnot',
      { name: 'C', type: 'CHILLER', parameters: { cooling_capacity_kW: 350, compressor_power_kW: 30 } },
      'input.parameters.compressor_power_kW',
    ],
    [
      'a boiler making more steam than its fuel allows',
      { name: 'B', type: 'BOILER', parameters: { fuel_flow_kg_h: 50, steam_flow_kg_h: 5000, steam_pressure_bar: 10 } },
      'input.parameters.steam_flow_kg_h',
    ],
  ])('physically impossible: %s', async (_label, input, path) => {
    const issues = await rejected(input);
    expect(issues).toEqual(expect.arrayContaining([expect.objectContaining({ path, code: 'INCONSISTENT' })]));
  });

  it('updateEquipment is validated the same way and changes nothing', async () => {
    const { equipment } = await addToFreshProject(COMPRESSOR);
    const before = await snapshotDatabase(server.em());
    const response = await server.gql(UPDATE_EQUIPMENT, { id: equipment.id, input: { parameters: { power_kW: 37 } } });
    expect(response.errors?.[0].extensions.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'input.parameters.flow_rate_m3_min', code: 'REQUIRED' }),
      ]),
    );
    expect(await snapshotDatabase(server.em())).toEqual(before);
  });
});

describe('analyzeEquipment', () => {
  it('stores a typed result with metrics, economics and recommendations, replacing the previous one', async () => {
    const { equipment } = await addToFreshProject(COMPRESSOR);
    const first = await server.gql(ANALYZE, { id: equipment.id });
    expect(first.errors).toBeUndefined();
    const result = first.data.analyzeEquipment;
    expect(result).toMatchObject({
      stale: false,
      type: 'COMPRESSOR',
      subtype: 'screw',
      exergyFuelKW: 37,
      equipment: { id: equipment.id },
    });
    expect(result.exergyProductKW + result.exergyLossKW + result.exergyDestroyedKW).toBeCloseTo(37, 9);
    expect(result.metrics.__typename).toBe('CompressorMetrics');
    expect(result.metrics.specificPowerKWPerM3PerMin).toBeCloseTo(37 / 6.2, 10);
    expect(result.economics.fuelCostEurPerKWh).toBe(0.08); // the project's price: no unit price given
    expect(result.annualLossKWh).toBeCloseTo((result.exergyLossKW + result.exergyDestroyedKW) * 6000, 6);
    expect(result.recommendations.length).toBeGreaterThan(0);
    expect(result.benchmark.comparisonTextTr.length).toBeGreaterThan(0);

    const second = await server.gql(ANALYZE, { id: equipment.id });
    expect(second.data.analyzeEquipment.id).not.toBe(result.id);
    expect(await server.em().count(AnalysisResult, { equipment: equipment.id })).toBe(1);
  });

  it('is stale after the parameters or the project’s dead state change', async () => {
    const { projectId, equipment } = await addToFreshProject(COMPRESSOR);
    await server.gql(ANALYZE, { id: equipment.id });
    const fresh = await server.gql(EQUIPMENT_ANALYSIS, { id: equipment.id });
    expect(fresh.data.equipment.analysis.stale).toBe(false);

    await server.gql(UPDATE_EQUIPMENT, { id: equipment.id, input: { name: 'renamed only' } });
    expect((await server.gql(EQUIPMENT_ANALYSIS, { id: equipment.id })).data.equipment.analysis.stale).toBe(false);

    await server.gql(UPDATE_EQUIPMENT, {
      id: equipment.id,
      input: { parameters: { ...COMPRESSOR.parameters, power_kW: 40 } },
    });
    expect((await server.gql(EQUIPMENT_ANALYSIS, { id: equipment.id })).data.equipment.analysis.stale).toBe(true);

    await server.gql(ANALYZE, { id: equipment.id });
    expect((await server.gql(EQUIPMENT_ANALYSIS, { id: equipment.id })).data.equipment.analysis.stale).toBe(false);
    await server.gql(UPDATE_PROJECT, { id: projectId, input: { ambientTemperatureC: 30 } });
    expect((await server.gql(EQUIPMENT_ANALYSIS, { id: equipment.id })).data.equipment.analysis.stale).toBe(true);
  });

  it('analyses at the project’s dead state', async () => {
    const { projectId, equipment } = await addToFreshProject({
      name: 'Chiller',
      type: 'CHILLER',
      parameters: { cooling_capacity_kW: 350, compressor_power_kW: 70 },
    });
    const at25 = (await server.gql(ANALYZE, { id: equipment.id })).data.analyzeEquipment.exergyProductKW;
    await server.gql(UPDATE_PROJECT, { id: projectId, input: { ambientTemperatureC: 30 } });
    const at30 = (await server.gql(ANALYZE, { id: equipment.id })).data.analyzeEquipment.exergyProductKW;
    // cold is worth more on a hotter day: 350·(303.15/T_m − 1) > 350·(298.15/T_m − 1)
    expect(at30).toBeGreaterThan(at25);
  });

  it('is NOT_FOUND for an unknown equipment', async () => {
    const response = await server.gql(ANALYZE, { id: '00000000-0000-4000-8000-000000000000' });
    expect(response.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
