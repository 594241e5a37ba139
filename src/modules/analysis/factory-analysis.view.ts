import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { FactoryAnalysis } from './factory-analysis.entity';
import { FactoryTotals, GapAnalysis, Hotspot, IntegrationOpportunity } from './factory.types';
import { plantSizedList } from '../../graphql/cost-limits';

/** One stored factory analysis run as the API shows it (Sankey, equipment results and staleness come from field resolvers). */
@ObjectType('FactoryAnalysis', { description: 'A factory-level analysis run of a project (the history is kept).' })
export class FactoryAnalysisView {
  @Field(() => ID)
  id!: string;

  /** Not GraphQL fields: used by the field resolvers. */
  projectId!: string;
  inputsFingerprint!: string;
  /** The stored run (settings it used, schema version). */
  run!: FactoryAnalysis;

  @Field(() => Int, { description: 'Run number within the project (1, 2, …).' })
  sequence!: number;

  @Field(() => Date, { description: 'When the run happened (ISO 8601).' })
  analyzedAt!: Date;

  @Field(() => FactoryTotals)
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
