/**
 * Top-down exergetic gap analysis (seed 001 §2.3): thermodynamic minimum,
 * BAT and the actual plant, the gaps between them, the Exergetic
 * Sustainability Index and grade, the yearly cost of the gaps, the share of
 * each equipment, and Plotly-ready chart data.
 *
 * Departures from the seed: numbers are never rewritten. Where the seed capped
 * BAT at 0.7 × actual and the minimum at 0.3 × BAT, we report the plant as
 * better than BAT, or the inputs as inconsistent, in `warnings`; ratios with a
 * zero denominator are null (the seed returned Infinity).
 */
import type { DeadState } from '../thermo';
import { batExergyKW, getBatReference, type ProcessTypeKey } from './bat';
import { minimumExergy } from './minimum';
import type { EquipmentTypeKey } from '../equipment/types';

export interface GapEquipmentInput {
  equipmentId: string;
  name: string;
  type: EquipmentTypeKey;
  exergyDestroyedKW: number;
}

export interface GapDistributionItem {
  equipmentId: string;
  equipmentName: string;
  equipmentType: EquipmentTypeKey;
  /** kW */
  exergyDestroyedKW: number;
  /** % of the plant's destruction */
  gapSharePct: number;
  cumulativePct: number;
  priority: 'critical' | 'high' | 'medium' | 'low';
}

export interface WaterfallChart {
  labels: string[];
  values: number[];
  /** Plotly waterfall `measure`: absolute, relative or total. */
  measures: ('absolute' | 'relative' | 'total')[];
}

export interface BarChart {
  labels: string[];
  values: number[];
  colors: string[];
}

export interface PieChart {
  labels: string[];
  values: number[];
}

export interface GapAnalysisResult {
  processType: ProcessTypeKey;
  processLabel: string | null;
  subcategory: string;
  minimumExergyKW: number;
  batExergyKW: number;
  actualExergyKW: number;
  totalGapKW: number;
  batGapKW: number;
  technologyGapKW: number;
  totalGapPct: number | null;
  batGapPct: number | null;
  technologyGapPct: number | null;
  specificActual: number | null;
  specificBat: number | null;
  specificMinimum: number | null;
  specificUnit: string;
  actualToMinimumRatio: number | null;
  actualToBatRatio: number | null;
  gapDistribution: GapDistributionItem[];
  annualTotalGapCostEur: number;
  annualBatGapCostEur: number;
  energyPriceEurPerKWh: number;
  operatingHoursPerYear: number;
  batTechnology: string;
  batSource: string;
  batEfficiencyPct: number;
  /** minimum / actual clamped to 0–1; a rating only when `status` is 'ok'. */
  exergeticSustainabilityIndex: number;
  /** Whether minimum and plant can be compared at all (the grade is null otherwise). */
  status: GapStatus;
  grade: EsiGrade | null;
  gradeDescriptionEn: string;
  gradeDescriptionTr: string;
  minExergyMethod: string;
  minExergyAssumptions: string[];
  waterfall: WaterfallChart;
  comparisonBar: BarChart;
  gapPie: PieChart;
  warnings: string[];
  /** The same warnings in Turkish. */
  warningsTr: string[];
}

export interface GapInput {
  processType: ProcessTypeKey;
  processLabel: string | null;
  subcategory: string;
  parameters: Record<string, number>;
  /** The plant's exergy input crossing its boundary (factory totals E_F), kW. */
  actualExergyKW: number;
  equipment: GapEquipmentInput[];
  operatingHoursPerYear: number;
  energyPriceEurPerKWh: number;
  deadState: DeadState;
}

export const ESI_GRADE_KEYS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type EsiGrade = (typeof ESI_GRADE_KEYS)[number];

export const GAP_STATUS_KEYS = ['ok', 'incomplete', 'inconsistent'] as const;
/**
 * ok: the plant's exergy input is at least the process minimum, so ESI rates it;
 * incomplete: the recorded equipment takes less than the minimum, so it cannot
 * deliver the process (units are missing, or the process parameters overstate
 * the duty); inconsistent: there is nothing to compare (no exergy input, or a
 * process whose minimum is not positive).
 */
export type GapStatus = (typeof GAP_STATUS_KEYS)[number];

/** Where the seed clamped ESI to 1 and graded an impossible plant "A — World-leading", we refuse to grade. */
export function gapStatusOf(actualExergyKW: number, minimumExergyKW: number): GapStatus {
  if (!(actualExergyKW > 0) || !(minimumExergyKW > 0)) return 'inconsistent';
  return actualExergyKW < minimumExergyKW ? 'incomplete' : 'ok';
}

