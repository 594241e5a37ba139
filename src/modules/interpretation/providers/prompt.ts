/**
 * A compact, bounded prompt built from the analysis — never whole database
 * rows. It carries the engine's own numbers (and the built-in interpretation's
 * ranked actions) so the model comments on them instead of inventing its own
 * (spec/interpretation.md §3.2 note).
 */
import type { FactoryInterpretationInput, InterpretationContent } from '../../../engine/interpret';
import type { EquipmentInterpretationInput } from './provider';

/** Hard cap of the user message, characters. */
export const MAX_PROMPT_CHARS = 12000;

export const SYSTEM_PROMPT = [
  'You are an industrial exergy auditor. Interpret the analysis you are given; use only its numbers.',
  'Answer with ONE JSON object and nothing else, with these keys:',
  'summary (string), detailedAnalysis (string), keyInsights (string[]),',
  'hotspotAnalysis ([{equipmentId, equipmentName, equipmentType, exergyDestroyedKW, sharePct, priority: high|medium|low, finding}]),',
  'integrationOpportunities ([{title, source, target, recoverableKW, potentialSavingsEurPerYear, investmentEur, paybackYears, complexity: low|medium|high, description}]),',
  'prioritizedActions ([{equipmentId, equipmentName, action, category, estimatedSavingsKW, estimatedSavingsEurPerYear, estimatedInvestmentEur, paybackYears, priority}]),',
  'notRecommended ([{title, reason}]), actionPlan ({immediate: string[], shortTerm: string[], mediumTerm: string[]}),',
  'sectorInsights (string[]), warnings (string[]). Numbers are plain JSON numbers or null.',
].join('\n');

const round = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(value * 100) / 100);

function bounded(data: unknown, language: string): string {
  const text = `Language: ${language === 'TR' ? 'Turkish' : 'English'}.\nAnalysis:\n${JSON.stringify(data)}`;
  return text.length > MAX_PROMPT_CHARS ? `${text.slice(0, MAX_PROMPT_CHARS - 20)}\n[truncated]` : text;
}

function actionsOf(builtin: InterpretationContent) {
  return builtin.prioritizedActions.slice(0, 8).map((a) => ({ action: a.action, savingsEurPerYear: round(a.estimatedSavingsEurPerYear), paybackYears: round(a.paybackYears), priority: a.priority }));
}

export function equipmentPrompt(input: EquipmentInterpretationInput, builtin: InterpretationContent): string {
  const r = input.result;
  return bounded(
    {
      project: input.project,
      equipment: input.equipment,
      exergy: { fuelKW: round(r.exergyFuelKW), productKW: round(r.exergyProductKW), lossKW: round(r.exergyLossKW), destroyedKW: round(r.exergyDestroyedKW), efficiencyPct: round(r.exergeticEfficiencyPct), avoidableKW: round(r.exergyDestroyedAvoidableKW) },
      annualLossEur: round(r.annualLossEur),
      benchmark: { class: r.benchmark.benchmarkClass, percentile: r.benchmark.percentile },
      metrics: r.metrics,
      economics: { f: round(r.economics.exergoeconomicFactor), r: round(r.economics.relativeCostDifference), productCostEurPerKWh: round(r.economics.productCostEurPerKWh) },
      losses: r.losses.map((l) => ({ label: l.label, kW: round(l.exergyKW) })),
      heatRecovery: r.heatRecovery.map((h) => ({ label: h.label, kW: round(h.heatKW), temperatureC: round(h.temperatureC) })),
      engineActions: actionsOf(builtin),
    },
    input.language,
  );
}

export function factoryPrompt(input: FactoryInterpretationInput, builtin: InterpretationContent): string {
  const t = input.factory.totals;
  const gap = input.gap;
  return bounded(
    {
      project: input.project,
      totals: { fuelKW: round(t.exergyFuelKW), productKW: round(t.exergyProductKW), lossKW: round(t.exergyLossKW), destroyedKW: round(t.exergyDestroyedKW), efficiencyPct: round(t.exergeticEfficiencyPct), annualLossEur: round(t.annualLossEur) },
      hotspots: input.factory.hotspots.slice(0, 10).map((h) => ({ id: h.equipmentId, name: h.name, type: h.type, destroyedKW: round(h.exergyDestroyedKW), sharePct: round(h.sharePct), efficiencyPct: round(h.exergeticEfficiencyPct) })),
      opportunities: input.factory.integrationOpportunities.slice(0, 8).map((o) => ({ title: o.title, source: o.source, target: o.target, kW: round(o.recoverableKW), savingsEur: round(o.savingsEurPerYear), paybackYears: round(o.paybackYears) })),
      gap: gap ? { grade: gap.grade, esi: round(gap.exergeticSustainabilityIndex), minimumKW: round(gap.minimumExergyKW), batKW: round(gap.batExergyKW), actualKW: round(gap.actualExergyKW), batGapEur: round(gap.annualBatGapCostEur) } : null,
      engineActions: actionsOf(builtin),
    },
    input.language,
  );
}
