/**
 * Strict validation of an LLM's answer against the InterpretationContent
 * structure (spec/interpretation.md §1: the original parsed without any
 * validation). JSON is extracted from the whole text, a fenced block, or the
 * first {…} span; missing arrays become []; anything else wrong rejects it.
 */
import { isEquipmentTypeKey } from '../../../engine/equipment/types';
import type {
  InterpretationContent,
  InterpretationLanguage,
  InterpretationScope,
} from '../../../engine/interpret/types';

export class InvalidAnswerError extends Error {}

/** The first balanced {…} span (braces inside JSON strings ignored), or null. */
export function firstObjectSpan(text: string): string | null {
  const start = text.indexOf('{');
  if (start < 0) return null;
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return null;
}

/** JSON from the whole text, else the first fenced block, else the first balanced {…} span (spec/interpretation.md §1). */
export function extractJson(text: string): unknown {
  const attempts = [text, /```(?:json)?\s*([\s\S]*?)```/i.exec(text)?.[1], firstObjectSpan(text)];
  for (const candidate of attempts) {
    if (!candidate || !candidate.trim()) continue;
    try {
      return JSON.parse(candidate);
    } catch {
      // try the next form
    }
  }
  throw new InvalidAnswerError('the answer is not JSON');
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const PRIORITIES = ['high', 'medium', 'low'];

function str(o: Json, key: string, where: string, optional = false): string {
  const v = o[key];
  if (typeof v === 'string') return v;
  if (optional && (v === undefined || v === null)) return '';
  throw new InvalidAnswerError(`${where}.${key} must be text`);
}

function num(o: Json, key: string, where: string): number | null {
  const v = o[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'number' || !Number.isFinite(v))
    throw new InvalidAnswerError(`${where}.${key} must be a finite number or null`);
  return v;
}

function requiredNum(o: Json, key: string, where: string): number {
  const v = num(o, key, where);
  if (v === null) throw new InvalidAnswerError(`${where}.${key} is required`);
  return v;
}

function arr(o: Json, key: string, where: string): unknown[] {
  const v = o[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new InvalidAnswerError(`${where}.${key} must be a list`);
  return v;
}

function strings(o: Json, key: string, where: string): string[] {
  return arr(o, key, where).map((item, i) => {
    if (typeof item !== 'string') throw new InvalidAnswerError(`${where}.${key}[${i}] must be text`);
    return item;
  });
}

function objects(o: Json, key: string, where: string): Json[] {
  return arr(o, key, where).map((item, i) => {
    if (!isObject(item)) throw new InvalidAnswerError(`${where}.${key}[${i}] must be an object`);
    return item;
  });
}

/** An equipment type the catalog knows, else null (an LLM may name one in its own words). */
function knownEquipmentType(value: string) {
  const key = value.trim().toLowerCase();
  return isEquipmentTypeKey(key) ? key : null;
}

function priority(o: Json, where: string): 'high' | 'medium' | 'low' {
  const v = o.priority;
  if (typeof v === 'string' && PRIORITIES.includes(v)) return v as 'high' | 'medium' | 'low';
  throw new InvalidAnswerError(`${where}.priority must be high, medium or low`);
}

export function validateContent(
  value: unknown,
  scope: InterpretationScope,
  language: InterpretationLanguage,
): InterpretationContent {
  if (!isObject(value)) throw new InvalidAnswerError('the answer must be a JSON object');
  const summary = str(value, 'summary', 'answer');
  if (!summary.trim()) throw new InvalidAnswerError('answer.summary is empty');
  if (value.actionPlan !== undefined && value.actionPlan !== null && !isObject(value.actionPlan))
    throw new InvalidAnswerError('answer.actionPlan must be an object');
  const plan = isObject(value.actionPlan) ? value.actionPlan : {};
  return {
    scope,
    language,
    summary,
    detailedAnalysis: str(value, 'detailedAnalysis', 'answer', true),
    keyInsights: strings(value, 'keyInsights', 'answer'),
    hotspotAnalysis: objects(value, 'hotspotAnalysis', 'answer').map((h, i) => ({
      equipmentId: typeof h.equipmentId === 'string' ? h.equipmentId : null,
      equipmentName: str(h, 'equipmentName', `hotspotAnalysis[${i}]`),
      equipmentType: knownEquipmentType(str(h, 'equipmentType', `hotspotAnalysis[${i}]`, true)),
      exergyDestroyedKW: requiredNum(h, 'exergyDestroyedKW', `hotspotAnalysis[${i}]`),
      sharePct: num(h, 'sharePct', `hotspotAnalysis[${i}]`),
      priority: priority(h, `hotspotAnalysis[${i}]`),
      finding: str(h, 'finding', `hotspotAnalysis[${i}]`),
    })),
    integrationOpportunities: objects(value, 'integrationOpportunities', 'answer').map((o, i) => {
      const complexity = o.complexity;
      if (typeof complexity !== 'string' || !PRIORITIES.includes(complexity))
        throw new InvalidAnswerError(`integrationOpportunities[${i}].complexity must be low, medium or high`);
      return {
        title: str(o, 'title', `integrationOpportunities[${i}]`),
        source: str(o, 'source', `integrationOpportunities[${i}]`),
        target: str(o, 'target', `integrationOpportunities[${i}]`),
        recoverableKW: num(o, 'recoverableKW', `integrationOpportunities[${i}]`),
        potentialSavingsEurPerYear: num(o, 'potentialSavingsEurPerYear', `integrationOpportunities[${i}]`),
        investmentEur: num(o, 'investmentEur', `integrationOpportunities[${i}]`),
        paybackYears: num(o, 'paybackYears', `integrationOpportunities[${i}]`),
        complexity: complexity as 'low' | 'medium' | 'high',
        description: str(o, 'description', `integrationOpportunities[${i}]`, true),
      };
    }),
    prioritizedActions: objects(value, 'prioritizedActions', 'answer').map((a, i) => ({
      rank: i + 1,
      equipmentId: typeof a.equipmentId === 'string' ? a.equipmentId : null,
      equipmentName: typeof a.equipmentName === 'string' ? a.equipmentName : null,
      action: str(a, 'action', `prioritizedActions[${i}]`),
      category: str(a, 'category', `prioritizedActions[${i}]`, true),
      estimatedSavingsKW: num(a, 'estimatedSavingsKW', `prioritizedActions[${i}]`),
      estimatedSavingsEurPerYear: num(a, 'estimatedSavingsEurPerYear', `prioritizedActions[${i}]`),
      estimatedInvestmentEur: num(a, 'estimatedInvestmentEur', `prioritizedActions[${i}]`),
      paybackYears: num(a, 'paybackYears', `prioritizedActions[${i}]`),
      priority: priority(a, `prioritizedActions[${i}]`),
    })),
    notRecommended: objects(value, 'notRecommended', 'answer').map((n, i) => ({
      title: str(n, 'title', `notRecommended[${i}]`),
      reason: str(n, 'reason', `notRecommended[${i}]`),
    })),
    actionPlan: {
      immediate: strings(plan, 'immediate', 'actionPlan'),
      shortTerm: strings(plan, 'shortTerm', 'actionPlan'),
      mediumTerm: strings(plan, 'mediumTerm', 'actionPlan'),
    },
    sectorInsights: strings(value, 'sectorInsights', 'answer'),
    warnings: strings(value, 'warnings', 'answer'),
  };
}
