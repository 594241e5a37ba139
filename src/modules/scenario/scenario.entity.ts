import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { Project } from '../project/project.entity';
import type { AnalysisSettings } from '../project/analysis-context';
import type { StoredScenarioChange } from './scenario-change';

/**
 * A what-if of a project: changes against the plant as it is (a unit's parameters patched, a unit added or
 * removed) and settings overridden. It never alters the project; its analyses are its own history.
 */
@ObjectType({
  implements: Node,
  description:
    'A what-if scenario of a project: changes against the plant as it is, analysed like the project and compared with it. It never alters the project.',
})
@Entity({ tableName: 'scenario' })
@Index({ properties: ['project', 'createdAt'] })
export class Scenario {
  @Field(() => ID, { description: 'Id of the scenario.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Project, ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @Field(() => String, { description: 'Name of the scenario.' })
  @Property({ type: 'string', length: 255 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Free text about the scenario.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  /** The validated changes, in the order given. */
  @Property({ type: 'json' })
  changes: StoredScenarioChange[] = [];

  /** The settings it overrides (only those given). */
  @Property({ type: 'json', nullable: true })
  settings: Partial<AnalysisSettings> | null = null;

  /** Bumped on every update: an analysis of an earlier version is stale. */
  @Property({ type: 'integer' })
  version: number = 1;

  @Field(() => Date, { description: 'When the scenario was created (ISO 8601).' })
  @Property({ type: DateTimeType })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When the scenario was last changed (ISO 8601).' })
  @Property({ type: DateTimeType, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
