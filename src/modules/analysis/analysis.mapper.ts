import type { AnyEquipmentResult as EquipmentResult } from '../../engine/equipment';
import { readEquipmentResult } from './stored-results';
import type { AnalysisResult } from './analysis-result.entity';
import type { AnalysisResultView } from './analysis.types';
import type { Equipment } from '../equipment/equipment.entity';
import type { Project } from '../project/project.entity';

/** Stale when the equipment or the project settings changed after the analysis. */
export function isStale(row: AnalysisResult, equipment: Equipment, project: Project): boolean {
  return row.equipmentVersion !== equipment.version || row.projectSettingsVersion !== project.settingsVersion;
}

/** The API view of a stored equipment result. */
export function toAnalysisResultView(row: AnalysisResult, equipmentId: string, stale: boolean): AnalysisResultView {
  return toResultView({ id: row.id, analyzedAt: row.analyzedAt, result: readEquipmentResult(row) }, equipmentId, stale);
}

/** The API view of an engine result (from a row, or from a factory run's snapshot). */
export function toResultView(
  item: { id: string; analyzedAt: Date; result: EquipmentResult },
  equipmentId: string,
  stale: boolean,
): AnalysisResultView {
  // Every engine field passes through: AnalysisResultView implements EquipmentResult, so a field added to the
  // engine needs its GraphQL field declared there and nothing here.
  const { metrics, ...result } = item.result;
  return { ...result, id: item.id, equipmentId, analyzedAt: item.analyzedAt, stale, rawMetrics: metrics };
}
