/**
 * One worked example per equipment type, checked against hand calculation
 * (arithmetic in the comments; dead state 25 °C, 101.325 kPa, T0 = 298.15 K).
 *
 * Each type has one example that pins all four of E_F, E_P, E_L and E_D to
 * numbers computed outside the code. Where the model allows it, E_D comes from
 * the entropy generated, E_D = T0·S_gen (Gouy–Stodola), a second route that
 * never forms the code's residual E_F − E_P − E_L; the boiler and the dryer
 * value their fuel as φ·Q with no temperature, so there E_D is the balance of
 * the hand-computed E_F, E_P and E_L (still literals, not the code's numbers).
 * Water properties: Çengel & Boles, Thermodynamics, Tables
 * (IAPWS-95), and the dead-state Gibbs function g0 = h0 − T0·s0 of
 * shared/reference/steam-exergy.json (CoolProp): 2674.948 − 298.15·7.358849 −
 * 485.467 = −4.5605 kJ/kg, so ex = h − T0·s + 4.5605.
 */
import { EquipmentValidationError } from '../../../src/engine/equipment';
import { expectBalanced, expectWithin, run } from '../../support/engine';

it('compressor: 37 kW, 6.2 m³/min FAD, 7.5 barg, aftercooled to 25 °C', () => {
  const r = run('compressor', 'screw', {
    power_kW: 37,
    flow_rate_m3_min: 6.2,
    outlet_pressure_bar: 7.5,
    outlet_temp_C: 25,
  });
  // ṁ = 6.2/60 · 101.325/(0.28705·298.15) = 0.122339 kg/s; P_abs = 750 + 101.325 = 851.325 kPa (C-CO1)
  expect(r.metrics.massFlowKgPerS).toBeCloseTo(0.122339, 5);
  // E_P = ṁ R T0 ln(851.325/101.325) = 0.122339 · 85.58396 · 2.128460 = 22.2855 kW
  expect(r.exergyProductKW).toBeCloseTo(22.2855, 3);
  // Q_rej = 37 kW (air leaves at intake temperature); T_m = 60/ln(358.15/298.15) = 327.234 K;
  // E_L = 37 · (1 − 298.15/327.234) = 3.28847 kW (C-CO3)
  expect(r.exergyLossKW).toBeCloseTo(3.28847, 4);
  expect(r.exergyDestroyedKW).toBeCloseTo(37 - 22.2855 - 3.28847, 3);
  expect(r.metrics.specificPowerKWPerM3PerMin).toBeCloseTo(5.9677, 4);
  expectBalanced(r);
  // all four pinned: E_F is the electric input
  expect(r.exergyFuelKW).toBe(37);
  // E_D = T0·S_gen, S_gen = ṁ Δs_air + Q_rej/T_m (the heat leaves the control volume at T_m);
  // air out at T_in: T0·ṁ Δs = −T0·ṁ R ln(8.401925) = −22.28552 kW; T0·Q/T_m = 37·298.15/327.23374 = 33.71153 kW
  // E_D = 33.71153 − 22.28552 = 11.42601 kW
  expect(r.exergyDestroyedKW).toBeCloseTo(11.42601, 4);
});

