/**
 * The catalog as GraphQL types: what a frontend builds its forms from
 * (equipment types and process types, their subtypes/subcategories and
 * parameter definitions with units, defaults, ranges and EN/TR labels).
 */
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { EquipmentType } from '../equipment/equipment-type.enum';
import { ProcessType } from '../project/process-type.enum';

export enum ParameterKind {
  NUMBER = 'number',
  INTEGER = 'integer',
  BOOLEAN = 'boolean',
  ENUM = 'enum',
}
registerEnumType(ParameterKind, {
  name: 'ParameterKind',
  description: 'Value type of a catalog parameter.',
  valuesConfig: {
    NUMBER: { description: 'A real number in the parameter’s unit, within min/max.' },
    INTEGER: { description: 'A whole number in the parameter’s unit, within min/max.' },
    BOOLEAN: { description: 'true or false.' },
    ENUM: { description: 'One of the parameter’s options (their value strings).' },
  },
});

@ObjectType({ description: 'One allowed value of an enum parameter.' })
export class ParameterOptionInfo {
  @Field(() => String, { description: 'The value to send in parameters.' })
  value!: string;

  @Field(() => String, { description: 'The option in words, English.' })
  labelEn!: string;

  @Field(() => String, { description: 'The option in words, Turkish.' })
  labelTr!: string;
}

@ObjectType({ description: 'One input parameter: key, unit, default, accepted range, labels.' })
export class ParameterInfo {
  @Field(() => String, { description: 'snake_case key used in `parameters` JSON.' })
  key!: string;

  @Field(() => ParameterKind, { description: 'Value type of the parameter.' })
  kind!: ParameterKind;

  @Field(() => String, {
    nullable: true,
    description: 'Unit symbol (kW, bar, °C, h/yr, EUR/kWh …); null for booleans and enums.',
  })
  unit!: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Default value in `unit`; null when there is none.' })
  default!: number | string | boolean | null;

  @Field(() => Float, { nullable: true, description: 'Smallest accepted value, in `unit`.' })
  min!: number | null;

  @Field(() => Float, { nullable: true, description: 'Largest accepted value, in `unit`.' })
  max!: number | null;

  @Field(() => Boolean, { description: 'True when `min` itself is not accepted.' })
  minExclusive!: boolean;

  @Field(() => Boolean, { description: 'True when `max` itself is not accepted.' })
  maxExclusive!: boolean;

  @Field(() => Boolean, { description: 'True when an input must give it (it has no default).' })
  required!: boolean;

  @Field(() => String, { description: 'Name of the parameter, English.' })
  labelEn!: string;

  @Field(() => String, { description: 'Name of the parameter, Turkish.' })
  labelTr!: string;

  @Field(() => String, { description: 'What the parameter means, English.' })
  description!: string;

  @Field(() => [ParameterOptionInfo], { description: 'Allowed values of an enum parameter; empty otherwise.' })
  options!: ParameterOptionInfo[];

  @Field(() => [String], { nullable: true, description: 'Only these subtypes take the parameter; null = all.' })
  subtypes!: string[] | null;
}

@ObjectType({ description: 'A subtype-specific default or range of one parameter.' })
export class ParameterOverrideInfo {
  @Field(() => String, { description: 'Key of the parameter the subtype overrides.' })
  key!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Default for this subtype, in the parameter’s unit.' })
  default!: number | string | boolean | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Smallest accepted value for this subtype, in the parameter’s unit.',
  })
  min!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Largest accepted value for this subtype, in the parameter’s unit.',
  })
  max!: number | null;
}

@ObjectType({ description: 'A subtype (or process subcategory) with its own defaults.' })
export class SubtypeInfo {
  @Field(() => String, { description: 'Subtype key (to send as subtype).' })
  key!: string;

  @Field(() => String, { description: 'English label.' })
  label!: string;

  @Field(() => String, { description: 'Name of the subtype, English.' })
  labelEn!: string;

  @Field(() => String, { description: 'Name of the subtype, Turkish.' })
  labelTr!: string;

  @Field(() => [ParameterOverrideInfo], {
    description: 'Defaults and ranges this subtype sets differently from the type.',
  })
  overrides!: ParameterOverrideInfo[];
}

/** Fields shared by equipment and process types (not itself in the schema). */
@ObjectType()
class CatalogEntryInfo {
  @Field(() => String, { description: 'English label.' })
  label!: string;

  @Field(() => String, { description: 'Name, English.' })
  labelEn!: string;

  @Field(() => String, { description: 'Name, Turkish.' })
  labelTr!: string;

  @Field(() => String, { description: 'What it covers, English.' })
  description!: string;

  @Field(() => [ParameterInfo], {
    description: 'Its catalog parameters (snake_case keys), with units, ranges and defaults.',
  })
  parameters!: ParameterInfo[];
}

@ObjectType({ description: 'An equipment type of the catalog.' })
export class EquipmentTypeInfo extends CatalogEntryInfo {
  @Field(() => EquipmentType, { description: 'The equipment type.' })
  key!: EquipmentType;

  @Field(() => String, { description: 'Subtype key used when an input gives none.' })
  defaultSubtype!: string;

  @Field(() => [SubtypeInfo], { description: 'The subtypes, each with its parameter overrides.' })
  subtypes!: SubtypeInfo[];
}

@ObjectType({ description: 'A process type of the gap analysis, with its subcategories and parameters.' })
export class ProcessTypeInfo extends CatalogEntryInfo {
  @Field(() => ProcessType, { description: 'The process type.' })
  key!: ProcessType;

  @Field(() => String, { description: 'Subcategory key used when an input gives none.' })
  defaultSubcategory!: string;

  @Field(() => [SubtypeInfo], { description: 'Same as subcategories (shape shared with equipmentTypes).' })
  subtypes!: SubtypeInfo[];

  @Field(() => [SubtypeInfo], { description: 'The subcategories (BAT rows), each with its parameter overrides.' })
  subcategories!: SubtypeInfo[];
}

@ObjectType({ description: 'A fuel of the catalog: heating values, chemical exergy and CO₂ factor, with sources.' })
export class FuelInfo {
  @Field(() => String, { description: 'The key equipment parameters use (`fuel_type`), e.g. natural_gas.' })
  key!: string;
  @Field(() => String, { description: 'Name of the fuel, English.' }) labelEn!: string;
  @Field(() => String, { description: 'Name of the fuel, Turkish.' }) labelTr!: string;
  @Field(() => Float, { description: 'Lower heating value, kJ/kg.' }) lowerHeatingValueKJPerKg!: number;
  @Field(() => Float, { description: 'Higher heating value (water condensed), kJ/kg.' })
  higherHeatingValueKJPerKg!: number;
  @Field(() => Float, { description: 'Specific chemical exergy, kJ/kg (exergyToLhvRatio × LHV).' })
  chemicalExergyKJPerKg!: number;
  @Field(() => Float, { description: 'Chemical exergy / LHV, φ (dimensionless; Szargut et al. 1988).' })
  exergyToLhvRatio!: number;
  @Field(() => Float, { description: 'CO₂ emitted by burning 1 kg, kg CO₂/kg (IPCC 2006 default factor × LHV).' })
  co2FactorKgPerKg!: number;
  @Field(() => Float, { description: 'CO₂ per kWh of fuel (LHV basis), kg CO₂/kWh.' }) co2FactorKgPerKWh!: number;
  @Field(() => String, { description: 'Where the values come from.' }) source!: string;
}
