/**
 * Typed GraphQL views of the engine's equipment result parts (economics,
 * benchmark, recommendations, loss and heat-recovery streams). Field names
 * and units follow src/engine/equipment/types.ts.
 */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type {
  BenchmarkClass as EngineBenchmarkClass,
  RecommendationPriority as EngineRecommendationPriority,
} from '../../engine/equipment/types';
import { allKeys, graphqlEnumOf } from '../shared/graphql-enum';
import type {
  Benchmark as EngineBenchmark,
  Exergoeconomics as EngineExergoeconomics,
  HeatRecoveryStream as EngineHeatRecoveryStream,
  LossStream as EngineLossStream,
  Recommendation as EngineRecommendation,
  Warning as EngineWarning,
} from '../../engine/equipment/types';

export const RecommendationPriority = graphqlEnumOf(
  allKeys<EngineRecommendationPriority>()(['high', 'medium', 'low']),
  {
    name: 'RecommendationPriority',
    description: 'How urgent a measure or a hotspot is.',
    valueDescriptions: {
      high: 'Do first: a large share of the destruction or a short payback.',
      medium: 'Worth planning.',
      low: 'Minor; do when convenient.',
    },
  },
);
export type RecommendationPriority = EngineRecommendationPriority;

export const BenchmarkClass = graphqlEnumOf(
  allKeys<EngineBenchmarkClass>()(['poor', 'below_average', 'average', 'good', 'excellent']),
  {
    name: 'BenchmarkClass',
    description: 'Exergetic-efficiency class against the subtype benchmark.',
    valueDescriptions: {
      poor: 'Below the poor threshold (poorPct): urgent improvement advised.',
      below_average: 'Between poorPct and averagePct: high improvement potential.',
      average: 'Between averagePct and goodPct: improvement opportunities exist.',
      good: 'Between goodPct and excellentPct: limited improvement potential.',
      excellent: 'At or above excellentPct: best-practice level.',
    },
  },
);
export type BenchmarkClass = EngineBenchmarkClass;

@ObjectType({ description: 'SPECO exergoeconomics of one equipment (Lazzaretto & Tsatsaronis 2006).' })
export class Exergoeconomics implements EngineExergoeconomics {
  @Field(() => Float, { description: 'Purchased equipment cost PEC, EUR.' })
  purchasedEquipmentCostEur!: number;

  @Field(() => Boolean, { description: 'True when PEC comes from the cost correlation, not from equipment_cost_eur.' })
  purchasedEquipmentCostEstimated!: boolean;

  @Field(() => Float, { description: 'Total capital investment TCI, EUR.' })
  totalCapitalInvestmentEur!: number;

  @Field(() => Float, { description: 'Capital recovery factor CRF, 1/yr.' })
  capitalRecoveryFactor!: number;

  @Field(() => Float, { description: 'Investment and O&M cost rate Ż, EUR/h.' })
  investmentCostRateEurPerH!: number;

  @Field(() => Float, { description: 'Specific cost of fuel exergy c_F, EUR/kWh.' })
  fuelCostEurPerKWh!: number;

  @Field(() => Float, { description: 'Cost rate of exergy destruction Ċ_D, EUR/h.' })
  destructionCostRateEurPerH!: number;

  @Field(() => Float, { description: 'Cost rate of exergy losses Ċ_L, EUR/h.' })
  lossCostRateEurPerH!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Exergoeconomic factor f = Ż/(Ż + Ċ_D + Ċ_L), dimensionless; null when undefined.',
  })
  exergoeconomicFactor!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Specific cost of product exergy c_P, EUR/kWh; null when E_P is 0.',
  })
  productCostEurPerKWh!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Relative cost difference r = (c_P − c_F)/c_F, dimensionless; null when undefined.',
  })
  relativeCostDifference!: number | null;

  @Field(() => Float, { description: 'Ż + Ċ_D + Ċ_L, EUR/h.' })
  totalCostRateEurPerH!: number;
}

@ObjectType({ description: 'How the exergetic efficiency compares with the subtype benchmark.' })
export class Benchmark implements EngineBenchmark {
  @Field(() => BenchmarkClass, { description: "Efficiency class of the unit against its subtype's thresholds." })
  benchmarkClass!: BenchmarkClass;

  @Field(() => Int, { description: 'Percentile among typical units, 0–100.' })
  percentile!: number;

  @Field(() => String, { description: 'The class in a sentence, English.' })
  comparisonTextEn!: string;

  @Field(() => String, { description: 'The class in a sentence, Turkish.' })
  comparisonTextTr!: string;

