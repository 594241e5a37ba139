/**
 * What every analysis of one unit shows, stored or not: the `EquipmentAnalysis` interface that
 * AnalysisResult (stored, of an equipment) and AnalysisPreview (computed on request, nothing stored)
 * implement, so a client selects the figures once in a fragment on EquipmentAnalysis and spreads it on
 * either. Field for field the engine's EquipmentResult (src/engine/equipment/types.ts); the detail is
 * fetched only when a detail field is selected.
 * Balance: exergyFuelKW = exergyProductKW + exergyLossKW + exergyDestroyedKW.
 */
import { Field, Float, InterfaceType } from 'type-graphql';
import type { AnyEquipmentResult, EquipmentMetrics } from '../../engine/equipment';
import type { EquipmentResult } from '../../engine/equipment/types';
import { radarBenchmark } from '../../engine/radar';
import { EquipmentType } from '../equipment/equipment-type.enum';
import { EquipmentCarbon } from './carbon.types';
import {
  AnalysisWarning,
  Benchmark,
  Exergoeconomics,
  HeatRecoveryStream,
  LossStream,
  Recommendation,
} from './equipment-result.types';
import { EquipmentMetricsUnion } from './metrics.types';
import { RadarBenchmark } from './radar.types';

/** What a view is built from: the headline figures now, the full result only when a detail field asks for it. */
export interface ComputedSource {
  headline: Headline;
  detail: () => Promise<AnyEquipmentResult>;
}

export type Headline = Pick<AnyEquipmentResult, HeadlineField>;
type HeadlineField =
  | 'type'
  | 'subtype'
  | 'exergyFuelKW'
  | 'exergyProductKW'
  | 'exergyLossKW'
  | 'exergyDestroyedKW'
  | 'exergeticEfficiencyPct'
  | 'annualLossEur';

/** Each field of T, or a promise of it (GraphQL awaits either). */
type Lazy<T> = { [K in keyof T]: T[K] | Promise<T[K]> };

@InterfaceType('EquipmentAnalysis', {
  description:
    'Second-law analysis of one unit: the figures AnalysisResult (stored) and AnalysisPreview (computed, not stored) share.',
})
export abstract class EquipmentAnalysisView implements Lazy<
  Omit<
    EquipmentResult,
    // Not published: how the factory prices and links the unit, and the heat loads only the plant pinch reads.
    'fuelKind' | 'fuelEnergyKW' | 'heatStreams'
  >
