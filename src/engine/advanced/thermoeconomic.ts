/**
 * Thermoeconomic strategy per unit from its SPECO figures (Bejan, Tsatsaronis & Moran 1996, Thermal Design and
 * Optimization, §8.5: the exergoeconomic factor f = Ż/(Ż + Ċ_D + Ċ_L) is read against values typical of the
 * component class — below about 55 % for heat exchangers, 35–75 % for compressors and turbines, above 70 % for
 * pumps — and the relative cost difference r ranks where to act first). The original used one set of thresholds
 * for every class (spec/advanced.md §D caveat). Rules: f below the class range — destruction dominates: INVEST in
 * efficiency (more capital to cut Ċ_D); f above it — capital dominates: REDUCE_INVESTMENT (a cheaper, smaller or
 * less efficient unit can cost less overall); within it — PARAMETRIC when the avoidable share of E_D is above 30 %
 * (operate better), else MAINTAIN. Savings: the cost of the avoidable destruction over the unit's own hours.
 */
import type { EquipmentTypeKey } from '../equipment/types';
import type { FactoryEquipmentInput } from '../factory/types';

export type Strategy = 'invest' | 'reduce_investment' | 'parametric' | 'maintain';
export type ComponentClass = 'heat_exchanger' | 'compressor_turbine' | 'pump' | 'thermal_conversion';
export type StrategyPriority = 'high' | 'medium' | 'low';

/** Typical f range of each component class (the lower bound of heat exchangers and thermal units is ours). */
export const CLASS_RANGES: Record<ComponentClass, { low: number; high: number; source: string }> = {
  heat_exchanger: { low: 0.25, high: 0.55, source: 'BTM 1996 §8.5: f below ~55 % typical for heat exchangers' },
  compressor_turbine: {
    low: 0.35,
    high: 0.75,
    source: 'BTM 1996 §8.5: f 35–75 % typical for compressors and turbines',
  },
  pump: { low: 0.7, high: 0.95, source: 'BTM 1996 §8.5: f above ~70 % typical for pumps' },
  thermal_conversion: {
    low: 0.1,
    high: 0.55,
    source: 'Boilers, dryers and absorption machines: combustion or heat-transfer dominated, read like heat exchangers',
  },
};

const CLASS_OF: Record<EquipmentTypeKey, ComponentClass> = {
  heat_exchanger: 'heat_exchanger',
  compressor: 'compressor_turbine',
  steam_turbine: 'compressor_turbine',
  chiller: 'compressor_turbine',
  pump: 'pump',
  boiler: 'thermal_conversion',
  dryer: 'thermal_conversion',
};

/** Share of the unit's purchased-equipment cost each strategy is estimated to need (order of magnitude). */
const INVESTMENT_SHARE: Record<Strategy, number> = { invest: 0.5, reduce_investment: 1, parametric: 0.05, maintain: 0 };
/** Above this avoidable share of E_D a unit within its class range is worth tuning. */
export const PARAMETRIC_AVOIDABLE_SHARE = 0.3;

export interface UnitStrategy {
  equipmentId: string;
  name: string;
  type: EquipmentTypeKey;
  componentClass: ComponentClass;
  exergoeconomicFactor: number | null;
  relativeCostDifference: number | null;
  /** AV/E_D, 0–1; null without destruction */
  avoidableShare: number | null;
  classLow: number;
  classHigh: number;
  strategy: Strategy;
  priority: StrategyPriority;
  /** Ċ_D, EUR/h */
  destructionCostRateEurPerH: number;
  /** Ż, EUR/h */
  investmentCostRateEurPerH: number;
  /** Ċ_D · AV share · hours, EUR/yr */
  annualSavingsEur: number;
  investmentEur: number;
  paybackYears: number | null;
}

export interface ThermoeconomicResult {
  units: UnitStrategy[];
  totals: {
    investmentCostRateEurPerH: number;
    destructionCostRateEurPerH: number;
    lossCostRateEurPerH: number;
    /** ΣŻ/(ΣŻ + ΣĊ_D + ΣĊ_L); null when all are 0 */
    exergoeconomicFactor: number | null;
    annualSavingsEur: number;
    investmentEur: number;
    paybackYears: number | null;
  };
  scatter: {
    labels: string[];
    f: (number | null)[];
    r: (number | null)[];
    strategies: Strategy[];
    annualSavingsEur: number[];
  };
  waterfall: { labels: string[]; values: number[]; measures: ('relative' | 'total')[] };
  warnings: string[];
}

