/**
 * The built-in, rule-based interpreter: deterministic, offline, grounded in
 * the numbers of the analysis it interprets, English or Turkish.
 *
 *   interpretEquipment({ equipment, result, project, language, stale? }) → InterpretationContent
 *   interpretFactory({ project, equipment, factory, gap, language, staleEquipmentIds? }) → InterpretationContent
 *
 * Every sentence comes from the phrasebook (phrases.ts) with the numbers it
 * cites; nothing here reads a clock, a random source or the network.
 */
import type { EquipmentResult, EquipmentTypeKey } from '../equipment/types';
import type { FactoryTotals, Hotspot, IntegrationOpportunity } from '../factory/types';
import type { GapAnalysisResult } from '../process/gap';
import { fromOpportunities, fromRecommendations, largestCandidate, prioritise } from './actions';
import { EN, TR, type Phrases } from './phrases';
import { equipmentSectorInsights, factorySectorInsights, type TypeShares } from './sectors';
import type { HotspotFinding, InterpretationContent, InterpretationLanguage, Priority } from './types';

export interface ProjectInfo {
  name: string;
  sector: string | null;
  processType: string | null;
}

export interface EquipmentInfo {
  id: string;
  name: string;
  type: EquipmentTypeKey;
  subtype: string;
}

/** Exergetic efficiencies outside this band are flagged as implausible (%): below 2 % or above 95 % no industrial unit of these types operates. */
export const PLAUSIBLE_EFFICIENCY_PCT = { min: 2, max: 95 };
/** A plant balance residual above this (kW) is reported. */
const BALANCE_TOLERANCE_KW = 0.01;
/** Hotspots listed in a factory interpretation. */
const MAX_HOTSPOTS = 10;

export const phrasesFor = (language: InterpretationLanguage): Phrases => (language === 'TR' ? TR : EN);

function efficiencyWarnings(phrases: Phrases, name: string, r: EquipmentResult): string[] {
  const efficiency = r.exergeticEfficiencyPct;
  if (efficiency === null) return [phrases.undefinedEfficiencyWarning(name)];
  if (efficiency < PLAUSIBLE_EFFICIENCY_PCT.min) return [phrases.lowEfficiencyWarning(name, efficiency)];
  if (efficiency > PLAUSIBLE_EFFICIENCY_PCT.max) return [phrases.highEfficiencyWarning(name, efficiency)];
  return [];
}

function benchmarkPriority(r: EquipmentResult): Priority {
  const c = r.benchmark.benchmarkClass;
  if (c === 'poor' || c === 'below_average') return 'high';
  return c === 'average' ? 'medium' : 'low';
}

export interface EquipmentInterpretationInput {
  equipment: EquipmentInfo;
  result: EquipmentResult;
  project: ProjectInfo;
  language: InterpretationLanguage;
  stale?: boolean;
}

