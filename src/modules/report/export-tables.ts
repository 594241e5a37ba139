/**
 * The CSV exports of a run: its plant totals, one row per equipment, per
 * integration opportunity and per recommendation — every figure with its unit
 * in the header, straight from the stored results (nothing recomputed).
 */
import type { FactoryEquipmentInput, FactoryTotals, IntegrationOpportunity } from '../../engine/factory';
import type { Recommendation } from '../../engine/equipment/types';
import { toCsv, type CsvColumn } from './csv';

export const EXPORTS = ['results', 'equipment', 'opportunities', 'recommendations'] as const;
export type ExportName = (typeof EXPORTS)[number];

export interface RunExport {
  analysisId: string;
  analyzedAt: Date;
  stale: boolean;
  totals: FactoryTotals;
  units: FactoryEquipmentInput[];
  integrationOpportunities: IntegrationOpportunity[];
}

type Metric = { metric: string; unit: string; value: number | null };

function totalsRows(run: RunExport): Metric[] {
  const t = run.totals;
  const co2 = t.carbon;
  return [
    { metric: 'exergyFuelKW', unit: 'kW', value: t.exergyFuelKW },
    { metric: 'exergyProductKW', unit: 'kW', value: t.exergyProductKW },
    { metric: 'exergyLossKW', unit: 'kW', value: t.exergyLossKW },
    { metric: 'exergyDestroyedKW', unit: 'kW', value: t.exergyDestroyedKW },
    { metric: 'internalExergyKW', unit: 'kW', value: t.internalExergyKW },
    { metric: 'exergeticEfficiencyPct', unit: '%', value: t.exergeticEfficiencyPct },
    { metric: 'exergyDestroyedAvoidableKW', unit: 'kW', value: t.exergyDestroyedAvoidableKW },
    { metric: 'exergyDestroyedUnavoidableKW', unit: 'kW', value: t.exergyDestroyedUnavoidableKW },
    { metric: 'annualLossKWh', unit: 'kWh/yr', value: t.annualLossKWh },
    { metric: 'annualLossEur', unit: 'EUR/yr', value: t.annualLossEur },
    { metric: 'equipmentCount', unit: '-', value: t.equipmentCount },
    { metric: 'co2EmissionsTonnesPerYear', unit: 't/yr', value: co2?.co2EmissionsTonnesPerYear ?? null },
    { metric: 'co2DirectTonnesPerYear', unit: 't/yr', value: co2?.co2DirectTonnesPerYear ?? null },
    { metric: 'co2IndirectTonnesPerYear', unit: 't/yr', value: co2?.co2IndirectTonnesPerYear ?? null },
    { metric: 'co2BiogenicTonnesPerYear', unit: 't/yr', value: co2?.co2BiogenicTonnesPerYear ?? null },
    { metric: 'co2CostEurPerYear', unit: 'EUR/yr', value: co2?.co2CostEurPerYear ?? null },
  ];
}

const RESULTS: CsvColumn<Metric & { run: RunExport }>[] = [
  { header: 'analysisId', value: (r) => r.run.analysisId },
  { header: 'analyzedAt (ISO 8601)', value: (r) => r.run.analyzedAt.toISOString() },
  { header: 'stale', value: (r) => r.run.stale },
  { header: 'metric', value: (r) => r.metric },
  { header: 'value', value: (r) => r.value },
  { header: 'unit', value: (r) => r.unit },
];

