/**
 * Water and steam from IAPWS-IF97 (R7-97(2012)): states from (p, T), (p, h)
 * and (p, s), saturation, two-phase mixtures, and flow exergy.
 *
 * Implemented: regions 1, 2 and 4 with the B23 boundary. Region 3 (above
 * 623.15 K and above the B23 line, i.e. p > 16.53 MPa near the critical point)
 * and region 5 (T > 1073.15 K) are not yet implemented: such states throw a
 * ThermoRangeError naming the range, never a wrong number.
 */
import { ThermoRangeError, requireFinite } from './errors';
import { P_MAX_MPA, P_MIN_MPA, T_MAX_REGION2_K, T_MIN_K, T_REGION13_K } from './if97/constants';
import { region1 } from './if97/region1';
import { region2 } from './if97/region2';
import { saturationPressureMPa, saturationTemperatureK } from './if97/region4';
import { solveIncreasing } from './if97/solve';
import type { WaterState } from './if97/state';
import type { DeadState } from './dead-state';

export type { WaterState, Region } from './if97/state';
export { saturationPressureMPa, saturationTemperatureK } from './if97/region4';

const B23 = [0.34805185628969e3, -0.11671859879975e1, 0.10192970039326e-2, 0.57254459862746e3, 0.1391883977887e2];

/** The region 2–3 boundary pressure at T, MPa (eq. 5). */
export function b23PressureMPa(temperatureK: number): number {
  return B23[0] + B23[1] * temperatureK + B23[2] * temperatureK * temperatureK;
}

/** The region 2–3 boundary temperature at p, K (eq. 6). */
export function b23TemperatureK(pressureMPa: number): number {
  return B23[3] + Math.sqrt((pressureMPa - B23[4]) / B23[2]);
}

/** Saturation pressure at 623.15 K, the top of the region 1/2 saturation line, MPa. */
const P_SAT_623 = saturationPressureMPa(T_REGION13_K);

function checkPressure(pressureMPa: number): void {
  requireFinite('pressure', pressureMPa, 'MPa');
  if (!(pressureMPa > 0 && pressureMPa <= P_MAX_MPA)) throw new ThermoRangeError('pressure', pressureMPa, 0, P_MAX_MPA, 'MPa');
}

function region3Error(quantity: string, value: number, unit: string): ThermoRangeError {
  return new ThermoRangeError(quantity, value, 0, 0, unit, 'IF97 region 3 (near-critical, p > 16.53 MPa) is not implemented yet');
}

/** State at (p, T) in MPa and K. */
export function waterStatePT(pressureMPa: number, temperatureK: number): WaterState {
  checkPressure(pressureMPa);
  requireFinite('temperature', temperatureK, 'K');
  if (!(temperatureK >= T_MIN_K && temperatureK <= T_MAX_REGION2_K)) {
    throw new ThermoRangeError('temperature', temperatureK, T_MIN_K, T_MAX_REGION2_K, 'K', 'region 5 (above 1073.15 K) is not implemented yet');
  }
  if (temperatureK <= T_REGION13_K) {
    return pressureMPa >= saturationPressureMPa(temperatureK) ? region1(pressureMPa, temperatureK) : region2(pressureMPa, temperatureK);
  }
  if (pressureMPa <= b23PressureMPa(temperatureK)) return region2(pressureMPa, temperatureK);
  throw region3Error('pressure', pressureMPa, 'MPa');
}

function checkTwoPhasePressure(pressureMPa: number): void {
  checkPressure(pressureMPa);
  if (pressureMPa < P_MIN_MPA) throw new ThermoRangeError('saturation pressure', pressureMPa, P_MIN_MPA, P_SAT_623, 'MPa');
  if (pressureMPa > P_SAT_623) throw region3Error('saturation pressure', pressureMPa, 'MPa');
}

export function saturatedLiquidAtP(pressureMPa: number): WaterState {
  checkTwoPhasePressure(pressureMPa);
  return region1(pressureMPa, saturationTemperatureK(pressureMPa));
}

export function saturatedVaporAtP(pressureMPa: number): WaterState {
  checkTwoPhasePressure(pressureMPa);
  return region2(pressureMPa, saturationTemperatureK(pressureMPa));
}

export function saturatedLiquidAtT(temperatureK: number): WaterState {
  return saturatedLiquidAtP(saturationPressureMPa(temperatureK));
}

export function saturatedVaporAtT(temperatureK: number): WaterState {
  return saturatedVaporAtP(saturationPressureMPa(temperatureK));
}