describe('boiler: 100 kg/h natural gas, 1400 kg/h saturated steam at 10 bar from 80 °C feedwater', () => {
  const r = run('boiler', 'steam_firetube', { fuel_flow_kg_h: 100, steam_flow_kg_h: 1400, steam_pressure_bar: 10 });

  it('uses IF97 steam: 818.35 kJ/kg, as ../shared/reference (CoolProp) within 0.5', () => {
    expect(Math.abs(r.metrics.steamSpecificExergyKJPerKg - 818.3466)).toBeLessThan(0.5);
    // The original's no-CoolProp fallback (spec §3.4): h_g = 2675 + 2·10 = 2695, s_g = 7.360 − 0.580·ln 10 = 6.0245,
    // ex = (2695 − 104.92) − 298.15·(6.0245 − 0.367) = 903.3 kJ/kg: 85 kJ/kg off — a measurable difference.
    const legacy = 2695 - 104.92 - 298.15 * (7.36 - 0.58 * Math.log(10) - 0.367);
    expect(legacy - r.metrics.steamSpecificExergyKJPerKg).toBeGreaterThan(80);
  });

  it('E_F = φ·LHV·ṁ and the flue gas, blowdown and casing heat are losses (C-BO2)', () => {
    // E_F = 1.04 · 47 100 · 100/3600 = 1360.667 kW
    expect(r.exergyFuelKW).toBeCloseTo(1360.667, 3);
    // stoichiometric air of methane (C 0.7487, H 0.2513): O2 = 0.7487/12.011 + 0.2513/4.03176 = 0.1246646 kmol/kg,
    // air = O2 / 0.2095 · 28.96573 = 17.2363 kg/kg
    // flue: ṁ = 100/3600 · (1 + 17.2363·1.15) = 0.578382 kg/s of methane products at 15 % excess air, x = N2 0.715619,
    // O2 0.025045, Ar 0.008524, CO2 0.083853, H2O 0.166960, M = 27.8870 kg/kmol (thermo/ideal-gas). GRI-Mech 3.0
    // polynomials 298.15 → 453.15 K, Δh / Δs° per species (J/mol, J/(mol·K)): N2 4535.62 / 12.2441, O2 4640.89 / 12.5161,
    // Ar 3221.85 / 8.7016, CO2 6244.15 / 16.7766, H2O 5286.20 / 14.2602 → Σx·Δh = 4795.63 J/mol = 171.967 kJ/kg,
    // Σx·Δs = 12.93737 J/(mol·K) = 0.463923 kJ/(kg·K); ex = 171.967 − 298.15 · 0.463923 = 33.6483 kJ/kg
    // (it was 1.1·[155 − 298.15·ln(453.15/298.15)] = 33.2052 kJ/kg with the former constant cp: +1.3 %).
    expect(r.metrics.flueGasLossKW).toBeCloseTo(0.578382 * 33.6483, 3);
    expect(r.losses.map((l) => l.key)).toEqual(['flue_gas', 'blowdown', 'casing_heat']);
    // useful heat: 1400/3600 kg/s · (h_g(1 MPa) 2777.1 − h(80 °C, 1 MPa) 336.0) = 949.3 kW (Çengel A-5, A-4 + v·Δp)
    expect(Math.abs(r.metrics.usefulHeatKW - 949.3)).toBeLessThan(0.5);
    // on HHV: 100 kg/h · 52,200 kJ/kg (47,100 · 52.2/47.1, GREET) / 3600 = 1450 kW → 949.44/1450 = 65.48 %;
    // on LHV: 949.44/1308.33 = 0.7257
    expect(r.metrics.thermalEfficiencyPct).toBeCloseTo((100 * r.metrics.usefulHeatKW) / 1450, 9);
    expect(r.metrics.thermalEfficiencyPct).toBeCloseTo(65.48, 2);
    expect(r.metrics.usefulHeatPerLhvInput).toBeCloseTo(0.7257, 4);
    expect(r.energyEfficiencyPct).toBe(r.metrics.thermalEfficiencyPct);
    expectBalanced(r);
    expect(r.exergyDestroyedAvoidableKW).toBeGreaterThan(0); // C-BO1: no longer always zero
  });

  it('pins E_F, E_P, E_L and E_D to steam-table arithmetic', () => {
    // E_F = φ·LHV·ṁ = 1.04 · 47 100 · 100/3600 = 1360.667 kW
    expect(r.exergyFuelKW).toBeCloseTo(1360.667, 3);
    // steam: saturated vapour at 10 bar, ex = 818.3466 kJ/kg (shared/reference, CoolProp)
    // feedwater 80 °C at 10 bar: saturated liquid (A-4: h_f = 335.02, s_f = 1.0756) ex = 335.02 − 320.6901 + 4.5605
    // = 18.8904, compressed to 10 bar: + v_f (P − P_sat)(1 − α (T − T0)) = 0.001029 · 952.58 · (1 − 6.43e-4 · 55)
    // = 0.9456 → ex_feed = 19.836 kJ/kg
    // E_P = 1400/3600 · (818.3466 − 19.836) = 0.388889 · 798.511 = 310.532 kW (tables: ±0.05)
    expect(r.exergyProductKW).toBeCloseTo(310.53, 1);
    // losses: flue gas 0.578382 kg/s · 33.6483 kJ/kg = 19.46160 kW (above);
    // blowdown 3 %: saturated liquid at 10 bar (A-5: h_f = 762.51, s_f = 2.1381) ex = 762.51 − 637.4745 + 4.5605
    // = 129.596 → 0.388889 · 0.03 · (129.596 − 19.836) = 1.28053 kW;
    // casing 1.5 % of 1308.333 kW = 19.625 kW at 50 °C: 19.625 · (1 − 298.15/323.15) = 1.51826 kW
    // E_L = 19.46160 + 1.28053 + 1.51826 = 22.26039 kW
    expect(r.exergyLossKW).toBeCloseTo(22.26, 2);
    // E_D = 1360.6667 − 310.5319 − 22.2604 = 1027.874 kW (combustion and heat transfer; no entropy route for φ·LHV)
    expect(r.exergyDestroyedKW).toBeCloseTo(1027.87, 1);
  });

  it('rejects more steam than the fuel can make (C-BO3)', () => {
    expect(() =>
      run('boiler', 'steam_firetube', { fuel_flow_kg_h: 100, steam_flow_kg_h: 3000, steam_pressure_bar: 10 }),
    ).toThrow(/thermal efficiency would be/);
  });
});

