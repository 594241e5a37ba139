/** Textbook checks of the exergy helpers, air, moist air and fuels (arithmetic in comments). */
import {
  DEFAULT_DEAD_STATE,
  FUELS,
  ThermoInputError,
  airFlowExergyKJPerKg,
  carnotFactor,
  coldExergyKW,
  freeAirDeliveryMassFlowKgPerS,
  fuelChemicalExergyKW,
  getFuel,
  heatExergyKW,
  humidityRatioFromRelativeHumidity,
  isothermalCompressionWorkKJPerKg,
  logMeanTemperatureK,
  makeDeadState,
  moistAirEnthalpyKJPerKgDryAir,
  moistAirExergyKJPerKgDryAir,
  relativeHumidityFromHumidityRatio,
  saturationVaporPressureKPa,
} from '../../../src/engine/thermo';

it('isothermal work 1.01325 → 7 bar at 25 °C is 165.412 kJ/kg', () => {
  // w = R T ln(p2/p1) = 0.28705 · 298.15 · ln(700/101.325) = 85.583958 · 1.9327472 = 165.4122 kJ/kg
  expect(isothermalCompressionWorkKJPerKg(101.325, 700, 298.15)).toBeCloseTo(165.4122, 3);
  // the same number is the mechanical exergy of air at 7 bar, 25 °C; its thermal part is 0
  const air = airFlowExergyKJPerKg(298.15, 700, DEFAULT_DEAD_STATE);
  expect(air.thermalKJPerKg).toBeCloseTo(0, 12);
  expect(air.mechanicalKJPerKg).toBeCloseTo(165.4122, 3);
});

it('heat exergy of 1000 kg/h water heated 20 → 80 °C', () => {
  // T_lm = 60 / ln(353.15/293.15) = 60 / 0.18620847 = 322.21950 K
  const tlm = logMeanTemperatureK(293.15, 353.15);
  expect(tlm).toBeCloseTo(322.2195, 3);
  // Carnot factor 1 − 298.15/322.21950 = 0.0746991
  expect(carnotFactor(tlm, DEFAULT_DEAD_STATE)).toBeCloseTo(0.0746991, 6);
  // Q = (1000/3600) · 4.18 · 60 = 69.6667 kW → Ex = 69.6667 · 0.0746991 = 5.20404 kW
  expect(heatExergyKW(69.6667, tlm, DEFAULT_DEAD_STATE)).toBeCloseTo(5.20404, 4);
  expect(logMeanTemperatureK(300, 300)).toBe(300);
});

it('cold exergy at −20 °C uses the reverse Carnot factor T0/T − 1', () => {
  // 100 kW removed at 253.15 K: 100 · (298.15/253.15 − 1) = 17.7760 kW
  expect(coldExergyKW(100, 253.15, DEFAULT_DEAD_STATE)).toBeCloseTo(17.776, 3);
});

it('free air delivery 6.2 m³/min at 25 °C, 101.325 kPa is 0.12235 kg/s', () => {
  // ρ = 101.325 / (0.28705 · 298.15) = 1.183933 kg/m³; ṁ = 6.2/60 · 1.183933 = 0.122340 kg/s
  expect(freeAirDeliveryMassFlowKgPerS(6.2, 298.15, 101.325)).toBeCloseTo(0.12234, 5);
});

