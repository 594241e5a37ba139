import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { buildFactorySankey } from '../../engine/factory';
import type { GraphQLContext } from '../../graphql/context';
import { AnalysisFailedError } from '../shared/errors';
import { nonFinitePaths } from '../shared/finite';
import { Project } from '../project/project.entity';
import { AnalysisResultView } from './analysis.types';
import { toAnalysisResultView, toResultView } from './analysis.mapper';
import { FactoryAnalysisService } from './factory-analysis.service';
import { FactoryAnalysisView } from './factory-analysis.view';
import { toFactoryAnalysisView, toSankey } from './factory-analysis.mapper';
import { Sankey, SankeyMode } from './factory.types';
import { runIsStale } from './run-staleness';
import { plantSizedList } from '../../graphql/cost-limits';
import { runUnits } from './run-units';
import { valueAtHand } from '../shared/stored';

@Resolver(() => FactoryAnalysisView)
export class FactoryAnalysisResolver {
  @Mutation(() => FactoryAnalysisView, {
    description:
      'Analyses every equipment, the factory and (with a process defined) the gap analysis, stored in one transaction.',
  })
  async analyzeProject(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Id of the project to analyse.' }) id: string,
  ): Promise<FactoryAnalysisView> {
    const { analysis, rows, project, equipment } = await new FactoryAnalysisService(
      ctx.em,
      ctx.access,
      ctx.analysisPool,
    ).analyzeProject(id);
    // The run's rows are in memory: nested results need no statement (details load when selected). So are the
    // project and its live units as the run read them under the write lock (the run changes neither): `stale`
    // and `project` need no statement either.
    ctx.loaders.resultsByRun.prime(analysis.id, rows);
    // An inline analysis kept its units' results: their details and the Sankey need no statement nor parse either.
    for (const row of rows) {
      const result = valueAtHand(row.result);
      if (result) ctx.loaders.resultDetail.prime(row.id, result);
    }
    ctx.loaders.projectById.prime(project.id, project);
    ctx.loaders.equipmentByProject.prime(project.id, equipment);
    return toFactoryAnalysisView(analysis);
  }

  @FieldResolver(() => Project, { description: 'The project analysed.' })
  async project(@Root() view: FactoryAnalysisView, @Ctx() ctx: GraphQLContext): Promise<Project> {
    const project = await ctx.loaders.projectById.load(view.projectId);
    if (!project) throw new Error(`factory analysis ${view.id} has no project`);
    return project;
  }

  @FieldResolver(() => Sankey, {
    // Derived from every unit result of the run: far dearer than a stored field (cost limits).
    complexity: 50,
    description:
      'The Grassmann diagram of this run, derived from its stored unit results (kW, or EUR/h for COST_FLOW).',
  })
  async sankey(
    @Root() view: FactoryAnalysisView,
    @Ctx() ctx: GraphQLContext,
    @Arg('mode', () => SankeyMode, {
      description: 'Which flows to draw and in what unit.',
      defaultValue: SankeyMode.EXERGY_FLOW,
    })
    mode: SankeyMode,
  ): Promise<Sankey> {
    if (view.legacy) {
      const legacy = await ctx.loaders.legacyRun.load(view.id);
      if (!legacy) throw new Error(`run ${view.id} from before schema 3 has no stored Sankey`);
      return toSankey(legacy.legacySankey[mode]);
    }
    const sankey = buildFactorySankey(
      {
        equipment: await runUnits(view, ctx.loaders),
        operatingHoursPerYear: view.settings.operatingHours,
        energyPriceEurPerKWh: view.settings.energyPriceEurPerKWh,
        deadState: view.settings.deadState,
      },
      mode,
    );
    const bad = nonFinitePaths(sankey);
    if (bad.length) throw new AnalysisFailedError(`Sankey of run ${view.id} has non-finite numbers at ${bad[0]}`);
    return toSankey(sankey);
  }

  @FieldResolver(() => [AnalysisResultView], {
    complexity: plantSizedList,
    description: 'The equipment results of this run, as they were (stale when the run is).',
  })
  async equipmentResults(@Root() view: FactoryAnalysisView, @Ctx() ctx: GraphQLContext): Promise<AnalysisResultView[]> {
    const stale = await this.stale(view, ctx);
    if (view.inlineUnits) return (await view.inlineUnits()).map((item) => toResultView(item, view.analyzedAt, stale));
    if (view.legacy) {
      const legacy = await ctx.loaders.legacyRun.load(view.id);
      return (legacy?.legacyEquipmentResults ?? []).map((item) => toResultView(item, view.analyzedAt, stale));
    }
    const rows = await ctx.loaders.resultsByRun.load(view.id);
    return rows.map((row) => toAnalysisResultView(row, stale, () => ctx.loaders.resultDetail.load(row.id)));
  }

  @FieldResolver(() => Boolean, {
    description: 'True when the project’s equipment, settings or process changed after this run.',
  })
  stale(@Root() view: FactoryAnalysisView, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return runIsStale(view, ctx.loaders);
  }
}
