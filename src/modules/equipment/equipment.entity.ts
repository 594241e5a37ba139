import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, Filter, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Project } from '../project/project.entity';
import { EquipmentType } from './equipment-type.enum';

/** Name of the default filter that hides removed units; history reads turn it off (`filters: { [LIVE]: false }`). */
export const LIVE_EQUIPMENT = 'liveEquipment';

/**
 * One machine of a plant: type, subtype and its catalog parameters. A removed
 * unit stays as a tombstone (`removedAt` set) so the analyses that covered it
 * still read as they were; every query hides it unless it turns the filter off.
 */
@ObjectType({ implements: Node, description: 'One piece of equipment of a project.' })
@Entity({ tableName: 'equipment' })
@Filter({ name: LIVE_EQUIPMENT, cond: { removedAt: null }, default: true })
@Index({ properties: ['project', 'createdAt'] })
export class Equipment {
  @Field(() => ID, { description: 'Id of the equipment.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Project, ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @Field(() => String, { description: 'Name of the equipment (e.g. its tag, K-101).' })
  @Property({ type: 'string', length: 255 })
  name!: string;

  @Field(() => EquipmentType, { description: 'Type of the equipment.' })
  @Property({ type: 'string', length: 50 })
  type!: EquipmentType;

  @Field(() => String, { description: 'Subtype key from the catalog (equipmentTypes.subtypes.key).' })
  @Property({ type: 'string', length: 50 })
  subtype!: string;

  @Field(() => GraphQLJSONObject, {
    description: 'Catalog parameters with snake_case keys; units are in each key and in equipmentTypes.parameters.',
  })
  @Property({ type: 'json' })
  parameters: Record<string, unknown> = {};

  /** Another equipment of the same project supplying this unit's input (e.g. boiler → steam turbine). */
  @ManyToOne({ entity: () => Equipment, ref: true, nullable: true, deleteRule: 'set null' })
  suppliedBy: Ref<Equipment> | null = null;

  /** Bumped whenever anything the analysis reads changes: a stored result from before is stale. */
  @Property({ type: 'integer' })
  version: number = 1;

  @Field(() => Date, { description: 'When the equipment was added (ISO 8601).' })
  @Property({ type: DateTimeType })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When the equipment was last changed (ISO 8601).' })
  @Property({ type: DateTimeType, onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Date, {
    nullable: true,
    description:
      'When the unit was removed from the project (ISO 8601); null for a unit in the plant. Removed units are reached only through the analyses that covered them.',
  })
  @Property({ type: DateTimeType, nullable: true })
  removedAt: Date | null = null;
}
