import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { PageInfo } from '../../graphql/connection';
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

@ObjectType()
export class ProjectEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Project)
  node!: Project;
}

@ObjectType({ description: 'Projects, newest first (Relay connection).' })
export class ProjectConnection {
  @Field(() => [ProjectEdge])
  edges!: ProjectEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Number of projects matching the filters, across all pages.' })
  totalCount!: number;
}
