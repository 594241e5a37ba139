import { Field, ID, InputType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { EquipmentType } from './equipment-type.enum';

const NAME = { context: { min: 1, max: 255 } };

@InputType({ description: 'A new piece of equipment. Parameters are checked against the catalog (equipmentTypes).' })
export class EquipmentInput {
  @Field(() => String)
  @Length(1, 255, NAME)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @Field(() => EquipmentType)
  type!: EquipmentType;

  @Field(() => String, { nullable: true, description: 'Subtype key; the type default when omitted.' })
  @IsOptional()
  @MaxLength(50, { context: { max: 50 } })
  subtype?: string | null;

  @Field(() => GraphQLJSON, { description: 'Catalog parameters: a JSON object with snake_case keys.' })
  parameters!: unknown;

  @Field(() => ID, { nullable: true, description: 'Equipment of the same project that supplies this unit’s input.' })
  @IsOptional()
  suppliedById?: string | null;
}

@InputType({
  description: 'Only the fields given change; `parameters` replaces the whole object; `suppliedById: null` unlinks.',
})
export class UpdateEquipmentInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 255, NAME)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string | null;

  @Field(() => EquipmentType, { nullable: true })
  @IsOptional()
  type?: EquipmentType | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50, { context: { max: 50 } })
  subtype?: string | null;

  @Field(() => GraphQLJSON, { nullable: true })
  @IsOptional()
  parameters?: unknown;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  suppliedById?: string | null;
}
