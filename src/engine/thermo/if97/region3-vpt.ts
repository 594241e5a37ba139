/**
 * IF97 region 3 backward equations v(p, T), IAPWS SR5-05(2016) ("Revised
 * Supplementary Release on Backward Equations for Specific Volume as a
 * Function of Pressure and Temperature v(p,T) for Region 3 of the IAPWS-IF97").
 * They give the specific volume directly, within the release's tolerated
 * inconsistency with the basic equation (R7-97 eq. 28), so region3Density
 * needs only a few Newton steps on p(ρ, T) instead of a density scan.
 *
 * The release splits region 3 into 20 subregions 3a–3t (Table 2) along the
 * boundary equations T3xy(p), eqs. (1)–(3), and adds auxiliary equations
 * 3u–3z for the near-critical box psat(643.15 K) < p ≤ 22.5 MPa,
 * T3qu(p) < T ≤ T3rx(p) (Table 10). Coefficients: region3-vpt-tables.ts.
 */
import { SUBREGIONS, type SubregionCoefficients } from './region3-vpt-tables';
import { saturationPressureMPa } from './region4';

/** Boundary equations of the polynomial form θ = Σ nᵢ πⁱ, eq. (1) (T3cd, T3gh, T3ij, T3jk, T3mn, T3qu, T3rx, T3uv). */
const POLYNOMIAL_BOUNDARIES = {
  cd: [0.585276966696349e3, 0.278233532206915e1, -0.127283549295878e-1, 0.159090746562729e-3],
  gh: [-0.249284240900418e5, 0.428143584791546e4, -0.26902917314013e3, 0.751608051114157e1, -0.787105249910383e-1],
  ij: [0.584814781649163e3, -0.616179320924617, 0.260763050899562, -0.587071076864459e-2, 0.515308185433082e-4],
  jk: [0.617229772068439e3, -0.770600270141675e1, 0.697072596851896, -0.157391839848015e-1, 0.137897492684194e-3],
  mn: [0.535339483742384e3, 0.761978122720128e1, -0.158365725441648, 0.192871054508108e-2],
  qu: [0.565603648239126e3, 0.529062258221222e1, -0.102020639611016, 0.122240301070145e-2],
  rx: [0.584561202520006e3, -0.102961025163669e1, 0.243293362700452, -0.294905044740799e-2],
  uv: [0.528199646263062e3, 0.890579602135307e1, -0.222814134903755, 0.286791682263697e-2],
} as const;

/** Boundary equations of the logarithmic form θ = Σ nᵢ (ln π)^Iᵢ, I = 0, 1, 2, −1, −2, eq. (2) (T3ab, T3op, T3wx). */
const LOGARITHMIC_BOUNDARIES = {
  ab: [0.154793642129415e4, -0.187661219490113e3, 0.213144632222113e2, -0.191887498864292e4, 0.918419702359447e3],
  op: [0.969461372400213e3, -0.332500170441278e3, 0.642859598466067e2, 0.773845935768222e3, -0.152313732937084e4],
  wx: [0.72805260914538e1, 0.973505869861952e2, 0.147370491183191e2, 0.329196213998375e3, 0.873371668682417e3],
} as const;

export type Region3Boundary = keyof typeof POLYNOMIAL_BOUNDARIES | keyof typeof LOGARITHMIC_BOUNDARIES | 'ef';

/** T3xy(p), K, for p in MPa: the subregion boundaries of §3.2 (eqs. 1–3; p* = 1 MPa, T* = 1 K). */
export function region3BoundaryTemperatureK(boundary: Region3Boundary, pressureMPa: number): number {
  if (boundary === 'ef') return 3.727888004 * (pressureMPa - 22.064) + 647.096; // eq. (3)
  if (boundary === 'ab' || boundary === 'op' || boundary === 'wx') {
    const n = LOGARITHMIC_BOUNDARIES[boundary];
    const l = Math.log(pressureMPa);
    return n[0] + l * (n[1] + l * n[2]) + (n[3] + n[4] / l) / l;
  }
  const n = POLYNOMIAL_BOUNDARIES[boundary];
  let t = 0;
  for (let i = n.length - 1; i >= 0; i--) t = t * pressureMPa + n[i];
  return t;
}

