/**
 * Water and steam from IAPWS-IF97 (R7-97(2012)): states from (p, T), (p, h)
 * and (p, s), saturation, two-phase mixtures, and flow exergy.
 *
 * All five regions: 1 (liquid), 2 (vapour), 3 (near-critical, solved for
 * density), 4 (saturation and two-phase mixtures), 5 (1073.15–2273.15 K,
 * p ≤ 50 MPa), with the B23 boundary. States outside the formulation throw a
 * ThermoRangeError naming the range, never a wrong number.
 *
 * Near the critical point. Saturated states above p_sat(623.15 K) = 16.529 MPa
 * (so all of them above 21 MPa) are not region 1/2 states: the temperature is
 * region 4's T_sat(p) and the density is the region-3 root of p(ρ, T_sat) on the
 * liquid or vapour branch (region3.ts: a bracketed scan of the branch, then
 * safeguarded Newton), so saturation properties stay continuous up to 22.064 MPa.
 * Regions 1 and 3 meet at 623.15 K with the formulation's own small mismatch
 * (R7-97(2012) §5 gives the permissible inconsistencies): a (p, h) or (p, s)
 * solve across the boundary shows a step of about 2.9 mK in T there. That is
 * IF97 itself, not a solver error, and far below any measurement this server
 * is given; it is left as the formulation defines it.
 */
import { ThermoRangeError, requireFinite } from './errors';
import {
  P_CRITICAL_MPA,
  P_MAX_MPA,
  P_MIN_MPA,
  T_CRITICAL_K,
  T_MAX_REGION2_K,
  T_MAX_REGION5_K,
  T_MIN_K,
  T_REGION13_K,
} from './if97/constants';
import { region3 } from './if97/region3';
import { region5 } from './if97/region5';
import { region1 } from './if97/region1';
import { region2 } from './if97/region2';
import { saturationPressureMPa, saturationTemperatureK } from './if97/region4';
import { solveIncreasing } from './if97/solve';
import {
  backward1TemperaturePH,
  backward1TemperaturePS,
  backward2TemperaturePH,
  backward2TemperaturePS,
} from './if97/backward';
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
  if (!(pressureMPa > 0 && pressureMPa <= P_MAX_MPA))
    throw new ThermoRangeError('pressure', pressureMPa, 0, P_MAX_MPA, 'MPa');
}

/** Region 5 holds only up to 50 MPa (R7-97(2012) §9). */
const P_MAX_REGION5_MPA = 50;

/** State at (p, T) in MPa and K. */
export function waterStatePT(pressureMPa: number, temperatureK: number): WaterState {
  checkPressure(pressureMPa);
  requireFinite('temperature', temperatureK, 'K');
  if (!(temperatureK >= T_MIN_K && temperatureK <= T_MAX_REGION5_K)) {
    throw new ThermoRangeError('temperature', temperatureK, T_MIN_K, T_MAX_REGION5_K, 'K');
  }
  if (temperatureK <= T_REGION13_K) {
    return pressureMPa >= saturationPressureMPa(temperatureK)
      ? region1(pressureMPa, temperatureK)
      : region2(pressureMPa, temperatureK);
  }
  if (temperatureK > T_MAX_REGION2_K) {
    if (pressureMPa > P_MAX_REGION5_MPA) {
      throw new ThermoRangeError('pressure', pressureMPa, 0, P_MAX_REGION5_MPA, 'MPa', 'above 1073.15 K (region 5)');
    }
    return region5(pressureMPa, temperatureK);
  }
  if (pressureMPa <= b23PressureMPa(temperatureK)) return region2(pressureMPa, temperatureK);
  const vapourLike = temperatureK < T_CRITICAL_K && pressureMPa < saturationPressureMPa(temperatureK);
  return region3(pressureMPa, temperatureK, vapourLike ? 'vapour' : 'liquid');
}

