/**
 * FactoryAnalysis.pinch over HTTP: the plant's pinch from the run's unit results, as the engine computes it from
 * the same units; ΔT_min refused out of range with its path and range; null on a run stored before schema 5.
 */
import { analyseEquipment, type EquipmentTypeKey } from '../../src/engine/equipment';
import { analysePlantPinch } from '../../src/engine/factory';
import { makeDeadState } from '../../src/engine/thermo';
import { DEFAULT_CARBON_SETTINGS } from '../../src/engine/equipment/common/carbon';
import { startTestServer, type TestServer } from '../support/server';
import { ADD_EQUIPMENT, CREATE_PROJECT } from '../support/operations';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const UNITS: { name: string; type: string; subtype: string; parameters: Record<string, number> }[] = [
  {
    name: 'Steam boiler',
    type: 'BOILER',
    subtype: 'steam_firetube',
    parameters: { fuel_flow_kg_h: 100, steam_flow_kg_h: 1400, steam_pressure_bar: 10 },
  },
  {
    name: 'Belt dryer',
    type: 'DRYER',
    subtype: 'convective',
    parameters: { product_mass_flow_kg_h: 1000, moisture_in_pct: 60, moisture_out_pct: 10, heat_input_kW: 800 },
  },
  // Balanced: 2 kg/s of water 90 → 70 °C gives 167.2 kW, 4/3 kg/s 20 → 50 °C takes 167.2 kW.
  { name: 'Plate HX', type: 'HEAT_EXCHANGER', subtype: 'plate', parameters: { cold_mass_flow_kg_s: 4 / 3 } },
  {
    name: 'Screw compressor',
    type: 'COMPRESSOR',
    subtype: 'screw',
    parameters: { power_kW: 37, flow_rate_m3_min: 6.2, outlet_pressure_bar: 7.5 },
  },
];

const PINCH = `query ($id: ID!, $dt: Float) { project(id: $id) { latestAnalysis { pinch(deltaTMinK: $dt) {
  deltaTMinK minimumHotUtilityKW minimumColdUtilityKW maximumHeatRecoveryKW totalHotDutyKW totalColdDutyKW utilityCase
  pinch { hotTemperatureC coldTemperatureC } streams { name kind supplyTemperatureC targetTemperatureC dutyKW }
  network { reachesTargets allMatchesRespectDeltaTMin }
  plant { minimumStreamDutyKW heatRecoveredNowKW currentHotUtilityKW currentColdUtilityKW hotUtilitySavingsKW
    coldUtilitySavingsKW hotUtilitySavingsPct annualSavingsKWh annualSavingsEur
    streams { name equipmentName key kind phase supplyTemperatureC targetTemperatureC dutyKW exclusion } } } } } }`;

async function analysedPlant(): Promise<string> {
  const created = await server.gql(CREATE_PROJECT, { input: { name: 'Pinch plant' } });
  const projectId = created.data.createProject.id;
  for (const input of UNITS) {
    const added = await server.gql(ADD_EQUIPMENT, { projectId, input });
    expect(added.errors).toBeUndefined();
  }
  const analysed = await server.gql(`mutation ($id: ID!) { analyzeProject(id: $id) { id } }`, { id: projectId });
  expect(analysed.errors).toBeUndefined();
  return projectId;
}

/** The same plant through the engine, in the project's default context (25 °C, 6000 h/yr, 0.08 EUR/kWh). */
function enginePinch(deltaTMinK: number) {
  const context = {
    deadState: makeDeadState(),
    operatingHoursPerYear: 6000,
    energyPriceEurPerKWh: 0.08,
    carbon: DEFAULT_CARBON_SETTINGS,
  };
  const units = UNITS.map((u, i) => {
    const type = u.type.toLowerCase() as EquipmentTypeKey;
    const result = analyseEquipment(type, { subtype: u.subtype, parameters: u.parameters, context });
    return { id: String(i), name: u.name, type, subtype: u.subtype, result, supplierId: null };
  });
  return analysePlantPinch({ units, deltaTMinK })!;
}

