import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { analyseEntropyGeneration, analyseThermoeconomics } from '../../engine/advanced';
import type { GraphQLContext } from '../../graphql/context';
import { AnalysisFailedError } from '../shared/errors';
import { nonFinitePaths } from '../shared/finite';
import { EntropyGenerationAnalysis } from './entropy-generation.types';
import { FactoryAnalysisView } from './factory-analysis.view';
import { runUnits } from './run-units';
import { ThermoeconomicOptimization } from './thermoeconomic.types';

/** No NaN or Infinity leaves the server: a derived result that has one is a fault, said so. */
function finite<T extends object>(result: T, what: string, runId: string): T {
  const bad = nonFinitePaths(result);
  if (bad.length) throw new AnalysisFailedError(`${what} of run ${runId} has non-finite numbers at ${bad[0]}`);
  return result;
}

/** Plant analyses derived on read from a run's unit results (nothing stored: they are cheap and follow the engine). */
@Resolver(() => FactoryAnalysisView)
export class FactoryAdvancedResolver {
  @FieldResolver(() => EntropyGenerationAnalysis, { complexity: 50 })
  async entropyGeneration(
    @Root() view: FactoryAnalysisView,
    @Ctx() ctx: GraphQLContext,
  ): Promise<EntropyGenerationAnalysis> {
    const units = await runUnits(view, ctx.loaders);
    return finite(analyseEntropyGeneration(units, view.settings.deadState.temperatureK), 'entropy generation', view.id);
  }

  @FieldResolver(() => ThermoeconomicOptimization, { complexity: 50 })
  async thermoeconomicOptimization(
    @Root() view: FactoryAnalysisView,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ThermoeconomicOptimization> {
    const units = await runUnits(view, ctx.loaders);
    return finite(analyseThermoeconomics(units), 'thermoeconomic optimisation', view.id);
  }
}
