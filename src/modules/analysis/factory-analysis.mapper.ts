import type { FactoryAnalysis } from './factory-analysis.entity';
import { readFactoryAnalysis, type FactoryAnalysisDocument } from './stored-results';
import { deadStateOf, isLegacyRun } from './run-store';
import type { FactoryAnalysisView } from './factory-analysis.view';
import type { Sankey as EngineSankey } from '../../engine/factory';
import type { Sankey } from './factory.types';

const DOCUMENT_FIELDS = ['totals', 'hotspots', 'integrationOpportunities', 'gapAnalysis'] as const;

/**
 * `view` with the fields of a run's document as getters: a column is parsed when a query reads its field, not
 * when the view is built (a read of the totals leaves the 80 KB of a 70-unit run's hotspots and opportunities).
 */
export function withRunDocument<T extends object>(
  view: T,
  document: FactoryAnalysisDocument,
): T & FactoryAnalysisDocument {
  for (const key of DOCUMENT_FIELDS) Object.defineProperty(view, key, { enumerable: true, get: () => document[key] });
  return view as T & FactoryAnalysisDocument;
}

export function toFactoryAnalysisView(row: FactoryAnalysis): FactoryAnalysisView {
  return withRunDocument(
    {
      id: row.id,
      projectId: row.project.id,
      basis: { kind: 'project', inputsFingerprint: row.inputsFingerprint },
      settings: {
        operatingHours: row.operatingHours ?? 0,
        energyPriceEurPerKWh: row.energyPriceEurPerKWh ?? 0,
        deadState: deadStateOf(row),
      },
      legacy: isLegacyRun(row),
      inlineUnits: null,
      sequence: row.sequence,
      analyzedAt: row.analyzedAt,
    },
    readFactoryAnalysis(row),
  );
}

/** The stored engine Sankey with Plotly index arrays added. */
export function toSankey(stored: EngineSankey): Sankey {
  const index = new Map(stored.nodes.map((n, i) => [n.id, i]));
  return {
    ...stored,
    mode: stored.mode,
    plotly: {
      nodeLabels: stored.nodes.map((n) => n.label),
      nodeColors: stored.nodes.map((n) => n.color),
      linkSources: stored.links.map((l) => index.get(l.source) ?? -1),
      linkTargets: stored.links.map((l) => index.get(l.target) ?? -1),
      linkValues: stored.links.map((l) => l.value),
      linkColors: stored.links.map((l) => l.color),
    },
  };
}
