/**
 * CO₂ through the API (issue 13): the project's grid factor and carbon price,
 * validated, used by analyses, and making earlier analyses stale; the run's
 * units add up to the plant total with a supply link counted once.
 * Hand values: electricity kW × h × kg/kWh; natural gas 56.1 t CO₂/TJ (IPCC 2006 Vol. 2 Table 2.2).
 */
import { startTestServer, type TestServer } from '../support/server';
import { ADD_EQUIPMENT, COMPRESSOR, CREATE_PROJECT, UPDATE_PROJECT } from '../support/operations';
import { snapshotDatabase } from '../support/snapshot';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const SETTINGS = `query ($id: ID!) { project(id: $id) { gridEmissionFactorKgPerKWh carbonPriceEurPerTonne } }`;
const ANALYZE = `mutation ($id: ID!) { analyzeProject(id: $id) { id
  totals { carbon { co2DirectTonnesPerYear co2IndirectTonnesPerYear co2EmissionsTonnesPerYear co2CostEurPerYear
    unitsWithUnknownSupply gridEmissionFactorKgPerKWh carbonPriceEurPerTonne } }
  equipmentResults { equipment { name } carbon { source fuel boundaryShare co2DirectTonnesPerYear co2IndirectTonnesPerYear
    co2EmissionsTonnesPerYear co2CostEurPerYear co2SuppliedTonnesPerYear co2PassedOnTonnesPerYear co2AllocatedTonnesPerYear
    products { key co2AllocatedTonnesPerYear } }
    recommendations { key savingsKW co2AvoidedTonnesPerYear } }
  integrationOpportunities { pattern co2AvoidedTonnesPerYear } } }`;

async function project(input: Record<string, unknown> = {}): Promise<string> {
  const created = await server.gql(CREATE_PROJECT, { input: { name: 'CO₂ plant', ...input } });
  expect(created.errors).toBeUndefined();
  return created.data.createProject.id;
}

it('a project defaults to a 0.4 kg/kWh grid and no carbon price; both can be set', async () => {
  const id = await project();
  expect((await server.gql(SETTINGS, { id })).data.project).toEqual({
    gridEmissionFactorKgPerKWh: 0.4,
    carbonPriceEurPerTonne: 0,
  });
  const updated = await server.gql(UPDATE_PROJECT, {
    id,
    input: { gridEmissionFactorKgPerKWh: 0.25, carbonPriceEurPerTonne: 85 },
  });
  expect(updated.errors).toBeUndefined();
  expect((await server.gql(SETTINGS, { id })).data.project).toEqual({
    gridEmissionFactorKgPerKWh: 0.25,
    carbonPriceEurPerTonne: 85,
  });
});

it.each([
  ['gridEmissionFactorKgPerKWh', 1.6, 0, 1.5],
  ['gridEmissionFactorKgPerKWh', -0.1, 0, 1.5],
  ['carbonPriceEurPerTonne', 1001, 0, 1000],
  ['carbonPriceEurPerTonne', -1, 0, 1000],
])('%s = %p is refused with its range and changes nothing', async (field, value, min, max) => {
  const id = await project();
  const before = await snapshotDatabase(server.em());
  const response = await server.gql(UPDATE_PROJECT, { id, input: { [field]: value } });
  expect(response.data).toBeNull();
  expect(response.errors?.[0].extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    issues: [expect.objectContaining({ path: `input.${field}`, min, max })],
  });
  expect(await snapshotDatabase(server.em())).toEqual(before);
  const refused = await server.gql(CREATE_PROJECT, { input: { name: 'x', [field]: value } });
  expect(refused.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
});