/** A subregion's equation prepared for evaluation: exponents shifted to index power tables. */
class SubregionEquation {
  private readonly iIndex: Int32Array;
  private readonly jIndex: Int32Array;
  private readonly n: Float64Array;
  private readonly xPowers: Float64Array;
  private readonly yPowers: Float64Array;
  private readonly minI: number;
  private readonly minJ: number;

  constructor(
    readonly name: string,
    private readonly k: SubregionCoefficients,
  ) {
    this.minI = Math.min(...k.I);
    this.minJ = Math.min(...k.J);
    this.iIndex = Int32Array.from(k.I, (i) => i - this.minI);
    this.jIndex = Int32Array.from(k.J, (j) => j - this.minJ);
    this.n = Float64Array.from(k.n);
    this.xPowers = new Float64Array(Math.max(...k.I) - this.minI + 1);
    this.yPowers = new Float64Array(Math.max(...k.J) - this.minJ + 1);
  }

  /**
   * v(p, T), m³/kg: eq. (4), v/v* = [Σ nᵢ (π − a)^(c·Iᵢ) (θ − b)^(d·Jᵢ)]^e, or for
   * 3n eq. (5), v/v* = exp[Σ nᵢ (π − a)^Iᵢ (θ − b)^Jᵢ]; π = p/p*, θ = T/T*.
   * The fractional exponents c = 1/2 and d = 1/4 of some subregions become a square
   * (fourth) root of the base, so every power is an integer one.
   */
  volume(pressureMPa: number, temperatureK: number): number {
    const k = this.k;
    let x = pressureMPa / k.pStar - k.a;
    let y = temperatureK / k.tStar - k.b;
    if (k.c === 0.5) x = Math.sqrt(x);
    if (k.d === 0.25) y = Math.sqrt(Math.sqrt(y));
    fillPowers(this.xPowers, x, this.minI);
    fillPowers(this.yPowers, y, this.minJ);
    const xp = this.xPowers,
      yp = this.yPowers,
      ii = this.iIndex,
      jj = this.jIndex,
      n = this.n;
    let sum = 0;
    for (let m = 0; m < n.length; m++) sum += n[m] * xp[ii[m]] * yp[jj[m]];
    if (this.name === 'n') return k.vStar * Math.exp(sum);
    if (k.e === 4) {
      const s2 = sum * sum;
      return k.vStar * s2 * s2;
    }
    return k.vStar * sum;
  }
}

/** table[k − min] = x^k for k = min … min + length − 1. */
function fillPowers(table: Float64Array, x: number, min: number): void {
  const zero = -min;
  if (zero >= 0 && zero < table.length) {
    table[zero] = 1;
    for (let k = zero + 1; k < table.length; k++) table[k] = table[k - 1] * x;
    const inverse = 1 / x;
    for (let k = zero - 1; k >= 0; k--) table[k] = table[k + 1] * inverse;
  } else {
    // All exponents positive (min > 0) or all negative: start from x^min.
    table[0] = Math.pow(x, min);
    for (let k = 1; k < table.length; k++) table[k] = table[k - 1] * x;
  }
}

const EQUATIONS: Readonly<Record<string, SubregionEquation>> = Object.fromEntries(
  Object.entries(SUBREGIONS).map(([name, k]) => [name, new SubregionEquation(name, k)]),
);

/** The v(p, T) equation of one subregion ('a' … 'z'), exposed for the release's verification test values. */
export function region3SubregionVolume(subregion: string, pressureMPa: number, temperatureK: number): number {
  const equation = EQUATIONS[subregion];
  if (!equation) throw new Error(`no region 3 subregion 3${subregion}`);
  return equation.volume(pressureMPa, temperatureK);
}

