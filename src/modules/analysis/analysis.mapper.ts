import type { EquipmentResult } from '../../engine/equipment/types';
import type { AnalysisResult } from './analysis-result.entity';
import type { AnalysisResultView } from './analysis.types';
import type { Equipment } from '../equipment/equipment.entity';
import type { Project } from '../project/project.entity';
import type { EquipmentType } from '../equipment/equipment-type.enum';
import type { BenchmarkClass, RecommendationPriority } from './equipment-result.types';

/** Stale when the equipment or the project settings changed after the analysis. */
export function isStale(row: AnalysisResult, equipment: Equipment, project: Project): boolean {
  return row.equipmentVersion !== equipment.version || row.projectSettingsVersion !== project.settingsVersion;
}

/** The API view of a stored result (the row's JSON is the engine's EquipmentResult). */
export function toAnalysisResultView(
  row: { id: string; analyzedAt: Date; result: Record<string, unknown> },
  equipmentId: string,
  stale: boolean,
): AnalysisResultView {
  const result = row.result as unknown as EquipmentResult;
  return {
    id: row.id,
    equipmentId,
    analyzedAt: row.analyzedAt,
    stale,
    type: result.type as EquipmentType,
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
    benchmark: result.benchmark
      ? { ...result.benchmark, benchmarkClass: result.benchmark.benchmarkClass as BenchmarkClass }
      : null,
    recommendations: result.recommendations.map((r) => ({ ...r, priority: r.priority as RecommendationPriority })),
    warnings: result.warnings,
    rawMetrics: result.metrics as unknown as Record<string, unknown>,
  };
}
