import { Field, Float, InputType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { TEXT, Text } from '../shared/text';
import { ProcessType } from './process-type.enum';

/** Accepted ranges of the project settings (also used by the service for explicit nulls). */
export const PROJECT_RANGES = {
  operatingHours: { min: 0, max: 8760 },
  energyPriceEurPerKWh: { min: 0, max: 10 },
  ambientTemperatureC: { min: -50, max: 60 },
  ambientPressureKPa: { min: 50, max: 110 },
  gridEmissionFactorKgPerKWh: { min: 0, max: 1.5 },
  carbonPriceEurPerTonne: { min: 0, max: 1000 },
} as const;

const range = (key: keyof typeof PROJECT_RANGES) => ({ context: PROJECT_RANGES[key] });

@InputType({ description: 'The plant process: its type, subcategory and process parameters (see processTypes).' })
export class ProcessDefinitionInput {
  @Field(() => ProcessType, { description: 'The process type.' })
  type!: ProcessType;

  @Field(() => String, { description: 'Your own name for the process.', nullable: true })
  @IsOptional()
  @Text(TEXT.processLabel)
  label?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Subcategory key (processTypes.subcategories.key); default per type.',
  })
  @IsOptional()
  @Text(TEXT.processSubcategory)
  subcategory?: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Process parameters with snake_case keys (processTypes.parameters).' })
  parameters!: Record<string, unknown>;
}

/**
 * The settings an analysis reads, every one optional. Omitted: the design defaults for a new project or a preview
 * (25 °C, 101.325 kPa, 6000 h/yr, 0.08 EUR/kWh, 0.4 kg CO₂/kWh, 0 EUR/t), the project's own value in a scenario.
 */
@InputType({
  description:
    "Analysis settings: dead state, hours, prices and CO₂ factors. Omitted fields take the design defaults (25 °C, 101.325 kPa, 6000 h/yr, 0.08 EUR/kWh, 0.4 kg CO₂/kWh, 0 EUR/t) for a new project or a preview, the project's own values in a scenario.",
})
export class AnalysisSettingsInput {
  @Field(() => Float, { nullable: true, description: 'Operating hours, h/yr, 0–8760.' })
  @IsOptional()
  @Min(0, range('operatingHours'))
  @Max(8760, range('operatingHours'))
  operatingHours?: number | null;

  @Field(() => Float, { nullable: true, description: 'Energy price, EUR/kWh, 0–10.' })
  @IsOptional()
  @Min(0, range('energyPriceEurPerKWh'))
  @Max(10, range('energyPriceEurPerKWh'))
  energyPriceEurPerKWh?: number | null;

  @Field(() => Float, { nullable: true, description: 'Dead-state temperature, °C, −50–60.' })
  @IsOptional()
  @Min(-50, range('ambientTemperatureC'))
  @Max(60, range('ambientTemperatureC'))
  ambientTemperatureC?: number | null;

  @Field(() => Float, { nullable: true, description: 'Dead-state pressure, kPa, 50–110.' })
  @IsOptional()
  @Min(50, range('ambientPressureKPa'))
  @Max(110, range('ambientPressureKPa'))
  ambientPressureKPa?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Grid electricity CO₂ factor, kg CO₂/kWh, 0–1.5.',
  })
  @IsOptional()
  @Min(0, range('gridEmissionFactorKgPerKWh'))
  @Max(1.5, range('gridEmissionFactorKgPerKWh'))
  gridEmissionFactorKgPerKWh?: number | null;

  @Field(() => Float, { nullable: true, description: 'Carbon price, EUR per tonne CO₂, 0–1000.' })
  @IsOptional()
  @Min(0, range('carbonPriceEurPerTonne'))
  @Max(1000, range('carbonPriceEurPerTonne'))
  carbonPriceEurPerTonne?: number | null;
}

/** Fields shared by create and update; every one optional. */
@InputType()
class ProjectFields extends AnalysisSettingsInput {
  @Field(() => String, {
    nullable: true,
    description: 'Industrial sector (food, textile, chemicals …); interpretation uses it for sector insights.',
  })
  @IsOptional()
  @Text(TEXT.sector)
  sector?: string | null;

  @Field(() => String, { nullable: true, description: 'Free text about the project.' })
  @IsOptional()
  @Text(TEXT.description)
  description?: string | null;

  @Field(() => ProcessDefinitionInput, {
    nullable: true,
    description: 'On update, null removes the process definition.',
  })
  @IsOptional()
  @ValidateNested()
  process?: ProcessDefinitionInput | null;
}

@InputType({ description: 'A new project; omitted settings take the design defaults.' })
export class CreateProjectInput extends ProjectFields {
  @Field(() => String, { description: 'Name of the project.' })
  @Text(TEXT.name)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateProjectInput extends ProjectFields {
  @Field(() => String, { description: 'New name of the project.', nullable: true })
  @IsOptional()
  @Text(TEXT.name)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string | null;
}
