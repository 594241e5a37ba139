import type { AnalysisResult } from './analysis-result.entity';
import type { AnalysisResultView } from './analysis.types';
import type { Equipment } from '../equipment/equipment.entity';
import type { Project } from '../project/project.entity';

/** Stale when the equipment or the project settings changed after the analysis. */
export function isStale(row: AnalysisResult, equipment: Equipment, project: Project): boolean {
  return row.equipmentVersion !== equipment.version || row.projectSettingsVersion !== project.settingsVersion;
}

export function toAnalysisResultView(row: AnalysisResult, stale: boolean): AnalysisResultView {
  const result = row.result as Record<string, number | null>;
  return {
    id: row.id,
    equipmentId: row.equipment.id,
    analyzedAt: row.analyzedAt,
    stale,
    exergyFuelKW: result.exergyFuelKW ?? 0,
    exergyProductKW: result.exergyProductKW ?? 0,
    exergyLossKW: result.exergyLossKW ?? 0,
    exergyDestroyedKW: result.exergyDestroyedKW ?? 0,
    exergeticEfficiencyPct: result.exergeticEfficiencyPct ?? null,
  };
}
