/** dryer (spec/equipment.md): every subtype's defaults and the rejection of inconsistent input. */
import { analyseEquipment, EquipmentValidationError, type EquipmentResult } from '../../../src/engine/equipment';
import { dryerModule, type DryerMetrics } from '../../../src/engine/equipment/dryer';
import { makeDeadState } from '../../../src/engine/thermo';

const context = { deadState: makeDeadState(), operatingHoursPerYear: 6000, energyPriceEurPerKWh: 0.08 };
const run = (subtype: string, parameters: Record<string, number | string | boolean>) =>
  analyseEquipment('dryer', { subtype, parameters, context }) as EquipmentResult<DryerMetrics>;

function issuesOf(subtype: string, parameters: Record<string, number>) {
  try {
    run(subtype, parameters);
  } catch (e) {
    expect(e).toBeInstanceOf(EquipmentValidationError);
    return (e as EquipmentValidationError).issues;
  }
  throw new Error('expected a rejection');
}

describe.each(dryerModule.subtypes.map((s) => s.key))('defaults of subtype %s', (subtype) => {
  it('analyse runs, all numbers finite, balance closes to 1e-9 relative, 0 ≤ η ≤ 100, AV + UN = E_D', () => {
    const r = run(subtype, { product_mass_flow_kg_h: 1000, moisture_in_pct: 60, moisture_out_pct: 10 }); // the required inputs
    for (const v of [r.exergyFuelKW, r.exergyProductKW, r.exergyLossKW, r.exergyDestroyedKW])
      expect(Number.isFinite(v)).toBe(true);
    expect(Math.abs(r.exergyFuelKW - r.exergyProductKW - r.exergyLossKW - r.exergyDestroyedKW)).toBeLessThanOrEqual(
      1e-9 * r.exergyFuelKW,
    );
    expect(r.exergeticEfficiencyPct).toBeGreaterThanOrEqual(0);
    expect(r.exergeticEfficiencyPct).toBeLessThanOrEqual(100);
    expect(r.exergyDestroyedAvoidableKW + r.exergyDestroyedUnavoidableKW).toBeCloseTo(r.exergyDestroyedKW, 9);
  });
});

it('water removed from 1000 kg/h wet product, 60 % → 10 % moisture (wet basis)', () => {
  // dry solids 1000·0.4 = 400 kg/h; out 400/0.9 = 444.44 kg/h; water removed 1000 − 444.44 = 555.56 kg/h
  const r = run('convective', { product_mass_flow_kg_h: 1000, moisture_in_pct: 60, moisture_out_pct: 10 });
  expect(r.metrics.waterRemovedKgPerH).toBeCloseTo(555.556, 2);
});

it('rejects moisture out ≥ moisture in', () => {
  expect(issuesOf('convective', { product_mass_flow_kg_h: 1000, moisture_in_pct: 10, moisture_out_pct: 10 })).toEqual([
    expect.objectContaining({
      path: 'moisture_out_pct',
      code: 'INCONSISTENT',
      message: expect.stringMatching(/must be below moisture in/),
    }),
  ]);
});
