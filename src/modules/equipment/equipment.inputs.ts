import { Field, ID, InputType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { IsOptional, Matches } from 'class-validator';
import { TEXT, Text } from '../shared/text';
import { EquipmentType } from './equipment-type.enum';

@InputType({ description: 'A new piece of equipment. Parameters are checked against the catalog (equipmentTypes).' })
export class EquipmentInput {
  @Field(() => String, { description: 'Name of the equipment (e.g. its tag, K-101).' })
  @Text(TEXT.name)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @Field(() => EquipmentType, { description: 'Type of the equipment.' })
  type!: EquipmentType;

  @Field(() => String, { nullable: true, description: 'Subtype key; the type default when omitted.' })
  @IsOptional()
  @Text(TEXT.subtype)
  subtype?: string | null;

  @Field(() => GraphQLJSONObject, {
    description:
      'Catalog parameters with snake_case keys, in the units of equipmentTypes.parameters; omitted keys take the subtype default.',
  })
  parameters!: Record<string, unknown>;

  @Field(() => ID, { nullable: true, description: 'Equipment of the same project that supplies this unit’s input.' })
  @IsOptional()
  suppliedById?: string | null;
}

@InputType({
  description: 'Only the fields given change; `parameters` replaces the whole object; `suppliedById: null` unlinks.',
})
export class UpdateEquipmentInput {
  @Field(() => String, { description: 'New name of the equipment.', nullable: true })
  @IsOptional()
  @Text(TEXT.name)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string | null;

  @Field(() => EquipmentType, { description: 'New type (give parameters of that type too).', nullable: true })
  @IsOptional()
  type?: EquipmentType | null;

  @Field(() => String, { description: 'New subtype key.', nullable: true })
  @IsOptional()
  @Text(TEXT.subtype)
  subtype?: string | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Catalog parameters with snake_case keys; replaces the whole object (omitted keys take the default).',
  })
  @IsOptional()
  parameters?: Record<string, unknown> | null;

  @Field(() => ID, {
    description: 'Equipment of the same project that supplies this unit’s input; null unlinks.',
    nullable: true,
  })
  @IsOptional()
  suppliedById?: string | null;
}
