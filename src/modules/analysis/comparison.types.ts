/**
 * Before/after deltas as GraphQL types, reusable by any comparison (a unit's what-if, a plant scenario's
 * totals): build them with the engine's `metricDeltas(before, after)` (src/engine/compare), whose objects
 * these types publish field for field.
 */
import { Field, Float, ObjectType } from 'type-graphql';
import type * as Engine from '../../engine/compare';
import { allKeys, graphqlEnumOf } from '../shared/graphql-enum';

export const ComparisonMetric = graphqlEnumOf(
  allKeys<Engine.ComparisonMetric>()([
    'exergy_fuel',
    'exergy_product',
    'exergy_loss',
    'exergy_destroyed',
    'exergy_destroyed_avoidable',
    'exergy_destroyed_unavoidable',
    'exergetic_efficiency',
    'avoidable_ratio',
    'annual_loss_energy',
    'annual_loss_cost',
    'co2_emissions',
  ]),
  {
    name: 'ComparisonMetric',
    description: 'A metric compared before and after a change (its unit and better direction on each value).',
    valueDescriptions: {
      exergy_fuel: 'Exergy of fuel E_F, kW; lower is better.',
      exergy_product: 'Exergy of product E_P, kW; higher is better.',
      exergy_loss: 'Exergy losses E_L, kW; lower is better.',
      exergy_destroyed: 'Exergy destroyed E_D, kW; lower is better.',
      exergy_destroyed_avoidable: 'Avoidable part of E_D, kW; lower is better.',
      exergy_destroyed_unavoidable: 'Unavoidable part of E_D, kW; lower is better.',
      exergetic_efficiency: 'Exergetic efficiency E_P/E_F, %; its change is in percentage points; higher is better.',
      avoidable_ratio:
        'Avoidable share of E_D, %; its change is in percentage points; lower is better (Correction F-4a: the original classed it higher-is-better).',
      annual_loss_energy: 'Exergy wasted per year (E_D + E_L)·hours, kWh/yr; lower is better.',
      annual_loss_cost: 'Cost of the exergy wasted per year, EUR/yr; lower is better.',
      co2_emissions: 'CO₂ emissions (direct + indirect), t/yr; lower is better.',
    },
  },
);
export type ComparisonMetric = Engine.ComparisonMetric;

export const MetricDirection = graphqlEnumOf(
  allKeys<Engine.MetricDirection>()(['higher_is_better', 'lower_is_better']),
  {
    name: 'MetricDirection',
    description: 'Which way a metric improves.',
    valueDescriptions: {
      higher_is_better: 'An increase is an improvement.',
      lower_is_better: 'A decrease is an improvement.',
    },
  },
);
export type MetricDirection = Engine.MetricDirection;

@ObjectType({
  description:
    'One metric before (baseline) and after (scenario) a change. Figures are in `unit`; `change` is in `changeUnit` (percentage points for % metrics).',
})
export class MetricDelta implements Engine.MetricDelta {
  @Field(() => ComparisonMetric, { description: 'Which metric.' })
  metric!: ComparisonMetric;

  @Field(() => String, { description: 'English label.' })
  labelEn!: string;

  @Field(() => String, { description: 'Turkish label.' })
  labelTr!: string;

  @Field(() => String, { description: 'Unit of baseline and scenario: kW, %, kWh/yr, EUR/yr or t/yr.' })
  unit!: string;

  @Field(() => String, { description: 'Unit of change: the metric’s unit, or "percentage points" for % metrics.' })
  changeUnit!: string;

  @Field(() => MetricDirection, { description: 'Which way the metric improves.' })
  direction!: MetricDirection;

  @Field(() => Float, { nullable: true, description: 'Value before the change, in `unit`; null where undefined.' })
  baseline!: number | null;

  @Field(() => Float, { nullable: true, description: 'Value after the change, in `unit`; null where undefined.' })
  scenario!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'scenario − baseline in `changeUnit` (efficiency and shares in percentage points); 0 within 1e-9 relative; null when either side is null.',
  })
  change!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Relative change 100·change/|baseline|, % (for % metrics: percent of the baseline figure, not points); null when the baseline is 0 or either side null.',
  })
  changePct!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: better by the metric’s direction; false: worse; null when unchanged or either side is null.',
  })
  improved!: boolean | null;
}