describe('moist air', () => {
  it.each([
    [-20, 103.24],
    [-5, 401.74],
    [5, 872.6],
    [25, 3169.7],
    [50, 12351.3],
    [100, 101418.0],
    [150, 476101.4],
  ])('saturation vapour pressure at %s °C is %s Pa within 300 ppm (ASHRAE 2017 ch. 1 Table 3)', (tC, pa) => {
    expect(Math.abs(saturationVaporPressureKPa(tC + 273.15) * 1000 - pa) / pa).toBeLessThan(3e-4);
  });

  it('saturation vapour pressure outside −100…200 °C names the range', () => {
    expect(() => saturationVaporPressureKPa(500)).toThrow(/\[173.15, 473.15\] K/);
  });

  it('humidity ratio at 25 °C, 50 %, 101.325 kPa is 0.0098810 kg/kg (ASHRAE 2017 ch. 1)', () => {
    // eq. 6 at 298.15 K: ln(p_ws/Pa) = −19.45404 + 1.39150 − 14.50209 + 3.71261 − 0.38303 + 37.29628 = 8.06124 → p_ws = 3.16922 kPa
    // (Table 3 prints 3.1699: the formula is 150 ppm low here). W = 0.621945 p_w/(p − p_w) (eq. 20), p_w = 1.58461 kPa:
    // 0.621945 · 1.58461 / 99.74039 = 0.0098810
    const w = humidityRatioFromRelativeHumidity(298.15, 0.5, 101.325);
    expect(w).toBeCloseTo(0.009881, 6);
    expect(relativeHumidityFromHumidityRatio(298.15, w, 101.325)).toBeCloseTo(0.5, 12);
    // h = 1.006 · 25 + 0.0098810 · (2501 + 1.86 · 25) = 25.15 + 25.172 = 50.322 kJ/kg dry air (eq. 30)
    expect(moistAirEnthalpyKJPerKgDryAir(298.15, w)).toBeCloseTo(50.322, 2);
  });

  it('exergy is zero at the ambient and positive for hot or humid air', () => {
    const dead = DEFAULT_DEAD_STATE;
    const w0 = humidityRatioFromRelativeHumidity(298.15, 0.5, 101.325);
    const ambient = { dead, humidityRatio: w0 };
    expect(
      moistAirExergyKJPerKgDryAir({ temperatureK: 298.15, humidityRatio: w0, pressureKPa: 101.325 }, ambient),
    ).toBeCloseTo(0, 12);
    expect(
      moistAirExergyKJPerKgDryAir({ temperatureK: 353.15, humidityRatio: w0, pressureKPa: 101.325 }, ambient),
    ).toBeGreaterThan(0);
    expect(
      moistAirExergyKJPerKgDryAir({ temperatureK: 298.15, humidityRatio: 0.05, pressureKPa: 101.325 }, ambient),
    ).toBeGreaterThan(0);
    expect(
      moistAirExergyKJPerKgDryAir({ temperatureK: 298.15, humidityRatio: 0, pressureKPa: 101.325 }, ambient),
    ).toBeGreaterThan(0);
  });
});

describe('fuels', () => {
  it('carries φ, LHV, CO₂ and a source for every fuel', () => {
    expect(Object.keys(FUELS).sort()).toEqual([
      'biomass',
      'coal',
      'diesel',
      'electricity',
      'fuel_oil',
      'lpg',
      'natural_gas',
    ]);
    expect(
      [FUELS.natural_gas, FUELS.fuel_oil, FUELS.coal, FUELS.biomass, FUELS.lpg, FUELS.diesel].map(
        (f) => f.exergyFactor,
      ),
    ).toEqual([1.04, 1.06, 1.09, 1.13, 1.05, 1.07]);
    for (const fuel of Object.values(FUELS)) {
      expect(fuel.source.length).toBeGreaterThan(10);
      expect(fuel.co2KgPerKWh).toBeGreaterThan(0);
    }
    // IPCC natural gas 56.1 t/TJ = 56 100 kg / 277 777.78 kWh = 0.20196 kg/kWh
    expect(FUELS.natural_gas.co2KgPerKWh).toBeCloseTo(0.20196, 5);
  });

  it('chemical exergy of 100 kg/h natural gas is 1360.67 kW', () => {
    // 1.04 · 47 100 kJ/kg · 100/3600 kg/s = 1360.667 kW
    expect(fuelChemicalExergyKW('natural_gas', 100)).toBeCloseTo(1360.667, 3);
    expect(() => getFuel('plutonium')).toThrow(ThermoInputError);
    expect(() => fuelChemicalExergyKW('electricity', 1)).toThrow(ThermoInputError);
  });
});

it('the dead state follows the project', () => {
  expect(makeDeadState(15, 95)).toEqual({ temperatureK: 288.15, pressureKPa: 95 });
});
