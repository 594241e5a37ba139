/** The CO₂ accounts of a unit and of a plant, as the API shows them (engine: equipment/common/carbon.ts, factory/carbon.ts). */
import { Field, Float, ID, ObjectType } from 'type-graphql';
import type {
  CarbonProductShare as EngineCarbonProductShare,
  CarbonSource as EngineCarbonSource,
  EquipmentCarbon as EngineEquipmentCarbon,
} from '../../engine/equipment/types';
import type { PlantCarbon as EnginePlantCarbon } from '../../engine/factory/types';
import type { FuelKey } from '../../engine/thermo/fuels';
import { allKeys, graphqlEnumOf } from '../shared/graphql-enum';

export const CarbonSource = graphqlEnumOf(allKeys<EngineCarbonSource>()(['fuel', 'electricity', 'supplied']), {
  name: 'CarbonSource',
  description:
    "Where a unit's CO₂ comes from. FUEL: the fuel it burns (direct); ELECTRICITY: the grid electricity it takes (indirect); SUPPLIED: a stream (heat, steam, hot air) another unit supplies, which carries that unit's CO₂.",
  valueDescriptions: {
    fuel: 'The fuel the unit burns (direct, scope 1).',
    electricity: 'The grid electricity the unit takes (indirect, scope 2, at the grid factor).',
    supplied: 'A stream (heat, steam, hot air) another unit supplies, carrying that unit’s CO₂.',
  },
});
export type CarbonSource = EngineCarbonSource;

@ObjectType({
  description: "One product of a unit with the CO₂ allocated to it by exergy (a CHP turbine's power and heat).",
})
export class CarbonProductShare implements EngineCarbonProductShare {
  @Field(() => String, { description: 'Product key: power, heat, or product for a unit with one product.' })
  key!: string;

  @Field(() => String, { description: 'The product (power, heat …).' })
  label!: string;

  @Field(() => Float, { description: 'Exergy of the product, kW.' })
  exergyKW!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      "CO₂ allocated to this product, t/yr: the unit's allocated CO₂ shared by exergy (not by energy); null when the unit's supply is unknown.",
  })
  co2AllocatedTonnesPerYear!: number | null;
}

@ObjectType({
  description:
    "A unit's CO₂ account over its operating hours. Own emissions count the fuel and electricity it takes at the plant boundary; CO₂ received with a supplied stream and passed on with its product are allocated by exergy (each kWh of exergy of one product carries the same CO₂), so a plant's units add up to its boundary emissions.",
})
export class EquipmentCarbon implements EngineEquipmentCarbon {
  @Field(() => CarbonSource, { description: "Where the unit's CO₂ comes from." })
  source!: CarbonSource;

  @Field(() => String, { nullable: true, description: 'Fuel key (see fuels) where source is FUEL.' })
  fuel!: FuelKey | null;

  @Field(() => Float, {
    description:
      "Share of the unit's exergy of fuel bought at the plant boundary, 0–1 (the rest comes over a supply link).",
  })
  boundaryShare!: number;

  @Field(() => Float, {
    description: 'Fossil CO₂ from the fuel it burns, t/yr (IPCC 2006 Vol. 2 Table 2.2 default factors).',
  })
  co2DirectTonnesPerYear!: number;

  @Field(() => Float, {
    description: "CO₂ of the grid electricity it takes, t/yr (the project's gridEmissionFactorKgPerKWh).",
  })
  co2IndirectTonnesPerYear!: number;

  @Field(() => Float, {
    description: 'Biogenic CO₂ from biomass, t/yr: reported apart, not part of the emissions (GHG Protocol).',
  })
  co2BiogenicTonnesPerYear!: number;

  @Field(() => Float, { description: 'Direct + indirect emissions at the plant boundary, t/yr.' })
  co2EmissionsTonnesPerYear!: number;

  @Field(() => Float, { description: "The emissions at the project's carbonPriceEurPerTonne, EUR/yr." })
  co2CostEurPerYear!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'CO₂ received with the exergy another unit supplies, allocated by exergy, t/yr; null when part of the fuel (heat, steam) comes from outside the modelled plant.',
  })
  co2SuppliedTonnesPerYear!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'CO₂ handed on with the product this unit supplies to other units, t/yr (exergy basis).',
  })
  co2PassedOnTonnesPerYear!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'CO₂ of the product the unit keeps: emissions + supplied − passed on, t/yr.',
  })
  co2AllocatedTonnesPerYear!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'CO₂ per kWh of exergy of product, kg CO₂/kWh (exergy-based allocation).',
  })
  co2IntensityKgPerKWh!: number | null;

  @Field(() => [CarbonProductShare], { description: 'The products with their share of the CO₂, by exergy.' })
  products!: CarbonProductShare[];
}

@ObjectType({
  description:
    "The plant's CO₂ at its boundary, t/yr: the sum of the units' own emissions, so a stream one unit supplies another is not counted twice.",
})
export class PlantCarbon implements EnginePlantCarbon {
  @Field(() => Float, { description: 'Fossil CO₂ from fuels burnt in the plant, t/yr.' })
  co2DirectTonnesPerYear!: number;

  @Field(() => Float, { description: 'CO₂ of the grid electricity the plant takes, t/yr.' })
  co2IndirectTonnesPerYear!: number;

  @Field(() => Float, { description: 'Biogenic CO₂ (biomass), t/yr, reported apart.' })
  co2BiogenicTonnesPerYear!: number;

  @Field(() => Float, { description: 'Direct + indirect, t/yr.' })
  co2EmissionsTonnesPerYear!: number;

  @Field(() => Float, { description: 'The emissions at the carbon price, EUR/yr.' })
  co2CostEurPerYear!: number;

  @Field(() => [ID], {
    description:
      'Equipment whose fuel (heat, steam) partly comes from outside the modelled plant: the CO₂ of that supply is not counted.',
  })
  unitsWithUnknownSupply!: string[];

  @Field(() => Float, { description: 'Grid factor the run used, kg CO₂/kWh.' })
  gridEmissionFactorKgPerKWh!: number;

  @Field(() => Float, { description: 'Carbon price the run used, EUR/t CO₂.' })
  carbonPriceEurPerTonne!: number;
}
