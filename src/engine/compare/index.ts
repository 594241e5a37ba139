/**
 * Before/after comparison: per-metric deltas classified by each metric's direction, generic over a headline
 * (a unit's result or a plant's totals), and the single-unit what-if with its savings.
 *
 *   metricDeltas(before: ComparableHeadline, after: ComparableHeadline) → MetricDelta[]
 *   compareEquipmentResults(baseline: EquipmentResult, scenario: EquipmentResult) → EquipmentComparisonFigures
 */
export * from './metrics';
export * from './deltas';
export * from './equipment';