/** A liquid–vapour mixture of quality x (0..1) at p. */
export function twoPhaseState(pressureMPa: number, quality: number): WaterState {
  if (!(quality >= 0 && quality <= 1)) throw new ThermoRangeError('quality', quality, 0, 1, '-');
  const liquid = saturatedLiquidAtP(pressureMPa);
  const vapour = saturatedVaporAtP(pressureMPa);
  const mix = (l: number, v: number) => l + quality * (v - l);
  const volume = mix(liquid.specificVolumeM3PerKg, vapour.specificVolumeM3PerKg);
  return {
    region: 4,
    pressureMPa,
    temperatureK: liquid.temperatureK,
    specificVolumeM3PerKg: volume,
    densityKgPerM3: 1 / volume,
    enthalpyKJPerKg: mix(liquid.enthalpyKJPerKg, vapour.enthalpyKJPerKg),
    entropyKJPerKgK: mix(liquid.entropyKJPerKgK, vapour.entropyKJPerKgK),
    internalEnergyKJPerKg: mix(liquid.internalEnergyKJPerKg, vapour.internalEnergyKJPerKg),
    cpKJPerKgK: null,
    cvKJPerKgK: null,
    speedOfSoundMPerS: null,
    quality,
  };
}

type Property = 'enthalpyKJPerKg' | 'entropyKJPerKgK';

/** Slope of h (cp) or s (cp/T) along an isobar. */
function slopeOf(state: WaterState, property: Property): number {
  const cp = state.cpKJPerKgK ?? 0;
  return property === 'enthalpyKJPerKg' ? cp : cp / state.temperatureK;
}

/** State at p with a given h or s: single phase solved on T, two-phase by quality. */
function stateFromProperty(pressureMPa: number, target: number, property: Property, unit: string): WaterState {
  checkPressure(pressureMPa);
  requireFinite(property, target, unit);
  const solveIn = (regionFn: typeof region1, lo: number, hi: number): WaterState => {
    const low = regionFn(pressureMPa, lo)[property];
    const high = regionFn(pressureMPa, hi)[property];
    if (target < low - 1e-9 || target > high + 1e-9) throw new ThermoRangeError(property, target, low, high, unit, `at ${pressureMPa} MPa`);
    const t = solveIncreasing(
      (temperatureK) => {
        const state = regionFn(pressureMPa, temperatureK);
        return { value: state[property], slope: slopeOf(state, property) };
      },
      target,
      lo,
      hi,
    );
    return regionFn(pressureMPa, t);
  };
  if (pressureMPa <= P_SAT_623) {
    const saturation = saturationTemperatureK(Math.max(pressureMPa, P_MIN_MPA));
    const liquid = region1(pressureMPa, saturation)[property];
    const vapour = region2(pressureMPa, saturation)[property];
    if (target <= liquid) return solveIn(region1, T_MIN_K, saturation);
    if (target >= vapour) return solveIn(region2, saturation, T_MAX_REGION2_K);
    return twoPhaseState(pressureMPa, (target - liquid) / (vapour - liquid));
  }
  if (target <= region1(pressureMPa, T_REGION13_K)[property]) return solveIn(region1, T_MIN_K, T_REGION13_K);
  const boundary = b23TemperatureK(pressureMPa);
  if (target >= region2(pressureMPa, boundary)[property]) return solveIn(region2, boundary, T_MAX_REGION2_K);
  throw region3Error(property, target, unit);
}

export function waterStatePH(pressureMPa: number, enthalpyKJPerKg: number): WaterState {
  return stateFromProperty(pressureMPa, enthalpyKJPerKg, 'enthalpyKJPerKg', 'kJ/kg');
}

export function waterStatePS(pressureMPa: number, entropyKJPerKgK: number): WaterState {
  return stateFromProperty(pressureMPa, entropyKJPerKgK, 'entropyKJPerKgK', 'kJ/(kg·K)');
}

/** Liquid water at the dead state (T0, P0): the reference of water/steam flow exergy. */
export function deadStateWater(dead: DeadState): { enthalpyKJPerKg: number; entropyKJPerKgK: number } {
  const state = waterStatePT(dead.pressureKPa / 1000, dead.temperatureK);
  return { enthalpyKJPerKg: state.enthalpyKJPerKg, entropyKJPerKgK: state.entropyKJPerKgK };
}

/**
 * Specific physical flow exergy ex = (h − h0) − T0 (s − s0), kJ/kg, relative
 * to liquid water at the dead state. Correction C-BO5 (spec/equipment.md):
 * h0 and s0 come from IF97 at the project's T0, not fixed 25 °C constants.
 */
export function waterFlowExergyKJPerKg(
  state: { enthalpyKJPerKg: number; entropyKJPerKgK: number },
  dead: DeadState,
): number {
  const reference = deadStateWater(dead);
  return state.enthalpyKJPerKg - reference.enthalpyKJPerKg - dead.temperatureK * (state.entropyKJPerKgK - reference.entropyKJPerKgK);
}
