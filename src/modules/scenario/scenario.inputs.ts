import { Field, Float, ID, InputType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ArrayMaxSize, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { EquipmentInput } from '../equipment/equipment.inputs';
import { AnalysisSettingsInput } from '../project/project.inputs';
import { TEXT, Text } from '../shared/text';
import { ScenarioAction } from './scenario-action.enum';

/** Most changes one scenario holds. */
export const MAX_SCENARIO_CHANGES = 200;
const INVESTMENT = { min: 0, max: 1e10 };

@InputType({ description: 'One change of a scenario against the plant as it is.' })
export class ScenarioChangeInput {
  @Field(() => ScenarioAction, { description: 'What the change does; it decides which other fields are needed.' })
  action!: ScenarioAction;

  @Field(() => ID, { nullable: true, description: 'The unit changed (UPDATE_EQUIPMENT, REMOVE_EQUIPMENT).' })
  @IsOptional()
  equipmentId?: string | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'UPDATE_EQUIPMENT: a partial patch of catalog parameters (snake_case keys; null = back to the default).',
  })
  @IsOptional()
  parameters?: Record<string, unknown> | null;

  @Field(() => EquipmentInput, { nullable: true, description: 'ADD_EQUIPMENT: the unit added.' })
  @IsOptional()
  @ValidateNested()
  equipment?: EquipmentInput | null;

  @Field(() => Float, {
    nullable: true,
    description: 'What the change costs to make, EUR, 0–1e10 (default 0); the scenario’s payback uses the sum.',
  })
  @IsOptional()
  @Min(INVESTMENT.min, { context: INVESTMENT })
  @Max(INVESTMENT.max, { context: INVESTMENT })
  investmentEur?: number | null;
}

@InputType({ description: 'A scenario: its name, description, changes and the settings it overrides.' })
export class ScenarioInput {
  @Field(() => String, { description: 'Name of the scenario.' })
  @Text(TEXT.name)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @Field(() => String, { description: 'Free text about the scenario.', nullable: true })
  @IsOptional()
  @Text(TEXT.description)
  description?: string | null;

  @Field(() => [ScenarioChangeInput], { description: `The changes, at most ${MAX_SCENARIO_CHANGES}.` })
  @ArrayMaxSize(MAX_SCENARIO_CHANGES, { context: { min: 0, max: MAX_SCENARIO_CHANGES } })
  @ValidateNested({ each: true })
  changes!: ScenarioChangeInput[];

  @Field(() => AnalysisSettingsInput, {
    nullable: true,
    description: 'Settings the scenario overrides (hours, prices, dead state, CO₂); the project’s values for the rest.',
  })
  @IsOptional()
  @ValidateNested()
  settings?: AnalysisSettingsInput | null;
}
