import type { AnyEquipmentResult } from '../../engine/equipment';
import type { AnalysisResult } from './analysis-result.entity';
import { AnalysisResultView, type Headline } from './analysis.types';
import type { Equipment } from '../equipment/equipment.entity';
import type { Project } from '../project/project.entity';
import type { EquipmentSnapshot } from './stored-results';

/** Stale when the equipment or the project settings changed after the analysis. */
export function isStale(row: AnalysisResult, equipment: Equipment, project: Project): boolean {
  return row.equipmentVersion !== equipment.version || row.projectSettingsVersion !== project.settingsVersion;
}

/** The headline figures of a stored row or an engine result (no spread: a row has a score of other columns). */
function headlineOf(source: Omit<Headline, 'type' | 'subtype'>, type: Headline['type'], subtype: string): Headline {
  const { exergyFuelKW, exergyProductKW, exergyLossKW, exergyDestroyedKW } = source;
  return {
    type,
    subtype,
    exergyFuelKW,
    exergyProductKW,
    exergyLossKW,
    exergyDestroyedKW,
    exergeticEfficiencyPct: source.exergeticEfficiencyPct,
    annualLossEur: source.annualLossEur,
  };
}

/** The API view of a stored row; `detail` fetches its full result when a detail field is selected. */
export function toAnalysisResultView(
  row: AnalysisResult,
  stale: boolean,
  detail: () => Promise<AnyEquipmentResult>,
): AnalysisResultView {
  return new AnalysisResultView({
    id: row.id,
    equipmentId: row.equipment.id,
    equipmentName: row.equipmentName,
    analyzedAt: row.analyzedAt,
    stale,
    headline: headlineOf(row, row.equipmentType, row.equipmentSubtype),
    detail,
  });
}

/** The API view of a result held in memory: just computed, or in the snapshot of a run from before schema 3. */
export function toResultView(
  item: Pick<EquipmentSnapshot, 'analysisId' | 'equipmentId' | 'name' | 'result'>,
  analyzedAt: Date,
  stale: boolean,
): AnalysisResultView {
  return new AnalysisResultView({
    id: item.analysisId,
    equipmentId: item.equipmentId,
    equipmentName: item.name,
    analyzedAt,
    stale,
    headline: headlineOf(item.result, item.result.type, item.result.subtype),
    detail: () => Promise.resolve(item.result),
  });
}