export function interpretEquipment(input: EquipmentInterpretationInput): InterpretationContent {
  const { equipment, result: r, language } = input;
  const p = phrasesFor(language);
  const tr = language === 'TR';
  const bench = p.benchmarkLabel(r.benchmark.benchmarkClass);
  const candidates = fromRecommendations(equipment.id, equipment.name, r.recommendations, tr);
  const largest = largestCandidate(candidates);
  const insights = [
    largest ? p.largestMeasure(largest.measure, largest.savingsEur, largest.savingsKW, largest.payback) : p.noMeasure(),
    p.avoidableInsight(r.exergyDestroyedAvoidableKW, r.avoidableRatioPct),
    p.benchmarkInsight(bench, r.benchmark.percentile, r.exergeticEfficiencyPct, r.benchmark.goodPct),
  ];
  const biggestLoss = [...r.losses].sort((a, b) => b.exergyKW - a.exergyKW || a.key.localeCompare(b.key))[0];
  if (biggestLoss && biggestLoss.exergyKW > 0)
    insights.push(p.mainLoss(biggestLoss.key, biggestLoss.label, biggestLoss.exergyKW));
  for (const stream of r.heatRecovery)
    if (stream.heatKW > 0)
      insights.push(p.heatRecoveryInsight(stream.key, stream.label, stream.heatKW, stream.temperatureC));
  const { actions, plan, notRecommended } = prioritise(candidates, p);
  const hotspot: HotspotFinding = {
    equipmentId: equipment.id,
    equipmentName: equipment.name,
    equipmentType: equipment.type,
    exergyDestroyedKW: r.exergyDestroyedKW,
    sharePct: null,
    priority: benchmarkPriority(r),
    finding: p.equipmentHotspotFinding(equipment.name, r.exergyDestroyedKW, r.exergeticEfficiencyPct, bench),
  };
  return {
    scope: 'equipment',
    language,
    summary: p.equipmentSummary(
      equipment.name,
      p.equipmentTypeLabel(equipment.type),
      r.exergeticEfficiencyPct,
      r.exergyDestroyedKW,
      r.annualLossEur,
      bench,
    ),
    detailedAnalysis: `${p.equipmentDetail(r.exergyFuelKW, r.exergyProductKW, r.exergyLossKW, r.exergyDestroyedKW, r.exergyDestroyedAvoidableKW)} ${p.equipmentEconomics(r.economics.exergoeconomicFactor, r.economics.destructionCostRateEurPerH)}`,
    keyInsights: insights,
    hotspotAnalysis: [hotspot],
    integrationOpportunities: [],
    prioritizedActions: actions,
    notRecommended,
    actionPlan: plan,
    sectorInsights: equipmentSectorInsights(
      input.project.sector,
      equipment.type,
      r.exergeticEfficiencyPct,
      r.exergyDestroyedKW,
      p,
      language,
    ),
    warnings: [
      ...(input.stale ? [p.staleWarning(1)] : []),
      ...efficiencyWarnings(p, equipment.name, r),
      ...r.warnings.map((w) => p.equipmentWarning(w.code, w.message)),
    ],
  };
}

/** The fields of the factory engine's result the interpreter reads (FactoryResult satisfies it). */
export interface FactoryAnalysisView {
  totals: FactoryTotals;
  hotspots: Hotspot[];
  integrationOpportunities: IntegrationOpportunity[];
}

export interface FactoryInterpretationInput {
  project: ProjectInfo;
  equipment: (EquipmentInfo & { result: EquipmentResult })[];
  factory: FactoryAnalysisView;
  gap: GapAnalysisResult | null;
  language: InterpretationLanguage;
  staleEquipmentIds?: string[];
}

