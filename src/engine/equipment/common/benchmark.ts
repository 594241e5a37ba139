/** Benchmark class and percentile of an exergetic efficiency (spec/equipment.md §0.3). */
import type { Benchmark, BenchmarkClass } from '../types';

export interface BenchmarkTable {
  poor: number;
  average: number;
  good: number;
  excellent: number;
  low: number;
  mid: number;
  high: number;
}

/** A table in the order of the spec's columns: poor / average / good / excellent, then percentile anchors low / mid / high. */
export function benchmarkTable(
  poor: number,
  average: number,
  good: number,
  excellent: number,
  low: number,
  mid: number,
  high: number,
): BenchmarkTable {
  return { poor, average, good, excellent, low, mid, high };
}

const TEXTS: Record<BenchmarkClass, [string, string]> = {
  poor: ['Low efficiency: urgent improvement advised.', 'Düşük verim: acil iyileştirme önerilir.'],
  below_average: ['Below average: high improvement potential.', 'Ortalamanın altında: yüksek iyileştirme potansiyeli.'],
  average: ['Average: improvement opportunities exist.', 'Ortalama: iyileştirme fırsatları var.'],
  good: ['Good: limited improvement potential.', 'İyi: sınırlı iyileştirme potansiyeli.'],
  excellent: ['Excellent: best-practice level.', 'Mükemmel: en iyi uygulama seviyesinde.'],
};

export function classifyBenchmark(efficiencyPct: number | null, table: BenchmarkTable): Benchmark {
  const eta = efficiencyPct ?? 0;
  const benchmarkClass: BenchmarkClass =
    eta < table.poor
      ? 'poor'
      : eta < table.average
        ? 'below_average'
        : eta < table.good
          ? 'average'
          : eta < table.excellent
            ? 'good'
            : 'excellent';
  let percentile: number;
  if (eta <= table.low) percentile = Math.max(0, Math.trunc((eta / table.low) * 25));
  else if (eta <= table.mid) percentile = 25 + Math.trunc(((eta - table.low) / (table.mid - table.low)) * 25);
  else if (eta <= table.high) percentile = 50 + Math.trunc(((eta - table.mid) / (table.high - table.mid)) * 25);
  else percentile = Math.min(100, 75 + Math.trunc(((eta - table.high) / 15) * 25));
  const [en, tr] = TEXTS[benchmarkClass];
  return {
    benchmarkClass,
    percentile,
    comparisonTextEn: en,
    comparisonTextTr: tr,
    poorPct: table.poor,
    averagePct: table.average,
    goodPct: table.good,
    excellentPct: table.excellent,
  };
}
