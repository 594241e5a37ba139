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