const EQUIPMENT: CsvColumn<FactoryEquipmentInput>[] = [
  { header: 'equipmentId', value: (u) => u.id },
  { header: 'name', value: (u) => u.name },
  { header: 'type', value: (u) => u.type },
  { header: 'subtype', value: (u) => u.subtype },
  { header: 'suppliedById', value: (u) => u.supplierId },
  { header: 'exergyFuelKW (kW)', value: (u) => u.result.exergyFuelKW },
  { header: 'exergyProductKW (kW)', value: (u) => u.result.exergyProductKW },
  { header: 'exergyLossKW (kW)', value: (u) => u.result.exergyLossKW },
  { header: 'exergyDestroyedKW (kW)', value: (u) => u.result.exergyDestroyedKW },
  { header: 'exergeticEfficiencyPct (%)', value: (u) => u.result.exergeticEfficiencyPct },
  { header: 'energyEfficiencyPct (%)', value: (u) => u.result.energyEfficiencyPct },
  { header: 'exergyDestroyedAvoidableKW (kW)', value: (u) => u.result.exergyDestroyedAvoidableKW },
  { header: 'exergyDestroyedUnavoidableKW (kW)', value: (u) => u.result.exergyDestroyedUnavoidableKW },
  { header: 'operatingHoursPerYear (h/yr)', value: (u) => u.result.operatingHoursPerYear },
  { header: 'annualLossKWh (kWh/yr)', value: (u) => u.result.annualLossKWh },
  { header: 'annualLossEur (EUR/yr)', value: (u) => u.result.annualLossEur },
  { header: 'destructionCostRateEurPerH (EUR/h)', value: (u) => u.result.economics.destructionCostRateEurPerH },
  { header: 'exergoeconomicFactor (-)', value: (u) => u.result.economics.exergoeconomicFactor },
  { header: 'co2EmissionsTonnesPerYear (t/yr)', value: (u) => u.result.carbon?.co2EmissionsTonnesPerYear ?? null },
  { header: 'co2AllocatedTonnesPerYear (t/yr)', value: (u) => u.result.carbon?.co2AllocatedTonnesPerYear ?? null },
  { header: 'co2CostEurPerYear (EUR/yr)', value: (u) => u.result.carbon?.co2CostEurPerYear ?? null },
  { header: 'heatRecoveryPotentialKW (kW)', value: (u) => u.result.heatRecoveryPotentialKW },
  { header: 'recommendationCount', value: (u) => u.result.recommendations.length },
];

const OPPORTUNITIES: CsvColumn<IntegrationOpportunity>[] = [
  { header: 'pattern', value: (o) => o.pattern },
  { header: 'title', value: (o) => o.title },
  { header: 'sourceId', value: (o) => o.sourceId },
  { header: 'source', value: (o) => o.source },
  { header: 'targetId', value: (o) => o.targetId },
  { header: 'target', value: (o) => o.target },
  { header: 'sourceTemperatureC (°C)', value: (o) => o.sourceTemperatureC },
  { header: 'sinkTemperatureC (°C)', value: (o) => o.sinkTemperatureC },
  { header: 'recoverableKW (kW)', value: (o) => o.recoverableKW },
  { header: 'savingsEurPerYear (EUR/yr)', value: (o) => o.savingsEurPerYear },
  { header: 'investmentEur (EUR)', value: (o) => o.investmentEur },
  { header: 'paybackYears (yr)', value: (o) => o.paybackYears },
  { header: 'co2AvoidedTonnesPerYear (t/yr)', value: (o) => o.co2AvoidedTonnesPerYear },
  { header: 'complexity', value: (o) => o.complexity },
];

type UnitRecommendation = Recommendation & { unit: FactoryEquipmentInput };
const RECOMMENDATIONS: CsvColumn<UnitRecommendation>[] = [
  { header: 'equipmentId', value: (r) => r.unit.id },
  { header: 'equipment', value: (r) => r.unit.name },
  { header: 'key', value: (r) => r.key },
  { header: 'priority', value: (r) => r.priority },
  { header: 'title', value: (r) => r.titleEn },
  { header: 'titleTr', value: (r) => r.titleTr },
  { header: 'savingsKW (kW)', value: (r) => r.savingsKW },
  { header: 'savingsEurPerYear (EUR/yr)', value: (r) => r.savingsEurPerYear },
  { header: 'investmentEur (EUR)', value: (r) => r.investmentEur },
  { header: 'paybackYears (yr)', value: (r) => r.paybackYears },
  { header: 'co2AvoidedTonnesPerYear (t/yr)', value: (r) => r.co2AvoidedTonnesPerYear },
];

export function exportCsv(name: ExportName, run: RunExport): string {
  switch (name) {
    case 'results':
      return toCsv(
        RESULTS,
        totalsRows(run).map((row) => ({ ...row, run })),
      );
    case 'equipment':
      return toCsv(EQUIPMENT, run.units);
    case 'opportunities':
      return toCsv(OPPORTUNITIES, run.integrationOpportunities);
    case 'recommendations':
      return toCsv(
        RECOMMENDATIONS,
        run.units.flatMap((unit) => unit.result.recommendations.map((r) => ({ ...r, unit }))),
      );
  }
}
