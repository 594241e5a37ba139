import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { selects } from '../../graphql/selection';
import { deleted, DeletePayload } from '../../graphql/delete-payload';
import { AFTER, BEFORE, FIRST, LAST } from '../../graphql/connection';
import { TEXT, textArg } from '../shared/text';
import type { GraphQLContext } from '../../graphql/context';
import { Project } from './project.entity';
import { CreateProjectInput, ProcessDefinitionInput, UpdateProjectInput } from './project.inputs';
import { ProjectService } from './project.service';
import { ProcessDefinition, ProjectConnection } from './project.types';
import type { ProcessType } from './process-type.enum';

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => ProjectConnection, { description: 'Projects, newest first; search is a case-insensitive name match.' })
  async projects(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, FIRST) first: number | null,
    @Arg('after', () => String, AFTER) after: string | null,
    @Arg('last', () => Int, LAST) last: number | null,
    @Arg('before', () => String, BEFORE) before: string | null,
    @Arg('search', () => String, {
      description: 'Case-insensitive part of the project name.',
      nullable: true,
      validateFn: textArg('search', TEXT.search),
    })
    search: string | null,
    @Arg('sector', () => String, {
      description: 'Only projects of this sector (case-insensitive match).',
      nullable: true,
      validateFn: textArg('sector', TEXT.search),
    })
    sector: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ProjectConnection> {
    const withCount = selects(info, 'totalCount');
    const page = await new ProjectService(ctx.em, ctx.access).list({
      first,
      after,
      last,
      before,
      search,
      sector,
      withCount,
    });
    // Nested `equipment { project }` then needs no statement of its own.
    for (const { node } of page.edges) ctx.loaders.projectById.prime(node.id, node);
    return page;
  }

  @Query(() => Project, {
    nullable: true,
    description: 'A project you are a member of; null when there is none with this id.',
  })
  async project(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Id of the project.' }) id: string,
  ): Promise<Project | null> {
    return (await ctx.loaders.projectById.load(id.toLowerCase())) ?? null;
  }

  @Mutation(() => Project, {
    description: 'Creates a project owned by you, with the design defaults for omitted settings.',
  })
  createProject(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateProjectInput, {
      description: 'Name, sector, settings and optional process of the new project.',
    })
    input: CreateProjectInput,
  ): Promise<Project> {
    return new ProjectService(ctx.em, ctx.access).create(input);
  }

  @Mutation(() => Project, {
    description: 'Changes a project’s name, sector or settings; omitted fields keep their values.',
  })
  updateProject(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Id of the project.' }) id: string,
    @Arg('input', () => UpdateProjectInput, { description: 'The fields to change; omitted fields keep their values.' })
    input: UpdateProjectInput,
  ): Promise<Project> {
    return new ProjectService(ctx.em, ctx.access).update(id, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes the project with its equipment, analyses and interpretations.' })
  deleteProject(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Id of the project to delete (owners only).' }) id: string,
  ): Promise<boolean> {
    return new ProjectService(ctx.em, ctx.access).delete(id);
  }

  @Mutation(() => DeletePayload, {
    description: 'deleteProject answering the deleted id (for a client cache to evict); NOT_FOUND like deleteProject.',
  })
  async projectDelete(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Id of the project to delete (owners only).' }) id: string,
  ): Promise<DeletePayload> {
    await new ProjectService(ctx.em, ctx.access).delete(id);
    return deleted('Project', id);
  }

  @Mutation(() => Project, {
    description: 'Sets the plant process the gap analysis compares with its thermodynamic minimum and BAT.',
  })
  setProcessDefinition(
    @Ctx() ctx: GraphQLContext,
    @Arg('projectId', () => ID, { description: 'Id of the project.' }) projectId: string,
    @Arg('input', () => ProcessDefinitionInput, { description: 'The process type, subcategory and parameters.' })
    input: ProcessDefinitionInput,
  ): Promise<Project> {
    return new ProjectService(ctx.em, ctx.access).setProcessDefinition(projectId, input);
  }

  @FieldResolver(() => ProcessDefinition, {
    nullable: true,
    description: 'The plant process for the gap analysis; null until one is set.',
  })
  process(@Root() project: Project): ProcessDefinition | null {
    if (!project.processType) return null;
    return {
      type: project.processType as ProcessType,
      label: project.processLabel,
      subcategory: project.processSubcategory ?? '',
      parameters: project.processParameters ?? {},
    };
  }
}
