/**
 * IF97 region 1 (compressed liquid), the Gibbs equation of R7-97(2012) §5.1,
 * eq. 7 with Table 2; properties from Table 3. Verified against Table 5.
 */
import { R_WATER } from './constants';
import { PowerTable } from './powers';
import { singlePhaseState, type WaterState } from './state';

const I = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 8, 8, 21, 23, 29, 30, 31, 32];
const J = [
  -2, -1, 0, 1, 2, 3, 4, 5, -9, -7, -1, 0, 1, 3, -3, 0, 1, 3, 17, -4, 0, 6, -5, -2, 10, -8, -11, -6, -29, -31, -38, -39,
  -40, -41,
];
const N = [
  0.14632971213167, -0.84548187169114, -0.3756360367204e1, 0.33855169168385e1, -0.95791963387872, 0.15772038513228,
  -0.16616417199501e-1, 0.81214629983568e-3, 0.28319080123804e-3, -0.60706301565874e-3, -0.18990068218419e-1,
  -0.32529748770505e-1, -0.21841717175414e-1, -0.5283835796993e-4, -0.47184321073267e-3, -0.30001780793026e-3,
  0.47661393906987e-4, -0.44141845330846e-5, -0.72694996297594e-15, -0.31679644845054e-4, -0.28270797985312e-5,
  -0.85205128120103e-9, -0.22425281908e-5, -0.65171222895601e-6, -0.14341729937924e-12, -0.40516996860117e-6,
  -0.12734301741641e-8, -0.17424871230634e-9, -0.68762131295531e-18, 0.14478307828521e-19, 0.26335781662795e-22,
  -0.11947622640071e-22, 0.18228094581404e-23, -0.93537087292458e-25,
];
const P_STAR = 16.53; // MPa
const T_STAR = 1386; // K

const piPowers = new PowerTable(-2, 32);
const tauPowers = new PowerTable(-43, 17);

/** Region 1 state at (p, T); the caller has checked the region. */
export function region1(pressureMPa: number, temperatureK: number): WaterState {
  const pi = pressureMPa / P_STAR;
  const tau = T_STAR / temperatureK;
  const a = piPowers.fill(7.1 - pi);
  const b = tauPowers.fill(tau - 1.222);
  const a0 = 2; // offset of exponent 0 in the pi table
  const b0 = 43;
  let g = 0,
    gp = 0,
    gpp = 0,
    gt = 0,
    gtt = 0,
    gpt = 0;
  for (let k = 0; k < 34; k++) {
    const i = I[k],
      j = J[k],
      n = N[k];
    const ai = a[a0 + i],
      ai1 = a[a0 + i - 1],
      ai2 = a[a0 + i - 2];
    const bj = b[b0 + j],
      bj1 = b[b0 + j - 1],
      bj2 = b[b0 + j - 2];
    g += n * ai * bj;
    gp -= n * i * ai1 * bj;
    gpp += n * i * (i - 1) * ai2 * bj;
    gt += n * j * ai * bj1;
    gtt += n * j * (j - 1) * ai * bj2;
    gpt -= n * i * j * ai1 * bj1;
  }
  const rt = R_WATER * temperatureK;
  const v = (pi * gp * rt) / (pressureMPa * 1000);
  const h = tau * gt * rt;
  const s = R_WATER * (tau * gt - g);
  const u = rt * (tau * gt - pi * gp);
  const cp = -R_WATER * tau * tau * gtt;
  const cv = R_WATER * (-tau * tau * gtt + ((gp - tau * gpt) * (gp - tau * gpt)) / gpp);
  const w = Math.sqrt((1000 * rt * gp * gp) / (((gp - tau * gpt) * (gp - tau * gpt)) / (tau * tau * gtt) - gpp));
  return singlePhaseState(1, pressureMPa, temperatureK, { v, h, s, u, cp, cv, w });
}
