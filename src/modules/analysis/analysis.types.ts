import { Field, Float, ID, ObjectType } from 'type-graphql';
import type { AnyEquipmentResult } from '../../engine/equipment';
import type { EquipmentResult } from '../../engine/equipment/types';
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

/**
 * The analysis of one equipment as the API shows it: the row's headline
 * figures and, field for field, the engine's EquipmentResult
 * (src/engine/equipment/types.ts), whose detail JSON is parsed only when a
 * client selects a detail field.
 * Balance: exergyFuelKW = exergyProductKW + exergyLossKW + exergyDestroyedKW.
 */
/** What a view is built from: the row's headline columns now, the detail only when a detail field is asked for. */
export interface ResultSource {
  id: string;
  /** The unit's id: an equipment of the project, or a unit only a scenario adds (no equipment row). */
  equipmentId: string;
  /** The unit's name when it was analysed. */
  equipmentName: string;
  analyzedAt: Date;
  stale: boolean;
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

@ObjectType('AnalysisResult', { description: 'Second-law analysis of one equipment.' })
export class AnalysisResultView implements Lazy<
  Omit<
    EquipmentResult,
    // Served by the metrics field resolver, or not published (how the factory prices and links the unit).
    'metrics' | 'fuelKind' | 'fuelEnergyKW'
  >
> {
  private detailed?: Promise<AnyEquipmentResult>;

  constructor(private readonly source: ResultSource) {}

  /** Not a GraphQL field: the equipment resolver loads it. */
  get equipmentId(): string {
    return this.source.equipmentId;
  }

  /** The full engine result, fetched (batched) the first time a detail field needs it. */
  detail(): Promise<AnyEquipmentResult> {
    this.detailed ??= this.source.detail();
    return this.detailed;
  }

  @Field(() => ID)
  get id(): string {
    return this.source.id;
  }

  @Field(() => String, {
    description: 'The unit’s name when it was analysed (it may have been renamed or removed since).',
  })
  get equipmentName(): string {
    return this.source.equipmentName;
  }

  @Field(() => Date, { description: 'When the analysis ran (ISO 8601).' })
  get analyzedAt(): Date {
    return this.source.analyzedAt;
  }

  @Field(() => Boolean, { description: 'True when the equipment or the project settings changed after this analysis.' })
  get stale(): boolean {
    return this.source.stale;
  }

  @Field(() => EquipmentType, { description: 'Equipment type the analysis was made for.' })
  get type(): EquipmentType {
    return this.source.headline.type;
  }

  @Field(() => String, { description: 'Subtype the analysis was made for.' })
  get subtype(): string {
    return this.source.headline.subtype;
  }

  @Field(() => Float, { description: 'Exergy of fuel E_F, kW.' })
  get exergyFuelKW(): number {
    return this.source.headline.exergyFuelKW;
  }

  @Field(() => Float, { description: 'Exergy of product E_P, kW.' })
  get exergyProductKW(): number {
    return this.source.headline.exergyProductKW;
  }

  @Field(() => Float, { description: 'Exergy losses E_L (streams leaving unused), kW.' })
  get exergyLossKW(): number {
    return this.source.headline.exergyLossKW;
  }

  @Field(() => Float, { description: 'Exergy destroyed E_D (irreversibility, T0·S_gen), kW.' })
  get exergyDestroyedKW(): number {
    return this.source.headline.exergyDestroyedKW;
  }

  @Field(() => Float, { nullable: true, description: 'Exergetic efficiency E_P/E_F, %; null when E_F is 0.' })
  get exergeticEfficiencyPct(): number | null {
    return this.source.headline.exergeticEfficiencyPct;
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
    return this.source.headline.annualLossEur;
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

  @Field(() => Exergoeconomics, { nullable: true })
  get economics(): Promise<Exergoeconomics> {
    return this.detail().then((d) => d.economics);
  }

  @Field(() => Benchmark, { nullable: true })
  get benchmark(): Promise<Benchmark> {
    return this.detail().then((d) => d.benchmark);
  }

  @Field(() => [Recommendation], { description: 'Improvement measures, highest priority first.' })
  get recommendations(): Promise<Recommendation[]> {
    return this.detail().then((d) => d.recommendations);
  }

  @Field(() => [AnalysisWarning])
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
}