describe('chiller: 350 kW cooling, 70 kW, chilled water 7/12 °C, condenser water 30/35 °C', () => {
  const r = run('chiller', 'centrifugal', { cooling_capacity_kW: 350, compressor_power_kW: 70 });
  it('values cold at T0/T_m − 1 with the log-mean chilled-water temperature (C-CH1)', () => {
    // T_m = 5/ln(285.15/280.15) = 282.64263 K; E_P = 350·(298.15/282.64263 − 1) = 19.20298 kW
    // (spec C-CH1 quotes 19.19 kW; the arithmetic mean 282.65 K would give 19.1969 kW)
    expect(r.exergyProductKW).toBeCloseTo(19.20298, 4);
    expect(r.metrics.cop).toBe(5);
    // Carnot: T_evap = 277.15 K, T_cond = 308.15 + 3 = 311.15 K: 277.15/34 = 8.15147
    expect(r.metrics.copCarnot).toBeCloseTo(8.15147, 4);
    // condenser: 420 kW at 5/ln(308.15/303.15) = 305.64318 K → E_L = 420·(1 − 298.15/305.64318) = 10.29677 kW (C-CH2)
    expect(r.exergyLossKW).toBeCloseTo(10.29677, 4);
    expectBalanced(r);
  });
  it('pins E_F and E_D = T0·S_gen: heat Q_e in at T_m,e, Q_c out at T_m,c', () => {
    expect(r.exergyFuelKW).toBe(70);
    // T0·Q_c/T_c = 298.15 · 420/305.64318 = 409.70323 kW; T0·Q_e/T_e = 298.15 · 350/282.64263 = 369.20298 kW
    // E_D = 409.70323 − 369.20298 = 40.50025 kW
    expect(r.exergyDestroyedKW).toBeCloseTo(40.50025, 4);
  });
  it('rejects a COP above Carnot', () => {
    expect(() => run('chiller', 'centrifugal', { cooling_capacity_kW: 350, compressor_power_kW: 40 })).toThrow(
      EquipmentValidationError,
    );
  });
});

