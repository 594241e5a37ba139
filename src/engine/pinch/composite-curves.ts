/**
 * Composite curves in actual temperatures and the grand composite curve in shifted temperatures. Both
 * composites are accumulated from their lowest temperature; the cold one starts at the minimum cold utility,
 * so the horizontal gap at the top is the minimum hot utility and the curves come closest (ΔT_min) at the pinch.
 * (The original accumulated the hot curve from its top downward and offset the cold one by the hot utility.)
 */
import type { CurvePoint, GrandCompositePoint, PinchStream, ProblemTableInterval, StreamKind } from './types';

/** Temperature–enthalpy points of all streams of one kind, lowest temperature first. */
export function compositeCurve(streams: PinchStream[], kind: StreamKind, startKW: number): CurvePoint[] {
  const members = streams.filter((s) => s.kind === kind);
  const temperatures = [...new Set(members.flatMap((s) => [s.supplyTemperatureC, s.targetTemperatureC]))].sort(
    (a, b) => a - b,
  );
  const points: CurvePoint[] = [];
  let enthalpyKW = startKW;
  temperatures.forEach((t, i) => {
    if (i > 0) {
      const lower = temperatures[i - 1];
      const cp = members
        .filter((s) => Math.min(s.supplyTemperatureC, s.targetTemperatureC) <= lower)
        .filter((s) => Math.max(s.supplyTemperatureC, s.targetTemperatureC) >= t)
        .reduce((sum, s) => sum + s.heatCapacityFlowKWPerK, 0);
      enthalpyKW += cp * (t - lower);
    }
    points.push({ temperatureC: t, enthalpyKW });
  });
  return points;
}

/** The feasible heat cascade against shifted temperature, lowest temperature first. */
export function grandCompositeCurve(intervals: ProblemTableInterval[]): GrandCompositePoint[] {
  if (intervals.length === 0) return [];
  const upward = [...intervals].reverse();
  return [
    { shiftedTemperatureC: upward[0].lowerShiftedTemperatureC, netHeatFlowKW: upward[0].feasibleCascadeOutKW },
    ...upward.map((row) => ({
      shiftedTemperatureC: row.upperShiftedTemperatureC,
      netHeatFlowKW: row.feasibleCascadeInKW,
    })),
  ];
}
