import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection';
import { FactoryAnalysisView } from './factory-analysis.view';

@ObjectType()
export class FactoryAnalysisEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => FactoryAnalysisView)
  node!: FactoryAnalysisView;
}

@ObjectType({ description: 'Factory analyses of a project, newest first (Relay connection).' })
export class FactoryAnalysisConnection {
  @Field(() => [FactoryAnalysisEdge])
  edges!: FactoryAnalysisEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Number of analyses of the project.' })
  totalCount!: number;
}
