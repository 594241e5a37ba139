/** Results of the stateless single-unit queries: a preview of one unit and the what-if of two parameter sets. */
import { Field, Float, ObjectType } from 'type-graphql';
import { COMPARISON_METRICS, type EquipmentComparisonFigures } from '../../engine/compare';
import { fixedSizeList } from '../../graphql/cost-limits';
import { EquipmentType } from '../equipment/equipment-type.enum';
import { ComparisonMetric, MetricDelta } from './comparison.types';
import { AnalysisWarning } from './equipment-result.types';
import { EquipmentAnalysisView, type ComputedSource } from './equipment-analysis.view';

/**
 * The analysis of a unit that is not stored: every figure of AnalysisResult (both implement EquipmentAnalysis)
 * without what only a stored row has (id, equipment, analyzedAt, stale).
 */
@ObjectType('AnalysisPreview', {
  implements: EquipmentAnalysisView,
  description:
    'Second-law analysis of a unit computed on request and not stored: the figures of AnalysisResult (a fragment on EquipmentAnalysis selects them on either).',
})
export class AnalysisPreview extends EquipmentAnalysisView {
  constructor(
    private readonly unitName: string,
    computed: ComputedSource,
  ) {
    super(computed);
  }

  @Field(() => String, { description: 'The name given in the input (Baseline / Scenario in a comparison).' })
  get name(): string {
    return this.unitName;
  }
}

const METRIC_COUNT = COMPARISON_METRICS.length;

@ObjectType({
  description:
    'What-if comparison of one unit under two parameter sets (the original’s /api/compare with Correction F-4: the avoidable share is lower-is-better, prices in EUR/kg are converted to EUR/kWh by the engine). Savings are signed: negative when the scenario wastes more.',
})
export class EquipmentComparison implements EquipmentComparisonFigures {
  @Field(() => EquipmentType, { description: 'Equipment type compared.' })
  type!: EquipmentType;

  @Field(() => String, { description: 'Subtype both sides were analysed as.' })
  subtype!: string;

  @Field(() => AnalysisPreview, { description: 'Analysis of the baseline parameters.' })
  baseline!: AnalysisPreview;

  @Field(() => AnalysisPreview, { description: 'Analysis of the scenario parameters.' })
  scenario!: AnalysisPreview;

  @Field(() => [MetricDelta], {
    description: 'Every tracked metric before and after, in ComparisonMetric order.',
    complexity: fixedSizeList(METRIC_COUNT),
  })
  deltas!: MetricDelta[];

  @Field(() => Float, { description: 'Reduction of the wasted exergy E_D + E_L, kW (negative: more wasted).' })
  exergySavedKW!: number;

  @Field(() => Float, { description: 'Reduction of the exergy wasted per year, kWh/yr.' })
  annualSavingsKWh!: number;

  @Field(() => Float, {
    description:
      'Reduction of the annual cost of wasted exergy, EUR/yr: baseline annualLossEur − scenario annualLossEur, each at its own exergy price c_F and hours.',
  })
  annualSavingsEur!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Reduction of CO₂ emissions (direct + indirect), t/yr; null when a side has no CO₂ account.',
  })
  co2AvoidedTonnesPerYear!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Scenario − baseline exergetic efficiency, percentage points; null when either is undefined.',
  })
  efficiencyChangePoints!: number | null;

  @Field(() => [ComparisonMetric], {
    description: 'Metrics better in the scenario.',
    complexity: fixedSizeList(METRIC_COUNT),
  })
  improvedMetrics!: ComparisonMetric[];

  @Field(() => [ComparisonMetric], {
    description: 'Metrics worse in the scenario.',
    complexity: fixedSizeList(METRIC_COUNT),
  })
  degradedMetrics!: ComparisonMetric[];

  @Field(() => [AnalysisWarning], {
    description: 'Caveats, e.g. PRODUCT_CHANGED when the two sides deliver different exergy of product.',
  })
  warnings!: AnalysisWarning[];
}
