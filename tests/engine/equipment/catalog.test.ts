/** The catalog: 7 types, 46 subtypes, every parameter described; each subtype's defaults analyse cleanly. */
import {
  analyseEquipment,
  EQUIPMENT_MODULES,
  validateEquipmentParameters,
  type EquipmentTypeKey,
} from '../../../src/engine/equipment';
import { context, expectBalanced } from '../../support/engine';

/** Required inputs a client must always give (everything else has defaults). */
const REQUIRED: Record<EquipmentTypeKey, Record<string, number>> = {
  compressor: { power_kW: 37, flow_rate_m3_min: 6.2, outlet_pressure_bar: 7.5 },
  boiler: {
    fuel_flow_kg_h: 250,
    steam_flow_kg_h: 1200,
    steam_pressure_bar: 10,
    electric_power_kW: 900,
    gas_mass_flow_kg_s: 5,
  },
  chiller: { cooling_capacity_kW: 350, compressor_power_kW: 70, generator_heat_kW: 500 },
  pump: { motor_power_kW: 15, flow_rate_m3_h: 50, total_head_m: 40 },
  heat_exchanger: {},
  steam_turbine: { mass_flow_kg_s: 5 },
  dryer: { product_mass_flow_kg_h: 1000, moisture_in_pct: 60, moisture_out_pct: 10 },
};

it('has the 7 types and 46 subtypes of the registry, labelled in English and Turkish', () => {
  const types = Object.keys(EQUIPMENT_MODULES);
  expect(types).toEqual(['compressor', 'boiler', 'chiller', 'pump', 'heat_exchanger', 'steam_turbine', 'dryer']);
  const subtypes = Object.values(EQUIPMENT_MODULES).flatMap((m) => m.subtypes);
  expect(subtypes).toHaveLength(46);
  for (const s of subtypes) {
    expect(s.labelEn.length).toBeGreaterThan(1);
    expect(s.labelTr.length).toBeGreaterThan(1);
  }
});

it('describes every parameter with unit, labels and a default inside its range', () => {
  for (const module of Object.values(EQUIPMENT_MODULES)) {
    expect(module.subtypes.map((s) => s.key)).toContain(module.defaultSubtype);
    for (const d of module.parameters) {
      expect(d.key).toMatch(/^[a-z][a-z0-9_]*$/i);
      expect(d.labelEn && d.labelTr && d.description).toBeTruthy();
      if (d.kind === 'number' || d.kind === 'integer') expect(d.unit).toBeTruthy();
      if (typeof d.defaultValue === 'number') {
        if (d.min !== null) expect(d.defaultValue).toBeGreaterThanOrEqual(d.min);
        if (d.max !== null) expect(d.defaultValue).toBeLessThanOrEqual(d.max);
      }
      if (d.kind === 'enum') expect(d.options?.map((o) => o.value)).toContain(d.defaultValue);
    }
  }
});

describe.each(
  Object.entries(EQUIPMENT_MODULES).flatMap(([type, m]) =>
    m.subtypes.map((s) => [type as EquipmentTypeKey, s.key] as const),
  ),
)('%s/%s with its defaults', (type, subtype) => {
  it('validates and analyses with a closed balance', () => {
    const module = EQUIPMENT_MODULES[type];
    const keys = new Set(
      module.parameters.filter((d) => !d.subtypes || d.subtypes.includes(subtype)).map((d) => d.key),
    );
    const parameters = Object.fromEntries(Object.entries(REQUIRED[type]).filter(([k]) => keys.has(k)));
    expect(validateEquipmentParameters(type, subtype, parameters, context)).toEqual([]);
    const r = analyseEquipment(type, { subtype, parameters, context });
    expect(r.subtype).toBe(subtype);
    expectBalanced(r);
    expect(r.exergyFuelKW).toBeGreaterThan(0);
  });
});

it('reports every catalog problem at once, with key and accepted range', () => {
  const issues = validateEquipmentParameters(
    'compressor',
    'screw',
    { power_kW: -1, flow_rate_m3_min: 'fast', colour: 'red' } as never,
    context,
  );
  expect(issues).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ path: 'colour', code: 'UNKNOWN_PARAMETER' }),
      expect.objectContaining({ path: 'power_kW', code: 'OUT_OF_RANGE', min: 0, max: 1000 }),
      expect.objectContaining({ path: 'flow_rate_m3_min', code: 'WRONG_TYPE' }),
      expect.objectContaining({ path: 'outlet_pressure_bar', code: 'MISSING_REQUIRED' }),
    ]),
  );
  expect(validateEquipmentParameters('pump', 'turbo', {}, context)).toEqual([
    expect.objectContaining({ path: 'subtype', code: 'UNKNOWN_SUBTYPE' }),
  ]);
  expect(
    validateEquipmentParameters(
      'compressor',
      'centrifugal',
      { power_kW: 4000, flow_rate_m3_min: 400, outlet_pressure_bar: 7 },
      context,
    ),
  ).toEqual([]);
});
