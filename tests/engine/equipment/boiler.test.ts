/** boiler (spec/equipment.md §3): inputs whose product would carry no exergy are refused, with the physics. */
import { analyseEquipment, validateEquipmentParameters } from '../../../src/engine/equipment';
import { makeDeadState } from '../../../src/engine/thermo';
import { context } from '../../support/engine';

it('refuses a hot-water boiler whose supply carries less exergy than its return (cold return in a warm ambient)', () => {
  // ambient 45 °C (T0 = 318.15 K), return 5 °C, supply 50 °C; incompressible water, cp ≈ 4.19 kJ/(kg·K):
  // ex(5 °C) = 4.19 · [−40 − 318.15 · ln(278.15/318.15)] = 4.19 · 2.7476 = 11.51 kJ/kg;
  // ex(50 °C) = 4.19 · [5 − 318.15 · ln(323.15/318.15)] = 4.19 · 0.0388 = 0.16 kJ/kg; both at 3 bar, each
  // + v (P − P0) = 0.00100 · (300 − 101.325) = 0.20 kJ/kg → 11.71 and 0.36 kJ/kg: E_P < 0 (formerly returned)
  const warm = { ...context, deadState: makeDeadState(45) };
  const parameters = {
    fuel_flow_kg_h: 100,
    steam_flow_kg_h: 1400,
    steam_pressure_bar: 3,
    steam_temp_C: 50,
    feedwater_temp_C: 5,
  };
  expect(() => analyseEquipment('boiler', { subtype: 'hotwater', parameters, context: warm })).toThrow(
    /supply water at 50\.0 °C would carry less exergy \(0\.3\d kJ\/kg\) than the water entering at 5 °C \(11\.[67]\d kJ\/kg\) relative to the 45\.0 °C ambient/,
  );
});

it('refuses sub-atmospheric steam by the catalog range (from 1 bar absolute)', () => {
  expect(
    validateEquipmentParameters(
      'boiler',
      'steam_firetube',
      { fuel_flow_kg_h: 100, steam_flow_kg_h: 1400, steam_pressure_bar: 0.5 },
      context,
    ),
  ).toEqual([expect.objectContaining({ path: 'steam_pressure_bar', code: 'OUT_OF_RANGE', min: 1, max: 100 })]);
});

it('values the HRSG hot gas with ideal-gas properties: 10 kg/s cooled 800 → 180 °C gives E_F = 4452.8 kW', () => {
  const r = analyseEquipment('boiler', {
    subtype: 'waste_heat',
    parameters: {
      gas_mass_flow_kg_s: 10,
      gas_inlet_temp_C: 800,
      gas_outlet_temp_C: 180,
      steam_flow_kg_h: 8000,
      steam_pressure_bar: 10,
    },
    context,
  });
  // The gas is methane flue gas at 15 % excess air (thermo/ideal-gas); its exergy drop 453.15 → 1073.15 K is
  // 445.28 kJ/kg (tests/engine/thermo/ideal-gas.test.ts, the defect case), so E_F = 10 · 445.28 = 4452.8 kW.
  // The former constant cp = 1.1 gave 1.1 · [620 − 298.15 · ln(1073.15/453.15)] = 399.25 kJ/kg → 3992.5 kW (−10.3 %).
  expect(r.exergyFuelKW).toBeCloseTo(4452.8, 0);
  expect(r.exergyFuelKW).toBeCloseTo(r.exergyProductKW + r.exergyLossKW + r.exergyDestroyedKW, 6);
});

describe('efficiency of a condensing boiler on the gross (HHV) basis, within 0–100 % (issue 13 item 6)', () => {
  // 100 kg/h natural gas: LHV input 100 · 47,100 / 3600 = 1308.33 kW, HHV input 100 · 52,200 / 3600 = 1450 kW
  // (GREET HHV/LHV 52.2/47.1). Water 30 → 70 °C at 3 bar: h = 293.2 − 125.9 = 167.3 kJ/kg (Çengel A-4, liquid).
  const condensing = (fuel: string, water: number) =>
    analyseEquipment('boiler', {
      subtype: 'condensing',
      parameters: {
        fuel_type: fuel,
        fuel_flow_kg_h: 100,
        steam_flow_kg_h: water,
        steam_pressure_bar: 3,
        steam_temp_C: 70,
        feedwater_temp_C: 30,
      },
      context,
    });

  it('105 % on LHV is 94.7 % on HHV', () => {
    // 29,560 kg/h · 167.3 kJ/kg / 3600 = 1373.7 kW → 1373.7/1308.33 = 1.050 on LHV, 1373.7/1450 = 94.7 % on HHV
    const r = condensing('natural_gas', 29560);
    expect(r.metrics.usefulHeatPerLhvInput).toBeGreaterThan(1.04);
    expect(r.metrics.usefulHeatPerLhvInput).toBeLessThan(1.06);
    expect(r.metrics.thermalEfficiencyPct).toBeCloseTo((100 * r.metrics.usefulHeatKW) / 1450, 9);
    expect(r.metrics.thermalEfficiencyPct!).toBeCloseTo((100 * r.metrics.usefulHeatPerLhvInput! * 47.1) / 52.2, 9);
    expect(r.metrics.thermalEfficiencyPct).toBeCloseTo(94.7, 0);
    expect(r.energyEfficiencyPct).toBeLessThanOrEqual(100);
  });

  it('fuel oil at 107 % on LHV would be 100.2 % on HHV (HHV/LHV 42.2/39.5): refused as too much heat', () => {
    // oil: 100 · 41,200 / 3600 = 1144.44 kW LHV; 107 % → 1224.6 kW of heat = 26,350 kg/h at 167.3 kJ/kg
    expect(() => condensing('fuel_oil', 26350)).toThrow(/on HHV \(max 100 %\): too much steam for the fuel/);
  });
});
