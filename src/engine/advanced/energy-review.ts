/**
 * An ISO 50001 energy review of a run (ISO 50001:2018 §6.3–6.5; EnPIs and
 * baselines per ISO 50006:2014): the plant's energy performance indicators,
 * each against the project's energy baseline (the run the user marked, or the
 * first of the history) with its change and a trend over the history; the
 * significant energy uses; and one action plan merged from the units'
 * recommendations, the integration opportunities and the thermoeconomic
 * strategies, by horizon. Nothing here scores "maturity" from which modules ran.
 */
import type { FactoryEquipmentInput, FactoryTotals, IntegrationOpportunity } from '../factory/types';
import type { UnitStrategy } from './thermoeconomic';

export type EnpiKey =
  | 'exergetic_efficiency'
  | 'destruction_ratio'
  | 'avoidable_share'
  | 'specific_exergy_consumption'
  | 'cost_intensity'
  | 'heat_recovery_potential'
  | 'entropy_generation_index';
export type EnpiDirection = 'higher_is_better' | 'lower_is_better';
export type ActionHorizon = 'quick_win' | 'medium_term' | 'strategic';
export type ActionSource = 'recommendation' | 'integration' | 'optimisation';

/** What the review reads of one run (of the history, the baseline or the current one). */
export interface RunFigures {
  id: string;
  analyzedAt: Date;
  totals: FactoryTotals;
  /** kWh per unit of product, from the gap analysis; null without a process definition */
  specificExergy: { value: number | null; unit: string } | null;
  /** Σ units' recoverable heat, kW; null where the units were not read (trend points) */
  heatRecoveryPotentialKW: number | null;
  /** ΣS_gen, kW/K; null where not computed */
  entropyGenerationKWPerK: number | null;
  /** kWh of exergy product over the year (E_P × hours); null where unknown */
  annualProductKWh: number | null;
}

interface EnpiDefinition {
  key: EnpiKey;
  label: string;
  unit: string;
  direction: EnpiDirection;
  read(run: RunFigures): number | null;
}

const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a / b) ? a / b : null);

export const ENPIS: readonly EnpiDefinition[] = [
  {
    key: 'exergetic_efficiency',
    label: 'Plant exergetic efficiency',
    unit: '%',
    direction: 'higher_is_better',
    read: (r) => r.totals.exergeticEfficiencyPct,
  },
  {
    key: 'destruction_ratio',
    label: 'Exergy destroyed per exergy input',
    unit: '%',
    direction: 'lower_is_better',
    read: (r) => percent(ratio(r.totals.exergyDestroyedKW, r.totals.exergyFuelKW)),
  },
  {
    key: 'avoidable_share',
    label: 'Avoidable share of the destruction',
    unit: '%',
    direction: 'lower_is_better',
    read: (r) => percent(ratio(r.totals.exergyDestroyedAvoidableKW, r.totals.exergyDestroyedKW)),
  },
  {
    key: 'specific_exergy_consumption',
    label: 'Exergy input per unit of product',
    unit: 'kWh per product unit',
    direction: 'lower_is_better',
    read: (r) => r.specificExergy?.value ?? null,
  },
  {
    key: 'cost_intensity',
    label: 'Cost of the exergy wasted per kWh of exergy product',
    unit: 'EUR/kWh',
    direction: 'lower_is_better',
    read: (r) => (r.annualProductKWh === null ? null : ratio(r.totals.annualLossEur, r.annualProductKWh)),
  },
  {
    key: 'heat_recovery_potential',
    label: 'Recoverable waste heat',
    unit: 'kW',
    direction: 'lower_is_better',
    read: (r) => r.heatRecoveryPotentialKW,
  },
  {
    key: 'entropy_generation_index',
    label: 'Entropy generated per kW of exergy input',
    unit: 'W/(K·kW)',
    direction: 'lower_is_better',
    read: (r) =>
      r.entropyGenerationKWPerK === null ? null : thousand(ratio(r.entropyGenerationKWPerK, r.totals.exergyFuelKW)),
  },
];

function percent(value: number | null): number | null {
  return value === null ? null : 100 * value;
}
function thousand(value: number | null): number | null {
  return value === null ? null : 1000 * value;
}

export interface EnpiResult {
  key: EnpiKey;
  label: string;
  unit: string;
  direction: EnpiDirection;
  value: number | null;
  baselineValue: number | null;
  /** value − baseline, in `unit` (percentage points for %) */
  change: number | null;
  changePct: number | null;
  improved: boolean | null;
  trend: { analyzedAt: Date[]; values: (number | null)[] };
}

export interface SignificantEnergyUse {
  equipmentId: string;
  name: string;
  /** kW of exergy input (its boundary share) */
  exergyInputKW: number;
  /** % of the plant's boundary exergy input */
  sharePct: number;
  exergyDestroyedKW: number;
}

export interface ActionItem {
  rank: number;
  source: ActionSource;
  horizon: ActionHorizon;
  title: string;
  equipment: string;
  annualSavingsEur: number;
  investmentEur: number | null;
  paybackYears: number | null;
  co2AvoidedTonnesPerYear: number | null;
}

export interface EnergyReviewResult {
  baselineAnalysisId: string;
  baselineAnalyzedAt: Date;
  /** The user's marked baseline (setEnergyBaseline), or the first run of the history. */
  baselineMarked: boolean;
  enpis: EnpiResult[];
  significantEnergyUseThresholdPct: number;
  significantEnergyUses: SignificantEnergyUse[];
  actionPlan: ActionItem[];
  warnings: string[];
}

