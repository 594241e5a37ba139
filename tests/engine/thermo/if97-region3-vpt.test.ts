/**
 * IAPWS SR5-05(2016), "Revised Supplementary Release on Backward Equations for
 * Specific Volume as a Function of Pressure and Temperature v(p,T) for Region 3
 * of the IAPWS-IF97": the computer-program verification values of the
 * boundary equations T3xy(p), eqs. (1)–(3), and of v(p, T) for every
 * subregion 3a–3t and the auxiliary 3u–3z (two states each, eqs. (4)–(5)),
 * with each state's subregion from Tables 2 and 10. Then the density
 * region3Density gives (SR5-05 start + Newton on R7-97 eq. 28) against the old
 * 400-step scan over the whole of region 3, both branches at saturation and
 * the near-critical box.
 */
import {
  region3BoundaryTemperatureK,
  region3Subregion,
  region3SubregionVolume,
  type Region3Boundary,
} from '../../../src/engine/thermo/if97/region3-vpt';
import {
  region3Density,
  region3DensityByScan,
  region3DensityNewton,
  region3Pressure,
} from '../../../src/engine/thermo/if97/region3';
import {
  b23PressureMPa,
  b23TemperatureK,
  saturatedLiquidAtP,
  saturatedVaporAtP,
  saturationPressureMPa,
  saturationTemperatureK,
  waterStatePT,
} from '../../../src/engine/thermo';

/**
 * Equal to the printed value within `units` of its last printed (digits-th
 * significant) digit. The release prints 10 digits; the near-critical
 * equations sum terms up to 1e21 that cancel, so double precision can put a
 * value that sits on a rounding boundary (3z at 22.064 MPa: 3.70194000950e-3)
 * on the other side of it: those get one unit.
 */
function expectSignificant(actual: number, expected: number, digits: number, units = 0.5): void {
  const scale = Math.pow(10, Math.floor(Math.log10(Math.abs(expected))) - digits + 1);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(units * scale * (1 + 1e-9));
}

describe('SR5-05 boundary equations T3xy(p), verification values', () => {
  it.each([
    ['ab', 40, 6.930341408e2],
    ['cd', 25, 6.493659208e2],
    ['ef', 40, 7.139593992e2],
    ['gh', 23, 6.498873759e2],
    ['ij', 23, 6.515778091e2],
    ['jk', 23, 6.558338344e2],
    ['mn', 22.8, 6.496054133e2],
    ['op', 22.8, 6.500106943e2],
    ['qu', 22, 6.456355027e2],
    ['rx', 22, 6.482622754e2],
    ['uv', 22.3, 6.477996121e2],
    ['wx', 22.3, 6.48204948e2],
  ] as [Region3Boundary, number, number][])('T3%s(%s MPa) = %s K', (boundary, p, t) => {
    expectSignificant(region3BoundaryTemperatureK(boundary, p), t, 10);
  });
});

/** (subregion, p / MPa, T / K, v / (m³/kg)): the release's test values, two per subregion. */
const VOLUMES: [string, number, number, number][] = [
  ['a', 50, 630, 1.4708531e-3],
  ['a', 80, 670, 1.503831359e-3],
  ['b', 50, 710, 2.204728587e-3],
  ['b', 80, 750, 1.97369294e-3],
  ['c', 20, 630, 1.761696406e-3],
  ['c', 30, 650, 1.819560617e-3],
  ['d', 26, 656, 2.24558772e-3],
  ['d', 30, 670, 2.506897702e-3],
  ['e', 26, 661, 2.970225962e-3],
  ['e', 30, 675, 3.004627086e-3],
  ['f', 26, 671, 5.019029401e-3],
  ['f', 30, 690, 4.656470142e-3],
  ['g', 23.6, 649, 2.163198378e-3],
  ['g', 24, 650, 2.166044161e-3],
  ['h', 23.6, 652, 2.651081407e-3],
  ['h', 24, 654, 2.967802335e-3],
  ['i', 23.6, 653, 3.273916816e-3],
  ['i', 24, 655, 3.550329864e-3],
  ['j', 23.5, 655, 4.545001142e-3],
  ['j', 24, 660, 5.100267704e-3],
  ['k', 23, 660, 6.109525997e-3],
  ['k', 24, 670, 6.427325645e-3],
  ['l', 22.6, 646, 2.117860851e-3],
  ['l', 23, 646, 2.062374674e-3],
  ['m', 22.6, 648.6, 2.53306378e-3],
  ['m', 22.8, 649.3, 2.572971781e-3],
  ['n', 22.6, 649, 2.923432711e-3],
  ['n', 22.8, 649.7, 2.913311494e-3],
  ['o', 22.6, 649.1, 3.131208996e-3],
  ['o', 22.8, 649.9, 3.221160278e-3],
  ['p', 22.6, 649.4, 3.715596186e-3],
  ['p', 22.8, 650.2, 3.66475479e-3],
  ['q', 21.1, 640, 1.970999272e-3],
  ['q', 21.8, 643, 2.043919161e-3],
  ['r', 21.1, 644, 5.251009921e-3],
  ['r', 21.8, 648, 5.256844741e-3],
  ['s', 19.1, 635, 1.932829079e-3],
  ['s', 20, 638, 1.985387227e-3],
  ['t', 17, 626, 8.483262001e-3],
  ['t', 20, 640, 6.227528101e-3],
  ['u', 21.5, 644.6, 2.268366647e-3],
  ['u', 22, 646.1, 2.296350553e-3],
  ['v', 22.5, 648.6, 2.83237326e-3],
  ['v', 22.3, 647.9, 2.811424405e-3],
  ['w', 22.15, 647.5, 3.694032281e-3],
  ['w', 22.3, 648.1, 3.622226305e-3],
  ['x', 22.11, 648, 4.528072649e-3],
  ['x', 22.3, 649, 4.556905799e-3],
  ['y', 22, 646.84, 2.698354719e-3],
  ['y', 22.064, 647.05, 2.717655648e-3],
  ['z', 22, 646.89, 3.798732962e-3],
  ['z', 22.064, 647.15, 3.70194001e-3],
];