> {
  private detailed?: Promise<AnyEquipmentResult>;

  constructor(private readonly computed: ComputedSource) {}

  /** The full engine result, fetched (batched) the first time a detail field needs it. */
  detail(): Promise<AnyEquipmentResult> {
    this.detailed ??= this.computed.detail();
    return this.detailed;
  }

  @Field(() => EquipmentType, { description: 'Equipment type the analysis was made for.' })
  get type(): EquipmentType {
    return this.computed.headline.type;
  }

  @Field(() => String, { description: 'Subtype the analysis was made for.' })
  get subtype(): string {
    return this.computed.headline.subtype;
  }

  @Field(() => Float, { description: 'Exergy of fuel E_F, kW.' })
  get exergyFuelKW(): number {
    return this.computed.headline.exergyFuelKW;
  }

  @Field(() => Float, { description: 'Exergy of product E_P, kW.' })
  get exergyProductKW(): number {
    return this.computed.headline.exergyProductKW;
  }

  @Field(() => Float, { description: 'Exergy losses E_L (streams leaving unused), kW.' })
  get exergyLossKW(): number {
    return this.computed.headline.exergyLossKW;
  }

  @Field(() => Float, { description: 'Exergy destroyed E_D (irreversibility, T0·S_gen), kW.' })
  get exergyDestroyedKW(): number {
    return this.computed.headline.exergyDestroyedKW;
  }

  @Field(() => Float, { nullable: true, description: 'Exergetic efficiency E_P/E_F, %; null when E_F is 0.' })
  get exergeticEfficiencyPct(): number | null {
    return this.computed.headline.exergeticEfficiencyPct;
  }

  @Field(() => Float, {
    nullable: true,
    description:
      'First-law (energy) efficiency, 0–100 %; compressor: isothermal W_iso/W_el; fired boiler: useful heat over the fuel’s higher heating value; null where not meaningful (chiller: see its COP).',
  })
  get energyEfficiencyPct(): Promise<number | null> {
    return this.detail().then((d) => d.energyEfficiencyPct);
  }

  @Field(() => Float, { nullable: true, description: 'Avoidable part of E_D, kW.' })
  get exergyDestroyedAvoidableKW(): Promise<number> {
    return this.detail().then((d) => d.exergyDestroyedAvoidableKW);
  }

  @Field(() => Float, { nullable: true, description: 'Unavoidable part of E_D, kW.' })
  get exergyDestroyedUnavoidableKW(): Promise<number> {
    return this.detail().then((d) => d.exergyDestroyedUnavoidableKW);
  }

  @Field(() => Float, { nullable: true, description: 'Avoidable share of E_D, %; null when E_D is 0.' })
  get avoidableRatioPct(): Promise<number | null> {
    return this.detail().then((d) => d.avoidableRatioPct);
  }

  @Field(() => Float, { description: 'Operating hours used, h/yr (equipment override or project).' })
  get operatingHoursPerYear(): Promise<number> {
    return this.detail().then((d) => d.operatingHoursPerYear);
  }

  @Field(() => Float, { description: 'Price of the unit’s fuel used, EUR/kWh.' })
  get energyPriceEurPerKWh(): Promise<number> {
    return this.detail().then((d) => d.energyPriceEurPerKWh);
  }

  @Field(() => Float, { nullable: true, description: 'Exergy wasted per year (E_D + E_L)·hours, kWh/yr.' })
  get annualLossKWh(): Promise<number> {
    return this.detail().then((d) => d.annualLossKWh);
  }

  @Field(() => Float, { nullable: true, description: 'Cost of the exergy wasted per year, EUR/yr.' })
  get annualLossEur(): number {
    return this.computed.headline.annualLossEur;
  }

  @Field(() => Float, { nullable: true, description: 'Recoverable waste heat, kW thermal.' })
  get heatRecoveryPotentialKW(): Promise<number> {
    return this.detail().then((d) => d.heatRecoveryPotentialKW);
  }

  @Field(() => [LossStream], { description: 'Exergy losses by stream; their sum is exergyLossKW.' })
  get losses(): Promise<LossStream[]> {
    return this.detail().then((d) => d.losses);
  }

  @Field(() => [HeatRecoveryStream], { description: 'Waste-heat streams with the temperature they are available at.' })
  get heatRecovery(): Promise<HeatRecoveryStream[]> {
    return this.detail().then((d) => d.heatRecovery);
  }

  @Field(() => Exergoeconomics, { nullable: true, description: 'Exergoeconomics (SPECO) of the unit.' })
  get economics(): Promise<Exergoeconomics> {
    return this.detail().then((d) => d.economics);
  }

  @Field(() => Benchmark, { nullable: true, description: 'Exergetic efficiency against the subtype benchmark.' })
  get benchmark(): Promise<Benchmark> {
    return this.detail().then((d) => d.benchmark);
  }

  @Field(() => [Recommendation], { description: 'Improvement measures, highest priority first.' })
  get recommendations(): Promise<Recommendation[]> {
    return this.detail().then((d) => d.recommendations);
  }

  @Field(() => [AnalysisWarning], {
    description: 'What the engine noticed about the inputs or the result (codes and messages).',
  })
  get warnings(): Promise<AnalysisWarning[]> {
    return this.detail().then((d) => d.warnings);
  }

  @Field(() => EquipmentCarbon, {
    nullable: true,
    description:
      "The unit's CO₂: own emissions, what it receives and passes on over supply links (exergy-based allocation) and the carbon cost; null on results from before CO₂ accounting.",
  })
  get carbon(): Promise<EquipmentCarbon | null> {
    return this.detail().then((d) => d.carbon);
  }

  @Field(() => EquipmentMetricsUnion, {
    nullable: true,
    description: 'Type-specific metrics (a union: one member per equipment type).',
  })
  get metrics(): Promise<EquipmentMetrics> {
    return this.detail().then((d) => d.metrics);
  }

  @Field(() => RadarBenchmark, {
    nullable: true,
    description:
      'Six-axis 0–100 benchmark of the unit (definitions on RadarAxisKey), computed from this result; null where an axis has nothing to stand on (no exergy of fuel, or neither a fuel price nor capital cost).',
  })
  get radar(): Promise<RadarBenchmark | null> {
    return this.detail().then(radarBenchmark);
  }
}
