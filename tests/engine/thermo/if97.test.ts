/**
 * IAPWS-IF97 computer-program verification values, IAPWS R7-97(2012):
 * Table 5 (region 1), Table 15 (region 2), Table 33 (region 3), Tables 35 and
 * 36 (region 4), Table 42 (region 5), the B23 check of §4 and the backward equations (Tables 7, 9, 24, 29,
 * B2bc check of §6.3.1). Each value is compared to the 9 significant digits printed.
 */
import { region3FromDensity } from '../../../src/engine/thermo/if97/region3';
import {
  b2bcEnthalpyKJPerKg,
  b2bcPressureMPa,
  backward1TemperaturePH,
  backward1TemperaturePS,
  backward2TemperaturePH,
  backward2TemperaturePS,
  b23PressureMPa,
  b23TemperatureK,
  saturationPressureMPa,
  saturationTemperatureK,
  waterStatePT,
} from '../../../src/engine/thermo';

/** Equal to `digits` significant digits. */
function expectSignificant(actual: number, expected: number, digits = 9): void {
  const scale = Math.pow(10, Math.floor(Math.log10(Math.abs(expected))) - digits + 1);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(0.5 * scale + 1e-15);
}

type Row = [pMPa: number, tK: number, v: number, h: number, u: number, s: number, cp: number, w: number];

/** One printed row of a Gibbs-region table: (p, T) → v, h, u, s, cp, w in that region. */
function expectRow(region: number, [p, t, v, h, u, s, cp, w]: Row): void {
  const state = waterStatePT(p, t);
  expect(state.region).toBe(region);
  expectSignificant(state.specificVolumeM3PerKg, v);
  expectSignificant(state.enthalpyKJPerKg, h);
  expectSignificant(state.internalEnergyKJPerKg, u);
  expectSignificant(state.entropyKJPerKgK, s);
  expectSignificant(state.cpKJPerKgK!, cp);
  expectSignificant(state.speedOfSoundMPerS!, w);
}

describe('Table 5 — region 1 at (3 MPa, 300 K), (80 MPa, 300 K), (3 MPa, 500 K)', () => {
  const rows: Row[] = [
    [3, 300, 0.100215168e-2, 0.115331273e3, 0.112324818e3, 0.392294792, 0.417301218e1, 0.150773921e4],
    [80, 300, 0.971180894e-3, 0.184142828e3, 0.106448356e3, 0.368563852, 0.401008987e1, 0.163469054e4],
    [3, 500, 0.1202418e-2, 0.975542239e3, 0.971934985e3, 0.258041912e1, 0.465580682e1, 0.124071337e4],
  ];
  it.each(rows)('p = %s MPa, T = %s K', (...row) => expectRow(1, row));
});

describe('Table 15 — region 2 at (0.0035 MPa, 300 K), (0.0035 MPa, 700 K), (30 MPa, 700 K)', () => {
  const rows: Row[] = [
    [0.0035, 300, 0.394913866e2, 0.254991145e4, 0.24116916e4, 0.852238967e1, 0.191300162e1, 0.427920172e3],
    [0.0035, 700, 0.923015898e2, 0.333568375e4, 0.301262819e4, 0.101749996e2, 0.208141274e1, 0.644289068e3],
    [30, 700, 0.542946619e-2, 0.263149474e4, 0.246861076e4, 0.517540298e1, 0.103505092e2, 0.480386523e3],
  ];
  it.each(rows)('p = %s MPa, T = %s K', (...row) => expectRow(2, row));
});

describe('Tables 35 and 36 — saturation line', () => {
  it.each([
    [300, 0.353658941e-2],
    [500, 0.263889776e1],
    [600, 0.123443146e2],
  ])('p_s(%s K) = %s MPa', (t, p) => expectSignificant(saturationPressureMPa(t), p));

  it.each([
    [0.1, 0.372755919e3],
    [1, 0.453035632e3],
    [10, 0.584149488e3],
  ])('T_s(%s MPa) = %s K', (p, t) => expectSignificant(saturationTemperatureK(p), t));
});

it('B23 boundary: p(623.15 K) = 16.5291643 MPa and back (R7-97(2012) §4)', () => {
  expectSignificant(b23PressureMPa(623.15), 0.165291643e2);
  expectSignificant(b23TemperatureK(0.165291643e2), 0.62315e3, 8);
});

