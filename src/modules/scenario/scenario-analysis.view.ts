import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { FactoryAnalysisView } from '../analysis/factory-analysis.view';
import { ScenarioComparison } from './scenario.types';

/** One stored analysis of a scenario as the API shows it. */
@ObjectType('ScenarioAnalysis', {
  implements: Node,
  description: 'One analysis of a scenario: the modified plant analysed like the project, and its comparison.',
})
export class ScenarioAnalysisView {
  @Field(() => ID, { description: 'Id of this scenario run.' })
  id!: string;

  /** Not a GraphQL field: the scenario resolver loads it. */
  scenarioId!: string;

  @Field(() => Int, { description: 'Run number within the scenario (1, 2, …).' })
  sequence!: number;

  @Field(() => Date, { description: 'When the scenario was analysed (ISO 8601).' })
  analyzedAt!: Date;

  @Field(() => FactoryAnalysisView, {
    description: 'The scenario’s plant analysed exactly as analyzeProject would analyse the project.',
  })
  analysis!: FactoryAnalysisView;

  @Field(() => ScenarioComparison, {
    description: "The scenario against the project's latest run, metric by metric and unit by unit.",
  })
  comparison!: ScenarioComparison;
}
