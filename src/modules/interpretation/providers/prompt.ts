/**
 * A compact, bounded prompt built from the analysis — never whole database
 * rows. It carries the engine's own numbers (and the built-in interpretation's
 * ranked actions) so the model comments on them instead of inventing its own
 * (spec/interpretation.md §3.2 note).
 */
import type { FactoryInterpretationInput, InterpretationContent } from '../../../engine/interpret';
import type { EquipmentInterpretationInput } from './provider';

/** Hard cap of the whole request body (system + user message, JSON-escaped, and the envelope), characters. */
export const MAX_PROMPT_CHARS = 12000;
/** Room kept for the envelope: model name (≤ 200 characters), temperature, response_format, roles. */
const ENVELOPE_CHARS = 400;

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

const round = (value: number | null | undefined) =>
  value === null || value === undefined ? null : Math.round(value * 100) / 100;

/**
 * Serialises the analysis under the cap: lists are cut to `limit` items,
 * halving the limit until the text fits; only a pathological input (huge
 * names) is finally cut hard. The model always gets valid JSON when possible.
 */
/** True when a request carrying this user message stays under the cap (JSON escaping counted). */
function fits(userMessage: string): boolean {
  return JSON.stringify(SYSTEM_PROMPT).length + JSON.stringify(userMessage).length + ENVELOPE_CHARS <= MAX_PROMPT_CHARS;
}

function bounded(build: (limit: number) => unknown, language: string): string {
  const header = `Language: ${language === 'TR' ? 'Turkish' : 'English'} (write every sentence in it).\nAnalysis (kW, EUR, %, years):\n`;
  for (const limit of [10, 5, 3, 1, 0]) {
    const text = header + JSON.stringify(build(limit));
    if (fits(text)) return text;
  }
  let text = header + JSON.stringify(build(0));
  while (!fits(`${text}\n[truncated]`)) text = text.slice(0, Math.floor(text.length * 0.9));
  return `${text}\n[truncated]`;
}

/** Short text fields are capped too: names come from users. */
const short = (text: string | null | undefined) =>
  text === null || text === undefined ? null : text.length > 80 ? `${text.slice(0, 77)}...` : text;

function actionsOf(builtin: InterpretationContent, limit: number) {
  return builtin.prioritizedActions.slice(0, limit).map((a) => ({
    rank: a.rank,
    action: short(a.action),
    savingsKW: round(a.estimatedSavingsKW),
    savingsEurPerYear: round(a.estimatedSavingsEurPerYear),
    investmentEur: round(a.estimatedInvestmentEur),
    paybackYears: round(a.paybackYears),
    priority: a.priority,
  }));
}

function projectOf(project: { name: string; sector: string | null; processType: string | null }) {
  return { name: short(project.name), sector: short(project.sector), processType: short(project.processType) };
}

export function equipmentPrompt(input: EquipmentInterpretationInput, builtin: InterpretationContent): string {
  const r = input.result;
  return bounded(
    (limit) => ({
      project: projectOf(input.project),
      equipment: {
        id: input.equipment.id,
        name: short(input.equipment.name),
        type: input.equipment.type,
        subtype: input.equipment.subtype,
      },
      stale: input.stale ?? false,
      exergy: {
        fuelKW: round(r.exergyFuelKW),
        productKW: round(r.exergyProductKW),
        lossKW: round(r.exergyLossKW),
        destroyedKW: round(r.exergyDestroyedKW),
        efficiencyPct: round(r.exergeticEfficiencyPct),
        avoidableKW: round(r.exergyDestroyedAvoidableKW),
      },
      annualLossEur: round(r.annualLossEur),
      benchmark: {
        class: r.benchmark.benchmarkClass,
        percentile: r.benchmark.percentile,
        goodPct: r.benchmark.goodPct,
      },
      economics: {
        f: round(r.economics.exergoeconomicFactor),
        r: round(r.economics.relativeCostDifference),
        productCostEurPerKWh: round(r.economics.productCostEurPerKWh),
      },
      losses: r.losses.slice(0, limit).map((l) => ({ label: short(l.label), kW: round(l.exergyKW) })),
      heatRecovery: r.heatRecovery
        .slice(0, limit)
        .map((h) => ({ label: short(h.label), kW: round(h.heatKW), temperatureC: round(h.temperatureC) })),
      engineActions: actionsOf(builtin, limit),
      engineWarnings: builtin.warnings.slice(0, limit).map(short),
    }),
    input.language,
  );
}

export function factoryPrompt(input: FactoryInterpretationInput, builtin: InterpretationContent): string {
  const t = input.factory.totals;
  const gap = input.gap;
  return bounded(
    (limit) => ({
      project: projectOf(input.project),
      staleUnits: input.staleEquipmentIds?.length ?? 0,
      totals: {
        units: t.equipmentCount,
        fuelKW: round(t.exergyFuelKW),
        productKW: round(t.exergyProductKW),
        lossKW: round(t.exergyLossKW),
        destroyedKW: round(t.exergyDestroyedKW),
        avoidableKW: round(t.exergyDestroyedAvoidableKW),
        efficiencyPct: round(t.exergeticEfficiencyPct),
        annualLossEur: round(t.annualLossEur),
      },
      hotspots: input.factory.hotspots.slice(0, limit).map((h) => ({
        id: h.equipmentId,
        name: short(h.name),
        type: h.type,
        destroyedKW: round(h.exergyDestroyedKW),
        sharePct: round(h.sharePct),
        efficiencyPct: round(h.exergeticEfficiencyPct),
        priority: h.priority,
      })),
      opportunities: input.factory.integrationOpportunities.slice(0, limit).map((o) => ({
        title: short(o.title),
        source: short(o.source),
        target: short(o.target),
        kW: round(o.recoverableKW),
        savingsEur: round(o.savingsEurPerYear),
        investmentEur: round(o.investmentEur),
        paybackYears: round(o.paybackYears),
        complexity: o.complexity,
      })),
      gap: gap
        ? {
            grade: gap.grade,
            esi: round(gap.exergeticSustainabilityIndex),
            minimumKW: round(gap.minimumExergyKW),
            batKW: round(gap.batExergyKW),
            actualKW: round(gap.actualExergyKW),
            batGapEur: round(gap.annualBatGapCostEur),
          }
        : null,
      engineActions: actionsOf(builtin, limit),
      engineWarnings: builtin.warnings.slice(0, limit).map(short),
    }),
    input.language,
  );
}
