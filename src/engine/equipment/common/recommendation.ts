/** Building and ordering recommendations: payback from investment and savings, priority from payback. */
import type { Recommendation, RecommendationPriority } from '../types';

/** A recommendation before payback is derived; priority follows from payback unless given. */
export type RecommendationInput = Omit<Recommendation, 'paybackYears' | 'priority' | 'co2AvoidedTonnesPerYear'> & {
  priority?: RecommendationPriority;
};

export function priorityFromPayback(paybackYears: number | null): RecommendationPriority {
  if (paybackYears === null) return 'low';
  return paybackYears < 2 ? 'high' : paybackYears < 4 ? 'medium' : 'low';
}

export function makeRecommendation(input: RecommendationInput): Recommendation {
  const savings = Math.max(0, input.savingsEurPerYear);
  const payback = input.investmentEur !== null && savings > 0 ? input.investmentEur / savings : null;
  // savings too small to ever pay back (the quotient overflows) have no payback, like zero savings
  const paybackYears = payback !== null && Number.isFinite(payback) ? payback : null;
  // spelled out, not spread: every recommendation gets one object shape (a spread costs an analysis ~4 %)
  return {
    key: input.key,
    category: input.category,
    titleEn: input.titleEn,
    titleTr: input.titleTr,
    descriptionEn: input.descriptionEn,
    descriptionTr: input.descriptionTr,
    savingsKW: input.savingsKW,
    investmentEur: input.investmentEur,
    savingsEurPerYear: savings,
    paybackYears,
    priority: input.priority ?? priorityFromPayback(paybackYears),
    // set from the unit's CO₂ account once the result is assembled (common/carbon.ts)
    co2AvoidedTonnesPerYear: null,
  };
}

const RANK: Record<RecommendationPriority, number> = { high: 0, medium: 1, low: 2 };

/** High → medium → low, then by savings, then by key (deterministic). */
export function sortRecommendations(list: Recommendation[]): Recommendation[] {
  return [...list].sort(
    (a, b) =>
      RANK[a.priority] - RANK[b.priority] || b.savingsEurPerYear - a.savingsEurPerYear || a.key.localeCompare(b.key),
  );
}
