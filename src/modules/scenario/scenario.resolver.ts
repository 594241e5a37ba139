import { Arg, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { deleted, DeletePayload } from '../../graphql/delete-payload';
import { Project } from '../project/project.entity';
import { runIsStale } from '../analysis/run-staleness';
import { ScenarioAnalysisView } from './scenario-analysis.view';
import { investmentOf } from './scenario-change';
import { Scenario } from './scenario.entity';
import { ScenarioInput } from './scenario.inputs';
import { toScenarioAnalysisView, toScenarioChange } from './scenario.mapper';
import { ScenarioService } from './scenario.service';
import { ScenarioChange, ScenarioSettings } from './scenario.types';

@Resolver(() => Scenario)
export class ScenarioResolver {
  @Query(() => Scenario, { nullable: true, description: 'A scenario of a project you are a member of.' })
  async scenario(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Id of the scenario.' }) id: string,
  ): Promise<Scenario | null> {
    return (await ctx.loaders.scenarioById.load(id.toLowerCase())) ?? null;
  }

  @Mutation(() => Scenario, {
    description: 'A new scenario of the project (editors and owners); the project is not changed.',
  })
  createScenario(
    @Ctx() ctx: GraphQLContext,
    @Arg('projectId', () => ID, { description: 'Id of the project the scenario varies.' }) projectId: string,
    @Arg('input', () => ScenarioInput, {
      description: 'Name, changes to the project’s plant and settings of the scenario.',
    })
    input: ScenarioInput,
  ): Promise<Scenario> {
    return new ScenarioService(ctx.em, ctx.access).create(projectId, input);
  }

  @Mutation(() => Scenario, { description: 'Replaces the scenario’s name, description, changes and settings.' })
  updateScenario(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Id of the scenario.' }) id: string,
    @Arg('input', () => ScenarioInput, {
      description: 'The scenario’s new name, changes and settings (they replace the old ones).',
    })
    input: ScenarioInput,
  ): Promise<Scenario> {
    return new ScenarioService(ctx.em, ctx.access).update(id, input);
  }

  @Mutation(() => DeletePayload, {
    description: 'deleteScenario answering the deleted id (its analyses go with it) and its project.',
  })
  async scenarioDelete(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Id of the scenario to delete.' }) id: string,
  ): Promise<DeletePayload> {
    const scenario = await ctx.loaders.scenarioById.load(id.toLowerCase());
    await new ScenarioService(ctx.em, ctx.access).delete(id);
    return deleted('Scenario', id, scenario?.project.id ?? null);
  }

  @Mutation(() => Boolean, { description: 'Deletes the scenario and its analyses.' })
  async deleteScenario(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Id of the scenario to delete.' }) id: string,
  ): Promise<boolean> {
    await new ScenarioService(ctx.em, ctx.access).delete(id);
    return true;
  }

  @Mutation(() => ScenarioAnalysisView, {
    description:
      'Analyses the scenario’s plant as analyzeProject would and compares it with the project’s latest run (analysing the project first, as its next run, when that run is stale); stored in the scenario’s history.',
  })
  async analyzeScenario(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Id of the scenario to analyse.' }) id: string,
  ): Promise<ScenarioAnalysisView> {
    const { run, units } = await new ScenarioService(ctx.em, ctx.access, ctx.analysisPool).analyze(id);
    return toScenarioAnalysisView(run, ctx.loaders, units);
  }

  @FieldResolver(() => Project, { description: 'The project the scenario varies.' })
  async project(@Root() scenario: Scenario, @Ctx() ctx: GraphQLContext): Promise<Project> {
    const project = await ctx.loaders.projectById.load(scenario.project.id);
    if (!project) throw new Error(`scenario ${scenario.id} has no project`);
    return project;
  }

  @FieldResolver(() => [ScenarioChange], { description: 'The changes, in the order given.' })
  changes(@Root() scenario: Scenario): ScenarioChange[] {
    return scenario.changes.map(toScenarioChange);
  }

  @FieldResolver(() => ScenarioSettings, { nullable: true, description: 'The settings it overrides; null: none.' })
  settings(@Root() scenario: Scenario): ScenarioSettings | null {
    const s = scenario.settings;
    if (!s) return null;
    return {
      operatingHours: s.operatingHours ?? null,
      energyPriceEurPerKWh: s.energyPriceEurPerKWh ?? null,
      ambientTemperatureC: s.ambientTemperatureC ?? null,
      ambientPressureKPa: s.ambientPressureKPa ?? null,
      gridEmissionFactorKgPerKWh: s.gridEmissionFactorKgPerKWh ?? null,
      carbonPriceEurPerTonne: s.carbonPriceEurPerTonne ?? null,
    };
  }

  @FieldResolver(() => Float, { description: 'Sum of the investment stated on the changes, EUR.' })
  investmentEur(@Root() scenario: Scenario): number {
    return investmentOf(scenario.changes);
  }

  @FieldResolver(() => [ScenarioAnalysisView], { description: 'The scenario’s analyses, newest first.' })
  async analyses(@Root() scenario: Scenario, @Ctx() ctx: GraphQLContext): Promise<ScenarioAnalysisView[]> {
    const runs = await ctx.loaders.scenarioRuns.load(scenario.id);
    return runs.map((run) => toScenarioAnalysisView(run, ctx.loaders));
  }

  @FieldResolver(() => ScenarioAnalysisView, {
    nullable: true,
    description: 'The newest analysis; null before the first.',
  })
  async latestAnalysis(@Root() scenario: Scenario, @Ctx() ctx: GraphQLContext): Promise<ScenarioAnalysisView | null> {
    const [latest] = await ctx.loaders.scenarioRuns.load(scenario.id);
    return latest ? toScenarioAnalysisView(latest, ctx.loaders) : null;
  }

  @FieldResolver(() => Boolean, {
    description:
      'True when the scenario has no analysis yet, or the project or the scenario changed after its latest analysis.',
  })
  async stale(@Root() scenario: Scenario, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    const latest = await this.latestAnalysis(scenario, ctx);
    return !latest || runIsStale(latest.analysis, ctx.loaders);
  }
}

@Resolver(() => ScenarioAnalysisView)
export class ScenarioAnalysisResolver {
  @FieldResolver(() => Scenario, { description: 'The scenario analysed.' })
  async scenario(@Root() view: ScenarioAnalysisView, @Ctx() ctx: GraphQLContext): Promise<Scenario> {
    const scenario = await ctx.loaders.scenarioById.load(view.scenarioId);
    if (!scenario) throw new Error(`scenario run ${view.id} has no scenario`);
    return scenario;
  }

  @FieldResolver(() => Boolean, {
    description: 'True when the project or the scenario changed after this analysis.',
  })
  stale(@Root() view: ScenarioAnalysisView, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return runIsStale(view.analysis, ctx.loaders);
  }
}

@Resolver(() => Project)
export class ProjectScenariosResolver {
  @FieldResolver(() => [Scenario], { description: 'The project’s what-if scenarios, oldest first.' })
  scenarios(@Root() project: Project, @Ctx() ctx: GraphQLContext): Promise<Scenario[]> {
    return ctx.loaders.scenariosByProject.load(project.id);
  }
}
