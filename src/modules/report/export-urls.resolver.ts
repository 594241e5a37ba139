import { Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { FactoryAnalysisView } from '../analysis/factory-analysis.view';

@ObjectType({
  description:
    'Where this run downloads as CSV (paths on this server; send the same Authorization header as to /graphql).',
})
export class ExportUrls {
  @Field(() => String, { description: 'Plant totals: one row per figure with its unit.' }) resultsCsv!: string;
  @Field(() => String, { description: 'One row per equipment: every exergy figure, cost and CO₂.' })
  equipmentCsv!: string;
  @Field(() => String, { description: 'One row per integration opportunity.' }) opportunitiesCsv!: string;
  @Field(() => String, { description: 'One row per recommendation of every unit.' }) recommendationsCsv!: string;
}

@Resolver(() => FactoryAnalysisView)
export class ExportUrlsResolver {
  @FieldResolver(() => ExportUrls, {
    nullable: true,
    description: 'CSV downloads of this run; null for a scenario run (export the project’s runs).',
  })
  exportUrls(@Root() view: FactoryAnalysisView): ExportUrls | null {
    if (view.basis.kind !== 'project') return null;
    const url = (name: string) => `/projects/${view.projectId}/${name}.csv?analysisId=${view.id}`;
    return {
      resultsCsv: url('results'),
      equipmentCsv: url('equipment'),
      opportunitiesCsv: url('opportunities'),
      recommendationsCsv: url('recommendations'),
    };
  }
}
