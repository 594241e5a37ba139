/** Water/steam states beyond the verification tables: reference exergy, round trips, two-phase, ranges. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_DEAD_STATE,
  ThermoRangeError,
  saturatedLiquidAtP,
  saturatedVaporAtP,
  saturatedVaporAtT,
  waterFlowExergyKJPerKg,
  waterStatePH,
  waterStatePS,
  waterStatePT,
} from '../../../src/engine/thermo';

// A copy of shared/reference/steam-exergy.json (CoolProp 8.0.0, IAPWS-95), kept in the repo so CI needs nothing outside it.
const reference = JSON.parse(readFileSync(join(__dirname, '../../fixtures/steam-exergy.json'), 'utf8')) as {
  cases: { p_bar: number; Tsat_C: number; h_kJkg: number; s_kJkgK: number; ex_kJkg: number }[];
};

describe('reference steam-exergy.json (CoolProp IAPWS-95), tolerance 0.5 kJ/kg', () => {
  it.each(reference.cases.map((c) => [c.p_bar, c]))('saturated vapour at %s bar', (_p, c) => {
    const vapour = saturatedVaporAtP(c.p_bar / 10);
    expect(Math.abs(vapour.temperatureK - 273.15 - c.Tsat_C)).toBeLessThan(0.01);
    expect(Math.abs(vapour.enthalpyKJPerKg - c.h_kJkg)).toBeLessThan(0.5);
    expect(Math.abs(waterFlowExergyKJPerKg(vapour, DEFAULT_DEAD_STATE) - c.ex_kJkg)).toBeLessThan(0.5);
  });
});

describe('round trips T(p, h(p, T)) and T(p, s(p, T)) within 1 mK', () => {
  const grid: [number, number][] = [];
  for (const p of [0.001, 0.01, 0.1, 1, 5, 10, 16, 20, 22.064, 23, 25, 30, 50, 100]) {
    // 640–680 K crosses the critical point and the supercritical pseudo-critical cp peak (25 MPa ≈ 658 K).
    for (const t of [
      280, 300, 350, 400, 450, 500, 550, 600, 620, 630, 640, 647, 650, 655, 660, 665, 680, 700, 800, 900, 1000, 1070,
      1200, 1600, 2200,
    ]) {
      if (t <= 1073.15 || p <= 50) grid.push([p, t]);
    }
  }
  const valid = grid;

  it('covers regions 1, 2, 3 and 5 on the grid', () => {
    const regions = new Set(valid.map(([p, t]) => waterStatePT(p, t).region));
    expect([...regions].sort()).toEqual([1, 2, 3, 5]);
    expect(valid.length).toBeGreaterThan(180);
  });

  it.each(valid)('p = %s MPa, T = %s K', (p, t) => {
    const state = waterStatePT(p, t);
    expect(Math.abs(waterStatePH(p, state.enthalpyKJPerKg).temperatureK - t)).toBeLessThan(1e-3);
    expect(Math.abs(waterStatePS(p, state.entropyKJPerKgK).temperatureK - t)).toBeLessThan(1e-3);
  });
});

describe('two-phase states', () => {
  it('gives the quality from h and from s consistently', () => {
    const liquid = saturatedLiquidAtP(1);
    const vapour = saturatedVaporAtP(1);
    const h = liquid.enthalpyKJPerKg + 0.3 * (vapour.enthalpyKJPerKg - liquid.enthalpyKJPerKg);
    const fromH = waterStatePH(1, h);
    expect(fromH.region).toBe(4);
    expect(fromH.quality).toBeCloseTo(0.3, 12);
    const fromS = waterStatePS(1, fromH.entropyKJPerKgK);
    expect(fromS.quality).toBeCloseTo(0.3, 12);
    expect(fromS.temperatureK).toBeCloseTo(453.035632, 5);
  });

  it('above 16.53 MPa the saturated states come from region 3 and the mixture from both', () => {
    const liquid = saturatedLiquidAtP(20);
    const vapour = saturatedVaporAtP(20);
    expect([liquid.region, vapour.region]).toEqual([3, 3]);
    expect(liquid.temperatureK).toBeCloseTo(638.8959, 3); // T_s(20 MPa), IF97 eq. 31
    expect(liquid.densityKgPerM3).toBeGreaterThan(vapour.densityKgPerM3);
    const middle = (liquid.enthalpyKJPerKg + vapour.enthalpyKJPerKg) / 2;
    expect(waterStatePH(20, middle).quality).toBeCloseTo(0.5, 10);
  });

  it('saturated states agree from both sides of the line', () => {
    const atT = saturatedVaporAtT(453.035632);
    expect(atT.pressureMPa).toBeCloseTo(1, 6);
    expect(atT.enthalpyKJPerKg).toBeCloseTo(saturatedVaporAtP(1).enthalpyKJPerKg, 3);
  });
});

describe('states outside the formulation throw a typed error naming the range', () => {
  it.each([
    [() => waterStatePT(101, 400), /pressure = 101 MPa is outside the valid range \[0, 100\] MPa/],
    [() => waterStatePT(1, 2300), /temperature = 2300 K is outside the valid range \[273.15, 2273.15\] K/],
    [() => waterStatePT(1, 260), /\[273.15, 2273.15\] K/],
    [() => waterStatePT(Number.NaN, 300), /not a finite number/],
    [() => waterStatePT(60, 1500), /\[0, 50\] MPa \(above 1073.15 K \(region 5\)\)/],
    [() => saturatedVaporAtP(23), /saturation pressure = 23 MPa is outside/],
  ])('%#', (call, message) => {
    expect(call).toThrow(ThermoRangeError);
    expect(call).toThrow(message);
  });
});
