import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { analyseAdvancedExergy } from '../../engine/advanced';
import type { GraphQLContext } from '../../graphql/context';
import { AnalysisFailedError } from '../shared/errors';
import { nonFinitePaths } from '../shared/finite';
import { AdvancedExergyAnalysis } from './advanced-exergy.types';
import { FactoryAnalysisView } from './factory-analysis.view';
import { runUnits } from './run-units';

/** FactoryAnalysis.advancedExergy, derived on read from the run's units and their supply links (nothing stored). */
@Resolver(() => FactoryAnalysisView)
export class FactoryAdvancedExergyResolver {
  @FieldResolver(() => AdvancedExergyAnalysis, {
    nullable: true,
    // Derived from every unit result of the run, like the Sankey (cost limits).
    complexity: 50,
    description:
      'Endogenous/exogenous × avoidable/unavoidable split of every unit’s exergy destruction (see AdvancedExergyAnalysis); null when no unit destroys exergy. Runs from before schema 3 kept no supply links: all their units are HEURISTIC.',
  })
  async advancedExergy(
    @Root() view: FactoryAnalysisView,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AdvancedExergyAnalysis | null> {
    const result = analyseAdvancedExergy(await runUnits(view, ctx.loaders));
    const bad = result ? nonFinitePaths(result) : [];
    if (bad.length)
      throw new AnalysisFailedError(`advanced exergy of run ${view.id} has non-finite numbers at ${bad[0]}`);
    return result;
  }
}
