/**
 * Random units drawn from the catalog's own ranges (subtype ranges honoured, each optional parameter present or
 * absent, enums and booleans from their options) and any context a project accepts: the draws of the catalog
 * property tests.
 */
import fc from 'fast-check';
import {
  EQUIPMENT_MODULES,
  type EquipmentTypeKey,
  type ParameterDefinition,
  type ParameterValue,
} from '../../src/engine/equipment';

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
export const contextDraw = fc.record({
  t: fc.double({ min: -50, max: 60, noNaN: true }),
  p: fc.double({ min: 50, max: 110, noNaN: true }),
  hours: fc.double({ min: 0, max: 8760, noNaN: true }).map((h) => (h < 1e-6 ? 0 : h)),
  price: fc.double({ min: 0, max: 1, noNaN: true }),
  grid: fc.double({ min: 0, max: 1.5, noNaN: true }),
  carbonPrice: fc.double({ min: 0, max: 1000, noNaN: true }),
});

/** A subtype of the type and a draw from that subtype's catalog. */
export const unitDraw = (type: EquipmentTypeKey) =>
  fc
    .constantFrom(...EQUIPMENT_MODULES[type].subtypes.map((s) => s.key))
    .chain((subtype) => catalogDraw(type, subtype).map((parameters) => ({ subtype, parameters })));
