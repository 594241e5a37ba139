/**
 * Properties over the whole catalog: for every equipment type, 2,000 random
 * inputs over its subtypes (each subtype ≈ 2000/n of them), drawn from the
 * catalog's own ranges (subtype ranges honoured, each optional parameter
 * present or absent, enums and booleans from their options, any project dead
 * state, hours and price)
 * either give a result with
 *   - no NaN or ±Infinity anywhere in it,
 *   - 0 ≤ E_P ≤ E_F, E_L ≥ 0, E_D ≥ 0 and E_F = E_P + E_L + E_D to 1e-9 relative,
 *   - every field ending in `Pct` (efficiencies, ratios, humidities) within 0–100 %,
 * or are rejected with an EquipmentValidationError naming parameters — never
 * another exception. Unlike properties.test.ts these draws are not shaped into
 * plausible plants, so most of them are rightly rejected (heat exchangers: all
 * but a few, their four temperatures and two flows must agree); every subtype
 * must give some sound results, so the test cannot pass vacuously.
 */
import fc from 'fast-check';
import {
  analyseEquipment,
  EQUIPMENT_MODULES,
  EQUIPMENT_TYPE_KEYS,
  EquipmentValidationError,
  type EquipmentTypeKey,
  type ParameterDefinition,
  type ParameterValue,
} from '../../../src/engine/equipment';
import { makeDeadState } from '../../../src/engine/thermo';

type Params = Record<string, ParameterValue>;

function valueOf(d: ParameterDefinition, range: { min?: number; max?: number } | undefined): fc.Arbitrary<unknown> {
  let value: fc.Arbitrary<ParameterValue>;
  if (d.kind === 'boolean') value = fc.boolean();
  else if (d.kind === 'enum') value = fc.constantFrom(...(d.options ?? []).map((o) => o.value));
  else {
    const min = range?.min ?? d.min ?? -1e6;
    const max = range?.max ?? d.max ?? 1e6;
    // Magnitudes below 1e-6 above a zero bound are drawn as the bound (or 1e-6 when the bound is exclusive):
    // denormal hours or flows test float underflow (x/5e-324 = ∞), not physics.
    const floor = (v: number) => (min === 0 && v < 1e-6 ? (d.minExclusive ? 1e-6 : 0) : v);
    value =
      d.kind === 'integer'
        ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
        : fc
            .double({
              min,
              max,
              minExcluded: d.minExclusive ?? false,
              maxExcluded: d.maxExclusive ?? false,
              noNaN: true,
            })
            .map(floor);
  }
  return d.required ? value : fc.option(value, { nil: undefined });
}

function catalogDraw(type: EquipmentTypeKey, subtype: string): fc.Arbitrary<Params> {
  const module = EQUIPMENT_MODULES[type];
  const ranges = module.subtypes.find((s) => s.key === subtype)?.parameterRanges ?? {};
  const definitions = module.parameters.filter((d) => !d.subtypes || d.subtypes.includes(subtype));
  return fc.tuple(...definitions.map((d) => valueOf(d, ranges[d.key]))).map((values) => {
    const params: Params = {};
    definitions.forEach((d, i) => {
      if (values[i] !== undefined) params[d.key] = values[i] as ParameterValue;
    });
    return type === 'heat_exchanger' ? ordered(params) : params;
  });
}

/**
 * A heat exchanger has four temperatures that must be ordered (hot side cools, cold side warms, neither crosses
 * the other's inlet); drawn independently, under 1 % of draws are consistent, so the drawn values are reassigned
 * in counter-flow order (hot in ≥ cold out ≥ hot out ≥ cold in) — each value stays a draw from some range.
 */
function ordered(p: Params): Params {
  const keys = ['hot_inlet_temp_C', 'cold_outlet_temp_C', 'hot_outlet_temp_C', 'cold_inlet_temp_C'];
  const present = keys.filter((k) => typeof p[k] === 'number');
  const values = present.map((k) => p[k] as number).sort((x, y) => y - x);
  present.forEach((k, i) => (p[k] = values[i]));
  return p;
}

/** Any context a project accepts (project.inputs.ts: −50…60 °C, 50…110 kPa, 0…8760 h/yr). */
const contextDraw = fc.record({
  t: fc.double({ min: -50, max: 60, noNaN: true }),
  p: fc.double({ min: 50, max: 110, noNaN: true }),
  hours: fc.double({ min: 0, max: 8760, noNaN: true }).map((h) => (h < 1e-6 ? 0 : h)),
  price: fc.double({ min: 0, max: 1, noNaN: true }),
  grid: fc.double({ min: 0, max: 1.5, noNaN: true }),
  carbonPrice: fc.double({ min: 0, max: 1000, noNaN: true }),
});

