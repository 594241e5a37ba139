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
} from '../../../src/engine/equipment';
import { makeDeadState } from '../../../src/engine/thermo';
import { contextDraw, unitDraw } from '../../support/catalog-draw';

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
