/**
 * IF97 region 3 (near-critical), the Helmholtz equation of R7-97(2012) §7,
 * eq. 28 with Table 30; properties from Table 31. Verified against Table 33.
 * States from (p, T) solve p(ρ, T) = p for ρ on the requested branch, started
 * from the IAPWS SR5-05(2016) backward equations v(p, T).
 */
import { ThermoRangeError } from '../errors';
import { R_WATER, RHO_CRITICAL, T_CRITICAL_K } from './constants';
import { PowerTable } from './powers';
import { region3BackwardVolume } from './region3-vpt';
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
 * Density at (p, T) by the old method: scan 400 steps for a sign change of
 * p(ρ, T) − p (from the top for the liquid-like root, from the bottom for the
 * vapour-like one), then safeguarded Newton. Robust but ≈ 400 evaluations of
 * the basic equation; region3Density uses it only when the Newton refinement
 * of the SR5-05 start fails (not seen on the test grids), and the tests use it
 * as the reference.
 */
export function region3DensityByScan(pressureMPa: number, temperatureK: number, branch: 'liquid' | 'vapour'): number {
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

/**
 * At fixed T the basic equation's δ²·φ_δ is a polynomial in δ:
 * N1·δ + Σᵢ i·Aᵢ(τ)·δ^(i+1) with Aᵢ(τ) = Σ_{k: Iₖ = i} nₖ τ^Jₖ (eq. 28, Table 30).
 * Collapsing the 39 terms to 12 coefficients once per temperature makes each
 * Newton step two short Horner evaluations. B[i] = i·Aᵢ.
 */
const B = new Float64Array(12);

function collapseAtTemperature(tau: number): void {
  const b = tauPowers.fill(tau);
  B.fill(0);
  for (let k = 0; k < 39; k++) B[I[k]] += I[k] * N[k] * b[2 + J[k]];
}

/** Relative Newton step below which the density is taken as converged (quadratic convergence: the next error is ~1e-20). */
const NEWTON_TOLERANCE = 1e-10;
const NEWTON_ITERATIONS = 12;

/**
 * Density at (p, T) on the requested branch: the liquid-like (highest) or
 * vapour-like (lowest) root of p(ρ, T) = p; above the critical temperature
 * the root is unique. The SR5-05 start plus Newton (region3DensityNewton)
 * answers everywhere on the test grids, including the near-critical box; the
 * density scan stays only as the safety net for a start Newton cannot use.
 */
export function region3Density(pressureMPa: number, temperatureK: number, branch: 'liquid' | 'vapour'): number {
  return (
    region3DensityNewton(pressureMPa, temperatureK, branch) ?? region3DensityByScan(pressureMPa, temperatureK, branch)
  );
}

/**
 * The density from the IAPWS SR5-05(2016) backward equation v(p, T) of the
 * subregion (region3-vpt.ts, all of 3a–3z including the near-critical
 * auxiliary equations), refined by Newton on the basic equation p(ρ, T)
 * (R7-97 eq. 28). The start is within the release's tolerated inconsistency
 * of the root, so two or three steps converge and the result is exact to the
 * basic equation, not to the backward equation. null when Newton fails, or
 * ends where ∂p/∂ρ ≤ 0 (the unstable middle root) or, below T_c, on the side
 * of ρ_c the branch does not ask for.
 */
export function region3DensityNewton(
  pressureMPa: number,
  temperatureK: number,
  branch: 'liquid' | 'vapour',
): number | null {
  // SR5-05 divides along the saturation line below p_c; above T_c every state is on its vapour-like side.
  const vapourSide = branch === 'vapour' || temperatureK >= T_CRITICAL_K;
  let delta = 1 / (region3BackwardVolume(pressureMPa, temperatureK, vapourSide) * RHO_CRITICAL);
  if (!(delta > 0 && Number.isFinite(delta))) return null;
  collapseAtTemperature(T_CRITICAL_K / temperatureK);
  // p = K·δ²φ_δ with K = ρc·R·T / 1000 (kPa → MPa).
  const target = pressureMPa / ((RHO_CRITICAL * R_WATER * temperatureK) / 1000);
  for (let iteration = 0; iteration < NEWTON_ITERATIONS; iteration++) {
    let value = 0,
      slope = 0;
    for (let i = 11; i >= 1; i--) {
      value = value * delta + B[i];
      slope = slope * delta + (i + 1) * B[i];
    }
    value = (value * delta + N1) * delta; // N1·δ + Σ Bᵢ δ^(i+1)
    slope = slope * delta + N1; // N1 + Σ (i+1)·Bᵢ δ^i
    if (!(slope > 0)) return null;
    const step = (value - target) / slope;
    delta -= step;
    if (!(delta > 0)) return null;
    if (Math.abs(step) <= NEWTON_TOLERANCE * delta) {
      const onBranch = temperatureK >= T_CRITICAL_K || (branch === 'liquid' ? delta > 1 : delta < 1);
      return onBranch ? delta * RHO_CRITICAL : null;
    }
  }
  return null;
}

export function region3(pressureMPa: number, temperatureK: number, branch: 'liquid' | 'vapour'): WaterState {
  return region3FromDensity(region3Density(pressureMPa, temperatureK, branch), temperatureK);
}
