/**
 * A scenario run set against the project's run: plant totals and each unit
 * before/after (deltas by each metric's own direction, engine/compare), the
 * annual cost of the energy bought at the plant boundary plus its CO₂, the
 * investment the changes state, and the simple payback. Pure.
 */
import type { EquipmentResult, EquipmentTypeKey } from '../../engine/equipment/types';
import { metricDeltas, type MetricDelta } from '../../engine/compare';
import type { ComparableHeadline } from '../../engine/compare';
import { allocateSupply } from '../../engine/factory/totals';
import type { FactoryEquipmentInput, FactoryTotals } from '../../engine/factory';
import type { StoredScenarioChange } from './scenario-change';

export type UnitChangeKind = 'ADDED' | 'REMOVED' | 'UPDATED' | 'UNCHANGED';

export interface EquipmentDeltaDocument {
  equipmentId: string;
  name: string;
  type: EquipmentTypeKey;
  change: UnitChangeKind;
  deltas: MetricDelta[];
}

export interface ScenarioComparisonDocument {
  baselineAnalysisId: string;
  /** Energy bought at the boundary (each unit's fuel not supplied by another, at its exergy price) + CO₂ cost, EUR/yr. */
  baselineAnnualCostEur: number;
  scenarioAnnualCostEur: number;
  /** baseline − scenario, EUR/yr (negative: the scenario costs more). */
  annualSavingsEur: number;
  /** baseline − scenario emissions, t/yr. */
  co2AvoidedTonnesPerYear: number | null;
  investmentEur: number;
  /** investment / savings, years; null without savings. */
  simplePaybackYears: number | null;
  totals: MetricDelta[];
  equipment: EquipmentDeltaDocument[];
}

export interface ComparedRun {
  id: string;
  totals: FactoryTotals;
  units: FactoryEquipmentInput[];
}

function plantHeadline(totals: FactoryTotals): ComparableHeadline {
  return {
    exergyFuelKW: totals.exergyFuelKW,
    exergyProductKW: totals.exergyProductKW,
    exergyLossKW: totals.exergyLossKW,
    exergyDestroyedKW: totals.exergyDestroyedKW,
    exergeticEfficiencyPct: totals.exergeticEfficiencyPct,
    annualLossEur: totals.annualLossEur,
    exergyDestroyedAvoidableKW: totals.exergyDestroyedAvoidableKW,
    exergyDestroyedUnavoidableKW: totals.exergyDestroyedUnavoidableKW,
    annualLossKWh: totals.annualLossKWh,
    co2EmissionsTonnesPerYear: totals.carbon?.co2EmissionsTonnesPerYear ?? null,
  };
}

function unitHeadline(result: EquipmentResult): ComparableHeadline {
  return { ...result, co2EmissionsTonnesPerYear: result.carbon?.co2EmissionsTonnesPerYear ?? null };
}

/** A unit that is not there: nothing in, nothing out, no efficiency. */
const ABSENT: ComparableHeadline = {
  exergyFuelKW: 0,
  exergyProductKW: 0,
  exergyLossKW: 0,
  exergyDestroyedKW: 0,
  exergeticEfficiencyPct: null,
  annualLossEur: 0,
  exergyDestroyedAvoidableKW: 0,
  exergyDestroyedUnavoidableKW: 0,
  avoidableRatioPct: null,
  annualLossKWh: 0,
  co2EmissionsTonnesPerYear: 0,
};

/** What the plant pays a year: exergy bought at its boundary at each unit's price, and its CO₂. */
export function annualCostEur(run: ComparedRun): number {
  const internal = allocateSupply(run.units).internalByConsumer;
  const energy = run.units.reduce((sum, unit) => {
    const bought = unit.result.exergyFuelKW - (internal.get(unit.id) ?? 0);
    return sum + bought * unit.result.operatingHoursPerYear * unit.result.economics.fuelCostEurPerKWh;
  }, 0);
  return energy + (run.totals.carbon?.co2CostEurPerYear ?? 0);
}

export function compareRuns(
  baseline: ComparedRun,
  scenario: ComparedRun,
  changes: StoredScenarioChange[],
  investmentEur: number,
): ScenarioComparisonDocument {
  const updated = new Set(changes.flatMap((c) => (c.action === 'UPDATE_EQUIPMENT' ? [c.equipmentId] : [])));
  const before = new Map(baseline.units.map((unit) => [unit.id, unit]));
  const after = new Map(scenario.units.map((unit) => [unit.id, unit]));
  const equipment: EquipmentDeltaDocument[] = [];
  for (const unit of baseline.units) {
    const now = after.get(unit.id);
    equipment.push({
      equipmentId: unit.id,
      name: now?.name ?? unit.name,
      type: unit.type,
      change: !now ? 'REMOVED' : updated.has(unit.id) ? 'UPDATED' : 'UNCHANGED',
      deltas: metricDeltas(unitHeadline(unit.result), now ? unitHeadline(now.result) : ABSENT),
    });
  }
  for (const unit of scenario.units) {
    if (before.has(unit.id)) continue;
    equipment.push({
      equipmentId: unit.id,
      name: unit.name,
      type: unit.type,
      change: 'ADDED',
      deltas: metricDeltas(ABSENT, unitHeadline(unit.result)),
    });
  }
  const baselineCost = annualCostEur(baseline);
  const scenarioCost = annualCostEur(scenario);
  const savings = baselineCost - scenarioCost;
  const payback = savings > 0 ? investmentEur / savings : null;
  const co2Before = baseline.totals.carbon?.co2EmissionsTonnesPerYear;
  const co2After = scenario.totals.carbon?.co2EmissionsTonnesPerYear;
  return {
    baselineAnalysisId: baseline.id,
    baselineAnnualCostEur: baselineCost,
    scenarioAnnualCostEur: scenarioCost,
    annualSavingsEur: savings,
    co2AvoidedTonnesPerYear: co2Before !== undefined && co2After !== undefined ? co2Before - co2After : null,
    investmentEur,
    simplePaybackYears: payback !== null && Number.isFinite(payback) ? payback : null,
    totals: metricDeltas(plantHeadline(baseline.totals), plantHeadline(scenario.totals)),
    equipment,
  };
}
