import { Arg, Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import { analysePlantPinch } from '../../engine/factory';
import { deltaTMinIssues } from '../../engine/pinch';
import type { GraphQLContext } from '../../graphql/context';
import { AnalysisFailedError, InputError } from '../shared/errors';
import { nonFinitePaths } from '../shared/finite';
import { PinchAnalysis } from '../pinch/pinch.types';
import { toPlantPinchComparison } from '../pinch/plant-pinch.types';
import { FactoryAnalysisView } from './factory-analysis.view';
import { runUnits } from './run-units';

@Resolver(() => FactoryAnalysisView)
export class FactoryPinchResolver {
  @FieldResolver(() => PinchAnalysis, {
    nullable: true,
    // Derived from every unit result of the run, a problem table and a network design: as dear as the Sankey.
    complexity: 50,
    description:
      'The plant’s pinch, from the heat streams its units declare (heat loads from their energy balances, kW; latent heat at one temperature), with `plant` comparing current utility use with the targets. Null when the run’s units declare no hot or no cold stream of at least 5 kW, and on runs stored before schema 5 (their streams were never recorded).',
  })
  async pinch(
    @Root() view: FactoryAnalysisView,
    @Ctx() ctx: GraphQLContext,
    @Arg('deltaTMinK', () => Float, {
      defaultValue: 10,
      description: 'Minimum approach temperature ΔT_min, K, above 0 and at most 100.',
    })
    deltaTMinK: number,
  ): Promise<PinchAnalysis | null> {
    const issues = deltaTMinIssues(deltaTMinK);
    if (issues.length) throw new InputError(issues);
    // Runs of schema ≤ 2 keep their units in legacy JSON, all from before heat streams: nothing to analyse.
    if (view.legacy) return null;
    const pinch = analysePlantPinch({ units: await runUnits(view, ctx.loaders), deltaTMinK });
    if (!pinch) return null;
    const bad = nonFinitePaths(pinch);
    if (bad.length) throw new AnalysisFailedError(`pinch of run ${view.id} has a non-finite number at ${bad[0]}`);
    return { ...pinch, plant: toPlantPinchComparison(pinch.plant) };
  }
}
