/**
 * What a report is made from, as plain data the router gathers from a stored run (it crosses to a worker
 * thread for large plants), and the report's figures computed from it — the Grassmann diagram, the built-in
 * interpretation when none is stored, the advanced analyses — exactly as the GraphQL fields compute them.
 */
import { analyseAdvancedExergy, analyseEntropyGeneration, analyseThermoeconomics } from '../../engine/advanced';
import {
  buildFactorySankey,
  type FactoryEquipmentInput,
  type FactoryTotals,
  type Hotspot,
  type IntegrationOpportunity,
} from '../../engine/factory';
import { interpretFactory, type InterpretationContent } from '../../engine/interpret';
import type { GapAnalysisResult } from '../../engine/process';
import type { DeadState } from '../../engine/thermo';
import type { AnalysisSettings } from '../project/analysis-context';
import type { Project } from '../project/project.entity';
import type { ReportData } from './report-document';
import { LABELS, type ReportLanguage } from './report-labels';

export interface ReportInput {
  language: ReportLanguage;
  project: Pick<Project, 'name' | 'sector' | 'description' | 'processType'>;
  analysis: { id: string; sequence: number; analyzedAt: Date; stale: boolean };
  settings: AnalysisSettings;
  deadState: DeadState;
  totals: FactoryTotals;
  hotspots: Hotspot[];
  integrationOpportunities: IntegrationOpportunity[];
  gap: GapAnalysisResult | null;
  units: FactoryEquipmentInput[];
  /** The run's stored interpretation in the report's language and who wrote it (null: the built-in one, now). */
  interpretation: { content: InterpretationContent; author: string | null } | null;
}

export function reportDataOf(input: ReportInput): ReportData {
  const { language, project, units, settings } = input;
  const sankey = buildFactorySankey(
    {
      equipment: units,
      operatingHoursPerYear: settings.operatingHours,
      energyPriceEurPerKWh: settings.energyPriceEurPerKWh,
      deadState: input.deadState,
    },
    'EXERGY_FLOW',
  );
  const interpretation =
    input.interpretation?.content ??
    interpretFactory({
      project: { name: project.name, sector: project.sector, processType: project.processType },
      equipment: units.map((u) => ({ id: u.id, name: u.name, type: u.type, subtype: u.subtype, result: u.result })),
      factory: {
        totals: input.totals,
        hotspots: input.hotspots,
        integrationOpportunities: input.integrationOpportunities,
      },
      gap: input.gap,
      language: language === 'tr' ? 'TR' : 'EN',
    });
  return {
    language,
    project: { name: project.name, sector: project.sector, description: project.description },
    analysis: input.analysis,
    settings,
    totals: input.totals,
    hotspots: input.hotspots,
    integrationOpportunities: input.integrationOpportunities,
    gap: input.gap,
    units,
    sankey,
    interpretation,
    interpretationAuthor: input.interpretation?.author ?? LABELS[language].builtIn,
    entropy: analyseEntropyGeneration(units, input.deadState.temperatureK),
    thermoeconomics: analyseThermoeconomics(units),
    advancedExergy: analyseAdvancedExergy(units),
  };
}
