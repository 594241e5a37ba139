/**
 * Prioritised actions, the action plan and the not-recommended list, from the
 * equipment results' recommendations and the factory's integration
 * opportunities. Ranking: priority, then savings EUR/yr, then the measure's
 * text (a total order, so the output is deterministic).
 * Plan: immediate = ≤ 1 000 EUR or payback < 0.5 yr; short term = payback
 * < 2 yr; medium term = the rest (spec/interpretation.md §2.1 horizons).
 */
import type { Recommendation } from '../equipment/types';
import type { IntegrationOpportunity } from '../factory/types';
import type { Phrases } from './phrases';
import type { ActionPlan, NotRecommended, PrioritizedAction, Priority } from './types';

/** Measures paying back later than this are listed as not recommended, years. */
export const MAX_PAYBACK_YEARS = 10;
/** At most this many ranked actions. */
export const MAX_ACTIONS = 12;
const IMMEDIATE_MAX_INVESTMENT_EUR = 1000;
const IMMEDIATE_MAX_PAYBACK_YEARS = 0.5;
const SHORT_TERM_MAX_PAYBACK_YEARS = 2;
const RANK: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

export interface Candidate {
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

export function fromRecommendations(
  equipmentId: string | null,
  equipmentName: string | null,
  list: Recommendation[],
  tr: boolean,
): Candidate[] {
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

/** Opportunity priority by payback: < 2 yr high, < 4 yr medium, else low. */
export function opportunityPriority(paybackYears: number | null): Priority {
  if (paybackYears !== null && paybackYears < 2) return 'high';
  if (paybackYears !== null && paybackYears < 4) return 'medium';
  return 'low';
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
    priority: opportunityPriority(o.paybackYears),
  }));
}

/** The candidate with the largest savings (EUR/yr), ties by text; null when none saves anything. */
export function largestCandidate(candidates: Candidate[]): Candidate | null {
  const saving = candidates.filter((c) => (c.savingsEur ?? 0) > 0);
  saving.sort((a, b) => (b.savingsEur ?? 0) - (a.savingsEur ?? 0) || a.measure.localeCompare(b.measure));
  return saving[0] ?? null;
}

function planHorizon(a: PrioritizedAction): keyof ActionPlan {
  if (
    (a.estimatedInvestmentEur ?? Infinity) <= IMMEDIATE_MAX_INVESTMENT_EUR ||
    (a.paybackYears ?? Infinity) < IMMEDIATE_MAX_PAYBACK_YEARS
  )
    return 'immediate';
  if ((a.paybackYears ?? Infinity) < SHORT_TERM_MAX_PAYBACK_YEARS) return 'shortTerm';
  return 'mediumTerm';
}

export function prioritise(
  candidates: Candidate[],
  phrases: Phrases,
  limit = MAX_ACTIONS,
): { actions: PrioritizedAction[]; plan: ActionPlan; notRecommended: NotRecommended[] } {
  const notRecommended: NotRecommended[] = [];
  const worthwhile: Candidate[] = [];
  for (const c of candidates) {
    const title = phrases.actionText(c.measure, c.equipmentName);
    if (c.payback !== null && c.payback > MAX_PAYBACK_YEARS)
      notRecommended.push({ title, reason: phrases.longPaybackReason(c.payback, MAX_PAYBACK_YEARS) });
    else if (c.savingsEur !== null && c.savingsEur <= 0 && (c.investment ?? 0) > 0)
      notRecommended.push({ title, reason: phrases.noSavingsReason(c.investment) });
    else worthwhile.push(c);
  }
  const sorted = [...worthwhile].sort(
    (a, b) =>
      RANK[a.priority] - RANK[b.priority] ||
      (b.savingsEur ?? 0) - (a.savingsEur ?? 0) ||
      a.measure.localeCompare(b.measure) ||
      (a.equipmentName ?? '').localeCompare(b.equipmentName ?? ''),
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
  for (const a of actions)
    plan[planHorizon(a)].push(
      phrases.planItem(a.action, a.estimatedSavingsEurPerYear, a.estimatedInvestmentEur, a.paybackYears),
    );
  return { actions, plan, notRecommended };
}
