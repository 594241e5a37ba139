import type { FactoryAnalysis } from './factory-analysis.entity';
import { readFactoryAnalysis } from './stored-results';
import { deadStateOf, isLegacyRun } from './run-store';
import type { FactoryAnalysisView } from './factory-analysis.view';
import type { Sankey as EngineSankey } from '../../engine/factory';
import type { Sankey } from './factory.types';

export function toFactoryAnalysisView(row: FactoryAnalysis): FactoryAnalysisView {
  const document = readFactoryAnalysis(row);
  return {
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
    totals: document.totals,
    hotspots: document.hotspots,
    integrationOpportunities: document.integrationOpportunities,
    gapAnalysis: document.gapAnalysis,
  };
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
