/**
 * Thermodynamic core — pure functions, SI units with the unit in every name.
 *
 * Dead state:   DeadState, makeDeadState(°C, kPa), DEFAULT_DEAD_STATE (25 °C, 101.325 kPa)
 * Water/steam:  IAPWS-IF97, all five regions, B23 and B2bc (MPa, K, kJ/kg, kJ/(kg·K)); backward equations
 *               T(p,h), T(p,s) in regions 1 and 2 seed the exact (p,h)/(p,s) solves:
 *               waterStatePT(p, T), waterStatePH(p, h), waterStatePS(p, s) → WaterState (region, v, ρ, h, s, u,
 *               cp, cv, w, quality); saturationPressureMPa(T), saturationTemperatureK(p);
 *               saturatedLiquidAtP/AtT, saturatedVaporAtP/AtT, twoPhaseState(p, x);
 *               deadStateWater(dead), waterFlowExergyKJPerKg(state, dead) = (h − h0) − T0(s − s0).
 * Exergy:       carnotFactor, heatExergyKW = Q(1 − T0/T), coldExergyKW = Q(T0/T − 1), logMeanTemperatureK.
 * Air:          ideal gas (R = 0.28705 kJ/(kg·K)): airDensityKgPerM3, airFlowExergyKJPerKg (thermal +
 *               mechanical), isothermalCompressionWorkKJPerKg, freeAirDeliveryMassFlowKgPerS.
 * Moist air:    saturationVaporPressureKPa (ASHRAE 2017 ch. 1, −100…200 °C), humidityRatioFromRelativeHumidity, relativeHumidityFromHumidityRatio,
 *               moistAirEnthalpyKJPerKgDryAir, moistAirExergyKJPerKgDryAir (Wepfer–Gaggioli–Obert 1979).
 * Ideal gas:    GRI-Mech 3.0 NASA polynomials for N2, O2, Ar, CO2, H2O (200–3500 K): species cp°, h°, s°; mixtures by
 *               mole fraction (DRY_AIR, fuelCombustionProducts(fuel, excess air %)): cp, sensible h, s(T, p),
 *               gasFlowExergyKJPerKg = (h − h0) − T0(s − s0), gasExergyChangeKJPerKg, gasHeatKJPerKg.
 * Fuels:        FUELS (LHV, φ, CO₂, source), getFuel, fuelChemicalExergyKW = φ·LHV·ṁ.
 * Errors:       ThermoRangeError (quantity, value, min, max, unit), ThermoInputError. Never NaN.
 */
export * from './dead-state';
export * from './errors';
export * from './water';
export {
  backward1TemperaturePH,
  backward1TemperaturePS,
  backward2TemperaturePH,
  backward2TemperaturePS,
  b2bcPressureMPa,
  b2bcEnthalpyKJPerKg,
} from './if97/backward';
export * from './exergy';
export * from './air';
export * from './fuels';
export * from './ideal-gas';
