/**
 * IF97 region 2 (superheated vapour), the Gibbs equation of R7-97(2012) §6.1,
 * eqs. 15–17 with Tables 10 and 11; properties from Table 12. Verified against
 * Table 15.
 */
import { R_WATER } from './constants';
import { PowerTable } from './powers';
import { singlePhaseState, type WaterState } from './state';

const J0 = [0, 1, -5, -4, -3, -2, -1, 2, 3];
const N0 = [
  -0.96927686500217e1, 0.10086655968018e2, -0.5608791128302e-2, 0.71452738081455e-1, -0.40710498223928,
  0.14240819171444e1, -0.4383951131945e1, -0.28408632460772, 0.21268463753307e-1,
];
const I = [
  1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 5, 6, 6, 6, 7, 7, 7, 8, 8, 9, 10, 10, 10, 16, 16, 18, 20, 20,
  20, 21, 22, 23, 24, 24, 24,
];
const J = [
  0, 1, 2, 3, 6, 1, 2, 4, 7, 36, 0, 1, 3, 6, 35, 1, 2, 3, 7, 3, 16, 35, 0, 11, 25, 8, 36, 13, 4, 10, 14, 29, 50, 57, 20,
  35, 48, 21, 53, 39, 26, 40, 58,
];
const N = [
  -0.17731742473213e-2, -0.17834862292358e-1, -0.45996013696365e-1, -0.57581259083432e-1, -0.5032527872793e-1,
  -0.33032641670203e-4, -0.18948987516315e-3, -0.39392777243355e-2, -0.43797295650573e-1, -0.26674547914087e-4,
  0.20481737692309e-7, 0.43870667284435e-6, -0.3227767723857e-4, -0.15033924542148e-2, -0.40668253562649e-1,
  -0.78847309559367e-9, 0.12790717852285e-7, 0.48225372718507e-6, 0.22922076337661e-5, -0.16714766451061e-10,
  -0.21171472321355e-2, -0.23895741934104e2, -0.5905956432427e-17, -0.12621808899101e-5, -0.38946842435739e-1,
  0.11256211360459e-10, -0.82311340897998e1, 0.19809712802088e-7, 0.10406965210174e-18, -0.10234747095929e-12,
  -0.10018179379511e-8, -0.80882908646985e-10, 0.10693031879409, -0.33662250574171, 0.89185845355421e-24,
  0.30629316876232e-12, -0.42002467698208e-5, -0.59056029685639e-25, 0.37826947613457e-5, -0.12768608934681e-14,
  0.73087610595061e-28, 0.55414715350778e-16, -0.9436970724121e-6,
];
const T_STAR = 540; // K

const piPowers = new PowerTable(-1, 24);
const tauPowers = new PowerTable(-2, 58);
const tau0Powers = new PowerTable(-7, 3);

/** Region 2 state at (p, T); the caller has checked the region. */
export function region2(pressureMPa: number, temperatureK: number): WaterState {
  const pi = pressureMPa;
  const tau = T_STAR / temperatureK;

  const t0 = tau0Powers.fill(tau);
  let g0 = Math.log(pi),
    g0t = 0,
    g0tt = 0;
  for (let k = 0; k < 9; k++) {
    const j = J0[k],
      n = N0[k];
    g0 += n * t0[7 + j];
    g0t += n * j * t0[7 + j - 1];
    g0tt += n * j * (j - 1) * t0[7 + j - 2];
  }
  const g0p = 1 / pi;

  const a = piPowers.fill(pi);
  const b = tauPowers.fill(tau - 0.5);
  let gr = 0,
    grp = 0,
    grpp = 0,
    grt = 0,
    grtt = 0,
    grpt = 0;
  for (let k = 0; k < 43; k++) {
    const i = I[k],
      j = J[k],
      n = N[k];
    const ai = a[1 + i],
      ai1 = a[i],
      ai2 = a[i - 1];
    const bj = b[2 + j],
      bj1 = b[1 + j],
      bj2 = b[j];
    gr += n * ai * bj;
    grp += n * i * ai1 * bj;
    grpp += n * i * (i - 1) * ai2 * bj;
    grt += n * j * ai * bj1;
    grtt += n * j * (j - 1) * ai * bj2;
    grpt += n * i * j * ai1 * bj1;
  }

  const rt = R_WATER * temperatureK;
  const v = (pi * (g0p + grp) * rt) / (pressureMPa * 1000);
  const h = tau * (g0t + grt) * rt;
  const s = R_WATER * (tau * (g0t + grt) - (g0 + gr));
  const u = rt * (tau * (g0t + grt) - pi * (g0p + grp));
  const cp = -R_WATER * tau * tau * (g0tt + grtt);
  const x = 1 + pi * grp - tau * pi * grpt;
  const cv = cp - (R_WATER * x * x) / (1 - pi * pi * grpp);
  const w = Math.sqrt(
    (1000 * rt * (1 + 2 * pi * grp + pi * pi * grp * grp)) /
      (1 - pi * pi * grpp + (x * x) / (tau * tau * (g0tt + grtt))),
  );
  return singlePhaseState(2, pressureMPa, temperatureK, { v, h, s, u, cp, cv, w });
}
