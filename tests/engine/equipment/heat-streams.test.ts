/**
 * Each equipment type's process heat streams (EquipmentResult.heatStreams) against hand values: heat loads from
 * the energy balance, latent heat at one temperature. Dead state 25 °C; water and steam from Çengel & Boles,
 * Thermodynamics, Tables A-4 (saturated water by T), A-5 (by P), A-6 (superheated); air from Table A-17.
 */
import type { EquipmentResult, ProcessHeatStream } from '../../../src/engine/equipment';
import { expectWithin, run } from '../../support/engine';

function streamOf(r: EquipmentResult, key: string): ProcessHeatStream {
  const found = (r.heatStreams ?? []).find((s) => s.key === key);
  if (!found) throw new Error(`no stream ${key} in ${(r.heatStreams ?? []).map((s) => s.key).join(', ')}`);
  return found;
}
const total = (r: EquipmentResult, kind: 'hot' | 'cold') =>
  (r.heatStreams ?? []).filter((s) => s.kind === kind).reduce((sum, s) => sum + s.dutyKW, 0);

describe('boiler', () => {
  // 1400 kg/h = 0.388889 kg/s of saturated steam at 10 bar from feedwater at 80 °C.
  const r = run('boiler', 'steam_firetube', { fuel_flow_kg_h: 100, steam_flow_kg_h: 1400, steam_pressure_bar: 10 });
  it('heats feedwater to saturation, evaporates at T_sat, and the two are the useful heat', () => {
    // A-5 at 1 MPa: T_sat 179.88 °C, h_f 762.51, h_fg 2014.6 kJ/kg. Feedwater at 80 °C, 1 MPa: h_f(80 °C) + v_f·ΔP =
    // 335.02 + 0.001029·(1000 − 47.4) = 336.00 kJ/kg (A-4; IF97 gives 335.7, so 0.5 kW tolerance).
    const feed = streamOf(r, 'feedwater_heating');
    expect(feed).toMatchObject({ kind: 'cold', phase: 'sensible', supplyTemperatureC: 80 });
    expectWithin(feed.targetTemperatureC, 179.88, 0.01);
    expectWithin(feed.dutyKW, 0.388889 * (762.51 - 336.0), 0.5); // 165.86 kW
    const evaporation = streamOf(r, 'evaporation');
    expect(evaporation).toMatchObject({ kind: 'cold', phase: 'latent' });
    expect(evaporation.targetTemperatureC).toBe(evaporation.supplyTemperatureC);
    expectWithin(evaporation.supplyTemperatureC, 179.88, 0.01);
    expectWithin(evaporation.dutyKW, 0.388889 * 2014.6, 0.2); // 783.46 kW
    // saturated steam: no superheat stream
    expect((r.heatStreams ?? []).map((s) => s.key)).not.toContain('superheat');
    expect(Math.abs(total(r, 'cold') - r.metrics.usefulHeatKW)).toBeLessThanOrEqual(1e-9 * r.metrics.usefulHeatKW);
  });
  it('gives the flue gas to the 120 °C floor and the blowdown to the feedwater temperature', () => {
    const flue = streamOf(r, 'flue_gas');
    expect(flue).toMatchObject({ kind: 'hot', phase: 'sensible', supplyTemperatureC: 180, targetTemperatureC: 120 });
    // the same heat load as the flue-gas heat recovery stream, a heat (not exergy) figure
    expectWithin(flue.dutyKW, r.heatRecovery.find((h) => h.key === 'flue_gas')!.heatKW, 1e-9);
    const blowdown = streamOf(r, 'blowdown');
    expect(blowdown.targetTemperatureC).toBe(80);
    expectWithin(blowdown.dutyKW, r.heatRecovery.find((h) => h.key === 'blowdown')!.heatKW, 1e-9);
  });
  it('superheats from T_sat: feedwater + evaporation + superheat = useful heat', () => {
    const sh = run('boiler', 'steam_watertube', {
      fuel_flow_kg_h: 100,
      steam_flow_kg_h: 1200,
      steam_pressure_bar: 10,
      steam_temp_C: 250,
      feedwater_temp_C: 80,
    });
    // A-6 at 1 MPa, 250 °C: h = 2943.1; h_g = 2777.1 → 1200/3600 · 166.0 = 55.33 kW
    const superheat = streamOf(sh, 'superheat');
    expectWithin(superheat.supplyTemperatureC, 179.88, 0.01);
    expect(superheat.targetTemperatureC).toBeCloseTo(250, 6);
    expectWithin(superheat.dutyKW, (1200 / 3600) * (2943.1 - 2777.1), 0.1);
    const parts = ['feedwater_heating', 'evaporation', 'superheat'].map((k) => streamOf(sh, k).dutyKW);
    expect(Math.abs(parts[0] + parts[1] + parts[2] - sh.metrics.usefulHeatKW)).toBeLessThan(1e-9 * 1000);
  });
  it('a waste-heat boiler’s gas is its heat source, with the heat it gives', () => {
    const hrsg = run('boiler', 'waste_heat', {
      steam_flow_kg_h: 2000,
      steam_pressure_bar: 10,
      gas_mass_flow_kg_s: 5,
      gas_inlet_temp_C: 500,
      gas_outlet_temp_C: 180,
    });
    expect(streamOf(hrsg, 'hot_gas')).toMatchObject({
      kind: 'hot',
      supplyTemperatureC: 500,
      targetTemperatureC: 180,
      dutyKW: hrsg.metrics.fuelEnergyKW,
      isUnitHeatSource: true,
    });
  });
});

