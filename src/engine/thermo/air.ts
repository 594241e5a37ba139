/** Dry air as an ideal gas, and moist air (psychrometrics and exergy). */
import { ThermoRangeError, requireFinite } from './errors';
import type { DeadState } from './dead-state';
import { DRY_AIR, gasFlowExergyKJPerKg } from './ideal-gas';

/** Specific gas constant of dry air, kJ/(kg·K) (R_u/M = 8.314462/28.9647). */
export const AIR_GAS_CONSTANT_KJ_PER_KGK = 0.28705;
/** Isobaric heat capacity of dry air near ambient, kJ/(kg·K). */
export const AIR_CP_KJ_PER_KGK = 1.005;
export const AIR_HEAT_CAPACITY_RATIO = 1.4;
/** Isobaric heat capacity of water vapour near ambient, kJ/(kg·K). */
export const VAPOUR_CP_KJ_PER_KGK = 1.872;
const WATER_VAPOUR = { H2O: 1 } as const;
/** Ratio of molar masses M_water/M_air (ASHRAE 2017 ch. 1). */
const EPSILON = 0.621945;

/** Density ρ = p/(R T), kg/m³ (p in kPa). */
export function airDensityKgPerM3(pressureKPa: number, temperatureK: number): number {
  requireFinite('pressure', pressureKPa, 'kPa');
  requireFinite('temperature', temperatureK, 'K');
  if (!(pressureKPa > 0)) throw new ThermoRangeError('pressure', pressureKPa, 0, Number.MAX_VALUE, 'kPa');
  if (!(temperatureK > 0)) throw new ThermoRangeError('temperature', temperatureK, 0, Number.MAX_VALUE, 'K');
  return pressureKPa / (AIR_GAS_CONSTANT_KJ_PER_KGK * temperatureK);
}

/**
 * Specific flow exergy of air at (T, p) relative to the dead state, split into
 * its thermal part (h − h0) − T0(s − s0) at p0 (ideal-gas dry air, thermo/ideal-gas;
 * formerly cp[(T − T0) − T0 ln(T/T0)] with cp = 1.005) and mechanical part R T0 ln(p/p0).
 */
export function airFlowExergyKJPerKg(
  temperatureK: number,
  pressureKPa: number,
  dead: DeadState,
): { thermalKJPerKg: number; mechanicalKJPerKg: number; totalKJPerKg: number } {
  airDensityKgPerM3(pressureKPa, temperatureK); // validates
  const t0 = dead.temperatureK;
  const thermal = gasFlowExergyKJPerKg(DRY_AIR, temperatureK, dead);
  const mechanical = AIR_GAS_CONSTANT_KJ_PER_KGK * t0 * Math.log(pressureKPa / dead.pressureKPa);
  return { thermalKJPerKg: thermal, mechanicalKJPerKg: mechanical, totalKJPerKg: thermal + mechanical };
}

/** Minimum (isothermal, reversible) compression work R T ln(p2/p1), kJ/kg. */
export function isothermalCompressionWorkKJPerKg(
  inletPressureKPa: number,
  outletPressureKPa: number,
  temperatureK: number,
): number {
  airDensityKgPerM3(inletPressureKPa, temperatureK);
  airDensityKgPerM3(outletPressureKPa, temperatureK);
  return AIR_GAS_CONSTANT_KJ_PER_KGK * temperatureK * Math.log(outletPressureKPa / inletPressureKPa);
}

/** Mass flow of a free-air-delivery volume flow (m³/min at intake conditions), kg/s. */
export function freeAirDeliveryMassFlowKgPerS(
  flowM3PerMin: number,
  intakeTemperatureK: number,
  intakePressureKPa: number,
): number {
  return (flowM3PerMin / 60) * airDensityKgPerM3(intakePressureKPa, intakeTemperatureK);
}

/** Hyland–Wexler (1983) coefficients as printed in ASHRAE Handbook—Fundamentals 2017 ch. 1, eqs. 5 (ice) and 6 (liquid). */
const ICE = [-5.6745359e3, 6.3925247, -9.677843e-3, 6.2215701e-7, 2.0747825e-9, -9.484024e-13, 4.1635019];
const LIQUID = [-5.8002206e3, 1.3914993, -4.8640239e-2, 4.1764768e-5, -1.4452093e-8, 6.5459673];
const PSYCHRO_T_MIN_K = 173.15;
const PSYCHRO_T_MAX_K = 473.15;

/**
 * Saturation vapour pressure, kPa, −100…200 °C: over ice below 0 °C and over
 * liquid water above (ASHRAE 2017 ch. 1 eqs. 5–6, within 300 ppm of its Table 3).
 * Not IF97: psychrometrics needs winter ambients below 0 °C, where IF97 region 4 ends.
 */
