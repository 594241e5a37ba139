/**
 * Steam turbine (spec/equipment.md §7 with C-ST1..3): IF97 expansion worked example,
 * every subtype's defaults, and the rejection of inconsistent input.
 */
import { steamTurbineModule } from '../../../src/engine/equipment/steam-turbine';
import type { ParameterValues } from '../../../src/engine/equipment';
import { expectSound, issuesOf as issuesOfType, run as runType } from '../../support/engine';

const run = (subtype: string, parameters: ParameterValues) => runType('steam_turbine', subtype, parameters);

it('40 bar / 400 °C → 4 bar with η_is 0.75 follows IF97 (C-ST1), not ideal-gas steam', () => {
  const r = run('back_pressure', {
    mass_flow_kg_s: 1,
    inlet_pressure_bar: 40,
    inlet_temp_C: 400,
    outlet_pressure_bar: 4,
    isentropic_efficiency: 0.75,
  });
  // Çengel & Boles Table: h1 = 3214.5, s1 = 6.7714; at 0.4 MPa s_f = 1.7765, s_fg = 5.1191,
  // h_f = 604.66, h_fg = 2133.4 → x_2s = (6.7714 − 1.7765)/5.1191 = 0.97574, h_2s = 604.66 + 0.97574·2133.4 = 2686.3
  // Δh_s = 528.2 kJ/kg; Δh = 0.75 · 528.2 = 396.2 kJ/kg (tables rounded → tolerance 1 kJ/kg)
  expect(Math.abs(r.metrics.isentropicEnthalpyDropKJPerKg - 528.2)).toBeLessThan(1);
  // h2 = 3214.5 − 396.2 = 2818.3 > h_g(0.4 MPa) = 2738.1 → slightly superheated exhaust, quality null
  expect(r.metrics.exhaustQuality).toBeNull();
  // ideal-gas steam (cp 2.0, R 0.4615, the original model): Δh_s = 2.0·673.15·(1 − 0.1^(0.4615/2)) = 554.5 kJ/kg
  const idealGasDrop = 2.0 * 673.15 * (1 - Math.pow(0.1, 0.4615 / 2.0));
  expect(idealGasDrop).toBeCloseTo(554.5, 0);
  expect(idealGasDrop - r.metrics.isentropicEnthalpyDropKJPerKg).toBeGreaterThan(20);
  // product = electricity (C-ST2), shaft = ṁ·η_is·Δh_s·η_mech
  expect(r.metrics.electricPowerKW).toBe(r.exergyProductKW);
  expect(r.metrics.shaftPowerKW).toBeGreaterThan(r.metrics.electricPowerKW);
  expect(r.metrics.shaftPowerKW).toBeLessThanOrEqual(0.75 * r.metrics.isentropicEnthalpyDropKJPerKg + 1e-9);
});

it('a condensing exhaust is wet (x in (0.8, 1)) and its exergy is a loss', () => {
  // 40 bar/400 °C → 0.1 bar: Çengel x_2s = (6.7714 − 0.6492)/7.4996 = 0.8163; actual x higher, below 1
  const r = run('condensing', { mass_flow_kg_s: 5, inlet_pressure_bar: 40, inlet_temp_C: 400 });
  expect(r.metrics.exhaustQuality).toBeGreaterThan(0.8163);
  expect(r.metrics.exhaustQuality).toBeLessThan(1);
  expect(r.exergyLossKW).toBeGreaterThan(0);
});

describe.each(steamTurbineModule.subtypes.map((s) => s.key))('defaults of subtype %s', (subtype) => {
  it('analyse runs, all numbers finite, balance closes to 1e-9 relative, 0 ≤ η ≤ 100', () => {
    const r = run(subtype, { mass_flow_kg_s: 5 }); // the only required input;
    expectSound(r);
    expect(r.exergeticEfficiencyPct).toBeGreaterThan(0);
  });
});

const issuesOf = (parameters: Record<string, number>) =>
  issuesOfType('steam_turbine', 'back_pressure', { mass_flow_kg_s: 5, ...parameters });

it('rejects an exhaust pressure at or above the inlet pressure', () => {
  expect(issuesOf({ inlet_pressure_bar: 10, outlet_pressure_bar: 12 })).toEqual([
    expect.objectContaining({
      path: 'outlet_pressure_bar',
      code: 'INCONSISTENT',
      message: expect.stringMatching(/below the inlet pressure/),
    }),
  ]);
});

it('rejects wet inlet steam (below T_sat: 40 bar → 250.4 °C, IF97)', () => {
  expect(issuesOf({ inlet_pressure_bar: 40, inlet_temp_C: 240 })).toEqual([
    expect.objectContaining({
      path: 'inlet_temp_C',
      code: 'INCONSISTENT',
      message: expect.stringMatching(/wet below 250\.4 °C/),
    }),
  ]);
});
