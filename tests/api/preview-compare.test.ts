/**
 * previewEquipmentAnalysis and compareEquipment over HTTP (issue 14): a preview is the stored analysis of the
 * same input, field for field, and stores nothing; bad input is refused with the paths and ranges addEquipment
 * gives (`baseline.<key>` / `scenario.<key>` in a comparison) and changes nothing; the radar is read from a
 * stored result; anonymous callers are refused before anything runs.
 */
import {
  getNamedType,
  isObjectType,
  isUnionType,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { buildAppSchema } from '../../src/graphql/schema';
import { DEMO_EQUIPMENT } from '../../src/db/demo-factory';
import { ADD_EQUIPMENT, PUMP } from '../support/operations';
import { addEquipment, freshProject } from '../support/projects';
import { startTestServer, type TestServer } from '../support/server';
import { snapshotDatabase } from '../support/snapshot';

/** Every field of a type, nested objects and union members included: "field by field" means all of them. */
function everyField(schema: GraphQLSchema, type: GraphQLObjectType | GraphQLInterfaceType): string {
  return Object.values(type.getFields())
    .map((field) => {
      const named = getNamedType(field.type);
      if (isUnionType(named))
        return `${field.name} { __typename ${named
          .getTypes()
          .map((member) => `... on ${member.name} { ${everyField(schema, member)} }`)
          .join(' ')} }`;
      return isObjectType(named) ? `${field.name} { ${everyField(schema, named)} }` : field.name;
    })
    .join(' ');
}

const schema = buildAppSchema();
const FIGURES = `fragment Figures on EquipmentAnalysis { ${everyField(schema, schema.getType('EquipmentAnalysis') as GraphQLInterfaceType)} }`;
const PREVIEW = `query ($input: EquipmentInput!, $settings: AnalysisSettingsInput) {
  previewEquipmentAnalysis(input: $input, settings: $settings) { name ...Figures } } ${FIGURES}`;
const ANALYZE = `mutation ($id: ID!) { analyzeEquipment(id: $id) { id ...Figures } } ${FIGURES}`;
const COMPARE = `query ($type: EquipmentType!, $subtype: String, $baseline: JSON!, $scenario: JSON!, $settings: AnalysisSettingsInput) {
  compareEquipment(type: $type, subtype: $subtype, baseline: $baseline, scenario: $scenario, settings: $settings) {
    type subtype exergySavedKW annualSavingsKWh annualSavingsEur co2AvoidedTonnesPerYear efficiencyChangePoints
    improvedMetrics degradedMetrics warnings { code message }
    deltas { metric labelEn labelTr unit changeUnit direction baseline scenario change changePct improved }
    baseline { name ...Figures } scenario { name ...Figures } } } ${FIGURES}`;
const STORED_RADAR = `query ($id: ID!) { equipment(id: $id) { analysis { radar {
  overallScore grade gradeLabelEn theta r axes { key labelEn labelTr score } } } } }`;

/** Settings away from every default, so a preview that ignored one would differ. */
const SETTINGS = {
  operatingHours: 5000,
  energyPriceEurPerKWh: 0.11,
  ambientTemperatureC: 18,
  ambientPressureKPa: 98,
  gridEmissionFactorKgPerKWh: 0.3,
  carbonPriceEurPerTonne: 80,
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** The issues of a BAD_USER_INPUT answer (one error, no data), after checking that nothing was stored. */
async function refused(query: string, variables: Record<string, unknown>) {
  const before = await snapshotDatabase(server.em());
  const { data, errors } = await server.gql(query, variables);
  expect(data ?? null).toBeNull();
  expect(errors?.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
  expect(await snapshotDatabase(server.em())).toEqual(before);
  return errors![0].extensions.issues!;
}

describe('previewEquipmentAnalysis', () => {
  it('equals, field by field, the stored analysis of the same input in a project with the same settings — for every type', async () => {
    const projectId = await freshProject(server, SETTINGS);
    for (const { supplier: _supplier, ...unit } of DEMO_EQUIPMENT) {
      const input = { ...unit, type: unit.type.toUpperCase() };
      const before = await snapshotDatabase(server.em());
      const preview = await server.gql(PREVIEW, { input, settings: SETTINGS });
      expect(preview.errors).toBeUndefined();
      expect(await snapshotDatabase(server.em())).toEqual(before); // a preview stores nothing

      const added = await addEquipment(server, projectId, input);
      const stored = await server.gql(ANALYZE, { id: added.id });
      expect(stored.errors).toBeUndefined();
      const { id: _id, ...storedFigures } = stored.data.analyzeEquipment;
      const { name, ...previewFigures } = preview.data.previewEquipmentAnalysis;
      expect(name).toBe(unit.name);
      expect(previewFigures).toEqual(storedFigures);
      expect(previewFigures.radar).not.toBeNull();
      expect(previewFigures.carbon.co2CostEurPerYear).toBeCloseTo(
        80 * previewFigures.carbon.co2EmissionsTonnesPerYear,
        6,
      );
    }
  });

  it('takes the design defaults for omitted settings', async () => {
    const projectId = await freshProject(server);
    const added = await addEquipment(server, projectId, PUMP);
    const stored = await server.gql(ANALYZE, { id: added.id });
    const preview = await server.gql(PREVIEW, { input: PUMP, settings: { operatingHours: null } });
    const { id: _id, ...storedFigures } = stored.data.analyzeEquipment;
    const { name: _name, ...previewFigures } = preview.data.previewEquipmentAnalysis;
    expect(previewFigures).toEqual(storedFigures);
    expect(previewFigures.operatingHoursPerYear).toBe(6000);
  });

  it('refuses what addEquipment refuses, with the same codes, paths and ranges', async () => {
    const projectId = await freshProject(server);
    const bad = {
      ...PUMP,
      parameters: { motor_power_kW: 9000, flow_rate_m3_h: 50, colour: 'blue' },
    };
    const previewIssues = await refused(PREVIEW, { input: bad });
    const addIssues = await refused(ADD_EQUIPMENT, { projectId, input: bad });
    expect(previewIssues).toEqual(addIssues);
    expect(previewIssues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'input.parameters.motor_power_kW', code: 'OUT_OF_RANGE', min: 0, max: 5000 }),
        expect.objectContaining({ path: 'input.parameters.total_head_m', code: 'REQUIRED' }),
        expect.objectContaining({ path: 'input.parameters.colour', code: 'UNKNOWN_PARAMETER' }),
      ]),
    );
    const subtype = await refused(PREVIEW, { input: { ...PUMP, subtype: 'rotary_vane' } });
    expect(subtype).toEqual(await refused(ADD_EQUIPMENT, { projectId, input: { ...PUMP, subtype: 'rotary_vane' } }));
    expect(subtype[0]).toMatchObject({ path: 'input.subtype' });
  });

  it('refuses a supplier (a preview has no plant) and settings out of range, with path and range', async () => {
    const supplied = await refused(PREVIEW, {
      input: { ...PUMP, suppliedById: '00000000-0000-4000-8000-000000000000' },
    });
    expect(supplied).toEqual([expect.objectContaining({ path: 'input.suppliedById', code: 'INVALID' })]);
    const settings = await refused(PREVIEW, {
      input: PUMP,
      settings: { operatingHours: 9000, ambientPressureKPa: 20 },
    });
    expect(settings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'settings.operatingHours', code: 'OUT_OF_RANGE', min: 0, max: 8760 }),
        expect.objectContaining({ path: 'settings.ambientPressureKPa', code: 'OUT_OF_RANGE', min: 50, max: 110 }),
      ]),
    );
  });
});

