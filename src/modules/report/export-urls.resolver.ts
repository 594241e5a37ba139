import { Arg, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { FactoryAnalysisView } from '../analysis/factory-analysis.view';
import { InterpretationLanguage } from '../interpretation/interpretation.types';

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

@ObjectType({
  description:
    'Where this run’s audit report downloads (paths on this server; send the same Authorization header as to /graphql).',
})
export class ReportUrls {
  @Field(() => String, { description: 'The report as one self-contained HTML page.' }) html!: string;
  @Field(() => String, { description: 'The report as an A4 PDF with embedded fonts.' }) pdf!: string;
  @Field(() => String, {
    description: 'The plant totals as CSV (per-equipment, opportunity and recommendation CSVs: exportUrls).',
  })
  csv!: string;
}

const download = (view: FactoryAnalysisView, file: string, query = '') =>
  `/projects/${view.projectId}/${file}?analysisId=${view.id}${query}`;

@Resolver(() => FactoryAnalysisView)
export class ExportUrlsResolver {
  @FieldResolver(() => ExportUrls, {
    nullable: true,
    description: 'CSV downloads of this run; null for a scenario run (export the project’s runs).',
  })
  exportUrls(@Root() view: FactoryAnalysisView): ExportUrls | null {
    if (view.basis.kind !== 'project') return null;
    return {
      resultsCsv: download(view, 'results.csv'),
      equipmentCsv: download(view, 'equipment.csv'),
      opportunitiesCsv: download(view, 'opportunities.csv'),
      recommendationsCsv: download(view, 'recommendations.csv'),
    };
  }

  @FieldResolver(() => ReportUrls, {
    nullable: true,
    description: 'The audit report of this run (HTML, PDF) and its CSV; null for a scenario run.',
  })
  reportUrls(
    @Root() view: FactoryAnalysisView,
    @Arg('language', () => InterpretationLanguage, {
      defaultValue: 'EN',
      description: 'Language of the report’s text (the figures are the same).',
    })
    language: InterpretationLanguage,
  ): ReportUrls | null {
    if (view.basis.kind !== 'project') return null;
    const lang = `&lang=${language.toLowerCase()}`;
    return {
      html: download(view, 'report.html', lang),
      pdf: download(view, 'report.pdf', lang),
      csv: download(view, 'results.csv'),
    };
  }
}
