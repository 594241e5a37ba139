/** Prioritised actions, the action plan and the not-recommended list, from recommendations and opportunities. */
import type { Recommendation } from '../equipment/types';
import type { IntegrationOpportunity } from '../factory/types';
import type { Phrases } from './phrases';
import type { ActionPlan, NotRecommended, PrioritizedAction, Priority } from './types';

/** Measures paying back later than this are listed as not recommended. */
const MAX_PAYBACK_YEARS = 10;
const RANK: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

interface Candidate {
  equipmentId: string | null;
  equipmentName: string | null;
  measure: string;
  category: string;
  savingsKW: number | null;
  savingsEur: number | null;
  investment: number | null;
  payback: number | null;
  priority: Priority;
}

export function fromRecommendations(equipmentId: string | null, equipmentName: string | null, list: Recommendation[], tr: boolean): Candidate[] {
  return list.map((r) => ({
    equipmentId,
    equipmentName,
    measure: tr ? r.titleTr : r.titleEn,
    category: r.category,
    savingsKW: r.savingsKW,
    savingsEur: r.savingsEurPerYear,
    investment: r.investmentEur,
    payback: r.paybackYears,
    priority: r.priority,
  }));
}

export function fromOpportunities(list: IntegrationOpportunity[], tr: boolean): Candidate[] {
  return list.map((o) => ({
    equipmentId: o.sourceId,
    equipmentName: o.source,
    measure: tr ? o.titleTr : o.title,
    category: 'heat_integration',
    savingsKW: o.recoverableKW,
    savingsEur: o.savingsEurPerYear,
    investment: o.investmentEur,
    payback: o.paybackYears,
    priority: o.paybackYears !== null && o.paybackYears < 2 ? 'high' : o.paybackYears !== null && o.paybackYears < 4 ? 'medium' : 'low',
  }));
}

export function prioritise(candidates: Candidate[], phrases: Phrases, limit = 12): { actions: PrioritizedAction[]; plan: ActionPlan; notRecommended: NotRecommended[] } {
  const worthwhile = candidates.filter((c) => c.payback === null || c.payback <= MAX_PAYBACK_YEARS);
  const rejected = candidates.filter((c) => c.payback !== null && c.payback > MAX_PAYBACK_YEARS);
  const sorted = [...worthwhile].sort(
    (a, b) => RANK[a.priority] - RANK[b.priority] || (b.savingsEur ?? 0) - (a.savingsEur ?? 0) || a.measure.localeCompare(b.measure),
  );
  const actions = sorted.slice(0, limit).map<PrioritizedAction>((c, index) => ({
    rank: index + 1,
    equipmentId: c.equipmentId,
    equipmentName: c.equipmentName,
    action: phrases.actionText(c.measure, c.equipmentName),
    category: c.category,
    estimatedSavingsKW: c.savingsKW,
    estimatedSavingsEurPerYear: c.savingsEur,
    estimatedInvestmentEur: c.investment,
    paybackYears: c.payback,
    priority: c.priority,
  }));
  const plan: ActionPlan = { immediate: [], shortTerm: [], mediumTerm: [] };
  for (const a of actions) {
    const item = phrases.planItem(a.action, a.estimatedSavingsEurPerYear, a.paybackYears);
    if ((a.estimatedInvestmentEur ?? 0) <= 1000 || (a.paybackYears ?? Infinity) < 0.5) plan.immediate.push(item);
    else if ((a.paybackYears ?? Infinity) < 2) plan.shortTerm.push(item);
    else plan.mediumTerm.push(item);
  }
  return { actions, plan, notRecommended: rejected.map((c) => phrases.notRecommended(phrases.actionText(c.measure, c.equipmentName))) };
}
