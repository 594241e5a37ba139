import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  analyseEnergyReview,
  analyseEntropyGeneration,
  analyseThermoeconomics,
  type RunFigures,
} from '../../engine/advanced';
import { allocateSupply } from '../../engine/factory/totals';
import type { FactoryEquipmentInput } from '../../engine/factory';
import { EnergyReview } from './energy-review.types';
import { toFactoryAnalysisView } from './factory-analysis.mapper';
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
  @FieldResolver(() => EntropyGenerationAnalysis, {
    complexity: 50,
    description: 'Entropy generation of every unit and the plant, split by mechanism (W/K).',
  })
  async entropyGeneration(
    @Root() view: FactoryAnalysisView,
    @Ctx() ctx: GraphQLContext,
  ): Promise<EntropyGenerationAnalysis> {
    const units = await runUnits(view, ctx.loaders);
    return finite(analyseEntropyGeneration(units, view.settings.deadState.temperatureK), 'entropy generation', view.id);
  }

  @FieldResolver(() => ThermoeconomicOptimization, {
    complexity: 50,
    description:
      'A thermoeconomic strategy for every unit from its exergoeconomic factor and cost rates, with savings (EUR/yr).',
  })
  async thermoeconomicOptimization(
    @Root() view: FactoryAnalysisView,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ThermoeconomicOptimization> {
    const units = await runUnits(view, ctx.loaders);
    return finite(analyseThermoeconomics(units), 'thermoeconomic optimisation', view.id);
  }

  @FieldResolver(() => EnergyReview, {
    complexity: 100,
    description:
      'ISO 50001 energy review: EnPIs against the energy baseline, significant energy uses and an action plan.',
  })
  async energyReview(@Root() view: FactoryAnalysisView, @Ctx() ctx: GraphQLContext): Promise<EnergyReview> {
    const [units, project, history] = await Promise.all([
      runUnits(view, ctx.loaders),
      ctx.loaders.projectById.load(view.projectId),
      ctx.loaders.analysesByProject.load(view.projectId),
    ]);
    // A project run's trend ends at the run itself; a scenario run's is the project's whole history.
    const upTo = view.basis.kind === 'project' ? history.filter((run) => run.sequence <= view.sequence) : history;
    const marked = project?.energyBaselineAnalysisId
      ? history.find((run) => run.id === project.energyBaselineAnalysisId)
      : undefined;
    const baselineRow = marked ?? history[0];
    const current = figures(view, units);
    let baseline = current;
    if (baselineRow && baselineRow.id !== view.id) {
      const baselineView = toFactoryAnalysisView(baselineRow);
      baseline = figures(baselineView, await runUnits(baselineView, ctx.loaders));
    }
    const trend = upTo.map((run) => (run.id === view.id ? current : figures(toFactoryAnalysisView(run), null)));
    return finite(
      analyseEnergyReview({
        current,
        baseline,
        baselineMarked: Boolean(marked),
        history: trend.length ? trend : [current],
        units,
        internalByConsumer: allocateSupply(units).internalByConsumer,
        integrationOpportunities: view.integrationOpportunities,
        strategies: analyseThermoeconomics(units).units,
      }),
      'energy review',
      view.id,
    );
  }
}

/** What the energy review reads of a run; with its units (current run, baseline) also recovery and entropy. */
function figures(view: FactoryAnalysisView, units: FactoryEquipmentInput[] | null): RunFigures {
  const gap = view.gapAnalysis;
  return {
    id: view.id,
    analyzedAt: view.analyzedAt,
    totals: view.totals,
    specificExergy: gap ? { value: gap.specificActual, unit: gap.specificUnit } : null,
    heatRecoveryPotentialKW: units ? units.reduce((s, u) => s + u.result.heatRecoveryPotentialKW, 0) : null,
    entropyGenerationKWPerK: units
      ? analyseEntropyGeneration(units, view.settings.deadState.temperatureK).totalEntropyGenerationKWPerK
      : null,
    annualProductKWh: view.totals.exergyProductKW * view.settings.operatingHours,
  };
}
