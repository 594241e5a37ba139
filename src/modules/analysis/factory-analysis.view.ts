import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import type { DeadState } from '../../engine/thermo/dead-state';
import type { EquipmentSnapshot } from './stored-results';
import { FactoryTotals, GapAnalysis, Hotspot, IntegrationOpportunity } from './factory.types';
import { plantSizedList } from '../../graphql/cost-limits';

/** One stored factory analysis run as the API shows it (Sankey, equipment results and staleness come from field resolvers). */
@ObjectType('FactoryAnalysis', {
  implements: Node,
  description: 'A factory-level analysis run of a project (the history is kept).',
})
export class FactoryAnalysisView {
  @Field(() => ID, { description: 'Id of this factory analysis (one run of the project).' })
  id!: string;

  /** Not GraphQL fields: used by the field resolvers. */
  projectId!: string;
  /** What the run's staleness is judged by: the project's inputs, or a scenario's base and version. */
  basis!: RunBasis;
  /** Settings the run used (its Sankey prices with them). */
  settings!: RunSettings;
  /** A run of schema ≤ 2: Sankey and unit results are in its legacy JSON. */
  legacy!: boolean;
  /** Unit results held in the run's own document (a scenario run), fetched when asked for; null: its analysis_result rows. */
  inlineUnits!: (() => Promise<RunUnitSnapshot[]>) | null;

  @Field(() => Int, { description: 'Run number within the project (1, 2, …).' })
  sequence!: number;

  @Field(() => Date, { description: 'When the run happened (ISO 8601).' })
  analyzedAt!: Date;

  @Field(() => FactoryTotals, { description: 'Plant totals at the plant boundary, kW and EUR/yr.' })
  totals!: FactoryTotals;

  @Field(() => [Hotspot], { description: 'Equipment ranked by exergy destruction.', complexity: plantSizedList })
  hotspots!: Hotspot[];

  @Field(() => [IntegrationOpportunity], {
    description: 'Heat-integration opportunities, shortest payback first.',
    complexity: plantSizedList,
  })
  integrationOpportunities!: IntegrationOpportunity[];

  @Field(() => GapAnalysis, { nullable: true, description: 'Present when the project has a process definition.' })
  gapAnalysis!: GapAnalysis | null;
}

export interface RunSettings {
  operatingHours: number;
  energyPriceEurPerKWh: number;
  deadState: DeadState;
}

/** A unit in a run's own document: its snapshot and the supply link it had. */
export type RunUnitSnapshot = EquipmentSnapshot & { supplierId: string | null };

/**
 * A project run is stale once the project's inputs differ from those it used; a run derived from the project (a
 * scenario's) also when its own definition changed, which the module owning it answers.
 */
export type RunBasis =
  | { kind: 'project'; inputsFingerprint: string }
  | { kind: 'derived'; baseFingerprint: string; definitionUnchanged: () => Promise<boolean> };
