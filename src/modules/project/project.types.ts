import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Connection } from '../../graphql/connection';
import type { Page } from '../shared/paging';
import { Project } from './project.entity';
import { ProcessType } from './process-type.enum';

@ObjectType({ description: 'The plant process compared with its thermodynamic minimum and BAT.' })
export class ProcessDefinition {
  @Field(() => ProcessType)
  type!: ProcessType;

  @Field(() => String, { nullable: true })
  label!: string | null;

  @Field(() => String)
  subcategory!: string;

  @Field(() => GraphQLJSONObject, {
    description: 'Process parameters; units in each key and in processTypes.parameters.',
  })
  parameters!: Record<string, unknown>;
}

export const ProjectConnection = Connection(Project, {
  name: 'Project',
  description: 'Projects, newest first (Relay connection).',
  totalCountDescription: 'Number of projects matching the filters, across all pages.',
});
export type ProjectConnection = Page<Project>;
