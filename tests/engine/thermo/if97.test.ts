/**
 * IAPWS-IF97 computer-program verification values, IAPWS R7-97(2012):
 * Table 5 (region 1), Table 15 (region 2), Tables 35 and 36 (region 4) and the
 * B23 check of §4. Each value is compared to the 9 significant digits printed.
 */
import {
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

describe('Table 5 — region 1 at (3 MPa, 300 K), (80 MPa, 300 K), (3 MPa, 500 K)', () => {
  const rows: Row[] = [
    [3, 300, 0.100215168e-2, 0.115331273e3, 0.112324818e3, 0.392294792, 0.417301218e1, 0.150773921e4],
    [80, 300, 0.971180894e-3, 0.184142828e3, 0.106448356e3, 0.368563852, 0.401008987e1, 0.163469054e4],
    [3, 500, 0.120241800e-2, 0.975542239e3, 0.971934985e3, 0.258041912e1, 0.465580682e1, 0.124071337e4],
  ];
  it.each(rows)('p = %s MPa, T = %s K', (p, t, v, h, u, s, cp, w) => {
    const state = waterStatePT(p, t);
    expect(state.region).toBe(1);
    expectSignificant(state.specificVolumeM3PerKg, v);
    expectSignificant(state.enthalpyKJPerKg, h);
    expectSignificant(state.internalEnergyKJPerKg, u);
    expectSignificant(state.entropyKJPerKgK, s);
    expectSignificant(state.cpKJPerKgK!, cp);
    expectSignificant(state.speedOfSoundMPerS!, w);
  });
});

describe('Table 15 — region 2 at (0.0035 MPa, 300 K), (0.0035 MPa, 700 K), (30 MPa, 700 K)', () => {
  const rows: Row[] = [
    [0.0035, 300, 0.394913866e2, 0.254991145e4, 0.241169160e4, 0.852238967e1, 0.191300162e1, 0.427920172e3],
    [0.0035, 700, 0.923015898e2, 0.333568375e4, 0.301262819e4, 0.101749996e2, 0.208141274e1, 0.644289068e3],
    [30, 700, 0.542946619e-2, 0.263149474e4, 0.246861076e4, 0.517540298e1, 0.103505092e2, 0.480386523e3],
  ];
  it.each(rows)('p = %s MPa, T = %s K', (p, t, v, h, u, s, cp, w) => {
    const state = waterStatePT(p, t);
    expect(state.region).toBe(2);
    expectSignificant(state.specificVolumeM3PerKg, v);
    expectSignificant(state.enthalpyKJPerKg, h);
    expectSignificant(state.internalEnergyKJPerKg, u);
    expectSignificant(state.entropyKJPerKgK, s);
    expectSignificant(state.cpKJPerKgK!, cp);
    expectSignificant(state.speedOfSoundMPerS!, w);
  });
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