/** Every non-finite number, with its path. */
function nonFinite(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinite(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => nonFinite(v, path ? `${path}.${k}` : k));
  return [];
}

/** Every `…Pct` number outside 0–100, with its path. */
function percentOutOfRange(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => percentOutOfRange(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const at = path ? `${path}.${k}` : k;
    if (k.endsWith('Pct') && typeof v === 'number') return v >= 0 && v <= 100 ? [] : [`${at} = ${v}`];
    return percentOutOfRange(v, at);
  });
}

/** A subtype of the type and a draw from that subtype's catalog. */
const unitDraw = (type: EquipmentTypeKey) =>
  fc
    .constantFrom(...EQUIPMENT_MODULES[type].subtypes.map((s) => s.key))
    .chain((subtype) => catalogDraw(type, subtype).map((parameters) => ({ subtype, parameters })));

describe.each(EQUIPMENT_TYPE_KEYS.map((k) => [k]))('%s', (type) => {
  it('2,000 catalog draws over its subtypes: a sound result or an EquipmentValidationError', () => {
    const analysed = new Map<string, number>();
    fc.assert(
      fc.property(unitDraw(type), contextDraw, ({ subtype, parameters }, c) => {
        const context = {
          deadState: makeDeadState(c.t, c.p),
          operatingHoursPerYear: c.hours,
          energyPriceEurPerKWh: c.price,
          carbon: { gridEmissionFactorKgPerKWh: c.grid, carbonPriceEurPerTonne: c.carbonPrice },
        };
        let r;
        try {
          r = analyseEquipment(type, { subtype, parameters, context });
        } catch (error) {
          if (!(error instanceof EquipmentValidationError)) throw error;
          expect(error.issues.length).toBeGreaterThan(0);
          return;
        }
        analysed.set(subtype, (analysed.get(subtype) ?? 0) + 1);
        expect(nonFinite(r)).toEqual([]);
        expect(r.exergyProductKW).toBeGreaterThanOrEqual(0);
        expect(r.exergyProductKW).toBeLessThanOrEqual(r.exergyFuelKW);
        expect(r.exergyLossKW).toBeGreaterThanOrEqual(0);
        expect(r.exergyDestroyedKW).toBeGreaterThanOrEqual(0);
        const residual = r.exergyFuelKW - r.exergyProductKW - r.exergyLossKW - r.exergyDestroyedKW;
        expect(Math.abs(residual)).toBeLessThanOrEqual(1e-9 * Math.max(r.exergyFuelKW, 1e-300));
        expect(percentOutOfRange(r)).toEqual([]);
        // CO₂: never negative; emissions follow the hours and the grid factor; no measure avoids more than the unit emits
        const co2 = r.carbon!;
        for (const t of [co2.co2DirectTonnesPerYear, co2.co2IndirectTonnesPerYear, co2.co2BiogenicTonnesPerYear])
          expect(t).toBeGreaterThanOrEqual(0);
        if (co2.source === 'electricity')
          expect(co2.co2IndirectTonnesPerYear).toBeCloseTo(
            (r.exergyFuelKW * r.operatingHoursPerYear * c.grid) / 1000,
            6,
          );
        expect(co2.co2CostEurPerYear).toBeCloseTo(co2.co2EmissionsTonnesPerYear * c.carbonPrice, 4);
        for (const m of r.recommendations) {
          if (m.co2AvoidedTonnesPerYear === null) continue;
          expect(m.co2AvoidedTonnesPerYear).toBeGreaterThanOrEqual(0);
          expect(m.co2AvoidedTonnesPerYear).toBeLessThanOrEqual(co2.co2EmissionsTonnesPerYear * (1 + 1e-12));
        }
      }),
      { numRuns: 2000, seed: 20261202 },
    );
    if (process.env.SHOW_COUNTS) console.log(type, Object.fromEntries(analysed));
    // every subtype gave some sound results (≈ 2000/#subtypes draws each; most draws are rightly refused)
    for (const s of EQUIPMENT_MODULES[type].subtypes)
      expect([s.key, (analysed.get(s.key) ?? 0) > 0]).toEqual([s.key, true]);
  });
});
