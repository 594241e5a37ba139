/**
 * IF97 region 4: the saturation line (R7-97(2012) §8, eqs. 28–31).
 * Verified against Tables 35 and 36.
 */
import { ThermoRangeError } from '../errors';
import { P_CRITICAL_MPA, P_MIN_MPA, T_CRITICAL_K, T_MIN_K } from './constants';

const N = [
  0, 0.11670521452767e4, -0.72421316703206e6, -0.17073846940092e2, 0.1202082470247e5, -0.32325550322333e7,
  0.1491510861353e2, -0.48232657361591e4, 0.40511340542057e6, -0.23855557567849, 0.65017534844798e3,
];

/** Saturation pressure p_s(T), MPa, 273.15 K ≤ T ≤ 647.096 K (eq. 30). */
export function saturationPressureMPa(temperatureK: number): number {
  if (!(temperatureK >= T_MIN_K && temperatureK <= T_CRITICAL_K)) {
    throw new ThermoRangeError('saturation temperature', temperatureK, T_MIN_K, T_CRITICAL_K, 'K');
  }
  const theta = temperatureK + N[9] / (temperatureK - N[10]);
  const a = theta * theta + N[1] * theta + N[2];
  const b = N[3] * theta * theta + N[4] * theta + N[5];
  const c = N[6] * theta * theta + N[7] * theta + N[8];
  return Math.pow((2 * c) / (-b + Math.sqrt(b * b - 4 * a * c)), 4);
}

/** Saturation temperature T_s(p), K, 611.213 Pa ≤ p ≤ 22.064 MPa (eq. 31). */
export function saturationTemperatureK(pressureMPa: number): number {
  if (!(pressureMPa >= P_MIN_MPA && pressureMPa <= P_CRITICAL_MPA)) {
    throw new ThermoRangeError('saturation pressure', pressureMPa, P_MIN_MPA, P_CRITICAL_MPA, 'MPa');
  }
  const beta = Math.pow(pressureMPa, 0.25);
  const e = beta * beta + N[3] * beta + N[6];
  const f = N[1] * beta * beta + N[4] * beta + N[7];
  const g = N[2] * beta * beta + N[5] * beta + N[8];
  const d = (2 * g) / (-f - Math.sqrt(f * f - 4 * e * g));
  return (N[10] + d - Math.sqrt((N[10] + d) * (N[10] + d) - 4 * (N[9] + N[10] * d))) / 2;
}
