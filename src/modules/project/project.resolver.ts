import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Equipment } from '../equipment/equipment.entity';
import { FactoryAnalysis } from '../analysis/factory-analysis.entity';
import { FactoryAnalysisView } from '../analysis/factory-analysis.view';
import { toFactoryAnalysisView } from '../analysis/factory-analysis.mapper';
import { FactoryAnalysisConnection } from '../analysis/factory-analysis.connection';
import { checkPageSize, encodeCursor, paginate } from '../../graphql/connection';
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
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'Page size, 0–100.' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('sector', () => String, { nullable: true }) sector: string | null,
  ): Promise<ProjectConnection> {
    const page = await new ProjectService(ctx.em).list({ first, after, search, sector });
    // Nested `equipment { project }` then needs no statement of its own.
    for (const { node } of page.edges) ctx.loaders.projectById.prime(node.id, node);
    return page;
  }

  @Query(() => Project, { nullable: true })
  async project(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<Project | null> {
    return (await ctx.loaders.projectById.load(id.toLowerCase())) ?? null;
  }

  @Mutation(() => Project)
  createProject(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateProjectInput) input: CreateProjectInput,
  ): Promise<Project> {
    return new ProjectService(ctx.em).create(input);
  }

  @Mutation(() => Project)
  updateProject(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateProjectInput) input: UpdateProjectInput,
  ): Promise<Project> {
    return new ProjectService(ctx.em).update(id, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes the project with its equipment, analyses and interpretations.' })
  deleteProject(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return new ProjectService(ctx.em).delete(id);
  }

  @Mutation(() => Project)
  setProcessDefinition(
    @Ctx() ctx: GraphQLContext,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('input', () => ProcessDefinitionInput) input: ProcessDefinitionInput,
  ): Promise<Project> {
    return new ProjectService(ctx.em).setProcessDefinition(projectId, input);
  }

  @FieldResolver(() => ProcessDefinition, { nullable: true })
  process(@Root() project: Project): ProcessDefinition | null {
    if (!project.processType) return null;
    return {
      type: project.processType as ProcessType,
      label: project.processLabel,
      subcategory: project.processSubcategory ?? '',
      parameters: project.processParameters ?? {},
    };
  }

  @FieldResolver(() => [Equipment], { description: 'Equipment of the project, oldest first.' })
  equipment(@Root() project: Project, @Ctx() ctx: GraphQLContext): Promise<Equipment[]> {
    return ctx.loaders.equipmentByProject.load(project.id);
  }

  @FieldResolver(() => Int)
  equipmentCount(@Root() project: Project, @Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.loaders.equipmentCountByProject.load(project.id);
  }

  @FieldResolver(() => FactoryAnalysisView, { nullable: true, description: 'The most recent factory analysis.' })
  async latestAnalysis(@Root() project: Project, @Ctx() ctx: GraphQLContext): Promise<FactoryAnalysisView | null> {
    const row = await ctx.loaders.latestAnalysisByProject.load(project.id);
    return row ? toFactoryAnalysisView(row) : null;
  }

  @FieldResolver(() => FactoryAnalysisConnection, { description: 'Factory analysis history, newest first.' })
  async analyses(
    @Root() project: Project,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<FactoryAnalysisConnection> {
    if (!after) {
      // The common nested case (first page) is batched across projects; a cursor pages one project's history.
      const size = checkPageSize(first);
      const page = await ctx.loaders.firstAnalysesPage(size).load(project.id);
      const edges = page.rows.map((row) => ({
        cursor: encodeCursor(row.analyzedAt, row.id),
        node: toFactoryAnalysisView(row),
      }));
      return {
        edges,
        totalCount: page.totalCount,
        pageInfo: {
          hasNextPage: page.hasNextPage,
          hasPreviousPage: false,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges[edges.length - 1]?.cursor ?? null,
        },
      };
    }
    const page = await paginate(ctx.em, FactoryAnalysis, () => ({ project: project.id }), 'analyzedAt', first, after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toFactoryAnalysisView(e.node) })) };
  }
}
