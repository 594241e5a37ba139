/**
 * The problem table algorithm (Linnhoff & Flower 1978; Kemp 2007 §2.5): intervals between the shifted stream
 * temperatures, the net heat of each, the heat cascade, and from it the minimum utilities and the pinch.
 */
import { heatToleranceKW, shiftedRange } from './streams';
import type { PinchPoint, PinchStream, ProblemTableInterval, UtilityCase } from './types';

export interface ProblemTable {
  intervals: ProblemTableInterval[];
  minimumHotUtilityKW: number;
  minimumColdUtilityKW: number;
  pinchPoints: PinchPoint[];
  utilityCase: UtilityCase;
}

/**
 * Every shifted supply and target temperature, highest first. Near-equal values are kept apart: merging them
 * would drop a stream from an interval it only nearly spans, and a sliver interval costs nothing.
 */
function boundaries(streams: PinchStream[]): number[] {
  const all = streams.flatMap((s) => [s.shiftedSupplyTemperatureC, s.shiftedTargetTemperatureC]);
  return [...new Set(all)].sort((a, b) => b - a);
}

function utilityCaseOf(hotKW: number, coldKW: number): UtilityCase {
  if (hotKW > 0 && coldKW > 0) return 'BOTH_UTILITIES';
  if (hotKW > 0) return 'HOT_UTILITY_ONLY';
  if (coldKW > 0) return 'COLD_UTILITY_ONLY';
  return 'NO_UTILITY';
}

export function buildProblemTable(streams: PinchStream[], deltaTMinK: number): ProblemTable {
  const tolerance = heatToleranceKW(streams);
  const temperatures = boundaries(streams);
  const ranges = streams.map((s) => ({ stream: s, range: shiftedRange(s) }));
  const rows = temperatures.slice(1).map((lower, i) => {
    const upper = temperatures[i];
    const present = ranges.filter(({ range: [lo, hi] }) => lo <= lower && hi >= upper).map((r) => r.stream);
    const sumCp = (kind: PinchStream['kind']) =>
      present.filter((s) => s.kind === kind).reduce((sum, s) => sum + s.heatCapacityFlowKWPerK, 0);
    const hotCp = sumCp('HOT');
    const coldCp = sumCp('COLD');
    return { upper, lower, hotCp, coldCp, surplusKW: (hotCp - coldCp) * (upper - lower), present };
  });
  // The cascade starts with no heat at the top; its most negative value is the heat that must be supplied.
  const cascade = [0];
  for (const row of rows) cascade.push(cascade[cascade.length - 1] + row.surplusKW);
  const deficit = -Math.min(...cascade);
  const minimumHotUtilityKW = deficit > tolerance ? deficit : 0;
  const feasible = cascade.map((q) => q + minimumHotUtilityKW);
  const bottom = feasible[feasible.length - 1];
  const minimumColdUtilityKW = bottom > tolerance ? bottom : 0;
  // A pinch is an inner boundary where no heat flows; a zero at the top or bottom end is a threshold, not a pinch.
  const pinchPoints = temperatures
    .map((t, k) => ({ t, k }))
    .filter(({ k }) => k > 0 && k < temperatures.length - 1 && Math.abs(feasible[k]) <= tolerance)
    .map(({ t }) => ({
      shiftedTemperatureC: t,
      hotTemperatureC: t + deltaTMinK / 2,
      coldTemperatureC: t - deltaTMinK / 2,
    }));
  const clean = (q: number) => (Math.abs(q) <= tolerance ? 0 : q);
  const intervals = rows.map((row, i) => ({
    upperShiftedTemperatureC: row.upper,
    lowerShiftedTemperatureC: row.lower,
    hotHeatCapacityFlowKWPerK: row.hotCp,
    coldHeatCapacityFlowKWPerK: row.coldCp,
    netHeatCapacityFlowKWPerK: row.hotCp - row.coldCp,
    surplusKW: row.surplusKW,
    cascadeInKW: clean(cascade[i]),
    cascadeOutKW: clean(cascade[i + 1]),
    feasibleCascadeInKW: clean(feasible[i]),
    feasibleCascadeOutKW: clean(feasible[i + 1]),
    hotStreams: row.present.filter((s) => s.kind === 'HOT').map((s) => s.name),
    coldStreams: row.present.filter((s) => s.kind === 'COLD').map((s) => s.name),
  }));
  return {
    intervals,
    minimumHotUtilityKW,
    minimumColdUtilityKW,
    pinchPoints,
    utilityCase: utilityCaseOf(minimumHotUtilityKW, minimumColdUtilityKW),
  };
}
