/**
 * One worked example per equipment type, checked against hand calculation
 * (arithmetic in the comments; dead state 25 °C, 101.325 kPa).
 */
import {
  analyseEquipment,
  EquipmentValidationError,
  type EquipmentResult,
  type EquipmentTypeKey,
} from '../../../src/engine/equipment';
import { makeDeadState } from '../../../src/engine/thermo';

const context = { deadState: makeDeadState(), operatingHoursPerYear: 6000, energyPriceEurPerKWh: 0.08 };

const run = (
  type: EquipmentTypeKey,
  subtype: string,
  parameters: Record<string, number | string | boolean>,
): EquipmentResult<any> => analyseEquipment(type, { subtype, parameters, context });

function expectBalanced(r: ReturnType<typeof run>): void {
  expect(Math.abs(r.exergyFuelKW - r.exergyProductKW - r.exergyLossKW - r.exergyDestroyedKW)).toBeLessThanOrEqual(
    1e-9 * r.exergyFuelKW,
  );
}

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
    // flue: ṁ = 100/3600 · (1 + 17.2·1.15) = 0.577222 kg/s; ex = 1.1·[(453.15 − 298.15) − 298.15·ln(453.15/298.15)] = 33.2052 kJ/kg
    expect(r.metrics.flueGasLossKW).toBeCloseTo(
      (100 / 3600) * (1 + 17.2 * 1.15) * 1.1 * (155 - 298.15 * Math.log(453.15 / 298.15)),
      9,
    );
    expect(r.losses.map((l) => l.key)).toEqual(['flue_gas', 'blowdown', 'casing_heat']);
    expect(r.metrics.thermalEfficiencyPct).toBeGreaterThan(70);
    expect(r.metrics.thermalEfficiencyPct).toBeLessThan(75);
    expectBalanced(r);
    expect(r.exergyDestroyedAvoidableKW).toBeGreaterThan(0); // C-BO1: no longer always zero
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
  expect(Math.abs(r.exergyFuelKW - r.exergyProductKW - r.exergyLossKW - r.exergyDestroyedKW)).toBeLessThanOrEqual(
    1e-9 * r.exergyFuelKW,
  );
});