function checkTwoPhasePressure(pressureMPa: number): void {
  checkPressure(pressureMPa);
  if (!(pressureMPa >= P_MIN_MPA && pressureMPa <= P_CRITICAL_MPA)) {
    throw new ThermoRangeError('saturation pressure', pressureMPa, P_MIN_MPA, P_CRITICAL_MPA, 'MPa');
  }
}

export function saturatedLiquidAtP(pressureMPa: number): WaterState {
  checkTwoPhasePressure(pressureMPa);
  const temperatureK = saturationTemperatureK(pressureMPa);
  return pressureMPa <= P_SAT_623 ? region1(pressureMPa, temperatureK) : region3(pressureMPa, temperatureK, 'liquid');
}

export function saturatedVaporAtP(pressureMPa: number): WaterState {
  checkTwoPhasePressure(pressureMPa);
  const temperatureK = saturationTemperatureK(pressureMPa);
  return pressureMPa <= P_SAT_623 ? region2(pressureMPa, temperatureK) : region3(pressureMPa, temperatureK, 'vapour');
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

/**
 * State at p with a given h or s. Along an isobar h and s increase with T
 * through every region, so the single-phase answer is a safeguarded Newton
 * solve on T within the region's temperature bracket; between the saturated
 * liquid and vapour values it is a two-phase mixture.
 */
function stateFromProperty(pressureMPa: number, target: number, property: Property, unit: string): WaterState {
  checkPressure(pressureMPa);
  requireFinite(property, target, unit);
  const at = (temperatureK: number) => waterStatePT(pressureMPa, temperatureK);
  const solveBetween = (lo: number, hi: number, stateAt: (t: number) => WaterState, seed?: number): WaterState => {
    const t = solveIncreasing(
      (temperatureK) => {
        const state = stateAt(temperatureK);
        return { value: state[property], slope: slopeOf(state, property) };
      },
      target,
      lo,
      hi,
      1e-9,
      seed,
    );
    return stateAt(t);
  };
  const liquidSeed = () =>
    property === 'enthalpyKJPerKg'
      ? backward1TemperaturePH(pressureMPa, target)
      : backward1TemperaturePS(pressureMPa, target);
  const vapourSeed = () =>
    property === 'enthalpyKJPerKg'
      ? backward2TemperaturePH(pressureMPa, target)
      : backward2TemperaturePS(pressureMPa, target);
  const top = pressureMPa <= P_MAX_REGION5_MPA ? T_MAX_REGION5_K : T_MAX_REGION2_K;
  const lowest = at(T_MIN_K)[property];
  const highest = at(top)[property];
  if (target < lowest - 1e-9 || target > highest + 1e-9) {
    throw new ThermoRangeError(property, target, lowest, highest, unit, `at ${pressureMPa} MPa`);
  }
  if (pressureMPa <= P_CRITICAL_MPA && pressureMPa >= P_MIN_MPA) {
    const saturation = saturationTemperatureK(pressureMPa);
    const liquid = saturatedLiquidAtP(pressureMPa);
    const vapour = saturatedVaporAtP(pressureMPa);
    const branch = (which: 'liquid' | 'vapour') => (t: number) =>
      t > T_REGION13_K && t <= b23TemperatureK(pressureMPa) ? region3(pressureMPa, t, which) : at(t);
    if (target <= liquid[property])
      return solveBetween(T_MIN_K, saturation, branch('liquid'), pressureMPa <= P_SAT_623 ? liquidSeed() : undefined);
    if (target >= vapour[property])
      return solveBetween(saturation, top, branch('vapour'), pressureMPa <= P_SAT_623 ? vapourSeed() : undefined);
    return twoPhaseState(pressureMPa, (target - liquid[property]) / (vapour[property] - liquid[property]));
  }
  return solveBetween(T_MIN_K, top, at);
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
  return (
    state.enthalpyKJPerKg -
    reference.enthalpyKJPerKg -
    dead.temperatureK * (state.entropyKJPerKgK - reference.entropyKJPerKgK)
  );
}
