import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Connection } from '../../graphql/connection';
import type { Page } from '../shared/paging';
import { Project } from './project.entity';
import { ProcessType } from './process-type.enum';
import { ProjectRole } from './project-role.enum';
import { User } from '../account/user.entity';

@ObjectType({ description: 'The plant process compared with its thermodynamic minimum and BAT.' })
export class ProcessDefinition {
  @Field(() => ProcessType, { description: 'The process type.' })
  type!: ProcessType;

  @Field(() => String, {
    description: "The project's own name for the process; null when none was given.",
    nullable: true,
  })
  label!: string | null;

  @Field(() => String, { description: 'Subcategory key of the process (processTypes.subcategories).' })
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

@ObjectType('ProjectMember', { description: 'Someone a project is shared with, and what they may do.' })
export class ProjectMemberView {
  @Field(() => User, { description: "The member's account." })
  user!: User;

  @Field(() => ProjectRole, { description: "The member's role in the project." })
  role!: ProjectRole;

  @Field(() => Date, { description: 'When the member was added (ISO 8601).' })
  addedAt!: Date;
}
