import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Project } from '../project/project.entity';
import { AnalysisResultView } from './analysis.types';
import { toResultView } from './analysis.mapper';
import { FactoryAnalysisService } from './factory-analysis.service';
import { FactoryAnalysisView } from './factory-analysis.view';
import { toFactoryAnalysisView, toSankey } from './factory-analysis.mapper';
import { Sankey, SankeyMode } from './factory.types';
import { inputsFingerprint } from './inputs-fingerprint';

@Resolver(() => FactoryAnalysisView)
export class FactoryAnalysisResolver {
  @Mutation(() => FactoryAnalysisView, {
    description:
      'Analyses every equipment, the factory and (with a process defined) the gap analysis, stored in one transaction.',
  })
  async analyzeProject(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<FactoryAnalysisView> {
    return toFactoryAnalysisView(await new FactoryAnalysisService(ctx.em).analyzeProject(id));
  }

  @FieldResolver(() => Project)
  async project(@Root() view: FactoryAnalysisView, @Ctx() ctx: GraphQLContext): Promise<Project> {
    const project = await ctx.loaders.projectById.load(view.projectId);
    if (!project) throw new Error(`factory analysis ${view.id} has no project`);
    return project;
  }

  @FieldResolver(() => Sankey)
  sankey(
    @Root() view: FactoryAnalysisView,
    @Arg('mode', () => SankeyMode, { defaultValue: SankeyMode.EXERGY_FLOW }) mode: SankeyMode,
  ): Sankey {
    return toSankey(view.sankeys[mode]);
  }

  @FieldResolver(() => [AnalysisResultView], {
    description: 'The equipment results of this run, as they were (stale when the run is).',
  })
  async equipmentResults(@Root() view: FactoryAnalysisView, @Ctx() ctx: GraphQLContext): Promise<AnalysisResultView[]> {
    const stale = await this.stale(view, ctx);
    return view.snapshot.map((item) =>
      toResultView({ id: item.analysisId, analyzedAt: view.analyzedAt, result: item.result }, item.equipmentId, stale),
    );
  }

  @FieldResolver(() => Boolean, {
    description: 'True when the project’s equipment, settings or process changed after this run.',
  })
  async stale(@Root() view: FactoryAnalysisView, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    const [project, equipment] = await Promise.all([
      ctx.loaders.projectById.load(view.projectId),
      ctx.loaders.equipmentByProject.load(view.projectId),
    ]);
    return !project || inputsFingerprint(project, equipment) !== view.inputsFingerprint;
  }
}