function strategyOf(f: number | null, avoidable: number | null, range: { low: number; high: number }): Strategy {
  if (f === null) return 'maintain';
  if (f < range.low) return 'invest';
  if (f > range.high) return 'reduce_investment';
  return (avoidable ?? 0) > PARAMETRIC_AVOIDABLE_SHARE ? 'parametric' : 'maintain';
}

function priorityOf(strategy: Strategy, r: number | null): StrategyPriority {
  if (strategy === 'maintain') return 'low';
  return (r ?? 0) > 0.5 ? 'high' : 'medium';
}

const payback = (investment: number, savings: number) =>
  savings > 0 && Number.isFinite(investment / savings) ? investment / savings : null;

export function analyseThermoeconomics(units: FactoryEquipmentInput[]): ThermoeconomicResult {
  const rows: UnitStrategy[] = units.map((unit) => {
    const { economics, exergyDestroyedKW, exergyDestroyedAvoidableKW, operatingHoursPerYear } = unit.result;
    const componentClass = CLASS_OF[unit.type];
    const range = CLASS_RANGES[componentClass];
    const avoidableShare = exergyDestroyedKW > 0 ? exergyDestroyedAvoidableKW / exergyDestroyedKW : null;
    const strategy = strategyOf(economics.exergoeconomicFactor, avoidableShare, range);
    const annualSavingsEur =
      strategy === 'maintain'
        ? 0
        : economics.destructionCostRateEurPerH * (avoidableShare ?? 0) * operatingHoursPerYear;
    const investmentEur = INVESTMENT_SHARE[strategy] * economics.purchasedEquipmentCostEur;
    return {
      equipmentId: unit.id,
      name: unit.name,
      type: unit.type,
      componentClass,
      exergoeconomicFactor: economics.exergoeconomicFactor,
      relativeCostDifference: economics.relativeCostDifference,
      avoidableShare,
      classLow: range.low,
      classHigh: range.high,
      strategy,
      priority: priorityOf(strategy, economics.relativeCostDifference),
      destructionCostRateEurPerH: economics.destructionCostRateEurPerH,
      investmentCostRateEurPerH: economics.investmentCostRateEurPerH,
      annualSavingsEur,
      investmentEur,
      paybackYears: payback(investmentEur, annualSavingsEur),
    };
  });
  // equal savings (often none) read in name order; the id only separates equal names
  rows.sort(
    (a, b) =>
      b.annualSavingsEur - a.annualSavingsEur ||
      a.name.localeCompare(b.name) ||
      a.equipmentId.localeCompare(b.equipmentId),
  );
  const sum = (f: (u: FactoryEquipmentInput) => number) => units.reduce((s, u) => s + f(u), 0);
  const z = sum((u) => u.result.economics.investmentCostRateEurPerH);
  const cD = sum((u) => u.result.economics.destructionCostRateEurPerH);
  const cL = sum((u) => u.result.economics.lossCostRateEurPerH);
  const savings = rows.reduce((s, r) => s + r.annualSavingsEur, 0);
  const investment = rows.reduce((s, r) => s + r.investmentEur, 0);
  const acting = rows.filter((r) => r.strategy !== 'maintain' && r.annualSavingsEur > 0);
  const warnings: string[] = [];
  if (rows.length && acting.length === 0)
    warnings.push('Every unit is within its class range with little avoidable destruction: maintain.');
  const estimated = units.filter((u) => u.result.economics.purchasedEquipmentCostEstimated).map((u) => u.name);
  if (estimated.length)
    warnings.push(
      `Investment of ${estimated.join(', ')} is estimated from a cost correlation (no equipment_cost_eur given).`,
    );
  return {
    units: rows,
    totals: {
      investmentCostRateEurPerH: z,
      destructionCostRateEurPerH: cD,
      lossCostRateEurPerH: cL,
      exergoeconomicFactor: z + cD + cL > 0 ? z / (z + cD + cL) : null,
      annualSavingsEur: savings,
      investmentEur: investment,
      paybackYears: payback(investment, savings),
    },
    scatter: {
      labels: rows.map((r) => r.name),
      f: rows.map((r) => r.exergoeconomicFactor),
      r: rows.map((r) => r.relativeCostDifference),
      strategies: rows.map((r) => r.strategy),
      annualSavingsEur: rows.map((r) => r.annualSavingsEur),
    },
    waterfall: {
      labels: [...acting.map((r) => r.name), 'Total'],
      values: [...acting.map((r) => r.annualSavingsEur), acting.reduce((s, r) => s + r.annualSavingsEur, 0)],
      measures: [...acting.map(() => 'relative' as const), 'total' as const],
    },
    warnings,
  };
}
