/**
 * The built-in, rule-based interpreter: deterministic, offline, grounded in
 * the numbers of the analysis it interprets, English or Turkish.
 */
import type { EquipmentResult, EquipmentTypeKey } from '../equipment/types';
import type { FactoryTotals, Hotspot, IntegrationOpportunity } from '../factory/types';
import type { GapAnalysisResult } from '../process/gap';
import { fromOpportunities, fromRecommendations, prioritise } from './actions';
import { EN, TR, type Phrases } from './phrases';
import { sectorInsight } from './sectors';
import type { InterpretationContent, InterpretationLanguage } from './types';

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

/** Turkish text of the engines' warning codes (their messages are English). */
const WARNINGS_TR: Record<string, string> = {
  CHILLED_ABOVE_AMBIENT: 'Soğuk su ölü hal sıcaklığının altında değil: soğuğunun ekserjisi yok.',
};

/** Exergetic efficiencies outside this band are flagged as implausible (%). */
const PLAUSIBLE_EFFICIENCY = { min: 2, max: 95 };

const phrasesFor = (language: InterpretationLanguage): Phrases => (language === 'TR' ? TR : EN);

function efficiencyWarnings(phrases: Phrases, name: string, efficiency: number | null): string[] {
  if (efficiency === null) return [];
  if (efficiency < PLAUSIBLE_EFFICIENCY.min) return [phrases.lowEfficiencyWarning(name, efficiency)];
  if (efficiency > PLAUSIBLE_EFFICIENCY.max) return [phrases.highEfficiencyWarning(name, efficiency)];
  return [];
}

export function interpretEquipment(input: {
  equipment: EquipmentInfo;
  result: EquipmentResult;
  project: ProjectInfo;
  language: InterpretationLanguage;
  stale?: boolean;
}): InterpretationContent {
  const { equipment, result: r, language } = input;
  const p = phrasesFor(language);
  const bench = p.benchmarkLabel(r.benchmark.benchmarkClass);
  const insights = [p.avoidableInsight(r.exergyDestroyedAvoidableKW, r.avoidableRatioPct), p.benchmarkInsight(bench, r.benchmark.percentile)];
  const biggestLoss = [...r.losses].sort((a, b) => b.exergyKW - a.exergyKW)[0];
  if (biggestLoss) insights.push(p.mainLoss(biggestLoss.label, biggestLoss.exergyKW));
  for (const stream of r.heatRecovery) insights.push(p.heatRecoveryInsight(stream.heatKW, stream.temperatureC));
  const { actions, plan, notRecommended } = prioritise(fromRecommendations(equipment.id, equipment.name, r.recommendations, language === 'TR'), p);
  const share = (type: string) => (type === equipment.type ? 100 : 0);
  return {
    scope: 'equipment',
    language,
    summary: p.equipmentSummary(equipment.name, p.equipmentTypeLabel(equipment.type), r.exergeticEfficiencyPct, r.exergyDestroyedKW, r.annualLossEur, bench),
    detailedAnalysis: p.equipmentDetail(r.exergyFuelKW, r.exergyProductKW, r.exergyLossKW, r.exergyDestroyedKW, r.exergyDestroyedAvoidableKW),
    keyInsights: insights,
    hotspotAnalysis: [
      {
        equipmentId: equipment.id,
        equipmentName: equipment.name,
        equipmentType: equipment.type,
        exergyDestroyedKW: r.exergyDestroyedKW,
        sharePct: null,
        priority: r.benchmark.benchmarkClass === 'poor' || r.benchmark.benchmarkClass === 'below_average' ? 'high' : r.benchmark.benchmarkClass === 'average' ? 'medium' : 'low',
        finding: p.hotspotFinding(equipment.name, r.exergyDestroyedKW, null, r.exergeticEfficiencyPct),
      },
    ],
    integrationOpportunities: [],
    prioritizedActions: actions,
    notRecommended,
    actionPlan: plan,
    sectorInsights: [sectorInsight(input.project.sector, share, language)],
    warnings: [
      ...(input.stale ? [p.staleWarning(1)] : []),
      ...efficiencyWarnings(p, equipment.name, r.exergeticEfficiencyPct),
      ...r.warnings.map((w) => (language === 'TR' ? WARNINGS_TR[w.code] ?? `Uyarı: ${w.code}` : w.message)),
    ],
  };
}