/** p3cd, the pressure where T3cd meets the saturation line, MPa (note to Table 2). */
const P_3CD_MPA = 19.00881189173929;
/** psat(643.15 K), the lower pressure of the near-critical box of Table 10, MPa. */
const P_SAT_643_MPA = saturationPressureMPa(643.15);

const T = region3BoundaryTemperatureK;

/**
 * The subregion of (p, T), Table 2 (3a–3t) and Table 10 (3u–3z). Where the
 * release divides along the saturation line (T ≤ Ts(p) liquid-like, T > Ts(p)
 * vapour-like; p ≤ 22.064 MPa) the caller's branch decides instead, so a
 * saturated state (T = Ts(p) up to round-off) lands on the side asked for.
 */
export function region3Subregion(pressureMPa: number, temperatureK: number, vapourSide: boolean): string {
  const p = pressureMPa,
    t = temperatureK;
  if (p > 40) return t <= T('ab', p) ? 'a' : 'b';
  if (p > 25) {
    if (t <= T('cd', p)) return 'c';
    if (t <= T('ab', p)) return 'd';
    return t <= T('ef', p) ? 'e' : 'f';
  }
  if (p > 23) {
    if (t <= T('cd', p)) return 'c';
    if (t <= T('gh', p)) return p > 23.5 ? 'g' : 'l';
    if (t <= T('ef', p)) return 'h';
    if (t <= T('ij', p)) return 'i';
    return t <= T('jk', p) ? 'j' : 'k';
  }
  if (p > 22.5) {
    if (t <= T('cd', p)) return 'c';
    if (t <= T('gh', p)) return 'l';
    if (t <= T('mn', p)) return 'm';
    if (t <= T('ef', p)) return 'n';
    if (t <= T('op', p)) return 'o';
    if (t <= T('ij', p)) return 'p';
    return t <= T('jk', p) ? 'j' : 'k';
  }
  if (p > P_SAT_643_MPA) {
    if (t <= T('cd', p)) return 'c';
    if (t <= T('qu', p)) return 'q';
    if (t > T('rx', p)) return t <= T('jk', p) ? 'r' : 'k';
    return nearCriticalSubregion(p, t, vapourSide);
  }
  if (p > 20.5) {
    if (t <= T('cd', p)) return 'c';
    if (!vapourSide) return 's';
    return t <= T('jk', p) ? 'r' : 'k';
  }
  if (p > P_3CD_MPA) {
    if (t <= T('cd', p)) return 'c';
    return vapourSide ? 't' : 's';
  }
  return vapourSide ? 't' : 'c';
}

/** Table 10: the auxiliary subregions 3u–3z inside T3qu(p) < T ≤ T3rx(p), psat(643.15 K) < p ≤ 22.5 MPa. */
function nearCriticalSubregion(p: number, t: number, vapourSide: boolean): string {
  if (p > 22.11) {
    if (t <= T('uv', p)) return 'u';
    if (t <= T('ef', p)) return 'v';
    return t <= T('wx', p) ? 'w' : 'x';
  }
  if (p > 22.064) {
    if (t <= T('uv', p)) return 'u';
    if (t <= T('ef', p)) return 'y';
    return t <= T('wx', p) ? 'z' : 'x';
  }
  if (vapourSide) {
    if (p <= 21.90096265) return 'x';
    return t <= T('wx', p) ? 'z' : 'x';
  }
  if (p <= 21.93161551) return 'u';
  return t <= T('uv', p) ? 'u' : 'y';
}

/** Specific volume from the backward equations, m³/kg: the Newton start of region3Density. */
export function region3BackwardVolume(pressureMPa: number, temperatureK: number, vapourSide: boolean): number {
  return EQUATIONS[region3Subregion(pressureMPa, temperatureK, vapourSide)].volume(pressureMPa, temperatureK);
}