it('answers the plant pinch of the latest run, as the engine computes it from the same units', async () => {
  const projectId = await analysedPlant();
  const { data, errors } = await server.gql(PINCH, { id: projectId, dt: 10 });
  expect(errors).toBeUndefined();
  const pinch = data.project.latestAnalysis.pinch;
  const engine = enginePinch(10);
  for (const key of ['minimumHotUtilityKW', 'minimumColdUtilityKW', 'maximumHeatRecoveryKW'] as const)
    expect(pinch[key]).toBeCloseTo(engine[key], 6);
  for (const key of ['currentHotUtilityKW', 'hotUtilitySavingsKW', 'annualSavingsKWh', 'annualSavingsEur'] as const)
    expect(pinch.plant[key]).toBeCloseTo(engine.plant[key], 4);
  // Streams are named `<unit>: <label>`; the evaporation is latent at T_sat(10 bar) = 179.88 °C (Çengel A-5).
  const evaporation = pinch.plant.streams.find((s: any) => s.name === 'Steam boiler: Evaporation');
  expect(evaporation).toMatchObject({ kind: 'COLD', phase: 'LATENT', exclusion: null });
  expect(evaporation.supplyTemperatureC).toBeCloseTo(179.88, 1);
  expect(evaporation.targetTemperatureC).toBe(evaporation.supplyTemperatureC);
  // The exchanger's 167.2 kW is heat recovered now: neither hot nor cold utility.
  expect(pinch.plant.heatRecoveredNowKW).toBeCloseTo(167.2, 6);
  const included = pinch.plant.streams.filter((s: any) => s.exclusion === null);
  const duty = (kind: string) =>
    included.filter((s: any) => s.kind === kind).reduce((sum: number, s: any) => sum + s.dutyKW, 0);
  expect(pinch.plant.currentHotUtilityKW).toBeCloseTo(duty('COLD') - 167.2, 6);
  expect(pinch.plant.currentColdUtilityKW).toBeCloseTo(duty('HOT') - 167.2, 6);
  expect(pinch.plant.hotUtilitySavingsKW).toBeCloseTo(pinch.plant.currentHotUtilityKW - pinch.minimumHotUtilityKW, 6);
  expect(pinch.plant.hotUtilitySavingsKW).toBeGreaterThan(0);
  expect(pinch.streams).toHaveLength(included.length);
  // The default is ΔT_min 10 K.
  const DEFAULT = `query ($id: ID!) { project(id: $id) { latestAnalysis { pinch { deltaTMinK } } } }`;
  const byDefault = await server.gql(DEFAULT, { id: projectId });
  expect(byDefault.data.project.latestAnalysis.pinch.deltaTMinK).toBe(10);
});

it('refuses a ΔT_min out of range with its path and range', async () => {
  const projectId = await analysedPlant();
  for (const dt of [0, -5, 150]) {
    const { errors } = await server.gql(PINCH, { id: projectId, dt });
    expect(errors).toHaveLength(1);
    expect(errors![0]).toMatchObject({
      path: ['project', 'latestAnalysis', 'pinch'],
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(errors![0].extensions.issues).toEqual([
      expect.objectContaining({ path: 'deltaTMinK', code: 'OUT_OF_RANGE', min: 0, max: 100 }),
    ]);
  }
});

it('answers null for a plant without a cold stream, and for a run stored before schema 5', async () => {
  const created = await server.gql(CREATE_PROJECT, { input: { name: 'Compressor only' } });
  const compressorOnly = created.data.createProject.id;
  await server.gql(ADD_EQUIPMENT, { projectId: compressorOnly, input: UNITS[3] });
  await server.gql(`mutation ($id: ID!) { analyzeProject(id: $id) { id } }`, { id: compressorOnly });
  const hotOnly = await server.gql(PINCH, { id: compressorOnly, dt: 10 });
  expect(hotOnly.errors).toBeUndefined();
  expect(hotOnly.data.project.latestAnalysis.pinch).toBeNull();

  const projectId = await analysedPlant();
  const knex = server.em().getKnex();
  const [run] = await knex('factory_analysis').where({ project_id: projectId }).select('id');
  const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
  // Rewrite the unit rows as version 4 stored them: no heat streams (nor CO₂, which schema 5 added too).
  for (const row of await knex('analysis_result').where({ run_id: run.id }).select('id', 'result')) {
    const { heatStreams: _h, carbon: _c, ...v4 } = json(row.result);
    await knex('analysis_result')
      .where({ id: row.id })
      .update({ schema_version: 4, result: JSON.stringify(v4) });
  }
  await knex('factory_analysis').where({ id: run.id }).update({ schema_version: 4 });
  const old = await server.gql(PINCH, { id: projectId, dt: 10 });
  expect(old.errors).toBeUndefined();
  expect(old.data.project.latestAnalysis.pinch).toBeNull();
});