/** A unit whose exergy input is at least this share of the plant's is a significant energy use. */
export const SEU_THRESHOLD_PCT = 10;

function horizonOf(payback: number | null, investment: number | null): ActionHorizon {
  if (investment === 0 || (payback !== null && payback <= 1)) return 'quick_win';
  return payback !== null && payback <= 3 ? 'medium_term' : 'strategic';
}

export interface EnergyReviewInput {
  current: RunFigures;
  baseline: RunFigures;
  baselineMarked: boolean;
  /** The project's runs up to the current one, oldest first (the trend). */
  history: RunFigures[];
  units: FactoryEquipmentInput[];
  internalByConsumer: Map<string, number>;
  integrationOpportunities: IntegrationOpportunity[];
  strategies: UnitStrategy[];
}

export function analyseEnergyReview(input: EnergyReviewInput): EnergyReviewResult {
  const enpis = ENPIS.map((definition): EnpiResult => {
    const value = definition.read(input.current);
    const baselineValue = definition.read(input.baseline);
    const change = value !== null && baselineValue !== null ? value - baselineValue : null;
    const unchanged =
      change !== null && Math.abs(change) <= 1e-9 * Math.max(Math.abs(value!), Math.abs(baselineValue!));
    return {
      key: definition.key,
      label: definition.label,
      unit: definition.unit,
      direction: definition.direction,
      value,
      baselineValue,
      change: unchanged ? 0 : change,
      changePct: change !== null && baselineValue ? (100 * (unchanged ? 0 : change)) / Math.abs(baselineValue) : null,
      improved:
        change === null || unchanged ? null : definition.direction === 'higher_is_better' ? change > 0 : change < 0,
      trend: { analyzedAt: input.history.map((r) => r.analyzedAt), values: input.history.map(definition.read) },
    };
  });

  const boundary = input.units.map((u) => ({
    unit: u,
    inputKW: Math.max(0, u.result.exergyFuelKW - (input.internalByConsumer.get(u.id) ?? 0)),
  }));
  const plantInput = boundary.reduce((s, b) => s + b.inputKW, 0);
  const significantEnergyUses = boundary
    .map(({ unit, inputKW }) => ({
      equipmentId: unit.id,
      name: unit.name,
      exergyInputKW: inputKW,
      sharePct: plantInput > 0 ? (100 * inputKW) / plantInput : 0,
      exergyDestroyedKW: unit.result.exergyDestroyedKW,
    }))
    .filter((u) => plantInput > 0 && u.sharePct >= SEU_THRESHOLD_PCT)
    .sort((a, b) => b.sharePct - a.sharePct || a.equipmentId.localeCompare(b.equipmentId));

  const items: Omit<ActionItem, 'rank'>[] = [];
  for (const unit of input.units) {
    for (const r of unit.result.recommendations) {
      if (!(r.savingsEurPerYear > 0)) continue;
      items.push({
        source: 'recommendation',
        horizon: horizonOf(r.paybackYears, r.investmentEur),
        title: r.titleEn,
        equipment: unit.name,
        annualSavingsEur: r.savingsEurPerYear,
        investmentEur: r.investmentEur,
        paybackYears: r.paybackYears,
        co2AvoidedTonnesPerYear: r.co2AvoidedTonnesPerYear,
      });
    }
  }
  for (const o of input.integrationOpportunities) {
    items.push({
      source: 'integration',
      horizon: horizonOf(o.paybackYears, o.investmentEur),
      title: o.title,
      equipment: `${o.source} → ${o.target}`,
      annualSavingsEur: o.savingsEurPerYear,
      investmentEur: o.investmentEur,
      paybackYears: o.paybackYears,
      co2AvoidedTonnesPerYear: o.co2AvoidedTonnesPerYear,
    });
  }
  for (const s of input.strategies) {
    if (s.strategy === 'maintain' || !(s.annualSavingsEur > 0)) continue;
    items.push({
      source: 'optimisation',
      horizon: horizonOf(s.paybackYears, s.investmentEur),
      title: `Thermoeconomic strategy: ${s.strategy.replace('_', ' ')}`,
      equipment: s.name,
      annualSavingsEur: s.annualSavingsEur,
      investmentEur: s.investmentEur,
      paybackYears: s.paybackYears,
      co2AvoidedTonnesPerYear: null,
    });
  }
  const order: Record<ActionHorizon, number> = { quick_win: 0, medium_term: 1, strategic: 2 };
  const actionPlan = items
    .sort(
      (a, b) =>
        order[a.horizon] - order[b.horizon] ||
        b.annualSavingsEur - a.annualSavingsEur ||
        a.title.localeCompare(b.title) ||
        a.equipment.localeCompare(b.equipment),
    )
    .map((item, index) => ({ rank: index + 1, ...item }));

  const warnings: string[] = [];
  if (input.current.id === input.baseline.id)
    warnings.push('This run is the energy baseline: the changes are zero until a later run is compared with it.');
  if (input.current.specificExergy === null)
    warnings.push('No process definition: the specific exergy consumption needs a product rate.');
  if (items.some((i) => i.source === 'optimisation'))
    warnings.push('Optimisation savings overlap the units’ own recommendations: do not add the two for one unit.');
  return {
    baselineAnalysisId: input.baseline.id,
    baselineAnalyzedAt: input.baseline.analyzedAt,
    baselineMarked: input.baselineMarked,
    enpis,
    significantEnergyUseThresholdPct: SEU_THRESHOLD_PCT,
    significantEnergyUses,
    actionPlan,
    warnings,
  };
}
