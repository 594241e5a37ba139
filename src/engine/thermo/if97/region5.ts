/**
 * IF97 region 5 (high-temperature steam, 1073.15–2273.15 K, p ≤ 50 MPa), the
 * Gibbs equation of R7-97(2012) §9, eqs. 32–34 with Tables 37 and 38;
 * properties from Table 39. Verified against Table 42.
 */
import { R_WATER } from './constants';
import { singlePhaseState, type WaterState } from './state';

const J0 = [0, 1, -3, -2, -1, 2];
const N0 = [
  -0.13179983674201e2, 0.68540841634434e1, -0.24805148933466e-1, 0.36901534980333, -0.31161318213925e1,
  -0.32961626538917,
];
const I = [1, 1, 1, 2, 2, 3];
const J = [1, 2, 3, 3, 9, 7];
const N = [
  0.15736404855259e-2, 0.90153761673944e-3, -0.50270077677648e-2, 0.22440037409485e-5, -0.41163275453471e-5,
  0.37919454822955e-7,
];

export function region5(pressureMPa: number, temperatureK: number): WaterState {
  const pi = pressureMPa;
  const tau = 1000 / temperatureK;
  let g0 = Math.log(pi),
    g0t = 0,
    g0tt = 0;
  for (let k = 0; k < 6; k++) {
    g0 += N0[k] * Math.pow(tau, J0[k]);
    g0t += N0[k] * J0[k] * Math.pow(tau, J0[k] - 1);
    g0tt += N0[k] * J0[k] * (J0[k] - 1) * Math.pow(tau, J0[k] - 2);
  }
  const g0p = 1 / pi;
  let gr = 0,
    grp = 0,
    grpp = 0,
    grt = 0,
    grtt = 0,
    grpt = 0;
  for (let k = 0; k < 6; k++) {
    const i = I[k],
      j = J[k],
      n = N[k];
    gr += n * Math.pow(pi, i) * Math.pow(tau, j);
    grp += n * i * Math.pow(pi, i - 1) * Math.pow(tau, j);
    grpp += n * i * (i - 1) * Math.pow(pi, i - 2) * Math.pow(tau, j);
    grt += n * j * Math.pow(pi, i) * Math.pow(tau, j - 1);
    grtt += n * j * (j - 1) * Math.pow(pi, i) * Math.pow(tau, j - 2);
    grpt += n * i * j * Math.pow(pi, i - 1) * Math.pow(tau, j - 1);
  }
  const rt = R_WATER * temperatureK;
  const v = (pi * (g0p + grp) * rt) / (pressureMPa * 1000);
  const cp = -R_WATER * tau * tau * (g0tt + grtt);
  const x = 1 + pi * grp - tau * pi * grpt;
  return singlePhaseState(5, pressureMPa, temperatureK, {
    v,
    h: tau * (g0t + grt) * rt,
    s: R_WATER * (tau * (g0t + grt) - (g0 + gr)),
    u: rt * (tau * (g0t + grt) - pi * (g0p + grp)),
    cp,
    cv: cp - (R_WATER * x * x) / (1 - pi * pi * grpp),
    w: Math.sqrt(
      (1000 * rt * (1 + 2 * pi * grp + pi * pi * grp * grp)) /
        (1 - pi * pi * grpp + (x * x) / (tau * tau * (g0tt + grtt))),
    ),
  });
}
