/** Exergy of heat and cold, and the thermodynamic mean temperature of a stream. */
import { ThermoRangeError, requireFinite } from './errors';
import type { DeadState } from './dead-state';

function checkTemperature(temperatureK: number): void {
  requireFinite('temperature', temperatureK, 'K');
  if (!(temperatureK > 0)) throw new ThermoRangeError('temperature', temperatureK, 0, Number.MAX_VALUE, 'K');
}

/** Carnot factor 1 − T0/T (negative below T0). */
export function carnotFactor(temperatureK: number, dead: DeadState): number {
  checkTemperature(temperatureK);
  return 1 - dead.temperatureK / temperatureK;
}

/** Exergy of heat Q delivered at T: Q(1 − T0/T), kW. */
export function heatExergyKW(heatKW: number, temperatureK: number, dead: DeadState): number {
  return heatKW * carnotFactor(temperatureK, dead);
}

/** Exergy of cold: heat Q removed at T below T0 is worth Q(T0/T − 1), kW (Kotas 1985 §2.8). */
export function coldExergyKW(heatKW: number, temperatureK: number, dead: DeadState): number {
  checkTemperature(temperatureK);
  return heatKW * (dead.temperatureK / temperatureK - 1);
}

/**
 * Thermodynamic mean temperature of a stream heated or cooled from t1 to t2 at
 * constant cp: (t2 − t1)/ln(t2/t1), K; t1 when equal.
 */
export function logMeanTemperatureK(t1K: number, t2K: number): number {
  checkTemperature(t1K);
  checkTemperature(t2K);
  if (Math.abs(t2K - t1K) < 1e-9 * t1K) return 0.5 * (t1K + t2K);
  return (t2K - t1K) / Math.log(t2K / t1K);
}
