/**
 * SPECO exergoeconomics of one unit (spec/equipment.md §0.5 with Corrections
 * C-EC1..3; Lazzaretto & Tsatsaronis 2006; Bejan, Tsatsaronis & Moran 1996 ch. 8).
 */
import type { Exergoeconomics } from '../types';

export const INSTALLATION_FACTOR = 1.65;
export const INTEREST_RATE = 0.1;
export const EQUIPMENT_LIFE_YEARS = 20;
export const MAINTENANCE_FACTOR = 0.02;

export function capitalRecoveryFactor(rate = INTEREST_RATE, years = EQUIPMENT_LIFE_YEARS): number {
  if (years <= 0) return 1;
  if (rate <= 0) return 1 / years;
  const growth = Math.pow(1 + rate, years);
  return (rate * growth) / (growth - 1);
}

export function computeExergoeconomics(input: {
  purchasedEquipmentCostEur?: number | null;
  costCorrelation: { a: number; b: number };
  capacityKW: number;
  operatingHoursPerYear: number;
  /** c_F per kWh of exergy (C-EC1). */
  fuelCostEurPerKWh: number;
  exergyFuelKW: number;
  exergyProductKW: number;
  exergyLossKW: number;
  exergyDestroyedKW: number;
}): Exergoeconomics {
  const estimated = !(input.purchasedEquipmentCostEur != null && input.purchasedEquipmentCostEur > 0);
  const pec = estimated
    ? input.costCorrelation.a * Math.pow(Math.max(input.capacityKW, 1), input.costCorrelation.b)
    : input.purchasedEquipmentCostEur!;
  const tci = pec * INSTALLATION_FACTOR;
  const crf = capitalRecoveryFactor();
  const z = input.operatingHoursPerYear > 0 ? (tci * (crf + MAINTENANCE_FACTOR)) / input.operatingHoursPerYear : 0;
  const cF = Math.max(input.fuelCostEurPerKWh, 0);
  const cD = cF * input.exergyDestroyedKW;
  const cL = cF * input.exergyLossKW;
  const denominator = z + cD + cL;
  const cPRaw = input.exergyProductKW > 0 ? (cF * input.exergyFuelKW + z) / input.exergyProductKW : null;
  // a product too small to carry a cost per kWh (the quotient overflows) has none, like a zero product
  const cP = cPRaw !== null && Number.isFinite(cPRaw) ? cPRaw : null;
  return {
    purchasedEquipmentCostEur: pec,
    purchasedEquipmentCostEstimated: estimated,
    totalCapitalInvestmentEur: tci,
    capitalRecoveryFactor: crf,
    investmentCostRateEurPerH: z,
    fuelCostEurPerKWh: cF,
    destructionCostRateEurPerH: cD,
    lossCostRateEurPerH: cL,
    exergoeconomicFactor: denominator > 0 ? z / denominator : null,
    productCostEurPerKWh: cP,
    relativeCostDifference: cP !== null && cF > 0 && Number.isFinite((cP - cF) / cF) ? (cP - cF) / cF : null,
    totalCostRateEurPerH: denominator,
  };
}
