/** Per-metric deltas between two headlines (a unit's results, or plant totals), classified by each metric's direction. */
import { COMPARISON_METRICS, type ComparableHeadline, type ComparisonMetric, type MetricDirection } from './metrics';

export interface MetricDelta {
  metric: ComparisonMetric;
  labelEn: string;
  labelTr: string;
  unit: string;
  changeUnit: string;
  direction: MetricDirection;
  baseline: number | null;
  scenario: number | null;
  /** scenario − baseline in `changeUnit` (percentage points for % figures); null when either side is null. */
  change: number | null;
  /** 100·change/|baseline|, %; null when the baseline is 0 or either side null. */
  changePct: number | null;
  /** By the metric's direction; null when unchanged or either side null. */
  improved: boolean | null;
}

/**
 * Changes within this fraction of the larger magnitude count as none: the same inputs summed in another order
 * (plant totals) must not read as an improvement.
 */
export const UNCHANGED_TOLERANCE = 1e-9;

export function isUnchanged(baseline: number, scenario: number): boolean {
  return Math.abs(scenario - baseline) <= UNCHANGED_TOLERANCE * Math.max(Math.abs(baseline), Math.abs(scenario));
}

/** The delta of every metric present on both sides (absent = undefined), in COMPARISON_METRICS order. */
export function metricDeltas(before: ComparableHeadline, after: ComparableHeadline): MetricDelta[] {
  const deltas: MetricDelta[] = [];
  for (const { read, ...definition } of COMPARISON_METRICS) {
    const baseline = read(before);
    const scenario = read(after);
    if (baseline === undefined || scenario === undefined) continue;
    deltas.push({ ...definition, ...deltaOf(definition.direction, baseline, scenario) });
  }
  return deltas;
}

function deltaOf(
  direction: MetricDirection,
  baseline: number | null,
  scenario: number | null,
): Pick<MetricDelta, 'baseline' | 'scenario' | 'change' | 'changePct' | 'improved'> {
  if (baseline === null || scenario === null)
    return { baseline, scenario, change: null, changePct: null, improved: null };
  const unchanged = isUnchanged(baseline, scenario);
  const change = unchanged ? 0 : scenario - baseline;
  return {
    baseline,
    scenario,
    change,
    changePct: relativeChangePct(change, baseline),
    improved: unchanged ? null : direction === 'higher_is_better' ? change > 0 : change < 0,
  };
}

/** 100·change/|baseline|, %; null for a zero baseline or a quotient too large to be a number. */
function relativeChangePct(change: number, baseline: number): number | null {
  if (baseline === 0) return null;
  const pct = 100 * (change / Math.abs(baseline));
  return Number.isFinite(pct) ? pct : null;
}