/** The side of the saturation line the release's Tables 2 and 10 would pick (T > Ts(p) is vapour-like). */
const vapourSideOf = (p: number, t: number) => p <= 22.064 && (t >= 647.096 || t > saturationTemperatureK(p));

describe('SR5-05 v(p, T) for subregions 3a–3z, verification values', () => {
  it.each(VOLUMES)('3%s: v(%s MPa, %s K) = %s m³/kg', (subregion, p, t, v) => {
    expectSignificant(region3SubregionVolume(subregion, p, t), v, 10, 'uvwxyz'.includes(subregion) ? 1 : 0.5);
  });

  it.each(VOLUMES)('3%s: (%s MPa, %s K) lies in that subregion (Tables 2 and 10)', (subregion, p, t) => {
    expect(region3Subregion(p, t, vapourSideOf(p, t))).toBe(subregion);
  });

  it('the backward volume is within the release tolerance of the basic equation at every test state', () => {
    for (const [, p, t, v] of VOLUMES) {
      // The basic equation's pressure at the backward volume is close to p (R7-97 eq. 28).
      const { pressureMPa } = region3Pressure(1 / v, t);
      expect(Math.abs(pressureMPa - p) / p).toBeLessThan(2e-3);
    }
  });
});

/** A (p, T) grid over region 3: 16.6–100 MPa, 623.15 K to the B23 line, with the branch waterStatePT would pick. */
function regionGrid(): [number, number, 'liquid' | 'vapour'][] {
  const points: [number, number, 'liquid' | 'vapour'][] = [];
  const add = (p: number, t: number) => {
    if (!(t > 623.15 && p > b23PressureMPa(t))) return;
    const vapour = t < 647.096 && p < saturationPressureMPa(t);
    points.push([p, t, vapour ? 'vapour' : 'liquid']);
  };
  for (let p = 16.6; p <= 100; p += 1.7) for (let t = 623.3; t <= 863; t += 4.1) add(p, t);
  // The near-critical box of SR5-05 Table 10 and just above p_c.
  for (let p = 21.05; p <= 23; p += 0.037) for (let t = 640; t <= 652; t += 0.23) add(p, t);
  return points;
}

describe('region3Density: SR5-05 start + Newton agrees with the density scan', () => {
  const grid = regionGrid();

  it('covers both branches and the near-critical box', () => {
    expect(grid.length).toBeGreaterThan(2000);
    expect(grid.filter(([, , b]) => b === 'vapour').length).toBeGreaterThan(100);
  });

  it('Newton converges on every grid state (the scan fallback is not needed) and matches the scan to 1e-9', () => {
    let worst = 0;
    for (const [p, t, branch] of grid) {
      const newton = region3DensityNewton(p, t, branch);
      expect(newton).not.toBeNull();
      const scan = region3DensityByScan(p, t, branch);
      worst = Math.max(worst, Math.abs(newton! - scan) / scan);
    }
    expect(worst).toBeLessThan(1e-9);
  });

  it('the density is a root of the basic equation: p(ρ, T) = p to 1e-12', () => {
    for (const [p, t, branch] of grid) {
      const rho = region3Density(p, t, branch);
      expect(Math.abs(region3Pressure(rho, t).pressureMPa - p) / p).toBeLessThan(1e-12);
    }
  });

  it('saturated liquid and vapour from 16.6 MPa to just below p_c come from their own branches', () => {
    for (let p = 16.6; p < 22.064; p += 0.0731) {
      const t = saturationTemperatureK(p);
      for (const branch of ['liquid', 'vapour'] as const) {
        const newton = region3DensityNewton(p, t, branch);
        expect(newton).not.toBeNull();
        expect(Math.abs(newton! - region3DensityByScan(p, t, branch)) / newton!).toBeLessThan(1e-9);
      }
      expect(saturatedLiquidAtP(p).densityKgPerM3).toBeGreaterThan(322);
      expect(saturatedVaporAtP(p).densityKgPerM3).toBeLessThan(322);
    }
  });

  it('waterStatePT in region 3 returns the state at that density', () => {
    const state = waterStatePT(25, 650);
    expect(state.region).toBe(3);
    expect(state.densityKgPerM3).toBeCloseTo(region3DensityByScan(25, 650, 'liquid'), 8);
    expect(state.pressureMPa).toBeCloseTo(25, 10);
    expect(b23TemperatureK(25)).toBeGreaterThan(650);
  });
});