const NOT_GRADED: Record<Exclude<GapStatus, 'ok'>, { en: string; tr: string }> = {
  incomplete: {
    en: 'Not graded: the recorded equipment takes less exergy than the process needs at least',
    tr: 'Not verilmedi: kayıtlı ekipman prosesin en az gerektirdiğinden daha az ekserji alıyor',
  },
  inconsistent: {
    en: 'Not graded: the plant and the process give nothing to compare',
    tr: 'Not verilmedi: tesis ile proses karşılaştırılabilir değil',
  },
};

/** The grade and its descriptions for a status and an ESI (no grade unless the status is ok). */
export function verdictOf(
  status: GapStatus,
  esi: number,
): { grade: EsiGrade | null; gradeDescriptionEn: string; gradeDescriptionTr: string } {
  if (status !== 'ok') {
    const words = NOT_GRADED[status];
    return { grade: null, gradeDescriptionEn: words.en, gradeDescriptionTr: words.tr };
  }
  const grade = gradeOf(esi);
  return { grade: grade.grade, gradeDescriptionEn: grade.en, gradeDescriptionTr: grade.tr };
}

export const GRADES: { threshold: number; grade: EsiGrade; en: string; tr: string }[] = [
  { threshold: 0.5, grade: 'A', en: 'World-leading', tr: 'Dünya lideri seviyesi' },
  { threshold: 0.35, grade: 'B', en: 'Very good', tr: 'Çok iyi performans' },
  { threshold: 0.2, grade: 'C', en: 'Good', tr: 'İyi performans' },
  { threshold: 0.1, grade: 'D', en: 'Average', tr: 'Ortalama' },
  { threshold: 0.05, grade: 'E', en: 'Weak — improvement needed', tr: 'Zayıf — iyileştirme gerekli' },
  { threshold: 0, grade: 'F', en: 'Critical — major transformation needed', tr: 'Kritik — büyük dönüşüm gerekli' },
];