export function saturationVaporPressureKPa(temperatureK: number): number {
  requireFinite('temperature', temperatureK, 'K');
  if (!(temperatureK >= PSYCHRO_T_MIN_K && temperatureK <= PSYCHRO_T_MAX_K)) {
    throw new ThermoRangeError(
      'temperature',
      temperatureK,
      PSYCHRO_T_MIN_K,
      PSYCHRO_T_MAX_K,
      'K',
      'moist-air saturation pressure',
    );
  }
  const t = temperatureK;
  const lnPa =
    t < 273.15
      ? ICE[0] / t +
        ICE[1] +
        ICE[2] * t +
        ICE[3] * t * t +
        ICE[4] * t * t * t +
        ICE[5] * t * t * t * t +
        ICE[6] * Math.log(t)
      : LIQUID[0] / t + LIQUID[1] + LIQUID[2] * t + LIQUID[3] * t * t + LIQUID[4] * t * t * t + LIQUID[5] * Math.log(t);
  return Math.exp(lnPa) / 1000;
}

/** Humidity ratio W, kg water/kg dry air, from relative humidity 0..1 (ASHRAE 2017 ch. 1 eqs. 20, 24). */
export function humidityRatioFromRelativeHumidity(
  temperatureK: number,
  relativeHumidity: number,
  pressureKPa: number,
): number {
  if (!(relativeHumidity >= 0 && relativeHumidity <= 1))
    throw new ThermoRangeError('relative humidity', relativeHumidity, 0, 1, '-');
  const vapour = relativeHumidity * saturationVaporPressureKPa(temperatureK);
  if (!(vapour < pressureKPa)) throw new ThermoRangeError('vapour pressure', vapour, 0, pressureKPa, 'kPa');
  return (EPSILON * vapour) / (pressureKPa - vapour);
}

/** Relative humidity 0..1 (may exceed 1 for supersaturated input) from W. */
export function relativeHumidityFromHumidityRatio(
  temperatureK: number,
  humidityRatio: number,
  pressureKPa: number,
): number {
  if (!(humidityRatio >= 0)) throw new ThermoRangeError('humidity ratio', humidityRatio, 0, Number.MAX_VALUE, 'kg/kg');
  const vapour = (pressureKPa * humidityRatio) / (EPSILON + humidityRatio);
  return vapour / saturationVaporPressureKPa(temperatureK);
}

/** Enthalpy of moist air per kg dry air, kJ/kg (ASHRAE 2017 ch. 1 eq. 30; 0 °C dry air and liquid water = 0). */
export function moistAirEnthalpyKJPerKgDryAir(temperatureK: number, humidityRatio: number): number {
  const t = temperatureK - 273.15;
  return 1.006 * t + humidityRatio * (2501 + 1.86 * t);
}

/**
 * Exergy of moist air per kg dry air relative to the ambient (T0, p0, W0),
 * kJ/kg: thermal + mechanical + humidity (chemical) terms of Wepfer, Gaggioli
 * & Obert (1979), ASHRAE Trans. 85(1):667–677. The thermal term, which Wepfer et
 * al. write with constant cp as (cp,a + W cp,v)[(T − T0) − T0 ln(T/T0)], uses the
 * ideal-gas properties of dry air and of water vapour (thermo/ideal-gas, GRI-Mech
 * 3.0): ex_a(T) + W ex_v(T), each (h − h0) − T0(s − s0) at fixed pressure.
 */
export function moistAirExergyKJPerKgDryAir(
  state: { temperatureK: number; humidityRatio: number; pressureKPa: number },
  ambient: { dead: DeadState; humidityRatio: number },
): number {
  const { temperatureK: t, humidityRatio: w, pressureKPa: p } = state;
  const { dead, humidityRatio: w0 } = ambient;
  if (!(w >= 0 && w0 > 0)) throw new ThermoRangeError('humidity ratio', Math.min(w, w0), 0, Number.MAX_VALUE, 'kg/kg');
  const t0 = dead.temperatureK;
  const ra = AIR_GAS_CONSTANT_KJ_PER_KGK;
  const ratio = 1.608; // M_air/M_water
  const thermal = gasFlowExergyKJPerKg(DRY_AIR, t, dead) + w * gasFlowExergyKJPerKg(WATER_VAPOUR, t, dead);
  const mechanical = (1 + ratio * w) * ra * t0 * Math.log(p / dead.pressureKPa);
  const humidity =
    ra *
    t0 *
    ((1 + ratio * w) * Math.log((1 + ratio * w0) / (1 + ratio * w)) + (w > 0 ? ratio * w * Math.log(w / w0) : 0));
  return thermal + mechanical + humidity;
}