describe('Table 33 — region 3 at (650 K, 500 kg/m³), (650 K, 200 kg/m³), (750 K, 500 kg/m³)', () => {
  const rows: [number, number, number, number, number, number, number, number][] = [
    [650, 500, 0.255837018e2, 0.186343019e4, 0.181226279e4, 0.405427273e1, 0.138935717e2, 0.502005554e3],
    [650, 200, 0.222930643e2, 0.237512401e4, 0.226365868e4, 0.485438792e1, 0.446579342e2, 0.383444594e3],
    [750, 500, 0.783095639e2, 0.225868845e4, 0.210206932e4, 0.446971906e1, 0.634165359e1, 0.760696041e3],
  ];
  it.each(rows)('T = %s K, ρ = %s kg/m³', (t, rho, p, h, u, s, cp, w) => {
    const state = region3FromDensity(rho, t);
    expectSignificant(state.pressureMPa, p);
    expectSignificant(state.enthalpyKJPerKg, h);
    expectSignificant(state.internalEnergyKJPerKg, u);
    expectSignificant(state.entropyKJPerKgK, s);
    expectSignificant(state.cpKJPerKgK!, cp);
    expectSignificant(state.speedOfSoundMPerS!, w);
    // and the (p, T) entry point finds the same density back
    const fromPT = waterStatePT(p, t);
    expect(fromPT.region).toBe(3);
    expect(fromPT.densityKgPerM3).toBeCloseTo(rho, 4); // p is printed to 9 digits; near-critical ρ is sensitive to it
  });
});

describe('Table 42 — region 5 at (0.5 MPa, 1500 K), (30 MPa, 1500 K), (30 MPa, 2000 K)', () => {
  const rows: Row[] = [
    [0.5, 1500, 0.13845509e1, 0.521976855e4, 0.45274931e4, 0.965408875e1, 0.261609445e1, 0.91706869e3],
    [30, 1500, 0.230761299e-1, 0.516723514e4, 0.447495124e4, 0.772970133e1, 0.272724317e1, 0.928548002e3],
    [30, 2000, 0.311385219e-1, 0.657122604e4, 0.563707038e4, 0.853640523e1, 0.288569882e1, 0.106736948e4],
  ];
  it.each(rows)('p = %s MPa, T = %s K', (...row) => expectRow(5, row));
});

describe('backward equations', () => {
  it.each([
    [3, 500, 0.391798509e3],
    [80, 500, 0.378108626e3],
    [80, 1500, 0.611041229e3],
  ])('Table 7 — region 1 T(p = %s MPa, h = %s kJ/kg) = %s K', (p, h, t) =>
    expectSignificant(backward1TemperaturePH(p, h), t),
  );

  it.each([
    [3, 0.5, 0.307842258e3],
    [80, 0.5, 0.309979785e3],
    [80, 3, 0.565899909e3],
  ])('Table 9 — region 1 T(p = %s MPa, s = %s kJ/(kg·K)) = %s K', (p, s, t) =>
    expectSignificant(backward1TemperaturePS(p, s), t),
  );

  it.each([
    [0.001, 3000, 0.534433241e3],
    [3, 3000, 0.57537337e3],
    [3, 4000, 0.101077577e4],
    [5, 3500, 0.801299102e3],
    [5, 4000, 0.101531583e4],
    [25, 3500, 0.875279054e3],
    [40, 2700, 0.743056411e3],
    [60, 2700, 0.791137067e3],
    [60, 3200, 0.88275686e3],
  ])('Table 24 — region 2 T(p = %s MPa, h = %s kJ/kg) = %s K', (p, h, t) =>
    expectSignificant(backward2TemperaturePH(p, h), t),
  );

  it.each([
    [0.1, 7.5, 0.399517097e3],
    [0.1, 8, 0.514127081e3],
    [2.5, 8, 0.103984917e4],
    [8, 6, 0.60048404e3],
    [8, 7.5, 0.106495556e4],
    [90, 6, 0.103801126e4],
    [20, 5.75, 0.697992849e3],
    [80, 5.25, 0.854011484e3],
    [80, 5.75, 0.949017998e3],
  ])('Table 29 — region 2 T(p = %s MPa, s = %s kJ/(kg·K)) = %s K', (p, s, t) =>
    expectSignificant(backward2TemperaturePS(p, s), t),
  );

  it('B2bc: p(3516.004323 kJ/kg) = 100 MPa and back (§6.3.1 check)', () => {
    expectSignificant(b2bcPressureMPa(0.3516004323e4), 0.1e3);
    expectSignificant(b2bcEnthalpyKJPerKg(0.1e3), 0.3516004323e4, 10);
  });
});
