/**
 * The metrics a before/after comparison tracks, each with its unit and the direction that counts as better.
 * Correction F-4(a) (spec/factory.md §7): the original classed the avoidable share "higher is better"; removing
 * avoidable destruction lowers it, so it is lower-is-better here, like the avoidable kW it is made of.
 */
export type ComparisonMetric =
  | 'exergy_fuel'
  | 'exergy_product'
  | 'exergy_loss'
  | 'exergy_destroyed'
  | 'exergy_destroyed_avoidable'
  | 'exergy_destroyed_unavoidable'
  | 'exergetic_efficiency'
  | 'avoidable_ratio'
  | 'annual_loss_energy'
  | 'annual_loss_cost'
  | 'co2_emissions';

export type MetricDirection = 'higher_is_better' | 'lower_is_better';

/**
 * What a comparison reads on each side: a unit's EquipmentResult, or a plant's totals mapped to it. The first
 * six are required; a metric whose figure is absent (undefined) on either side is left out of the deltas, and a
 * null figure (undefined ratio, unknown CO₂) gives a delta without change.
 */
export interface ComparableHeadline {
  exergyFuelKW: number;
  exergyProductKW: number;
  exergyLossKW: number;
  exergyDestroyedKW: number;
  exergeticEfficiencyPct: number | null;
  annualLossEur: number | null;
  exergyDestroyedAvoidableKW?: number | null;
  exergyDestroyedUnavoidableKW?: number | null;
  avoidableRatioPct?: number | null;
  annualLossKWh?: number | null;
  co2EmissionsTonnesPerYear?: number | null;
}

export interface MetricDefinition {
  metric: ComparisonMetric;
  labelEn: string;
  labelTr: string;
  /** Unit of the baseline, scenario and change figures ('percentage points' is the change of a % figure). */
  unit: string;
  /** Unit of `change` when it differs from `unit` (efficiency and avoidable share change in points). */
  changeUnit: string;
  direction: MetricDirection;
  read(headline: ComparableHeadline): number | null | undefined;
}

function metric(
  key: ComparisonMetric,
  labelEn: string,
  labelTr: string,
  unit: string,
  direction: MetricDirection,
  read: MetricDefinition['read'],
): MetricDefinition {
  const changeUnit = unit === '%' ? 'percentage points' : unit;
  return { metric: key, labelEn, labelTr, unit, changeUnit, direction, read };
}

/** In the order a comparison lists them. */
export const COMPARISON_METRICS: readonly MetricDefinition[] = [
  metric('exergy_fuel', 'Exergy of fuel', 'Yakıt ekserjisi', 'kW', 'lower_is_better', (h) => h.exergyFuelKW),
  metric('exergy_product', 'Exergy of product', 'Ürün ekserjisi', 'kW', 'higher_is_better', (h) => h.exergyProductKW),
  metric('exergy_loss', 'Exergy loss', 'Ekserji kaybı', 'kW', 'lower_is_better', (h) => h.exergyLossKW),
  metric('exergy_destroyed', 'Exergy destroyed', 'Ekserji yıkımı', 'kW', 'lower_is_better', (h) => h.exergyDestroyedKW),
  metric(
    'exergy_destroyed_avoidable',
    'Avoidable exergy destruction',
    'Önlenebilir ekserji yıkımı',
    'kW',
    'lower_is_better',
    (h) => h.exergyDestroyedAvoidableKW,
  ),
  metric(
    'exergy_destroyed_unavoidable',
    'Unavoidable exergy destruction',
    'Önlenemez ekserji yıkımı',
    'kW',
    'lower_is_better',
    (h) => h.exergyDestroyedUnavoidableKW,
  ),
  metric(
    'exergetic_efficiency',
    'Exergetic efficiency',
    'Ekserji verimi',
    '%',
    'higher_is_better',
    (h) => h.exergeticEfficiencyPct,
  ),
  metric(
    'avoidable_ratio',
    'Avoidable share of destruction',
    'Önlenebilir yıkım oranı',
    '%',
    'lower_is_better',
    (h) => h.avoidableRatioPct,
  ),
  metric(
    'annual_loss_energy',
    'Exergy wasted per year',
    'Yıllık ekserji kaybı',
    'kWh/yr',
    'lower_is_better',
    (h) => h.annualLossKWh,
  ),
  metric(
    'annual_loss_cost',
    'Cost of exergy wasted per year',
    'Yıllık kayıp maliyeti',
    'EUR/yr',
    'lower_is_better',
    (h) => h.annualLossEur,
  ),
  metric(
    'co2_emissions',
    'CO₂ emissions',
    'CO₂ emisyonu',
    't/yr',
    'lower_is_better',
    (h) => h.co2EmissionsTonnesPerYear,
  ),
];
