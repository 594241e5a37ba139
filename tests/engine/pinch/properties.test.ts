/**
 * Random valid stream sets (1–8 hot and 1–8 cold streams, CP or duty, any ΔT_min the API accepts): the
 * energy balance closes, utilities are never negative, the feasible cascade never goes negative, the
 * composite curves are monotone and never closer than ΔT_min (and touch it at a pinch), and the network
 * proposal serves every stream exactly, respects ΔT_min in every match and never moves heat across a pinch.
 */
import fc from 'fast-check';
import { analysePinch, type CurvePoint, type HeatStreamInput, type PinchAnalysis } from '../../../src/engine/pinch';
import { nonFinitePaths } from '../../../src/modules/shared/finite';

const streamOf = (hot: boolean) =>
  fc
    .record({
      low: fc.integer({ min: -50, max: 550 }),
      span: fc.oneof(fc.integer({ min: 1, max: 300 }), fc.double({ min: 0.5, max: 300, noNaN: true })),
      cp: fc.double({ min: 0.01, max: 500, noNaN: true }),
      byDuty: fc.boolean(),
    })
    .map(({ low, span, cp, byDuty }) => {
      const [supply, target] = hot ? [low + span, low] : [low, low + span];
      return byDuty
        ? { supplyTemperatureC: supply, targetTemperatureC: target, dutyKW: cp * span }
        : { supplyTemperatureC: supply, targetTemperatureC: target, heatCapacityFlowKWPerK: cp };
    });

const problem = fc
  .record({
    hot: fc.array(streamOf(true), { minLength: 1, maxLength: 8 }),
    cold: fc.array(streamOf(false), { minLength: 1, maxLength: 8 }),
    deltaTMinK: fc.oneof(fc.constantFrom(1, 5, 10, 20), fc.double({ min: 0.1, max: 100, noNaN: true })),
  })
  .map(({ hot, cold, deltaTMinK }) => ({
    deltaTMinK,
    streams: [...hot, ...cold].map((s, i): HeatStreamInput => ({ name: `S${i + 1}`, ...s })),
  }));

const RUNS = { numRuns: 400 };
/** Balances to a millionth of the duties (floating point over hundreds of intervals). */
const tolerance = (r: PinchAnalysis) => 1e-6 * Math.max(1, r.totalHotDutyKW, r.totalColdDutyKW);

/**
 * Temperature of a composite at enthalpy h on the sloped segment that spans `mid` (a point strictly inside
 * the enthalpy step being checked): the one-sided limit, so a vertical step (a temperature range without
 * streams) never counts as a temperature the curve passes at that enthalpy.
 */
function temperatureOn(curve: CurvePoint[], mid: number, h: number): number {
  const i = curve.findIndex(
    (p, k) => k > 0 && curve[k - 1].enthalpyKW <= mid && p.enthalpyKW >= mid && p.enthalpyKW > curve[k - 1].enthalpyKW,
  );
  const [a, b] = [curve[i - 1], curve[i]];
  return a.temperatureC + ((h - a.enthalpyKW) / (b.enthalpyKW - a.enthalpyKW)) * (b.temperatureC - a.temperatureC);
}

/** Enthalpy of a composite at temperature t (its first or last value beyond its range). */
function enthalpyAt(curve: CurvePoint[], t: number): number {
  if (t <= curve[0].temperatureC) return curve[0].enthalpyKW;
  const i = curve.findIndex((p) => p.temperatureC >= t);
  if (i < 0) return curve[curve.length - 1].enthalpyKW;
  const [a, b] = [curve[i - 1], curve[i]];
  return a.enthalpyKW + ((t - a.temperatureC) / (b.temperatureC - a.temperatureC)) * (b.enthalpyKW - a.enthalpyKW);
}

it('closes the energy balance with non-negative utilities and a feasible cascade', () => {
  fc.assert(
    fc.property(problem, (input) => {
      const r = analysePinch(input);
      const tol = tolerance(r);
      expect(nonFinitePaths(r)).toEqual([]);
      expect(r.minimumHotUtilityKW).toBeGreaterThanOrEqual(0);
      expect(r.minimumColdUtilityKW).toBeGreaterThanOrEqual(0);
      expect(
        Math.abs(r.minimumHotUtilityKW - r.minimumColdUtilityKW - (r.totalColdDutyKW - r.totalHotDutyKW)),
      ).toBeLessThan(tol);
      expect(Math.abs(r.maximumHeatRecoveryKW - (r.totalColdDutyKW - r.minimumHotUtilityKW))).toBeLessThan(tol);
      for (const row of r.intervals) {
        expect(row.feasibleCascadeInKW).toBeGreaterThanOrEqual(0);
        expect(row.feasibleCascadeOutKW).toBeGreaterThanOrEqual(0);
      }
      // The target is the least hot utility that keeps the cascade feasible: some boundary carries no heat.
      const flows = r.grandComposite.map((p) => p.netHeatFlowKW);
      if (r.minimumHotUtilityKW > 0) expect(Math.min(...flows)).toBeLessThan(tol);
      expect(r.pinch === null).toBe(r.pinchPoints.length === 0);
      if (r.utilityCase === 'BOTH_UTILITIES') expect(r.pinch).not.toBeNull();
    }),
    RUNS,
  );
});

