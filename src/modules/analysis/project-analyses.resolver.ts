import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Resolver, Root } from 'type-graphql';
import { EnergyBaselineService } from './energy-baseline.service';
import { selects } from '../../graphql/selection';
import { AFTER, BEFORE, FIRST, LAST } from '../../graphql/connection';
import type { GraphQLContext } from '../../graphql/context';
import { Equipment } from '../equipment/equipment.entity';
import { Project } from '../project/project.entity';
import { AnalysisResultView } from './analysis.types';
import { isStale, toAnalysisResultView } from './analysis.mapper';
import { FactoryAnalysisConnection } from './factory-analysis.connection';
import { toFactoryAnalysisView } from './factory-analysis.mapper';
import { FactoryAnalysisService } from './factory-analysis.service';
import { FactoryAnalysisView } from './factory-analysis.view';

/** The analysis fields of projects, owned by the analysis module. */
@Resolver(() => Project)
export class ProjectAnalysesResolver {
  @FieldResolver(() => FactoryAnalysisView, { nullable: true, description: 'The most recent factory analysis.' })
  async latestAnalysis(@Root() project: Project, @Ctx() ctx: GraphQLContext): Promise<FactoryAnalysisView | null> {
    const row = await ctx.loaders.latestAnalysisByProject.load(project.id);
    return row ? toFactoryAnalysisView(row) : null;
  }

  @FieldResolver(() => FactoryAnalysisView, {
    nullable: true,
    description:
      'The energy baseline the energy review compares with (ISO 50006): the run marked with setEnergyBaseline, else the first run; null before any run.',
  })
  async energyBaseline(@Root() project: Project, @Ctx() ctx: GraphQLContext): Promise<FactoryAnalysisView | null> {
    const history = await ctx.loaders.analysesByProject.load(project.id);
    const row = history.find((run) => run.id === project.energyBaselineAnalysisId) ?? history[0];
    return row ? toFactoryAnalysisView(row) : null;
  }

  @Mutation(() => Project, {
    description:
      'Marks one of the project’s runs as its energy baseline (editors and owners); analysisId null returns to the first run.',
  })
  setEnergyBaseline(
    @Ctx() ctx: GraphQLContext,
    @Arg('projectId', () => ID, { description: 'Id of the project.' }) projectId: string,
    @Arg('analysisId', () => ID, {
      description: 'Id of one of the project’s factory analyses; null marks the first run as the baseline again.',
      nullable: true,
    })
    analysisId: string | null,
  ): Promise<Project> {
    return new EnergyBaselineService(ctx.em, ctx.access).set(projectId, analysisId);
  }

  @FieldResolver(() => FactoryAnalysisConnection, { description: 'Factory analysis history, newest first.' })
  async analyses(
    @Root() project: Project,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, FIRST) first: number | null,
    @Arg('after', () => String, AFTER) after: string | null,
    @Arg('last', () => Int, LAST) last: number | null,
    @Arg('before', () => String, BEFORE) before: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<FactoryAnalysisConnection> {
    const page = await new FactoryAnalysisService(ctx.em, ctx.access).history(
      project.id,
      { first, after, last, before, withCount: selects(info, 'totalCount') },
      (size) => ctx.loaders.firstAnalysesPage(size).load(project.id),
    );
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toFactoryAnalysisView(e.node) })) };
  }
}

/** The analysis field of equipment, owned by the analysis module. */
@Resolver(() => Equipment)
export class EquipmentAnalysisResolver {
  @FieldResolver(() => AnalysisResultView, {
    nullable: true,
    description: 'The latest analysis of this equipment, if any.',
  })
  async analysis(@Root() equipment: Equipment, @Ctx() ctx: GraphQLContext): Promise<AnalysisResultView | null> {
    const row = await ctx.loaders.analysisByEquipment.load(equipment.id);
    if (!row) return null;
    const project = await ctx.loaders.projectById.load(equipment.project.id);
    if (!project) throw new Error(`equipment ${equipment.id} has no project`);
    return toAnalysisResultView(row, isStale(row, equipment, project), () => ctx.loaders.resultDetail.load(row.id));
  }
}