it('pump: 15 kW, 50 m³/h, 40 m — wire-to-water and the AV/UN split', () => {
  const r = run('pump', 'centrifugal', { motor_power_kW: 15, flow_rate_m3_h: 50, total_head_m: 40 });
  // P_hyd = 1000 · 9.80665 · 50/3600 · 40 / 1000 = 5.44814 kW
  expect(r.exergyProductKW).toBeCloseTo(5.44814, 4);
  expect(r.metrics.wireToWaterEfficiencyPct).toBeCloseTo(36.3209, 3);
  // best: 5.44814/(0.90·0.96) = 6.30572 kW → UN = 6.30572 − 5.44814 = 0.85758 kW (C-G2 with the product held)
  expect(r.exergyDestroyedUnavoidableKW).toBeCloseTo(0.85758, 4);
  expect(r.exergyDestroyedAvoidableKW).toBeCloseTo(15 - 5.44814 - 0.85758, 4);
  // motor 93 %: shaft 13.95 kW; the pump loss closes the decomposition (C-PU1)
  expect(r.metrics.motorLossKW + r.metrics.pumpLossKW + r.metrics.throttleLossKW + r.exergyProductKW).toBeCloseTo(
    15,
    10,
  );
  // all four pinned: E_F = P_el; no loss stream (the dissipated power warms the liquid, C-PU1)
  expect(r.exergyFuelKW).toBe(15);
  expect(r.exergyLossKW).toBe(0);
  // E_D = T0·S_gen with the dissipation ending as heat at ≈ T0: motor 15·(1 − 0.93) = 1.05 kW,
  // pump 13.95 − 5.44814 = 8.50186 kW → 9.55186 kW
  expect(r.exergyDestroyedKW).toBeCloseTo(9.55186, 4);
});

it('heat exchanger: water 2 kg/s 90 → 70 °C heats water 1.3 kg/s 20 → 50 °C, ΔP 10/15 kPa', () => {
  const r = run('heat_exchanger', 'plate', {});
  // hot: 8.36 kW/K · [20 − 298.15·ln(363.15/343.15)] = 26.00218 kW; ΔP: 2·10/990 + 1.3·15/990 = 0.0398990 kW (C-HX1)
  expect(r.exergyFuelKW).toBeCloseTo(26.00218 + 0.039899, 4);
  // cold: 5.434 kW/K · [30 − 298.15·ln(323.15/293.15)] = 5.16552 kW
  expect(r.exergyProductKW).toBeCloseTo(5.16552, 4);
  // leak 167.2 − 163.02 = 4.18 kW at T_lm,h = 353.05 K → E_L = 0.650054 kW (C-HX2)
  expect(r.metrics.heatLeakKW).toBeCloseTo(4.18, 10);
  expect(r.exergyLossKW).toBeCloseTo(0.650054, 5);
  expectBalanced(r);
  // E_D = T0·S_gen + ΔP part: ΔS_h = 8.36·ln(343.15/363.15) = −0.473580, ΔS_c = 5.434·ln(323.15/293.15) = 0.529447,
  // leak 4.18/353.0556 = 0.011839 kW/K → T0 · 0.067706 = 20.18660 kW; + 0.039899 kW (ΔP) = 20.22650 kW
  expect(r.exergyDestroyedKW).toBeCloseTo(20.2265, 4);
  expect(() => run('heat_exchanger', 'plate', { cold_outlet_temp_C: 95 })).toThrow(
    /hotter than the hot side|leaves warmer/,
  );
});

