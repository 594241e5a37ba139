/** heat_exchanger (spec/equipment.md): every subtype's defaults and the rejection of inconsistent input. */
import { analyseEquipment, EquipmentValidationError, type EquipmentResult } from '../../../src/engine/equipment';
import { heatExchangerModule, type HeatExchangerMetrics } from '../../../src/engine/equipment/heat-exchanger';
import { makeDeadState } from '../../../src/engine/thermo';

const context = { deadState: makeDeadState(), operatingHoursPerYear: 6000, energyPriceEurPerKWh: 0.08 };
const run = (subtype: string, parameters: Record<string, number | string | boolean>) =>
  analyseEquipment('heat_exchanger', { subtype, parameters, context }) as EquipmentResult<HeatExchangerMetrics>;

function issuesOf(subtype: string, parameters: Record<string, number>) {
  try {
    run(subtype, parameters);
  } catch (e) {
    expect(e).toBeInstanceOf(EquipmentValidationError);
    return (e as EquipmentValidationError).issues;
  }
  throw new Error('expected a rejection');
}

describe.each(heatExchangerModule.subtypes.map((s) => s.key))('defaults of subtype %s', (subtype) => {
  it('analyse runs, all numbers finite, balance closes to 1e-9 relative, 0 ≤ η ≤ 100, AV + UN = E_D', () => {
    const r = run(subtype, {});
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

it('rejects a cold side receiving more heat than the hot side gives (C-HX2)', () => {
  // defaults: hot water 2 kg/s 90 → 70 °C gives ≈ 2·(377.0 − 293.0) = 168 kW; cold 10 kg/s 20 → 50 °C would take ≈ 1255 kW
  const issues = issuesOf('plate', { cold_mass_flow_kg_s: 10 });
  expect(issues.map((i) => i.path)).toEqual(['cold_mass_flow_kg_s', 'hot_mass_flow_kg_s']);
  expect(issues[0].message).toMatch(/the hot side gives only/);
});
