/** Thermoeconomic optimisation of a run as the API shows it (engine: src/engine/advanced/thermoeconomic.ts). */
import { Field, Float, ID, ObjectType } from 'type-graphql';
import type * as Engine from '../../engine/advanced';
import { plantSizedList } from '../../graphql/cost-limits';
import { EquipmentType } from '../equipment/equipment-type.enum';
import { allKeys, graphqlEnumOf } from '../shared/graphql-enum';
import { RecommendationPriority } from './equipment-result.types';

export const ThermoeconomicStrategy = graphqlEnumOf(
  allKeys<Engine.Strategy>()(['invest', 'reduce_investment', 'parametric', 'maintain']),
  {
    name: 'ThermoeconomicStrategy',
    description:
      'What the unit’s exergoeconomic factor f says to do, read against its component class (BTM 1996 §8.5).',
    valueDescriptions: {
      invest: 'f below the class range: destruction costs dominate; spend capital on efficiency.',
      reduce_investment: 'f above the class range: capital dominates; a smaller or cheaper unit may cost less overall.',
      parametric: 'f within the range with an avoidable share of E_D above 30 %: tune the operation.',
      maintain: 'f within the range and little avoidable destruction: keep it as it is.',
    },
  },
);
export type ThermoeconomicStrategy = Engine.Strategy;

export const ComponentClass = graphqlEnumOf(
  allKeys<Engine.ComponentClass>()(['heat_exchanger', 'compressor_turbine', 'pump', 'thermal_conversion']),
  {
    name: 'ComponentClass',
    description: 'The class whose typical f range a unit is read against.',
    valueDescriptions: {
      heat_exchanger: 'Heat exchangers: f 25–55 % (BTM: typically below 55 %).',
      compressor_turbine: 'Compressors, turbines and vapour-compression chillers: f 35–75 % (BTM).',
      pump: 'Pumps: f 70–95 % (BTM: typically above 70 %).',
      thermal_conversion: 'Boilers and dryers (combustion or heat-transfer dominated): f 10–55 %.',
    },
  },
);
export type ComponentClass = Engine.ComponentClass;

@ObjectType({ description: 'The thermoeconomic reading of one unit.' })
export class UnitStrategy implements Engine.UnitStrategy {
  @Field(() => ID, { description: 'Id of the equipment.' }) equipmentId!: string;
  @Field(() => String, { description: 'Name of the equipment.' }) name!: string;
  @Field(() => EquipmentType, { description: 'Type of the equipment.' }) type!: EquipmentType;
  @Field(() => ComponentClass, { description: 'Class of the unit from its exergoeconomic factor.' })
  componentClass!: ComponentClass;
  @Field(() => Float, { nullable: true, description: 'f = Ż/(Ż + Ċ_D + Ċ_L), dimensionless 0–1.' })
  exergoeconomicFactor!: number | null;
  @Field(() => Float, { nullable: true, description: 'r = (c_P − c_F)/c_F, dimensionless.' })
  relativeCostDifference!: number | null;
  @Field(() => Float, { nullable: true, description: 'Avoidable share of E_D, dimensionless 0–1.' })
  avoidableShare!: number | null;
  @Field(() => Float, { description: 'Lower end of the class’s typical f, dimensionless.' }) classLow!: number;
  @Field(() => Float, { description: 'Upper end of the class’s typical f, dimensionless.' }) classHigh!: number;
  @Field(() => ThermoeconomicStrategy, { description: 'What to do about the unit.' }) strategy!: ThermoeconomicStrategy;
  @Field(() => RecommendationPriority, { description: 'high when r > 0.5 and there is something to do.' })
  priority!: RecommendationPriority;
  @Field(() => Float, { description: 'Ċ_D, EUR/h.' }) destructionCostRateEurPerH!: number;
  @Field(() => Float, { description: 'Ż, EUR/h.' }) investmentCostRateEurPerH!: number;
  @Field(() => Float, { description: 'Ċ_D × avoidable share × the unit’s hours, EUR/yr.' }) annualSavingsEur!: number;
  @Field(() => Float, {
    description:
      'Order-of-magnitude investment: a share of the unit’s purchased-equipment cost (invest 50 %, reduce 100 %, parametric 5 %), EUR.',
  })
  investmentEur!: number;
  @Field(() => Float, { nullable: true, description: 'investment / annual savings, years.' }) paybackYears!:
    number | null;
}

@ObjectType({ description: 'Plant totals of the optimisation.' })
export class ThermoeconomicTotals {
  @Field(() => Float, { description: 'ΣŻ, EUR/h.' }) investmentCostRateEurPerH!: number;
  @Field(() => Float, { description: 'ΣĊ_D, EUR/h.' }) destructionCostRateEurPerH!: number;
  @Field(() => Float, { description: 'ΣĊ_L, EUR/h.' }) lossCostRateEurPerH!: number;
  @Field(() => Float, { nullable: true, description: 'Plant f = ΣŻ/(ΣŻ + ΣĊ_D + ΣĊ_L), dimensionless.' })
  exergoeconomicFactor!: number | null;
  @Field(() => Float, { description: 'EUR/yr' }) annualSavingsEur!: number;
  @Field(() => Float, { description: 'EUR' }) investmentEur!: number;
  @Field(() => Float, { nullable: true, description: 'years' }) paybackYears!: number | null;
}

@ObjectType({ description: 'Plotly f–r scatter: one point per unit.' })
export class StrategyScatter {
  @Field(() => [String], { description: 'Point labels (unit names), in the order of the points.' }) labels!: string[];
  @Field(() => [Float], { nullable: 'items', description: 'f per unit, dimensionless.' }) f!: (number | null)[];
  @Field(() => [Float], { nullable: 'items', description: 'r per unit, dimensionless.' }) r!: (number | null)[];
  @Field(() => [ThermoeconomicStrategy], { description: 'The strategy of each point.' })
  strategies!: ThermoeconomicStrategy[];
  @Field(() => [Float], { description: 'EUR/yr per unit (bubble size).' }) annualSavingsEur!: number[];
}

@ObjectType({ description: 'Plotly waterfall of the annual savings by unit, EUR/yr.' })
export class SavingsWaterfall {
  @Field(() => [String], { description: 'Bar labels, in the order of values.' }) labels!: string[];
  @Field(() => [Float], { description: 'EUR/yr' }) values!: number[];
  @Field(() => [String], { description: 'Plotly measure: relative or total.' }) measures!: ('relative' | 'total')[];
}

@ObjectType({
  description:
    'Thermoeconomic optimisation: each unit’s SPECO f and r read against the typical f of its component class (Bejan, Tsatsaronis & Moran 1996 §8.5), a strategy, savings from its avoidable destruction cost over its own hours, investment and payback.',
})
export class ThermoeconomicOptimization implements Engine.ThermoeconomicResult {
  @Field(() => [UnitStrategy], { description: 'Largest savings first.', complexity: plantSizedList })
  units!: UnitStrategy[];
  @Field(() => ThermoeconomicTotals, { description: 'Plant totals of the strategies.' }) totals!: ThermoeconomicTotals;
  @Field(() => StrategyScatter, { description: 'Each unit on relative cost difference against exergoeconomic factor.' })
  scatter!: StrategyScatter;
  @Field(() => SavingsWaterfall, { description: 'Savings of the strategies as a waterfall, EUR/yr.' })
  waterfall!: SavingsWaterfall;
  @Field(() => [String], { description: 'What limits the optimisation.' }) warnings!: string[];
}