describe('steam turbine: 5 kg/s at 40 bar, 400 °C to 4 bar, η_is 0.80', () => {
  const r = run('steam_turbine', 'back_pressure', { mass_flow_kg_s: 5, isentropic_efficiency: 0.8 });
  it('expands with IF97 (C-ST1) and its product is the electricity (C-ST2)', () => {
    // Çengel & Boles tables: h1 = 3214.5, s1 = 6.7714; at 4 bar s_f = 1.7765, s_fg = 5.1191, h_f = 604.66, h_fg = 2133.4
    // x_s = 0.97574, h_2s = 2686.2 → Δh_s = 528.3 kJ/kg (tables rounded: ±1)
    expect(Math.abs(r.metrics.isentropicEnthalpyDropKJPerKg - 528.3)).toBeLessThan(1);
    // ideal-gas steam (cp 2.0, R 0.4615): T_2s = 673.15·0.1^(0.4615/2.0) = 395.9 K, Δh_s = 554.5 kJ/kg — 26 kJ/kg off
    const idealGasDrop = 2.0 * (673.15 - 673.15 * Math.pow(0.1, 0.4615 / 2.0));
    expect(idealGasDrop - r.metrics.isentropicEnthalpyDropKJPerKg).toBeGreaterThan(20);
    // P_el = 5 · 0.8 · Δh_s · 0.98 · 0.97
    expect(r.exergyProductKW).toBeCloseTo(5 * 0.8 * r.metrics.isentropicEnthalpyDropKJPerKg * 0.98 * 0.97, 6);
    expect(r.metrics.electricPowerKW).toBe(r.exergyProductKW);
    expectBalanced(r);
  });
  it('condensing 5 kg/s 40 bar/400 °C → 0.1 bar: E_F, E_P, E_L, E_D from the steam tables', () => {
    const c = run('steam_turbine', 'condensing', { mass_flow_kg_s: 5 });
    // h1 = 3214.5, s1 = 6.7714; A-5 at 10 kPa: h_f = 191.81, h_fg = 2392.1, s_f = 0.6492, s_fg = 7.4996
    // x_2s = 0.81634, h_2s = 2144.57, Δh_s = 1069.93; h2 = 3214.5 − 0.8·1069.93 = 2358.56, x2 = 0.90579, s2 = 7.4423
    // control volume turbine + condenser, condensate out (saturated liquid at 10 kPa); tables rounded → ±1 kW
    // E_F = 5·[(3214.5 − 191.81) − 298.15·(6.7714 − 0.6492)] = 5·(3022.69 − 1825.334) = 5986.78 kW
    expectWithin(c.exergyFuelKW, 5986.78, 1);
    // E_P = 5 · 855.94 · 0.98 · 0.97 = 4068.30 kW
    expectWithin(c.exergyProductKW, 4068.3, 1);
    // E_L = 5·[(2358.56 − 191.81) − 298.15·(7.4423 − 0.6492)] = 5·(2166.75 − 2025.357) = 706.94 kW
    expectWithin(c.exergyLossKW, 706.94, 1);
    // E_D = 5·[855.94·(1 − 0.9506) + T0·(s2 − s1)] = 5·(42.284 + 200.023) = 1211.53 kW (mechanical/generator
    // losses end as heat near T0, plus T0·S_gen of the expansion)
    expectWithin(c.exergyDestroyedKW, 1211.53, 1);
  });
  it('treats a condensing unit’s exhaust as a loss', () => {
    const condensing = run('steam_turbine', 'condensing', { mass_flow_kg_s: 5 });
    expect(condensing.metrics.exhaustQuality).toBeGreaterThan(0.8);
    expect(condensing.metrics.exhaustQuality).toBeLessThan(1);
    expect(condensing.exergyLossKW).toBeGreaterThan(0);
    expectBalanced(condensing);
  });
});

it('dryer: 1000 kg/h from 60 % to 10 % moisture', () => {
  const r = run('dryer', 'convective', { product_mass_flow_kg_h: 1000, moisture_in_pct: 60, moisture_out_pct: 10 });
  // dry 400 kg/h → out 400/0.9 = 444.44 kg/h → water 555.56 kg/h; h_fg(60 °C) = 2501 − 2.36·60 = 2359.4 kJ/kg → 364.105 kW
  expect(r.metrics.waterRemovedKgPerH).toBeCloseTo(555.5556, 3);
  expect(r.metrics.evaporationHeatKW).toBeCloseTo(364.105, 2);
  // the moist exhaust carries exergy with its humidity term (C-DR3)
  expect(r.exergyLossKW).toBeGreaterThan(0);
  expectBalanced(r);
  expect(() =>
    run('dryer', 'convective', { product_mass_flow_kg_h: 1000, moisture_in_pct: 10, moisture_out_pct: 10 }),
  ).toThrow(/must be below moisture in/);
});