function typeShares(hotspots: Hotspot[]): TypeShares {
  const total = hotspots.reduce((s, h) => s + h.exergyDestroyedKW, 0);
  const byType = new Map<string, number>();
  for (const h of hotspots) byType.set(h.type, (byType.get(h.type) ?? 0) + h.exergyDestroyedKW);
  const ranked = [...byType.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return {
    shareOf: (type) => (total > 0 ? (100 * (byType.get(type) ?? 0)) / total : null),
    top: total > 0 && ranked.length ? { type: ranked[0][0], sharePct: (100 * ranked[0][1]) / total } : null,
  };
}

/** The opportunity with the largest savings (ties by title), or null. */
export function largestOpportunity(list: IntegrationOpportunity[]): IntegrationOpportunity | null {
  return (
    [...list].sort((a, b) => b.savingsEurPerYear - a.savingsEurPerYear || a.title.localeCompare(b.title))[0] ?? null
  );
}

export function interpretFactory(input: FactoryInterpretationInput): InterpretationContent {
  const { factory, gap, language } = input;
  const p = phrasesFor(language);
  const tr = language === 'TR';
  const t = factory.totals;
  const hotspots = factory.hotspots.filter((h) => h.exergyDestroyedKW > 0);
  const top = hotspots[0];
  const largest = largestOpportunity(factory.integrationOpportunities);
  // The factory engine names a sink that is no unit of the plant with an English label.
  const targetName = (o: IntegrationOpportunity) => (o.targetId === null ? p.genericSink(o.target) : o.target);

  const insights: string[] = [];
  if (gap?.grade)
    insights.push(
      p.gapInsight(
        gap.grade,
        gap.exergeticSustainabilityIndex,
        gap.minimumExergyKW,
        gap.batExergyKW,
        gap.actualExergyKW,
        gap.annualBatGapCostEur,
      ),
    );
  else if (gap) insights.push(p.gapNotGraded(gap.minimumExergyKW, gap.actualExergyKW));
  insights.push(
    largest
      ? p.largestOpportunity(
          tr ? largest.titleTr : largest.title,
          largest.source,
          targetName(largest),
          largest.recoverableKW,
          largest.savingsEurPerYear,
          largest.paybackYears,
        )
      : p.noOpportunity(),
  );
  const leaders = hotspots.slice(0, 3);
  if (leaders.length > 1)
    insights.push(
      p.topHotspots(
        leaders.map((h) => h.name),
        leaders[leaders.length - 1].cumulativeSharePct,
      ),
    );
  const recovering = input.equipment.filter((e) => e.result.heatRecoveryPotentialKW > 0);
  if (recovering.length)
    insights.push(
      p.recoverableHeat(
        recovering.reduce((s, e) => s + e.result.heatRecoveryPotentialKW, 0),
        recovering.length,
      ),
    );

  const candidates = [
    ...input.equipment.flatMap((e) => fromRecommendations(e.id, e.name, e.result.recommendations, tr)),
    ...fromOpportunities(factory.integrationOpportunities, tr),
  ];
  const { actions, plan, notRecommended } = prioritise(candidates, p);

  const detail = [
    top ? p.factoryDetail(top.name, top.sharePct, t.exergyDestroyedKW, t.exergyLossKW) : p.noHotspot(),
    p.factoryAvoidable(t.exergyDestroyedAvoidableKW, t.exergyDestroyedKW),
    p.factoryProduct(t.exergyProductKW, t.internalExergyKW),
    ...(gap ? [p.gapRatio(gap.actualToBatRatio, gap.batGapPct)] : []),
  ];

  const stale = input.staleEquipmentIds?.length ?? 0;
  return {
    scope: 'project',
    language,
    summary: p.factorySummary(
      input.project.name,
      t.equipmentCount,
      t.exergyFuelKW,
      t.exergeticEfficiencyPct,
      t.exergyDestroyedKW,
      t.annualLossEur,
    ),
    detailedAnalysis: detail.join(' '),
    keyInsights: insights,
    hotspotAnalysis: hotspots.slice(0, MAX_HOTSPOTS).map((h) => ({
      equipmentId: h.equipmentId,
      equipmentName: h.name,
      equipmentType: h.type,
      exergyDestroyedKW: h.exergyDestroyedKW,
      sharePct: h.sharePct,
      priority: h.priority,
      finding: p.hotspotFinding(h.name, h.exergyDestroyedKW, h.sharePct, h.exergeticEfficiencyPct),
    })),
    integrationOpportunities: factory.integrationOpportunities.map((o) => ({
      title: tr ? o.titleTr : o.title,
      source: o.source,
      target: targetName(o),
      recoverableKW: o.recoverableKW,
      potentialSavingsEurPerYear: o.savingsEurPerYear,
      investmentEur: o.investmentEur,
      paybackYears: o.paybackYears,
      complexity: o.complexity,
      description: p.opportunityDescription(o.source, targetName(o), o.recoverableKW, o.sourceTemperatureC),
    })),
    prioritizedActions: actions,
    notRecommended,
    actionPlan: plan,
    sectorInsights: factorySectorInsights(
      input.project.sector,
      gap?.processType ?? input.project.processType,
      typeShares(hotspots),
      gap?.grade
        ? { esi: gap.exergeticSustainabilityIndex, grade: gap.grade, actualToBat: gap.actualToBatRatio }
        : null,
      t.exergyFuelKW,
      p,
      language,
    ),
    warnings: [
      ...(stale ? [p.staleWarning(stale)] : []),
      ...(gap ? (tr ? gap.warningsTr : gap.warnings) : [p.noProcessWarning(t.equipmentCount, t.exergyFuelKW)]),
      ...(Math.abs(t.balanceResidualKW) > BALANCE_TOLERANCE_KW ? [p.balanceWarning(t.balanceResidualKW)] : []),
      ...input.equipment.flatMap((e) => [
        ...efficiencyWarnings(p, e.name, e.result),
        ...e.result.warnings.map((w) => `${e.name}: ${p.equipmentWarning(w.code, w.message)}`),
      ]),
    ],
  };
}