describe('compareEquipment', () => {
  const pump = { flow_rate_m3_h: 50, total_head_m: 40, motor_efficiency_pct: 95 };

  it('a pump from 15 to 12 kW for the same duty: 3 kW, 18,000 kWh, 1,440 EUR and 7.2 t CO₂ a year saved', async () => {
    const { data, errors } = await server.gql(COMPARE, {
      type: 'PUMP',
      baseline: { ...pump, motor_power_kW: 15 },
      scenario: { ...pump, motor_power_kW: 12 },
    });
    expect(errors).toBeUndefined();
    const c = data.compareEquipment;
    // defaults: 6000 h/yr, 0.08 EUR/kWh, 0.4 kg CO₂/kWh; E_P = ρgQH the same on both sides
    const hydraulic = (1000 * 9.80665 * (50 / 3600) * 40) / 1000;
    expect(c).toMatchObject({ type: 'PUMP', subtype: 'centrifugal', warnings: [], degradedMetrics: [] });
    expect(c.exergySavedKW).toBeCloseTo(3, 9);
    expect(c.annualSavingsKWh).toBeCloseTo(18_000, 6);
    expect(c.annualSavingsEur).toBeCloseTo(1_440, 6);
    expect(c.co2AvoidedTonnesPerYear).toBeCloseTo(7.2, 9);
    expect(c.efficiencyChangePoints).toBeCloseTo(100 * hydraulic * (1 / 12 - 1 / 15), 9);
    const byMetric = Object.fromEntries(c.deltas.map((d: any) => [d.metric, d]));
    expect(byMetric.EXERGY_FUEL).toMatchObject({
      unit: 'kW',
      direction: 'LOWER_IS_BETTER',
      baseline: 15,
      scenario: 12,
      change: -3,
      changePct: -20,
      improved: true,
    });
    expect(byMetric.EXERGETIC_EFFICIENCY).toMatchObject({
      unit: '%',
      changeUnit: 'percentage points',
      direction: 'HIGHER_IS_BETTER',
      improved: true,
    });
    expect(byMetric.EXERGY_PRODUCT.improved).toBeNull();
    expect(byMetric.CO2_EMISSIONS).toMatchObject({ unit: 't/yr', improved: true });
    expect(c.baseline).toMatchObject({ name: 'Baseline', exergyFuelKW: 15 });
    expect(c.scenario).toMatchObject({ name: 'Scenario', exergyFuelKW: 12 });
  });

  it('each side equals its own preview, in the given settings', async () => {
    const baseline = { ...pump, motor_power_kW: 15 };
    const { data } = await server.gql(COMPARE, {
      type: 'PUMP',
      subtype: 'booster',
      baseline,
      scenario: { ...pump, motor_power_kW: 12 },
      settings: SETTINGS,
    });
    const preview = await server.gql(PREVIEW, {
      input: { name: 'Baseline', type: 'PUMP', subtype: 'booster', parameters: baseline },
      settings: SETTINGS,
    });
    expect(data.compareEquipment.baseline).toEqual(preview.data.previewEquipmentAnalysis);
  });

  it('refuses bad parameters at baseline.<key> and scenario.<key>, an unknown subtype once, and stores nothing', async () => {
    const issues = await refused(COMPARE, {
      type: 'PUMP',
      baseline: { ...pump, motor_power_kW: -1 },
      scenario: { ...pump, motor_power_kW: 12, total_head_m: 'high' },
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'baseline.motor_power_kW', code: 'OUT_OF_RANGE', min: 0, max: 5000 }),
        expect.objectContaining({ path: 'scenario.total_head_m', code: 'WRONG_TYPE' }),
      ]),
    );
    expect(issues.every((i: any) => /^(baseline|scenario)\./.test(i.path))).toBe(true);
    const subtype = await refused(COMPARE, {
      type: 'PUMP',
      subtype: 'rotary_vane',
      baseline: { ...pump, motor_power_kW: 15 },
      scenario: { ...pump, motor_power_kW: 12 },
    });
    expect(subtype.map((i: any) => i.path)).toEqual(['subtype']);
    const shape = await refused(COMPARE, { type: 'PUMP', baseline: [1, 2], scenario: { ...pump, motor_power_kW: 12 } });
    expect(shape).toEqual([expect.objectContaining({ path: 'baseline', code: 'WRONG_TYPE' })]);
  });
});