it('dryer: 800 kW of gas dries 1000 kg/h from 60 % to 10 %; E_F, E_P, E_L, E_D by hand', () => {
  const r = run('dryer', 'convective', {
    product_mass_flow_kg_h: 1000,
    moisture_in_pct: 60,
    moisture_out_pct: 10,
    heat_input_kW: 800,
  });
  // E_F = φ_gas · Q = 1.04 · 800 = 832 kW (C-DR1)
  expect(r.exergyFuelKW).toBeCloseTo(832, 9);
  // evaporation 364.1049 kW at 60 °C: · (1 − 298.15/333.15) = 364.1049 · 0.105058 = 38.2521 kW;
  // product heating 444.444 kg/h · 1.254 · 35 K /3600 = 5.4185 kW at T_lm = 315.326 K: · 0.054472 = 0.2952 kW
  // E_P = 38.5472 kW
  expect(r.exergyProductKW).toBeCloseTo(38.5472, 4);
  // exhaust: the heater raises the drying air from the 25 °C ambient to the 200 °C supply, so the dry-air flow is
  // Q/[h(473.15) − h(298.15)] with the ideal-gas enthalpy of air (thermo/ideal-gas, GRI-Mech 3.0): 177.4450 kJ/kg,
  // 800·3600/177.4450 = 16 230.38 kg/h (with the former cp = 1.005, 800·3600/(1.005·175) = 16 375.27 kg/h, 0.9 % more;
  // before that 800·3600/(1.005·120) = 23 880.6 kg/h, a heater duty of 1.46 × 800 kW, which broke the energy balance);
  // ω0 = 0.621945 · 1.5849/(101.325 − 1.5849) = 0.009883 (p_sat(25 °C) = 3.1698 kPa, A-4, RH 50 %),
  // ω = ω0 + 555.556/16 230.38 = 0.044112;
  // thermal at 80 °C: ex_air + ω·ex_vapour = 4.55723 + 0.044112 · 8.48608 = 4.93157 kJ/kg (ideal gas; constant cp gave
  // 1.005 · 4.5243 = 4.5470 and 1.872 · 4.5243 = 8.4696 kJ/kg);
  // humidity R T0 [(1 + 1.608ω) ln((1 + 1.608ω0)/(1 + 1.608ω)) + 1.608ω ln(ω/ω0)] = 85.584 · 0.049605 = 4.24536 kJ/kg
  // E_L = 16 230.38/3600 · 9.17693 = 41.374 kW (C-DR3; 41.408 kW with constant cp)
  expect(r.metrics.airMassFlowKgPerH).toBeCloseTo(16230.38, 1);
  expect(r.exergyLossKW).toBeCloseTo(41.374, 2);
  // E_D = 832 − 38.5472 − 41.374 = 752.079 kW (the φ·Q fuel has no temperature, so no entropy route)
  expect(r.exergyDestroyedKW).toBeCloseTo(752.079, 2);
  // energy balance with the ambient as reference: 800 = 364.105 (evaporation) + 5.4185 (product)
  // + 16 230.38/3600 · [h(353.15) − h(298.15) = 55.3467] = 249.527 (exhaust sensible heat) + 180.950 (shell loss, ≥ 0)
});

it('an equipment’s own hours and price override the project’s, only when given', () => {
  const base = { power_kW: 37, flow_rate_m3_min: 6.2, outlet_pressure_bar: 7.5 };
  const project = run('compressor', 'screw', base);
  expect([project.operatingHoursPerYear, project.energyPriceEurPerKWh]).toEqual([6000, 0.08]);
  const own = run('compressor', 'screw', { ...base, operating_hours: 4000, electricity_price_eur_kwh: 0.15 });
  expect([own.operatingHoursPerYear, own.energyPriceEurPerKWh, own.economics.fuelCostEurPerKWh]).toEqual([
    4000, 0.15, 0.15,
  ]);
  expect(own.annualLossEur).toBeCloseTo((own.exergyDestroyedKW + own.exergyLossKW) * 4000 * 0.15, 9);
  // C-EC1: a fuel priced per kWh of LHV costs price/φ per kWh of exergy
  const boiler = run('boiler', 'steam_firetube', {
    fuel_flow_kg_h: 100,
    steam_flow_kg_h: 1400,
    steam_pressure_bar: 10,
    energy_price_eur_kwh: 0.05,
  });
  expect(boiler.economics.fuelCostEurPerKWh).toBeCloseTo(0.05 / 1.04, 12);
});

it('dryer with a very hot exhaust (300 °C, beyond the psychrometric range) still analyses', () => {
  const r = run('dryer', 'rotary', {
    product_mass_flow_kg_h: 1000,
    moisture_in_pct: 40,
    moisture_out_pct: 10,
    supply_temp_C: 600,
    air_outlet_temp_C: 300,
  });
  expect(r.metrics.exhaustRelativeHumidityPct).toBe(0);
  expect(r.exergyLossKW).toBeGreaterThan(0);
  expectBalanced(r);
});