it('compressor: all the rejected heat, from the discharge temperature to ambient + 15 K', () => {
  // Air leaves at its intake temperature, so all 37 kW of input is rejected; screw discharge 85 °C.
  const r = run('compressor', 'screw', {
    power_kW: 37,
    flow_rate_m3_min: 6.2,
    outlet_pressure_bar: 7.5,
    outlet_temp_C: 25,
  });
  expect(r.heatStreams).toEqual([
    expect.objectContaining({ key: 'compression_heat', kind: 'hot', supplyTemperatureC: 85, targetTemperatureC: 40 }),
  ]);
  expect(streamOf(r, 'compression_heat').dutyKW).toBeCloseTo(37, 9);
});

it('chiller: chilled water 12 → 7 °C (Q_e) and condenser water 35 → 30 °C (Q_e + W)', () => {
  const r = run('chiller', 'centrifugal', { cooling_capacity_kW: 350, compressor_power_kW: 70 });
  expect(streamOf(r, 'chilled_water')).toMatchObject({ kind: 'hot', supplyTemperatureC: 12, targetTemperatureC: 7 });
  expect(streamOf(r, 'chilled_water').dutyKW).toBe(350);
  expect(streamOf(r, 'condenser_heat')).toMatchObject({ kind: 'hot', supplyTemperatureC: 35, targetTemperatureC: 30 });
  expect(streamOf(r, 'condenser_heat').dutyKW).toBe(420);
  // air-cooled: condensing refrigerant at ambient + 10 K, latent
  const air = run('chiller', 'air_cooled', { cooling_capacity_kW: 350, compressor_power_kW: 100 });
  expect(streamOf(air, 'condenser_heat')).toMatchObject({ phase: 'latent', supplyTemperatureC: 35, dutyKW: 450 });
});

describe('heat exchanger', () => {
  it('a balanced exchanger’s hot and cold streams have the same duty', () => {
    // 2 kg/s water 90 → 70 °C: 2·4.18·20 = 167.2 kW; 4/3 kg/s 20 → 50 °C: (4/3)·4.18·30 = 167.2 kW
    const r = run('heat_exchanger', 'plate', { cold_mass_flow_kg_s: 4 / 3 });
    const hot = streamOf(r, 'hot_side');
    const cold = streamOf(r, 'cold_side');
    expect(hot).toMatchObject({ kind: 'hot', supplyTemperatureC: 90, targetTemperatureC: 70, isUnitHeatSource: true });
    expect(cold).toMatchObject({ kind: 'cold', supplyTemperatureC: 20, targetTemperatureC: 50 });
    expect(hot.dutyKW).toBeCloseTo(167.2, 9);
    expect(cold.dutyKW).toBeCloseTo(hot.dutyKW, 9);
  });
  it('condensing steam gives latent heat at its temperature, then subcooling', () => {
    const r = run('heat_exchanger', 'shell_tube', {
      hot_fluid: 'steam',
      hot_inlet_temp_C: 150,
      hot_outlet_temp_C: 120,
      hot_mass_flow_kg_s: 0.5,
    });
    // A-4 at 150 °C: h_fg = 2113.8 → 0.5·2113.8 = 1056.9 kW at 150 °C
    const latent = streamOf(r, 'steam_condensing');
    expect(latent).toMatchObject({ phase: 'latent', supplyTemperatureC: 150, targetTemperatureC: 150 });
    expectWithin(latent.dutyKW, 0.5 * 2113.8, 0.2);
    // h_f(150 °C) = 632.18; liquid at 120 °C, 476 kPa ≈ h_f(120 °C) + v·ΔP = 503.81 + 0.00106·277.5 = 504.10
    expectWithin(streamOf(r, 'condensate_subcooling').dutyKW, 0.5 * (632.18 - 504.1), 0.2);
    expect(latent.dutyKW + streamOf(r, 'condensate_subcooling').dutyKW).toBeCloseTo(r.metrics.heatDutyKW, 9);
  });
});