it('an analysis counts each unit at the project settings, and the plant once', async () => {
  const id = await project({ gridEmissionFactorKgPerKWh: 0.5, carbonPriceEurPerTonne: 80 });
  const boiler = await server.gql(ADD_EQUIPMENT, {
    projectId: id,
    input: {
      name: 'Gas boiler',
      type: 'BOILER',
      subtype: 'steam_firetube',
      parameters: { fuel_flow_kg_h: 100, steam_flow_kg_h: 1500, steam_pressure_bar: 10, fuel_type: 'natural_gas' },
    },
  });
  expect(boiler.errors).toBeUndefined();
  const turbine = await server.gql(ADD_EQUIPMENT, {
    projectId: id,
    input: {
      name: 'Back-pressure turbine',
      type: 'STEAM_TURBINE',
      subtype: 'back_pressure',
      parameters: { mass_flow_kg_s: 0.3, inlet_pressure_bar: 10, inlet_temp_C: 250, outlet_pressure_bar: 3 },
      suppliedById: boiler.data.addEquipment.id,
    },
  });
  expect(turbine.errors).toBeUndefined();
  expect((await server.gql(ADD_EQUIPMENT, { projectId: id, input: COMPRESSOR })).errors).toBeUndefined();

  const run = await server.gql(ANALYZE, { id });
  expect(run.errors).toBeUndefined();
  const { totals, equipmentResults } = run.data.analyzeProject;
  const [gas, steam, air] = equipmentResults.map((r: any) => r.carbon);
  // boiler: 100 kg/h × 47,100 kJ/kg / 3600 × 6000 h = 7,850,000 kWh = 28.26 TJ × 56.1 = 1,585.386 t
  expect(gas).toMatchObject({ source: 'FUEL', fuel: 'natural_gas', boundaryShare: 1 });
  expect(gas.co2DirectTonnesPerYear).toBeCloseTo(1585.386, 3);
  expect(gas.co2CostEurPerYear).toBeCloseTo(1585.386 * 80, 1);
  // compressor: 37 kW × 6000 h × 0.5 kg/kWh = 111 t, 8,880 EUR/yr at 80 EUR/t
  expect(air).toMatchObject({ source: 'ELECTRICITY', co2SuppliedTonnesPerYear: 0 });
  expect(air.co2IndirectTonnesPerYear).toBeCloseTo(111, 9);
  expect(air.co2CostEurPerYear).toBeCloseTo(8880, 6);
  // the turbine burns nothing; it carries the share of the boiler's CO₂ that its steam exergy takes
  expect(steam).toMatchObject({ source: 'SUPPLIED', co2EmissionsTonnesPerYear: 0, boundaryShare: 0 });
  expect(steam.co2SuppliedTonnesPerYear).toBeGreaterThan(0);
  expect(gas.co2PassedOnTonnesPerYear).toBeCloseTo(steam.co2SuppliedTonnesPerYear, 9);
  expect(gas.co2AllocatedTonnesPerYear + steam.co2AllocatedTonnesPerYear).toBeCloseTo(1585.386, 3);
  // the plant: the gas once (not again in the steam) plus the grid electricity
  expect(totals.carbon).toMatchObject({
    unitsWithUnknownSupply: [],
    gridEmissionFactorKgPerKWh: 0.5,
    carbonPriceEurPerTonne: 80,
  });
  expect(totals.carbon.co2EmissionsTonnesPerYear).toBeCloseTo(1585.386 + 111, 3);
  expect(totals.carbon.co2CostEurPerYear).toBeCloseTo((1585.386 + 111) * 80, 1);
  // every measure with a saving says what it avoids
  for (const m of equipmentResults[2].recommendations)
    if (m.savingsKW !== null) expect(m.co2AvoidedTonnesPerYear).toBeCloseTo((m.savingsKW * 6000 * 0.5) / 1000, 9);
  for (const o of run.data.analyzeProject.integrationOpportunities)
    expect(o.co2AvoidedTonnesPerYear).toBeGreaterThanOrEqual(0);

  // a new grid factor makes the run stale; the next run uses it
  expect((await server.gql(UPDATE_PROJECT, { id, input: { gridEmissionFactorKgPerKWh: 0.2 } })).errors).toBeUndefined();
  const stale = await server.gql(`query ($id: ID!) { project(id: $id) { latestAnalysis { stale } } }`, { id });
  expect(stale.data.project.latestAnalysis.stale).toBe(true);
  const again = await server.gql(ANALYZE, { id });
  expect(again.data.analyzeProject.equipmentResults[2].carbon.co2IndirectTonnesPerYear).toBeCloseTo(44.4, 9);
});
