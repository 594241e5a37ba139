/** The API types of scenarios, their changes, runs and comparisons. */
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { plantSizedList } from '../../graphql/cost-limits';
import { MetricDelta } from '../analysis/comparison.types';
import { EquipmentType } from '../equipment/equipment-type.enum';
import { allKeys, graphqlEnumOf } from '../shared/graphql-enum';
import { ScenarioAction } from './scenario-action.enum';
import type { ScenarioComparisonDocument, UnitChangeKind } from './scenario-comparison';

export const UnitChange = graphqlEnumOf(allKeys<UnitChangeKind>()(['ADDED', 'REMOVED', 'UPDATED', 'UNCHANGED']), {
  name: 'UnitChange',
  description: 'What a scenario did to a unit.',
  valueDescriptions: {
    ADDED: 'Added by the scenario (exists only there).',
    REMOVED: 'Left out by the scenario.',
    UPDATED: 'Its parameters patched by the scenario.',
    UNCHANGED: 'As in the project (its figures may still move with the settings or its supply).',
  },
});
export type UnitChange = UnitChangeKind;

@ObjectType({ description: 'A unit a scenario adds.' })
export class ScenarioAddedEquipment {
  @Field(() => ID, { description: 'The unit’s id within the scenario (no equipment of the project has it).' })
  id!: string;

  @Field(() => String, { description: 'Name of the added equipment.' })
  name!: string;

  @Field(() => EquipmentType, { description: 'Type of the added equipment.' })
  type!: EquipmentType;

  @Field(() => String, { description: 'Subtype key from the catalog.' })
  subtype!: string;

  @Field(() => GraphQLJSONObject, { description: 'Catalog parameters with snake_case keys.' })
  parameters!: Record<string, unknown>;

  @Field(() => ID, { nullable: true, description: 'The project unit that supplies its input.' })
  suppliedById!: string | null;
}

@ObjectType({ description: 'One change of a scenario, as stored (validated against the plant).' })
export class ScenarioChange {
  @Field(() => ScenarioAction, { description: 'What the change does.' })
  action!: ScenarioAction;

  @Field(() => ID, { nullable: true, description: 'The unit changed (UPDATE_EQUIPMENT, REMOVE_EQUIPMENT).' })
  equipmentId!: string | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'UPDATE_EQUIPMENT: the patch (keys set to null went back to the catalog default).',
  })
  parameters!: Record<string, unknown> | null;

  @Field(() => ScenarioAddedEquipment, { nullable: true, description: 'ADD_EQUIPMENT: the unit added.' })
  equipment!: ScenarioAddedEquipment | null;

  @Field(() => Float, { description: 'What the change costs, EUR.' })
  investmentEur!: number;
}

@ObjectType({ description: 'The settings a scenario overrides; null fields keep the project’s.' })
export class ScenarioSettings {
  @Field(() => Float, { nullable: true, description: 'Operating hours, h/yr.' }) operatingHours!: number | null;
  @Field(() => Float, { nullable: true, description: 'Energy price, EUR/kWh.' }) energyPriceEurPerKWh!: number | null;
  @Field(() => Float, { nullable: true, description: 'Dead-state temperature, °C.' }) ambientTemperatureC!:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Dead-state pressure, kPa.' }) ambientPressureKPa!: number | null;
  @Field(() => Float, { nullable: true, description: 'Grid CO₂ factor, kg CO₂/kWh.' })
  gridEmissionFactorKgPerKWh!: number | null;
  @Field(() => Float, { nullable: true, description: 'Carbon price, EUR/t CO₂.' }) carbonPriceEurPerTonne!:
    number | null;
}

@ObjectType({ description: 'One unit before and after the scenario.' })
export class EquipmentDelta {
  @Field(() => ID, { description: 'The unit’s id (a project equipment, or a unit the scenario adds).' })
  equipmentId!: string;

  @Field(() => String, { description: 'Name of the equipment.' })
  name!: string;

  @Field(() => EquipmentType, { description: 'Type of the equipment.' })
  type!: EquipmentType;

  @Field(() => UnitChange, {
    description: 'What the scenario does to the unit (added, removed, updated or unchanged).',
  })
  change!: UnitChange;

  @Field(() => [MetricDelta], {
    description: 'Each metric before and after (an added unit starts, a removed one ends, at zero).',
  })
  deltas!: MetricDelta[];
}

@ObjectType({
  description:
    'A scenario run set against the project’s run of the same plant as it is: plant totals and every unit before/after, the annual savings, the investment its changes state and the simple payback.',
})
export class ScenarioComparison implements ScenarioComparisonDocument {
  @Field(() => ID, { description: 'The project run compared with (the latest, or a fresh one when it was stale).' })
  baselineAnalysisId!: string;

  @Field(() => Float, {
    description:
      'What the project’s plant pays a year: exergy bought at its boundary (each unit’s fuel not supplied by another unit, at its price) plus its CO₂ at the carbon price, EUR/yr.',
  })
  baselineAnnualCostEur!: number;

  @Field(() => Float, { description: 'The same for the scenario’s plant, EUR/yr.' })
  scenarioAnnualCostEur!: number;

  @Field(() => Float, { description: 'baseline − scenario annual cost, EUR/yr (negative: the scenario costs more).' })
  annualSavingsEur!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'baseline − scenario CO₂ emissions, t/yr; null when a side has no CO₂ account.',
  })
  co2AvoidedTonnesPerYear!: number | null;

  @Field(() => Float, { description: 'Sum of the investment stated on the changes, EUR.' })
  investmentEur!: number;

  @Field(() => Float, { nullable: true, description: 'investment / annual savings, years; null without savings.' })
  simplePaybackYears!: number | null;

  @Field(() => [MetricDelta], { description: 'Plant totals at the boundary before and after.' })
  totals!: MetricDelta[];

  @Field(() => [EquipmentDelta], {
    description: 'Every unit of either plant: the project’s in their order, then those the scenario adds.',
    complexity: plantSizedList,
  })
  equipment!: EquipmentDelta[];
}