export function gradeOf(esi: number): { grade: EsiGrade; en: string; tr: string } {
  return GRADES.find((g) => esi >= g.threshold) ?? GRADES[GRADES.length - 1];
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

function distribution(equipment: GapEquipmentInput[]): GapDistributionItem[] {
  const total = equipment.reduce((sum, e) => sum + Math.max(0, e.exergyDestroyedKW), 0);
  if (total <= 0) return [];
  let cumulative = 0;
  return [...equipment]
    .sort((a, b) => b.exergyDestroyedKW - a.exergyDestroyedKW || a.name.localeCompare(b.name))
    .map((e) => {
      const share = (100 * Math.max(0, e.exergyDestroyedKW)) / total;
      cumulative += share;
      return {
        equipmentId: e.equipmentId,
        equipmentName: e.name,
        equipmentType: e.type,
        exergyDestroyedKW: e.exergyDestroyedKW,
        gapSharePct: share,
        cumulativePct: cumulative,
        priority: share > 30 ? 'critical' : share > 15 ? 'high' : share > 5 ? 'medium' : 'low',
      };
    });
}

export function analyseGap(input: GapInput): GapAnalysisResult {
  const minimum = minimumExergy(input.processType, input.subcategory, input.parameters, input.deadState);
  const bat = getBatReference(input.processType, input.subcategory);
  const batKW = batExergyKW(bat, minimum);
  const actual = input.actualExergyKW;
  const min = minimum.minimumExergyKW;
  const warnings: string[] = [];
  const warningsTr: string[] = [];
  const warn = (en: string, tr: string) => {
    warnings.push(en);
    warningsTr.push(tr);
  };
  if (actual <= 0)
    warn(
      'Not graded (INCONSISTENT): the plant has no exergy input: analyse equipment that consumes fuel or electricity.',
      'Not verilmedi (TUTARSIZ): tesisin ekserji girişi yok: yakıt veya elektrik tüketen ekipmanları analiz edin.',
    );
  if (actual > 0 && batKW >= actual) {
    warn(
      `The plant uses ${actual.toFixed(1)} kW, no more than the BAT reference ${batKW.toFixed(1)} kW: better than BAT, or the process parameters describe a larger duty than the equipment serves.`,
      `Tesis ${actual.toFixed(1)} kW kullanıyor, BAT referansı ${batKW.toFixed(1)} kW’tan fazla değil: BAT’tan iyi, ya da proses parametreleri ekipmanın karşıladığından büyük bir yükü tanımlıyor.`,
    );
  }
  if (actual > 0 && min > actual) {
    warn(
      `Not graded (INCOMPLETE): the thermodynamic minimum ${min.toFixed(1)} kW exceeds the plant's exergy input ${actual.toFixed(1)} kW, so the recorded equipment cannot deliver this process: add the units that serve it, or correct the process parameters.`,
      `Not verilmedi (EKSİK): termodinamik minimum ${min.toFixed(1)} kW, tesisin ekserji girişi ${actual.toFixed(1)} kW’tan büyük; kayıtlı ekipman bu prosesi karşılayamaz: prosese hizmet eden ekipmanları ekleyin veya proses parametrelerini düzeltin.`,
    );
  }
  if (actual > 0 && !(min > 0)) {
    warn(
      `Not graded (INCONSISTENT): the process parameters give a thermodynamic minimum of ${min.toFixed(1)} kW, nothing to compare the plant with.`,
      `Not verilmedi (TUTARSIZ): proses parametreleri ${min.toFixed(1)} kW termodinamik minimum veriyor; tesisi karşılaştıracak bir şey yok.`,
    );
  }
  if (input.processType === 'general_manufacturing') {
    warn(
      'General manufacturing uses an estimated minimum (30 % of BAT); prefer a specific process type.',
      'Genel üretim tahmini bir minimum kullanır (BAT’ın %30’u); mümkünse belirli bir proses tipi seçin.',
    );
  }
  const esiRaw = actual > 0 ? min / actual : 0;
  const esi = Math.min(1, Math.max(0, esiRaw));
  const status = gapStatusOf(actual, min);
  const dist = distribution(input.equipment);
  const totalGap = actual - min;
  const batGap = actual - batKW;
  const techGap = batKW - min;
  const cost = (kW: number) => kW * input.energyPriceEurPerKWh * input.operatingHoursPerYear;
  const top = dist.slice(0, 5);
  const rest = dist.slice(7);
  const otherKW = actual - batKW - top.reduce((sum, d) => sum + d.exergyDestroyedKW, 0);
  return {
    processType: input.processType,
    processLabel: input.processLabel,
    subcategory: bat.subcategory,
    minimumExergyKW: min,
    batExergyKW: batKW,
    actualExergyKW: actual,
    totalGapKW: totalGap,
    batGapKW: batGap,
    technologyGapKW: techGap,
    totalGapPct: ratio(100 * totalGap, actual),
    batGapPct: ratio(100 * batGap, actual),
    technologyGapPct: ratio(100 * techGap, actual),
    specificActual: ratio(actual, minimum.productionRatePerH),
    specificBat: ratio(batKW, minimum.productionRatePerH),
    specificMinimum: minimum.specificMinimumKWhPerUnit,
    specificUnit: `kWh/${minimum.productUnit}`,
    actualToMinimumRatio: ratio(actual, min),
    actualToBatRatio: ratio(actual, batKW),
    gapDistribution: dist,
    annualTotalGapCostEur: cost(totalGap),
    annualBatGapCostEur: cost(batGap),
    energyPriceEurPerKWh: input.energyPriceEurPerKWh,
    operatingHoursPerYear: input.operatingHoursPerYear,
    batTechnology: bat.technology,
    batSource: bat.source,
    batEfficiencyPct: bat.exergyEfficiencyPct,
    exergeticSustainabilityIndex: esi,
    status,
    ...verdictOf(status, esi),
    minExergyMethod: minimum.method,
    minExergyAssumptions: minimum.assumptions,
    waterfall: {
      // Plotly draws a 'total' bar as the running sum, so an 'Other' step closes the chain to the actual input.
      labels: [
        'Minimum',
        'Technology limit',
        ...top.map((d) => d.equipmentName),
        ...(otherKW !== 0 ? ['Other losses'] : []),
        'Actual plant',
      ],
      values: [min, techGap, ...top.map((d) => d.exergyDestroyedKW), ...(otherKW !== 0 ? [otherKW] : []), actual],
      measures: [
        'absolute',
        'relative',
        ...top.map(() => 'relative' as const),
        ...(otherKW !== 0 ? ['relative' as const] : []),
        'total',
      ],
    },
    comparisonBar: {
      labels: ['Thermodynamic minimum', 'BAT reference', 'Actual plant'],
      values: [min, batKW, actual],
      colors: ['#10B981', '#F59E0B', '#EF4444'],
    },
    gapPie: {
      labels: [...dist.slice(0, 7).map((d) => d.equipmentName), ...(rest.length ? ['Other'] : [])],
      values: [
        ...dist.slice(0, 7).map((d) => d.exergyDestroyedKW),
        ...(rest.length ? [rest.reduce((s, d) => s + d.exergyDestroyedKW, 0)] : []),
      ],
    },
    warnings,
    warningsTr,
  };
}
