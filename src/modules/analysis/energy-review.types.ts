/** The ISO 50001 energy review of a run as the API shows it (engine: src/engine/advanced/energy-review.ts). */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type * as Engine from '../../engine/advanced';
import { plantSizedList } from '../../graphql/cost-limits';
import { allKeys, graphqlEnumOf } from '../shared/graphql-enum';
import { MetricDirection } from './comparison.types';

export const EnpiKey = graphqlEnumOf(
  allKeys<Engine.EnpiKey>()([
    'exergetic_efficiency',
    'destruction_ratio',
    'avoidable_share',
    'specific_exergy_consumption',
    'cost_intensity',
    'heat_recovery_potential',
    'entropy_generation_index',
  ]),
  {
    name: 'EnpiKey',
    description: 'An energy performance indicator of the plant (ISO 50006).',
    valueDescriptions: {
      exergetic_efficiency: 'Plant exergetic efficiency E_P/E_F, %; higher is better.',
      destruction_ratio: 'Exergy destroyed per exergy input, ΣE_D/E_F, %; lower is better.',
      avoidable_share: 'Avoidable share of the destruction, ΣAV/ΣE_D, %; lower is better.',
      specific_exergy_consumption:
        'Exergy input per unit of product (the gap analysis’s specific actual), kWh per product unit; needs a process definition; lower is better.',
      cost_intensity: 'Cost of the exergy wasted per kWh of exergy product, EUR/kWh; lower is better.',
      heat_recovery_potential: 'Recoverable waste heat of the units, kW; lower is better (less left unused).',
      entropy_generation_index: 'Entropy generated per kW of exergy input, W/(K·kW); lower is better.',
    },
  },
);
export type EnpiKey = Engine.EnpiKey;

export const ActionHorizon = graphqlEnumOf(allKeys<Engine.ActionHorizon>()(['quick_win', 'medium_term', 'strategic']), {
  name: 'ActionHorizon',
  description: 'When an action pays back.',
  valueDescriptions: {
    quick_win: 'No investment, or payback within a year.',
    medium_term: 'Payback within three years.',
    strategic: 'Payback beyond three years, or not estimated.',
  },
});
export type ActionHorizon = Engine.ActionHorizon;

export const ActionSource = graphqlEnumOf(
  allKeys<Engine.ActionSource>()(['recommendation', 'integration', 'optimisation']),
  {
    name: 'ActionSource',
    description: 'Where an action of the plan comes from.',
    valueDescriptions: {
      recommendation: 'A unit’s own recommendation.',
      integration: 'A heat-integration opportunity between units.',
      optimisation: 'A thermoeconomic strategy (overlaps the unit’s recommendations).',
    },
  },
);
export type ActionSource = Engine.ActionSource;

@ObjectType({ description: 'An EnPI over the project’s history, oldest first (Plotly x/y).' })
export class EnpiTrend {
  @Field(() => [Date], { description: 'When each run happened (ISO 8601).' }) analyzedAt!: Date[];
  @Field(() => [Float], {
    nullable: 'items',
    description:
      'The EnPI of each run in its unit; null where a run cannot give it (heat recovery and entropy need the units’ detail: only the current run and the baseline carry them).',
  })
  values!: (number | null)[];
}

@ObjectType({ description: 'One energy performance indicator against the energy baseline.' })
export class EnergyPerformanceIndicator implements Engine.EnpiResult {
  @Field(() => EnpiKey, { description: 'Which EnPI.' }) key!: EnpiKey;
  @Field(() => String, { description: 'The EnPI in words, English.' }) label!: string;
  @Field(() => String, { description: 'Unit of value, baselineValue and change.' }) unit!: string;
  @Field(() => MetricDirection, { description: 'Whether a higher or a lower value is better.' })
  direction!: MetricDirection;
  @Field(() => Float, { nullable: true, description: 'This run’s value, in `unit`.' }) value!: number | null;
  @Field(() => Float, { nullable: true, description: 'The baseline run’s value, in `unit`.' }) baselineValue!:
    number | null;
  @Field(() => Float, { nullable: true, description: 'value − baseline, in `unit` (percentage points for %).' })
  change!: number | null;
  @Field(() => Float, { nullable: true, description: '100·change/|baseline|, %.' }) changePct!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'By the EnPI’s direction; null when unchanged or unknown.' })
  improved!: boolean | null;
  @Field(() => EnpiTrend, { description: "The EnPI over the project's runs, oldest first." }) trend!: EnpiTrend;
}

