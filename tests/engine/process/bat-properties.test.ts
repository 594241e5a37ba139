/**
 * BAT is never below the thermodynamic minimum: for every process type and
 * subcategory, 2,000 random inputs drawn from the catalog's own ranges (each
 * optional parameter present or absent, any project dead state the API
 * accepts), kept when validateProcessDefinition accepts them, give
 * batExergyKW ≥ minimumExergyKW ≥ 0 with every number finite. The relational
 * rules (moisture out < in, outlet above inlet, electricity + heat ≤ fuel) are
 * drawn in order so that most draws are valid (asserted, so the test cannot
 * pass vacuously).
 */
import fc from 'fast-check';
import {
  analyseGap,
  getProcessType,
  PROCESS_TYPE_KEYS,
  resolvedProcessParameters,
  validateProcessDefinition,
  type ProcessTypeKey,
} from '../../../src/engine/process';
import type { ParameterDefinition } from '../../../src/engine/equipment';
import { makeDeadState } from '../../../src/engine/thermo';

type Params = Record<string, number>;

/** A value inside a definition's range (exclusive bounds honoured); absent sometimes when optional. */
function valueOf(d: ParameterDefinition): fc.Arbitrary<number | undefined> {
  // 1e-6 above an exclusive zero bound: values in the denormal range would test float underflow, not physics
  const value = fc.double({
    min: d.minExclusive && d.min === 0 ? 1e-6 : (d.min ?? -1e6),
    max: d.max ?? 1e6,
    minExcluded: d.minExclusive ?? false,
    maxExcluded: d.maxExclusive ?? false,
    noNaN: true,
  });
  return d.required ? value : fc.option(value, { nil: undefined });
}

function catalogDraw(type: ProcessTypeKey): fc.Arbitrary<Params> {
  const definitions = getProcessType(type).parameters;
  return fc.tuple(...definitions.map(valueOf)).map((values) => {
    const params: Params = {};
    definitions.forEach((d, i) => {
      if (values[i] !== undefined) params[d.key] = values[i];
    });
    return params;
  });
}

/** Orders the values a relational rule compares, so the draw is valid more often (the values stay in range). */
function ordered(type: ProcessTypeKey, p: Params): Params {
  const sortPair = (low: string, high: string) => {
    if (p[low] !== undefined && p[high] !== undefined && p[low] > p[high]) [p[low], p[high]] = [p[high], p[low]];
  };
  if (type === 'drying') sortPair('moisture_out_pct', 'moisture_in_pct');
  if (type === 'heating') sortPair('temp_in_C', 'temp_out_C');
  if (type === 'chp') {
    const share = p.electrical_output_kW + p.thermal_output_kW;
    if (share > p.fuel_input_kW) {
      const scale = p.fuel_input_kW / share;
      p.electrical_output_kW *= scale;
      p.thermal_output_kW *= scale * 0.999;
    }
  }
  return p;
}

/**
 * Any dead state a project accepts (−50…60 °C, 50…110 kPa); for steam from 0.01 °C, since water-based exergy takes
 * liquid water at T0 as its reference and IF97 has no ice (a frozen dead state is refused by the thermo layer).
 */
const deadStateOf = (type: ProcessTypeKey) =>
  fc.record({
    t: fc.double({ min: type === 'steam_generation' ? 0.01 : -50, max: 60, noNaN: true }),
    p: fc.double({ min: 50, max: 110, noNaN: true }),
  });

describe.each(PROCESS_TYPE_KEYS.map((k) => [k]))('%s', (type) => {
  it('BAT ≥ minimum ≥ 0 and finite for 2,000 random valid inputs of every subcategory', () => {
    const subcategories = getProcessType(type).subcategories.map((s) => s.key);
    let valid = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...subcategories),
        catalogDraw(type).map((p) => ordered(type, p)),
        deadStateOf(type),
        (subcategory, params, dead) => {
          runs += 1;
          const deadState = makeDeadState(dead.t, dead.p);
          if (validateProcessDefinition(type, subcategory, params, deadState).length) return;
          valid += 1;
          const gap = analyseGap({
            processType: type,
            processLabel: null,
            subcategory,
            parameters: resolvedProcessParameters(type, subcategory, params),
            actualExergyKW: 1000,
            equipment: [],
            operatingHoursPerYear: 6000,
            energyPriceEurPerKWh: 0.08,
            deadState,
          });
          expect(Number.isFinite(gap.minimumExergyKW)).toBe(true);
          expect(Number.isFinite(gap.batExergyKW)).toBe(true);
          expect(gap.minimumExergyKW).toBeGreaterThanOrEqual(0);
          expect(gap.batExergyKW).toBeGreaterThanOrEqual(gap.minimumExergyKW);
        },
      ),
      { numRuns: 2000, seed: 20261202 },
    );
    expect(valid).toBeGreaterThan(runs * 0.4);
  });
});