export interface FactoryInterpretationInput {
  project: ProjectInfo;
  equipment: (EquipmentInfo & { result: EquipmentResult })[];
  factory: { totals: FactoryTotals; hotspots: Hotspot[]; integrationOpportunities: IntegrationOpportunity[] };
  gap: GapAnalysisResult | null;
  language: InterpretationLanguage;
  staleEquipmentIds?: string[];
}

export function interpretFactory(input: FactoryInterpretationInput): InterpretationContent {
  const { factory, gap, language } = input;
  const p = phrasesFor(language);
  const t = factory.totals;
  const top = factory.hotspots[0];
  const largest = [...factory.integrationOpportunities].sort((a, b) => b.savingsEurPerYear - a.savingsEurPerYear)[0];
  const insights: string[] = [];
  if (gap) insights.push(p.gapInsight(gap.grade, gap.exergeticSustainabilityIndex, gap.minimumExergyKW, gap.batExergyKW, gap.actualExergyKW, gap.annualBatGapCostEur));
  insights.push(largest ? p.largestOpportunity(language === 'TR' ? largest.titleTr : largest.title, largest.source, largest.target, largest.recoverableKW, largest.savingsEurPerYear, largest.paybackYears) : p.noOpportunity());
  const candidates = [
    ...input.equipment.flatMap((e) => fromRecommendations(e.id, e.name, e.result.recommendations, language === 'TR')),
    ...fromOpportunities(factory.integrationOpportunities, language === 'TR'),
  ];
  const { actions, plan, notRecommended } = prioritise(candidates, p);
  const destroyedByType = (type: string) => {
    const total = factory.hotspots.reduce((s, h) => s + h.exergyDestroyedKW, 0);
    if (total <= 0) return null;
    return (100 * factory.hotspots.filter((h) => h.type === type).reduce((s, h) => s + h.exergyDestroyedKW, 0)) / total;
  };
  const stale = input.staleEquipmentIds?.length ?? 0;
  return {
    scope: 'project',
    language,
    summary: p.factorySummary(input.project.name, t.equipmentCount, t.exergyFuelKW, t.exergeticEfficiencyPct, t.exergyDestroyedKW, t.annualLossEur),
    detailedAnalysis: top ? p.factoryDetail(top.name, top.sharePct, t.exergyDestroyedKW, t.exergyLossKW) : '',
    keyInsights: insights,
    hotspotAnalysis: factory.hotspots.slice(0, 10).map((h) => ({
      equipmentId: h.equipmentId,
      equipmentName: h.name,
      equipmentType: h.type,
      exergyDestroyedKW: h.exergyDestroyedKW,
      sharePct: h.sharePct,
      priority: h.priority,
      finding: p.hotspotFinding(h.name, h.exergyDestroyedKW, h.sharePct, h.exergeticEfficiencyPct),
    })),
    integrationOpportunities: factory.integrationOpportunities.map((o) => ({
      title: language === 'TR' ? o.titleTr : o.title,
      source: o.source,
      target: o.target,
      recoverableKW: o.recoverableKW,
      potentialSavingsEurPerYear: o.savingsEurPerYear,
      investmentEur: o.investmentEur,
      paybackYears: o.paybackYears,
      complexity: o.complexity,
      description: p.opportunityDescription(o.source, o.target, o.recoverableKW, o.sourceTemperatureC),
    })),
    prioritizedActions: actions,
    notRecommended,
    actionPlan: plan,
    sectorInsights: [sectorInsight(input.project.sector, destroyedByType, language)],
    warnings: [
      ...(stale ? [p.staleWarning(stale)] : []),
      ...(gap ? (language === 'TR' ? gap.warningsTr ?? gap.warnings : gap.warnings) : [p.noProcessWarning()]),
      ...input.equipment.flatMap((e) => efficiencyWarnings(p, e.name, e.result.exergeticEfficiencyPct)),
    ],
  };
}
