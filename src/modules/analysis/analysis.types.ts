import { Field, Float, ID, ObjectType } from 'type-graphql';
import type { EquipmentMetrics } from '../../engine/equipment';
import type { EquipmentResult } from '../../engine/equipment/types';
import { EquipmentType } from '../equipment/equipment-type.enum';
import {
  AnalysisWarning,
  Benchmark,
  Exergoeconomics,
  HeatRecoveryStream,
  LossStream,
  Recommendation,
} from './equipment-result.types';

/**
 * The analysis of one equipment as the API shows it: the stored row plus the
 * engine's EquipmentResult (src/engine/equipment/types.ts), field for field.
 * Balance: exergyFuelKW = exergyProductKW + exergyLossKW + exergyDestroyedKW.
 */
@ObjectType('AnalysisResult', { description: 'Second-law analysis of one equipment.' })
export class AnalysisResultView implements Omit<
  EquipmentResult,
  // Served by field resolvers (metrics) or not published (how the factory prices and links the unit).
  'metrics' | 'fuelKind' | 'fuelEnergyKW'
> {
  @Field(() => ID)
  id!: string;

  /** Not a GraphQL field: the equipment resolver loads it. */
  equipmentId!: string;

  @Field(() => Date, { description: 'When the analysis ran (ISO 8601).' })
  analyzedAt!: Date;

  @Field(() => Boolean, { description: 'True when the equipment or the project settings changed after this analysis.' })
  stale!: boolean;

  @Field(() => EquipmentType, { description: 'Equipment type the analysis was made for.' })
  type!: EquipmentType;

  @Field(() => String, { description: 'Subtype the analysis was made for.' })
  subtype!: string;

  @Field(() => Float, { description: 'Exergy of fuel E_F, kW.' })
  exergyFuelKW!: number;

  @Field(() => Float, { description: 'Exergy of product E_P, kW.' })
  exergyProductKW!: number;

  @Field(() => Float, { description: 'Exergy losses E_L (streams leaving unused), kW.' })
  exergyLossKW!: number;

  @Field(() => Float, { description: 'Exergy destroyed E_D (irreversibility, T0·S_gen), kW.' })
  exergyDestroyedKW!: number;

  @Field(() => Float, { nullable: true, description: 'Exergetic efficiency E_P/E_F, %; null when E_F is 0.' })
  exergeticEfficiencyPct!: number | null;

  @Field(() => Float, { nullable: true, description: 'First-law (energy) efficiency, %; null where not meaningful.' })
  energyEfficiencyPct!: number | null;

  @Field(() => Float, { nullable: true, description: 'Avoidable part of E_D, kW.' })
  exergyDestroyedAvoidableKW!: number;

  @Field(() => Float, { nullable: true, description: 'Unavoidable part of E_D, kW.' })
  exergyDestroyedUnavoidableKW!: number;

  @Field(() => Float, { nullable: true, description: 'Avoidable share of E_D, %; null when E_D is 0.' })
  avoidableRatioPct!: number | null;

  @Field(() => Float, { description: 'Operating hours used, h/yr (equipment override or project).' })
  operatingHoursPerYear!: number;

  @Field(() => Float, { description: 'Price of the unit’s fuel used, EUR/kWh.' })
  energyPriceEurPerKWh!: number;

  @Field(() => Float, { nullable: true, description: 'Exergy wasted per year (E_D + E_L)·hours, kWh/yr.' })
  annualLossKWh!: number;

  @Field(() => Float, { nullable: true, description: 'Cost of the exergy wasted per year, EUR/yr.' })
  annualLossEur!: number;

  @Field(() => Float, { nullable: true, description: 'Recoverable waste heat, kW thermal.' })
  heatRecoveryPotentialKW!: number;

  @Field(() => [LossStream], { description: 'Exergy losses by stream; their sum is exergyLossKW.' })
  losses!: LossStream[];

  @Field(() => [HeatRecoveryStream], { description: 'Waste-heat streams with the temperature they are available at.' })
  heatRecovery!: HeatRecoveryStream[];

  @Field(() => Exergoeconomics, { nullable: true })
  economics!: Exergoeconomics;

  @Field(() => Benchmark, { nullable: true })
  benchmark!: Benchmark;

  @Field(() => [Recommendation], { description: 'Improvement measures, highest priority first.' })
  recommendations!: Recommendation[];

  @Field(() => [AnalysisWarning])
  warnings!: AnalysisWarning[];

  /** The engine's type-specific metrics, exposed through the `metrics` field resolver. */
  rawMetrics!: EquipmentMetrics;
}
