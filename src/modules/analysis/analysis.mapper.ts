import type { EquipmentResult } from '../../engine/equipment/types';
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
  const { result } = item;
  return {
    id: item.id,
    equipmentId,
    analyzedAt: item.analyzedAt,
    stale,
    type: result.type,
    subtype: result.subtype,
    exergyFuelKW: result.exergyFuelKW,
    exergyProductKW: result.exergyProductKW,
    exergyLossKW: result.exergyLossKW,
    exergyDestroyedKW: result.exergyDestroyedKW,
    exergeticEfficiencyPct: result.exergeticEfficiencyPct,
    energyEfficiencyPct: result.energyEfficiencyPct,
    exergyDestroyedAvoidableKW: result.exergyDestroyedAvoidableKW,
    exergyDestroyedUnavoidableKW: result.exergyDestroyedUnavoidableKW,
    avoidableRatioPct: result.avoidableRatioPct,
    operatingHoursPerYear: result.operatingHoursPerYear,
    energyPriceEurPerKWh: result.energyPriceEurPerKWh,
    annualLossKWh: result.annualLossKWh,
    annualLossEur: result.annualLossEur,
    heatRecoveryPotentialKW: result.heatRecoveryPotentialKW,
    losses: result.losses,
    heatRecovery: result.heatRecovery,
    economics: result.economics,
    benchmark: result.benchmark,
    recommendations: result.recommendations,
    warnings: result.warnings,
    rawMetrics: result.metrics as unknown as Record<string, unknown>,
  };
}