it('serves the radar of a stored result on read (six axes 0–100, a closed polygon)', async () => {
  const projectId = await freshProject(server);
  const added = await addEquipment(server, projectId, PUMP);
  await server.gql(ANALYZE, { id: added.id });
  const { data, errors } = await server.gql(STORED_RADAR, { id: added.id });
  expect(errors).toBeUndefined();
  const radar = data.equipment.analysis.radar;
  expect(radar.axes.map((a: any) => a.key)).toEqual([
    'EXERGETIC_EFFICIENCY',
    'IMPROVEMENT_STATUS',
    'SECTOR_POSITION',
    'HEAT_RECOVERY',
    'DESTRUCTION',
    'COST_EFFICIENCY',
  ]);
  for (const a of radar.axes) expect(a.score >= 0 && a.score <= 100).toBe(true);
  expect(radar.r).toEqual([...radar.axes.map((a: any) => a.score), radar.axes[0].score]);
  expect(radar.theta[6]).toBe(radar.theta[0]);
  expect(['A', 'B', 'C', 'D', 'F']).toContain(radar.grade);
});

it('refuses anonymous callers with 401 UNAUTHENTICATED before anything runs', async () => {
  const queries = [
    [PREVIEW, { input: PUMP }],
    [COMPARE, { type: 'PUMP', baseline: PUMP.parameters, scenario: PUMP.parameters }],
  ] as const;
  for (const [query, variables] of queries) {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] };
    expect({
      status: response.status,
      codes: body.errors?.map((e) => e.extensions.code),
      data: body.data ?? null,
    }).toEqual({ status: 401, codes: ['UNAUTHENTICATED'], data: null });
  }
});