  @Field(() => Float, { description: 'Below this exergetic efficiency the unit is poor, %.' })
  poorPct!: number;

  @Field(() => Float, { description: 'Threshold of the average class, %.' })
  averagePct!: number;

  @Field(() => Float, { description: 'Threshold of the good class, %.' })
  goodPct!: number;

  @Field(() => Float, { description: 'Threshold of the excellent class, %.' })
  excellentPct!: number;
}

@ObjectType({ description: 'An improvement measure with its estimated savings.' })
export class Recommendation implements EngineRecommendation {
  @Field(() => String, { description: 'Stable key of the measure within its equipment type.' })
  key!: string;

  @Field(() => String, { description: 'Kind of measure (heat recovery, controls, maintenance, replacement …).' })
  category!: string;

  @Field(() => String, { description: 'Short title, English.' })
  titleEn!: string;

  @Field(() => String, { description: 'Short title, Turkish.' })
  titleTr!: string;

  @Field(() => String, { description: 'The measure explained, English.' })
  descriptionEn!: string;

  @Field(() => String, { description: 'The measure explained, Turkish.' })
  descriptionTr!: string;

  @Field(() => Float, { nullable: true, description: 'Exergy saved, kW; null where not estimated.' })
  savingsKW!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Fossil CO₂ the measure avoids, t/yr: its exergy saving's share of the unit's exergy of fuel times all CO₂ that fuel carries (own and supplied); null where savings are not estimated, the supply is unknown, or on results from before CO₂ accounting.",
  })
  co2AvoidedTonnesPerYear!: number | null;

  @Field(() => Float, { description: 'Savings, EUR/yr.' })
  savingsEurPerYear!: number;

  @Field(() => Float, { nullable: true, description: 'Investment, EUR; null when unknown.' })
  investmentEur!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Simple payback, years; null when there are no savings or no investment estimate.',
  })
  paybackYears!: number | null;

  @Field(() => RecommendationPriority, { description: 'How urgent the measure is.' })
  priority!: RecommendationPriority;
}

@ObjectType({ description: 'An exergy loss: a stream leaving the unit unused.' })
export class LossStream implements EngineLossStream {
  @Field(() => String, {
    description: 'Stable key of the stream within its equipment type (e.g. flue_gas, cooling_water).',
  })
  key!: string;

  @Field(() => String, { description: 'The stream in words, English.' })
  label!: string;

  @Field(() => Float, { description: 'Exergy lost with the stream, kW.' })
  exergyKW!: number;
}

export const HeatMedium = graphqlEnumOf(
  allKeys<EngineHeatRecoveryStream['medium']>()([
    'air',
    'water',
    'flue_gas',
    'steam',
    'exhaust_air',
    'oil',
    'refrigerant',
    'other',
  ]),
  {
    name: 'HeatMedium',
    description: 'The fluid that carries a waste-heat stream.',
    valueDescriptions: {
      air: 'Air (e.g. compressor cooling air).',
      water: 'Water (cooling water, condensate, jacket water).',
      flue_gas: 'Combustion flue gas.',
      steam: 'Steam (flash or exhaust steam).',
      exhaust_air: 'Exhaust air of a dryer or ventilation.',
      oil: 'Lubricating or thermal oil.',
      refrigerant: 'Refrigerant at the condenser or desuperheater.',
      other: 'Any other medium.',
    },
  },
);
export type HeatMedium = EngineHeatRecoveryStream['medium'];

@ObjectType({ description: 'Waste heat another unit could use.' })
export class HeatRecoveryStream implements EngineHeatRecoveryStream {
  @Field(() => String, {
    description: 'Stable key of the stream within its equipment type (e.g. oil_cooler, flue_gas).',
  })
  key!: string;

  @Field(() => String, { description: 'The stream in words, English.' })
  label!: string;

  @Field(() => Float, { description: 'Recoverable heat, kW thermal.' })
  heatKW!: number;

  @Field(() => Float, { description: 'Exergy of that heat, kW.' })
  exergyKW!: number;

  @Field(() => Float, { description: 'Temperature the heat is available at, °C.' })
  temperatureC!: number;

  @Field(() => HeatMedium, { description: 'What carries the heat.' })
  medium!: HeatMedium;
}

@ObjectType({ description: 'A note about the inputs or the result.' })
export class AnalysisWarning implements EngineWarning {
  @Field(() => String, { description: 'Stable machine-readable code of the warning.' })
  code!: string;

  @Field(() => String, { description: 'The warning in English.' })
  message!: string;
}