it('draws monotone composite curves that stay ΔT_min apart and meet it at every pinch', () => {
  fc.assert(
    fc.property(problem, (input) => {
      const r = analysePinch(input);
      const tol = tolerance(r);
      for (const curve of [r.hotComposite, r.coldComposite])
        curve.slice(1).forEach((p, i) => {
          expect(p.temperatureC).toBeGreaterThan(curve[i].temperatureC);
          expect(p.enthalpyKW).toBeGreaterThanOrEqual(curve[i].enthalpyKW);
        });
      expect(r.hotComposite[0].enthalpyKW).toBe(0);
      expect(Math.abs(r.hotComposite.at(-1)!.enthalpyKW - r.totalHotDutyKW)).toBeLessThan(tol);
      expect(r.coldComposite[0].enthalpyKW).toBe(r.minimumColdUtilityKW);
      expect(Math.abs(r.coldComposite.at(-1)!.enthalpyKW - (r.totalHotDutyKW + r.minimumHotUtilityKW))).toBeLessThan(
        tol,
      );
      // At every pinch the curves are exactly ΔT_min apart: both pass the pinch at one enthalpy.
      for (const p of r.pinchPoints)
        expect(
          Math.abs(enthalpyAt(r.hotComposite, p.hotTemperatureC) - enthalpyAt(r.coldComposite, p.coldTemperatureC)),
        ).toBeLessThan(tol);
      // Where the curves overlap in enthalpy, the hot one is at least ΔT_min above the cold one.
      const from = r.minimumColdUtilityKW;
      const to = r.totalHotDutyKW;
      if (to - from <= tol) return;
      const steps = [...new Set([from, to, ...[...r.hotComposite, ...r.coldComposite].map((p) => p.enthalpyKW)])]
        .filter((h) => h >= from && h <= to)
        .sort((a, b) => a - b);
      // Both curves are straight between consecutive breakpoints, so the closest approach is at a step's end.
      const gaps = steps.slice(1).flatMap((h, i) => {
        const lower = steps[i];
        if (h - lower <= tol) return [];
        const mid = (lower + h) / 2;
        return [lower, h].map((e) => temperatureOn(r.hotComposite, mid, e) - temperatureOn(r.coldComposite, mid, e));
      });
      if (gaps.length === 0) return;
      expect(Math.min(...gaps)).toBeGreaterThan(r.deltaTMinK - 1e-6);
    }),
    RUNS,
  );
});

it('proposes a network that serves every stream, respects ΔT_min and keeps heat off the pinch', () => {
  fc.assert(
    fc.property(problem, (input) => {
      const r = analysePinch(input);
      const { network } = r;
      const tol = tolerance(r);
      expect(network.allMatchesRespectDeltaTMin).toBe(true);
      for (const m of network.matches) {
        expect(Math.min(m.hotEndApproachK, m.coldEndApproachK)).toBeGreaterThan(r.deltaTMinK - 1e-6);
        expect(m.dutyKW).toBeGreaterThan(0);
        expect(m.hotInletTemperatureC).toBeGreaterThan(m.hotOutletTemperatureC);
        expect(m.coldOutletTemperatureC).toBeGreaterThan(m.coldInletTemperatureC);
        if (r.pinch && m.side === 'ABOVE')
          expect(m.hotOutletTemperatureC).toBeGreaterThan(r.pinch.hotTemperatureC - 1e-6);
        if (r.pinch && m.side === 'ABOVE')
          expect(m.coldInletTemperatureC).toBeGreaterThan(r.pinch.coldTemperatureC - 1e-6);
        const lowest = r.pinchPoints.at(-1);
        if (lowest && m.side === 'BELOW') expect(m.hotInletTemperatureC).toBeLessThan(lowest.hotTemperatureC + 1e-6);
      }
      // Each stream's duty is met exactly by its matches and its heater or cooler.
      for (const s of r.streams) {
        const served =
          network.matches
            .filter((m) => (s.kind === 'HOT' ? m.hotStream : m.coldStream) === s.name)
            .reduce((sum, m) => sum + m.dutyKW, 0) +
          network.utilities.filter((u) => u.stream === s.name).reduce((sum, u) => sum + u.dutyKW, 0);
        expect(Math.abs(served - s.dutyKW)).toBeLessThan(tol);
      }
      expect(
        network.utilities.every(
          (u) => (u.kind === 'HEATER') === r.streams.find((s) => s.name === u.stream)!.kind.startsWith('C'),
        ),
      ).toBe(true);
      expect(network.hotUtilityKW).toBeGreaterThan(r.minimumHotUtilityKW - tol);
      expect(network.coldUtilityKW).toBeGreaterThan(r.minimumColdUtilityKW - tol);
      expect(
        Math.abs(network.hotUtilityKW - network.coldUtilityKW - (r.totalColdDutyKW - r.totalHotDutyKW)),
      ).toBeLessThan(tol);
      expect(
        Math.abs(network.utilityExcessKW - (network.reachesTargets ? 0 : network.hotUtilityKW - r.minimumHotUtilityKW)),
      ).toBeLessThan(tol);
    }),
    RUNS,
  );
});

it('reaches the targets for most random problems (streams are never split, so not always)', () => {
  const draws = fc.sample(problem, { numRuns: 300, seed: 14 });
  const reached = draws.filter((input) => analysePinch(input).network.reachesTargets).length;
  expect(reached / draws.length).toBeGreaterThan(0.6);
});