it('pump: no heat streams', () => {
  expect(run('pump', 'centrifugal', { motor_power_kW: 15, flow_rate_m3_h: 50, total_head_m: 40 }).heatStreams).toEqual(
    [],
  );
});

describe('steam turbine', () => {
  it('back pressure, 5 kg/s 40 bar 400 °C to 4 bar, η_is 0.80: desuperheating, condensation, subcooling', () => {
    const r = run('steam_turbine', 'back_pressure', { mass_flow_kg_s: 5, isentropic_efficiency: 0.8 });
    // A-6 at 4 MPa 400 °C: h 3214.5, s 6.7714. At 0.4 MPa: T_sat 143.61 °C, h_f 604.66, h_fg 2133.4,
    // h_g 2738.1, s_f 1.7765, s_fg 5.1191: x_s = 0.97574, h_s = 2686.2, h_ex = 3214.5 − 0.8·528.3 = 2791.9
    expectWithin(streamOf(r, 'exhaust_desuperheating').dutyKW, 5 * (2791.9 - 2738.1), 1);
    const condensation = streamOf(r, 'exhaust_condensation');
    expect(condensation.phase).toBe('latent');
    expectWithin(condensation.supplyTemperatureC, 143.61, 0.01);
    expectWithin(condensation.dutyKW, 5 * 2133.4, 1);
    // condensate to 25 + 20 = 45 °C: h(45 °C, 0.4 MPa) ≈ 188.44 + 0.00101·390 = 188.83 → 5·(604.66 − 188.83)
    const subcooling = streamOf(r, 'condensate_subcooling');
    expect(subcooling.targetTemperatureC).toBeCloseTo(45, 9);
    expectWithin(subcooling.dutyKW, 5 * (604.66 - 188.83), 1);
  });
  it('condensing at 0.1 bar: the wet exhaust condenses at 45.81 °C with the exhaust heat', () => {
    const r = run('steam_turbine', 'condensing', { mass_flow_kg_s: 5 });
    expect((r.heatStreams ?? []).map((s) => s.key)).not.toContain('exhaust_desuperheating');
    const condensation = streamOf(r, 'exhaust_condensation');
    expectWithin(condensation.supplyTemperatureC, 45.81, 0.01);
    expectWithin(condensation.dutyKW, r.heatRecovery.find((h) => h.key === 'exhaust')!.heatKW, 1e-6);
    // h_f(45.81 °C) = 191.81, h_f(45 °C) = 188.44 → 5·3.37 = 16.85 kW
    expectWithin(streamOf(r, 'condensate_subcooling').dutyKW, 5 * (191.81 - 188.44), 0.1);
  });
  it('a CHP unit declares only the exhaust heat it does not recover', () => {
    const base = { mass_flow_kg_s: 5, is_chp: true };
    const half = run('steam_turbine', 'back_pressure', { ...base, heat_recovery_fraction: 0.5 });
    const none = run('steam_turbine', 'back_pressure', { mass_flow_kg_s: 5 });
    expect(total(half, 'hot')).toBeCloseTo(total(none, 'hot') / 2, 6);
  });
});

it('dryer: the heater duty on the drying air, and the exhaust to ambient + 15 K', () => {
  const r = run('dryer', 'convective', {
    product_mass_flow_kg_h: 1000,
    moisture_in_pct: 60,
    moisture_out_pct: 10,
    heat_input_kW: 800,
  });
  expect(streamOf(r, 'drying_air')).toMatchObject({
    kind: 'cold',
    supplyTemperatureC: 25,
    targetTemperatureC: 200,
    dutyKW: 800,
  });
  // h(298.15 K) 298.33, h(473.15 K) 475.47, h(313.15 K) 313.41, h(353.15 K) 353.67 kJ/kg:
  // ṁ_air = 800/177.14 kg/s; exhaust 80 → 40 °C gives 800·40.26/177.14 = 181.8 kW
  const exhaust = streamOf(r, 'exhaust_air');
  expect(exhaust).toMatchObject({ kind: 'hot', supplyTemperatureC: 80, targetTemperatureC: 40 });
  expectWithin(exhaust.dutyKW, (800 * 40.26) / 177.14, 0.5);
});