@ObjectType({
  description: 'A significant energy use (ISO 50001 §6.3): a unit taking a large share of the plant’s input.',
})
export class SignificantEnergyUse implements Engine.SignificantEnergyUse {
  @Field(() => ID, { description: 'Id of the equipment.' }) equipmentId!: string;
  @Field(() => String, { description: 'Name of the equipment.' }) name!: string;
  @Field(() => Float, { description: 'Exergy it takes at the plant boundary, kW.' }) exergyInputKW!: number;
  @Field(() => Float, { description: 'Share of the plant’s boundary exergy input, %.' }) sharePct!: number;
  @Field(() => Float, { description: 'Its exergy destroyed, kW.' }) exergyDestroyedKW!: number;
}

@ObjectType({ description: 'One action of the plan.' })
export class EnergyAction implements Engine.ActionItem {
  @Field(() => Int, { description: '1 = first: quick wins first, then by savings.' }) rank!: number;
  @Field(() => ActionSource, { description: 'Which analysis proposed it.' }) source!: ActionSource;
  @Field(() => ActionHorizon, { description: 'When to do it.' }) horizon!: ActionHorizon;
  @Field(() => String, { description: 'The measure.' }) title!: string;
  @Field(() => String, { description: 'The unit (or source → target) it concerns.' }) equipment!: string;
  @Field(() => Float, { description: 'EUR/yr' }) annualSavingsEur!: number;
  @Field(() => Float, { nullable: true, description: 'EUR; null where not estimated.' }) investmentEur!: number | null;
  @Field(() => Float, { nullable: true, description: 'years' }) paybackYears!: number | null;
  @Field(() => Float, { nullable: true, description: 'CO₂ avoided, t/yr; null where not estimated.' })
  co2AvoidedTonnesPerYear!: number | null;
}

@ObjectType({
  description:
    'ISO 50001 energy review of the run: the plant’s EnPIs against the project’s energy baseline (the run marked with setEnergyBaseline, or the first of the history, per ISO 50006) with change and trend, the significant energy uses, and one action plan from the recommendations, integration opportunities and thermoeconomic strategies.',
})
export class EnergyReview implements Engine.EnergyReviewResult {
  @Field(() => ID, { description: 'The baseline run.' }) baselineAnalysisId!: string;
  @Field(() => Date, { description: 'When the baseline run happened (ISO 8601).' }) baselineAnalyzedAt!: Date;
  @Field(() => Boolean, { description: 'True when the user marked the baseline; false: the first run is used.' })
  baselineMarked!: boolean;
  @Field(() => [EnergyPerformanceIndicator], { description: 'The energy performance indicators against the baseline.' })
  enpis!: EnergyPerformanceIndicator[];
  @Field(() => Float, { description: 'Share of the plant’s input above which a unit is a significant use, %.' })
  significantEnergyUseThresholdPct!: number;
  @Field(() => [SignificantEnergyUse], {
    description: 'Units taking at least 10 % of the boundary input.',
    complexity: plantSizedList,
  })
  significantEnergyUses!: SignificantEnergyUse[];
  @Field(() => [EnergyAction], {
    description:
      'One action plan from recommendations, integration opportunities and thermoeconomic strategies, by horizon.',
    complexity: plantSizedList,
  })
  actionPlan!: EnergyAction[];
  @Field(() => [String], { description: 'What limits the review (no baseline, stale runs …).' }) warnings!: string[];
}
