/**
 * IF97 region 3 (near-critical), the Helmholtz equation of R7-97(2012) §7,
 * eq. 28 with Table 30; properties from Table 31. Verified against Table 33.
 * States from (p, T) solve p(ρ, T) = p for ρ on the requested branch.
 */
import { ThermoRangeError } from '../errors';
import { R_WATER, RHO_CRITICAL, T_CRITICAL_K } from './constants';
import { PowerTable } from './powers';
import { singlePhaseState, type WaterState } from './state';

const N1 = 0.10658070028513e1;
const I = [
  0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 6, 6, 6, 7, 8, 9, 9, 10, 10,
  11,
];
const J = [
  0, 1, 2, 7, 10, 12, 23, 2, 6, 15, 17, 0, 2, 6, 7, 22, 26, 0, 2, 4, 16, 26, 0, 2, 4, 26, 1, 3, 26, 0, 2, 26, 2, 26, 2,
  26, 0, 1, 26,
];
const N = [
  -0.15732845290239e2, 0.20944396974307e2, -0.76867707878716e1, 0.26185947787954e1, -0.2808078114862e1,
  0.12053369696517e1, -0.84566812812502e-2, -0.12654315477714e1, -0.11524407806681e1, 0.88521043984318,
  -0.64207765181607, 0.38493460186671, -0.85214708824206, 0.48972281541877e1, -0.30502617256965e1, 0.39420536879154e-1,
  0.12558408424308, -0.2799932969871, 0.1389979956946e1, -0.2018991502357e1, -0.82147637173963e-2, -0.47596035734923,
  0.439840744735e-1, -0.44476435428739, 0.90572070719733, 0.70522450087967, 0.10770512626332, -0.32913623258954,
  -0.50871062041158, -0.22175400873096e-1, 0.94260751665092e-1, 0.16436278447961, -0.13503372241348e-1,
  -0.14834345352472e-1, 0.57922953628084e-3, 0.32308904703711e-2, 0.80964802996215e-4, -0.16557679795037e-3,
  -0.44923899061815e-4,
];

const deltaPowers = new PowerTable(-2, 11);
const tauPowers = new PowerTable(-2, 26);

interface Derivatives {
  phi: number;
  d: number;
  dd: number;
  t: number;
  tt: number;
  dt: number;
}

function derivatives(delta: number, tau: number): Derivatives {
  const a = deltaPowers.fill(delta);
  const b = tauPowers.fill(tau);
  let phi = N1 * Math.log(delta),
    d = N1 / delta,
    dd = -N1 / (delta * delta),
    t = 0,
    tt = 0,
    dt = 0;
  for (let k = 0; k < 39; k++) {
    const i = I[k],
      j = J[k],
      n = N[k];
    const ai = a[2 + i],
      ai1 = a[1 + i],
      ai2 = a[i];
    const bj = b[2 + j],
      bj1 = b[1 + j],
      bj2 = b[j];
    phi += n * ai * bj;
    d += n * i * ai1 * bj;
    dd += n * i * (i - 1) * ai2 * bj;
    t += n * j * ai * bj1;
    tt += n * j * (j - 1) * ai * bj2;
    dt += n * i * j * ai1 * bj1;
  }
  return { phi, d, dd, t, tt, dt };
}

/** Pressure p(ρ, T), MPa, and its slope ∂p/∂ρ, MPa·m³/kg. */
export function region3Pressure(densityKgPerM3: number, temperatureK: number): { pressureMPa: number; slope: number } {
  const delta = densityKgPerM3 / RHO_CRITICAL;
  const f = derivatives(delta, T_CRITICAL_K / temperatureK);
  const rt = R_WATER * temperatureK;
  return {
    pressureMPa: (densityKgPerM3 * rt * delta * f.d) / 1000,
    slope: (rt * (2 * delta * f.d + delta * delta * f.dd)) / 1000,
  };
}

/** Region 3 state from (ρ, T). */
export function region3FromDensity(densityKgPerM3: number, temperatureK: number): WaterState {
  const delta = densityKgPerM3 / RHO_CRITICAL;
  const tau = T_CRITICAL_K / temperatureK;
  const f = derivatives(delta, tau);
  const rt = R_WATER * temperatureK;
  const x = delta * f.d - delta * tau * f.dt;
  const cv = -R_WATER * tau * tau * f.tt;
  const cp = R_WATER * (-tau * tau * f.tt + (x * x) / (2 * delta * f.d + delta * delta * f.dd));
  const w = Math.sqrt(1000 * rt * (2 * delta * f.d + delta * delta * f.dd - (x * x) / (tau * tau * f.tt)));
  const state = singlePhaseState(3, (densityKgPerM3 * rt * delta * f.d) / 1000, temperatureK, {
    v: 1 / densityKgPerM3,
    h: rt * (tau * f.t + delta * f.d),
    s: R_WATER * (tau * f.t - f.phi),
    u: rt * tau * f.t,
    cp,
    cv,
    w,
  });
  return { ...state, densityKgPerM3 };
}

/** Lowest and highest densities region 3 spans (R7-97 Fig. 1, with margin), kg/m³. */
const RHO_LOW = 40;
const RHO_HIGH = 800;
const STEPS = 400;

/**
 * Density at (p, T): the liquid-like (highest) root or the vapour-like
 * (lowest) root of p(ρ, T) = p, found by scanning for a sign change and
 * refining with safeguarded Newton. Above the critical temperature the root is unique.
 */
export function region3Density(pressureMPa: number, temperatureK: number, branch: 'liquid' | 'vapour'): number {
  const g = (rho: number) => region3Pressure(rho, temperatureK).pressureMPa - pressureMPa;
  const step = (RHO_HIGH - RHO_LOW) / STEPS;
  let lo = Number.NaN,
    hi = Number.NaN;
  if (branch === 'liquid') {
    for (let k = STEPS; k > 0; k--) {
      const b = RHO_LOW + k * step,
        a = b - step;
      if (g(a) <= 0 && g(b) >= 0) {
        lo = a;
        hi = b;
        break;
      }
    }
  } else {
    for (let k = 0; k < STEPS; k++) {
      const a = RHO_LOW + k * step,
        b = a + step;
      if (g(a) <= 0 && g(b) >= 0) {
        lo = a;
        hi = b;
        break;
      }
    }
  }
  if (Number.isNaN(lo))
    throw new ThermoRangeError(
      'pressure',
      pressureMPa,
      0,
      100,
      'MPa',
      `no region 3 ${branch} state at ${temperatureK} K`,
    );
  let rho = 0.5 * (lo + hi);
  for (let iteration = 0; iteration < 100; iteration++) {
    const { pressureMPa: p, slope } = region3Pressure(rho, temperatureK);
    const error = p - pressureMPa;
    if (error > 0) hi = rho;
    else lo = rho;
    let next = slope > 0 ? rho - error / slope : Number.NaN;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (Math.abs(next - rho) < 1e-12 * rho) return next;
    rho = next;
  }
  return rho;
}

export function region3(pressureMPa: number, temperatureK: number, branch: 'liquid' | 'vapour'): WaterState {
  return region3FromDensity(region3Density(pressureMPa, temperatureK, branch), temperatureK);
}
