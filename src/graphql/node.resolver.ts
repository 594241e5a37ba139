/**
 * `node(id)` and `nodes(ids)`: refetch any entity by its id (Relay, Apollo
 * Client). An id is a plain UUID unique across tables, so each id is looked
 * up in every entity's scoped loader at once: one batched statement per
 * table for all the ids of the request, whatever their number. What the
 * caller may not see answers null, exactly like an id that does not exist.
 */
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from './context';
import { asNode, Node } from './node';
import { InputError } from '../modules/shared/errors';
import { isUuid } from '../modules/shared/ids';
import { toFactoryAnalysisView } from '../modules/analysis/factory-analysis.mapper';
import { isStale, toAnalysisResultView } from '../modules/analysis/analysis.mapper';
import { toInterpretationView } from '../modules/interpretation/interpretation.resolver';
import { toScenarioAnalysisView } from '../modules/scenario/scenario.mapper';
import type { AnalysisResult } from '../modules/analysis/analysis-result.entity';
import type { Interpretation } from '../modules/interpretation/interpretation.entity';

/** The most ids one `nodes` call takes. */
export const MAX_NODES = 100;

async function resultNode(ctx: GraphQLContext, row: AnalysisResult): Promise<object | null> {
  const [equipment, project] = await Promise.all([
    ctx.loaders.anyEquipmentById.load(row.equipment.id),
    ctx.loaders.projectById.load(row.projectId),
  ]);
  const stale = equipment && project ? isStale(row, equipment, project) : true;
  return toAnalysisResultView(row, stale, () => ctx.loaders.resultDetail.load(row.id));
}

async function interpretationNode(ctx: GraphQLContext, row: Interpretation): Promise<object> {
  // `current` as Project.interpretations and Equipment.interpretation tell it.
  const equipmentId = row.equipment?.id;
  const analysis = equipmentId
    ? await ctx.loaders.analysisByEquipment.load(equipmentId)
    : await ctx.loaders.latestAnalysisByProject.load(row.project.id);
  return toInterpretationView(row, analysis?.id === row.analysisId);
}

/** The node with `id` the caller may see, or null. Every loader is asked at once (ids are unique across tables). */
export async function loadNode(ctx: GraphQLContext, rawId: string): Promise<Node | null> {
  const id = rawId.toLowerCase();
  if (!isUuid(id)) return null;
  const l = ctx.loaders;
  const [project, equipment, analysis, result, interpretation, scenario, run, user, token] = await Promise.all([
    l.projectById.load(id),
    // Removed units too: past analyses still show them (removedAt tells), so a client may refetch them.
    l.anyEquipmentById.load(id),
    l.analysisById.load(id),
    l.resultById.load(id),
    l.interpretationById.load(id),
    l.scenarioById.load(id),
    l.scenarioRunById.load(id),
    l.userById.load(id),
    l.apiTokenById.load(id),
  ]);
  if (project) return asNode('Project', project);
  if (equipment) return asNode('Equipment', equipment);
  if (analysis) return asNode('FactoryAnalysis', toFactoryAnalysisView(analysis));
  if (result) return asNode('AnalysisResult', (await resultNode(ctx, result)) as Node);
  if (interpretation) return asNode('Interpretation', (await interpretationNode(ctx, interpretation)) as Node);
  if (scenario) return asNode('Scenario', scenario);
  if (run) return asNode('ScenarioAnalysis', toScenarioAnalysisView(run, l));
  if (user) return asNode('User', user);
  if (token) return asNode('ApiToken', token);
  return null;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'Any object by its id (Relay refetching): null when no object has that id or it is one you may not see (the same answer). Removed equipment answers as its tombstone.',
  })
  node(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The id of a Project, Equipment, FactoryAnalysis, … (a UUID).' }) id: string,
  ): Promise<Node | null> {
    return loadNode(ctx, id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Objects by id, in the order asked, null for each id that node(id) answers null for; at most ${MAX_NODES} ids. One batched round however many.`,
    complexity: ({ args, childComplexity }) => 1 + (Array.isArray(args.ids) ? args.ids.length : 1) * childComplexity,
  })
  nodes(
    @Ctx() ctx: GraphQLContext,
    @Arg('ids', () => [ID], { description: `The ids, 0 to ${MAX_NODES} of them.` }) ids: string[],
  ): Promise<(Node | null)[]> {
    if (ids.length > MAX_NODES) {
      throw new InputError([
        {
          path: 'ids',
          code: 'OUT_OF_RANGE',
          message: `at most ${MAX_NODES} ids (got ${ids.length})`,
          min: 0,
          max: MAX_NODES,
        },
      ]);
    }
    return Promise.all(ids.map((id) => loadNode(ctx, id)));
  }
}
