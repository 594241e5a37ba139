/**
 * Six-axis radar benchmark of one analysed unit, 0–100 on every axis (higher is better), from its
 * EquipmentResult alone, so it is computed on read from any stored result.
 *
 * The original (spec/factory.md §6) clamped each score to [0, 100] and so hid inputs that would leave the
 * range, and its cost axis repeated the efficiency (the §6 note: with consistent hours cost_efficiency ≡
 * destruction_ratio ≡ exergy_efficiency). Here every axis is a ratio of non-negative parts over their
 * whole, within 0–100 by construction; the two that compare against a reference (the subtype's
 * excellent efficiency, the recoverable exergy) say in their definition that they reach 100 at it. The
 * cost axis is price-weighted and carries the capital cost, as the note asks: 100·c_F·E_P/(c_F·E_F + Ż),
 * i.e. 100/(1 + r) with r the relative cost difference (Bejan, Tsatsaronis & Moran 1996, §8.3).
 */
import type { EquipmentResult } from '../equipment/types';

export type RadarAxisKey =
  | 'exergetic_efficiency'
  | 'improvement_status'
  | 'sector_position'
  | 'heat_recovery'
  | 'destruction'
  | 'cost_efficiency';

export type RadarGrade = 'A' | 'B' | 'C' | 'D' | 'F';

export interface RadarAxis {
  key: RadarAxisKey;
  labelEn: string;
  labelTr: string;
  /** 0–100, higher is better. */
  score: number;
}

export interface RadarBenchmark {
  /** The six axes in RADAR_AXES order. */
  axes: RadarAxis[];
  /** Mean of the six scores, 0–100. */
  overallScore: number;
  grade: RadarGrade;
  gradeLabelEn: string;
  gradeLabelTr: string;
  /** Plotly scatterpolar: the axis labels with the first repeated at the end (a closed polygon). */
  theta: string[];
  /** Plotly scatterpolar: the scores in theta's order, the first repeated at the end. */
  r: number[];
}

/** What the radar reads of a result (every stored schema version has it). */
export type RadarSource = Pick<
  EquipmentResult,
  | 'exergyFuelKW'
  | 'exergyProductKW'
  | 'exergyLossKW'
  | 'exergyDestroyedKW'
  | 'exergeticEfficiencyPct'
  | 'exergyDestroyedAvoidableKW'
  | 'heatRecovery'
> & {
  benchmark: Pick<EquipmentResult['benchmark'], 'percentile' | 'excellentPct'>;
  economics: Pick<EquipmentResult['economics'], 'fuelCostEurPerKWh' | 'investmentCostRateEurPerH'>;
};

export const RADAR_AXES: readonly { key: RadarAxisKey; labelEn: string; labelTr: string }[] = [
  { key: 'exergetic_efficiency', labelEn: 'Exergy efficiency', labelTr: 'Exergy Verimi' },
  { key: 'improvement_status', labelEn: 'Improvement status', labelTr: 'İyileştirme Durumu' },
  { key: 'sector_position', labelEn: 'Sector ranking', labelTr: 'Sektör Sıralaması' },
  { key: 'heat_recovery', labelEn: 'Heat recovery', labelTr: 'Isı Geri Kazanım' },
  { key: 'destruction', labelEn: 'Destruction ratio', labelTr: 'Yıkım Oranı' },
  { key: 'cost_efficiency', labelEn: 'Cost efficiency', labelTr: 'Maliyet Verimliliği' },
];

/** Lowest overall score of each grade (the original's thresholds), best first. */
export const RADAR_GRADES: readonly { grade: RadarGrade; minScore: number; labelEn: string; labelTr: string }[] = [
  { grade: 'A', minScore: 85, labelEn: 'Excellent', labelTr: 'Mükemmel' },
  { grade: 'B', minScore: 70, labelEn: 'Good', labelTr: 'İyi' },
  { grade: 'C', minScore: 50, labelEn: 'Average', labelTr: 'Ortalama' },
  { grade: 'D', minScore: 30, labelEn: 'Below average', labelTr: 'Düşük' },
  { grade: 'F', minScore: 0, labelEn: 'Critical', labelTr: 'Kritik' },
];

/** 100·part/whole for 0 ≤ part ≤ whole, whole > 0: within 0–100 (the quotient is formed first, so ≤ 1 after rounding). */
function share(part: number, whole: number): number {
  return 100 * (part / whole);
}

/**
 * The radar of a result, or null where an axis has nothing to stand on: no exergy of fuel (no efficiency), or
 * a cost axis with neither a fuel price nor capital cost (a free fuel over zero hours).
 */
export function radarBenchmark(result: RadarSource): RadarBenchmark | null {
  const fuel = result.exergyFuelKW;
  const efficiency = result.exergeticEfficiencyPct;
  const { fuelCostEurPerKWh: cF, investmentCostRateEurPerH: z } = result.economics;
  const costIn = cF * fuel + z;
  if (!(fuel > 0) || efficiency === null || !(costIn > 0)) return null;
  const destroyed = result.exergyDestroyedKW;
  const wasted = result.exergyLossKW + destroyed;
  const recoverable = result.heatRecovery.reduce((sum, stream) => sum + stream.exergyKW, 0);
  const excellent = result.benchmark.excellentPct;
  const scores: Record<RadarAxisKey, number> = {
    // η against the subtype's excellent threshold, 100 at or above it.
    exergetic_efficiency: share(Math.min(efficiency, excellent), excellent),
    // Destruction that is not avoidable; 100 when nothing is destroyed. AV ≤ E_D (avoidable.ts).
    improvement_status: destroyed > 0 ? share(destroyed - result.exergyDestroyedAvoidableKW, destroyed) : 100,
    // The benchmark percentile, 0–100 by its piecewise definition (benchmark.ts).
    sector_position: result.benchmark.percentile,
    // Recoverable share of the wasted exergy (E_L + E_D), 100 when recovery could take all of it (a heat
    // exchanger's leaving hot stream carries exergy outside its fuel, so it may exceed the waste) or nothing is wasted.
    heat_recovery: wasted > 0 ? share(Math.min(recoverable, wasted), wasted) : 100,
    // 100 − 100·E_D/E_F = 100·(E_P + E_L)/E_F, with E_P + E_L ≤ E_F (balance C-G1).
    destruction: share(fuel - destroyed, fuel),
    // Share of the cost rate in (fuel at c_F plus capital Ż) that reaches the product at fuel value.
    cost_efficiency: share(cF * result.exergyProductKW, costIn),
  };
  const axes = RADAR_AXES.map((axis) => ({ ...axis, score: scores[axis.key] }));
  const overallScore = axes.reduce((sum, axis) => sum + axis.score, 0) / axes.length;
  const grade = RADAR_GRADES.find((g) => overallScore >= g.minScore) ?? RADAR_GRADES[RADAR_GRADES.length - 1];
  const closed = [...axes, axes[0]];
  return {
    axes,
    overallScore,
    grade: grade.grade,
    gradeLabelEn: grade.labelEn,
    gradeLabelTr: grade.labelTr,
    theta: closed.map((axis) => axis.labelEn),
    r: closed.map((axis) => axis.score),
  };
}
