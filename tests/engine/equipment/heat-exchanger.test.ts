/** heat_exchanger (spec/equipment.md): every subtype's defaults and the rejection of inconsistent input. */
import { heatExchangerModule } from '../../../src/engine/equipment/heat-exchanger';
import { expectSound, issuesOf, run } from '../../support/engine';

describe.each(heatExchangerModule.subtypes.map((s) => s.key))('defaults of subtype %s', (subtype) => {
  it('analyse runs, all numbers finite, balance closes to 1e-9 relative, 0 ≤ η ≤ 100, AV + UN = E_D', () => {
    expectSound(run('heat_exchanger', subtype));
  });
});

it('rejects a cold side receiving more heat than the hot side gives (C-HX2)', () => {
  // defaults: hot water 2 kg/s 90 → 70 °C gives ≈ 2·(377.0 − 293.0) = 168 kW; cold 10 kg/s 20 → 50 °C would take ≈ 1255 kW
  const issues = issuesOf('heat_exchanger', 'plate', { cold_mass_flow_kg_s: 10 });
  expect(issues.map((i) => i.path)).toEqual(['cold_mass_flow_kg_s', 'hot_mass_flow_kg_s']);
  expect(issues[0].message).toMatch(/the hot side gives only/);
});

it('energy efficiency stays at 100 % when the cold side measures up to 5 % more heat than the hot side gives', () => {
  // plate defaults: hot water 2 kg/s 90 → 70 °C ≈ 2 · 4.18 · 20 = 167.2 kW; cold 1.37 kg/s 20 → 50 °C
  // ≈ 1.37 · 4.18 · 30 = 171.8 kW, 2.75 % more: accepted as measurement scatter (C-HX2 tolerance 5 %), so the
  // first-law efficiency is 100 %, not the 102.75 % that cold/hot would give
  const r = run('heat_exchanger', 'plate', { cold_mass_flow_kg_s: 1.37 });
  expect(r.metrics.coldSideHeatKW / r.metrics.heatDutyKW).toBeCloseTo(1.0275, 2);
  expect(r.energyEfficiencyPct).toBe(100);
  expect(r.metrics.heatLeakKW).toBe(0);
  expectSound(r);
});
