/**
 * What-if comparison of one unit (the original's /api/compare, spec/factory.md §7), corrected per F-4:
 *  (a) the avoidable share is lower-is-better (metrics.ts);
 *  (b) savings are priced with each side's own exergy price c_F, which the engines derive from the unit's
 *      price in its own unit (a boiler's EUR/kg becomes EUR/kWh through the fuel's LHV) — never a EUR/kg figure
 *      used as EUR/kWh, and never the baseline's hours for the scenario.
 * Savings are signed: a scenario that wastes more shows negative savings (the original's max(…, 0) hid it).
 */
import type { EquipmentResult } from '../equipment/types';
import { isUnchanged, metricDeltas, type MetricDelta } from './deltas';
import type { ComparableHeadline, ComparisonMetric } from './metrics';

export interface EquipmentComparisonFigures {
  deltas: MetricDelta[];
  /** Reduction of the wasted exergy E_D + E_L, kW (negative: the scenario wastes more). */
  exergySavedKW: number;
  /** Reduction of the exergy wasted per year, kWh/yr. */
  annualSavingsKWh: number;
  /** Reduction of the annual cost of wasted exergy, EUR/yr, each side at its own c_F and hours. */
  annualSavingsEur: number;
  /** Reduction of CO₂ emissions, t/yr; null when either side has no CO₂ account. */
  co2AvoidedTonnesPerYear: number | null;
  /** Scenario − baseline exergetic efficiency, percentage points; null when either is undefined. */
  efficiencyChangePoints: number | null;
  improvedMetrics: ComparisonMetric[];
  degradedMetrics: ComparisonMetric[];
  warnings: { code: string; message: string }[];
}

/** Share of the baseline's product by which the scenario's may differ before savings stop comparing like with like. */
export const PRODUCT_CHANGE_WARNING_SHARE = 0.01;

export function comparableHeadlineOf(result: EquipmentResult): ComparableHeadline {
  return {
    exergyFuelKW: result.exergyFuelKW,
    exergyProductKW: result.exergyProductKW,
    exergyLossKW: result.exergyLossKW,
    exergyDestroyedKW: result.exergyDestroyedKW,
    exergeticEfficiencyPct: result.exergeticEfficiencyPct,
    annualLossEur: result.annualLossEur,
    exergyDestroyedAvoidableKW: result.exergyDestroyedAvoidableKW,
    exergyDestroyedUnavoidableKW: result.exergyDestroyedUnavoidableKW,
    avoidableRatioPct: result.avoidableRatioPct,
    annualLossKWh: result.annualLossKWh,
    co2EmissionsTonnesPerYear: result.carbon?.co2EmissionsTonnesPerYear ?? null,
  };
}

/** baseline − scenario, 0 when they agree to the comparison's tolerance. */
function reduction(baseline: number, scenario: number): number {
  return isUnchanged(baseline, scenario) ? 0 : baseline - scenario;
}

export function compareEquipmentResults(
  baseline: EquipmentResult,
  scenario: EquipmentResult,
): EquipmentComparisonFigures {
  const deltas = metricDeltas(comparableHeadlineOf(baseline), comparableHeadlineOf(scenario));
  const co2Before = baseline.carbon?.co2EmissionsTonnesPerYear;
  const co2After = scenario.carbon?.co2EmissionsTonnesPerYear;
  const efficiencyChange = deltas.find((d) => d.metric === 'exergetic_efficiency')?.change ?? null;
  const warnings = [];
  const productGap = Math.abs(scenario.exergyProductKW - baseline.exergyProductKW);
  if (productGap > PRODUCT_CHANGE_WARNING_SHARE * baseline.exergyProductKW) {
    warnings.push({
      code: 'PRODUCT_CHANGED',
      message: `The scenario's exergy of product (${scenario.exergyProductKW.toFixed(2)} kW) differs from the baseline's (${baseline.exergyProductKW.toFixed(2)} kW) by more than ${100 * PRODUCT_CHANGE_WARNING_SHARE} %: the savings compare units doing different duties.`,
    });
  }
  return {
    deltas,
    exergySavedKW: reduction(
      baseline.exergyDestroyedKW + baseline.exergyLossKW,
      scenario.exergyDestroyedKW + scenario.exergyLossKW,
    ),
    annualSavingsKWh: reduction(baseline.annualLossKWh, scenario.annualLossKWh),
    annualSavingsEur: reduction(baseline.annualLossEur, scenario.annualLossEur),
    co2AvoidedTonnesPerYear: co2Before == null || co2After == null ? null : reduction(co2Before, co2After),
    efficiencyChangePoints: efficiencyChange,
    improvedMetrics: deltas.filter((d) => d.improved === true).map((d) => d.metric),
    degradedMetrics: deltas.filter((d) => d.improved === false).map((d) => d.metric),
    warnings,
  };
}
