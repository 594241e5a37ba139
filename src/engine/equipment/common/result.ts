/**
 * Assembles an EquipmentResult from an engine's physics. Every engine goes
 * through here, so E_F = E_P + E_L + E_D closes by construction
 * (E_D = E_F − E_P − ΣE_L; Correction C-G1, spec/equipment.md), and inputs that
 * would need negative destruction are rejected, never clamped (spec §10).
 */
import type { FuelKey } from '../../thermo/fuels';
import { classifyBenchmark, type BenchmarkTable } from './benchmark';
import { standaloneCarbon, withCo2Avoided, type ProductSplit } from './carbon';
import { splitAvoidable } from './avoidable';
import { computeExergoeconomics } from './exergoeconomics';
import { inconsistent } from './parameters';
import { sortRecommendations } from './recommendation';
import type {
  CarbonSettings,
  EquipmentResult,
  EquipmentTypeKey,
  FuelKind,
  HeatRecoveryStream,
  LossStream,
  ProcessHeatStream,
  Recommendation,
  Warning,
} from '../types';

export interface ResultInput<M extends { type: EquipmentTypeKey }> {
  type: EquipmentTypeKey;
  subtype: string;
  exergyFuelKW: number;
  exergyProductKW: number;
  losses: LossStream[];
  energyEfficiencyPct: number | null;
  fuelKind: FuelKind;
  fuelEnergyKW: number | null;
  /** The fuel burnt; required where fuelKind is 'fuel' (its CO₂ factor). */
  fuel?: FuelKey;
  /** The products by exergy where a unit makes more than one (a CHP turbine's power and heat); default one. */
  products?: ProductSplit[];
  /** The project's CO₂ settings (AnalysisContext.carbon). */
  carbonSettings: CarbonSettings;
  operatingHoursPerYear: number;
  /** Price of the unit's fuel as the user sees it, EUR/kWh (energy basis). */
  energyPriceEurPerKWh: number;
  /** c_F per kWh of exergy (C-EC1: energy price / φ for fuels). */
  fuelExergyCostEurPerKWh: number;
  /** (E_D/E_P) of the unit at best-achievable conditions; null = all destruction unavoidable. */
  unavoidableDestructionPerProduct: number | null;
  heatRecovery: HeatRecoveryStream[];
  /** The unit's process heat loads (common/heat-streams.ts builds them). */
  heatStreams: ProcessHeatStream[];
  metrics: M;
  benchmark: BenchmarkTable;
  costCorrelation: { a: number; b: number };
  capacityKW: number;
  purchasedEquipmentCostEur: number | null;
  /** Inputs named when the balance is impossible (E_P + E_L > E_F). */
  inconsistentInputs: string[];
  recommendations: (partial: Omit<EquipmentResult<M>, 'recommendations'>) => Recommendation[];
  warnings?: Warning[];
}

export function buildEquipmentResult<M extends { type: EquipmentTypeKey }>(input: ResultInput<M>): EquipmentResult<M> {
  const fuel = input.exergyFuelKW;
  const lossKW = input.losses.reduce((sum, loss) => sum + loss.exergyKW, 0);
  const residual = fuel - input.exergyProductKW - lossKW;
  // relative tolerance only: an absolute 1e-9 kW floor let tiny units show E_P > E_F
  if (residual < -1e-9 * Math.abs(fuel)) {
    throw inconsistent(
      input.inconsistentInputs,
      `product (${input.exergyProductKW.toFixed(2)} kW) and losses (${lossKW.toFixed(2)} kW) exceed the exergy of fuel (${fuel.toFixed(2)} kW): the inputs are physically impossible`,
    );
  }
  if (input.exergyProductKW < 0) {
    // Each engine refuses its own negative products with the physical reason; this is the backstop that keeps
    // 0 ≤ E_P ≤ E_F true of every result.
    throw inconsistent(
      input.inconsistentInputs,
      `the product would carry negative exergy (${input.exergyProductKW.toFixed(3)} kW): the unit would take exergy from its product stream instead of adding it`,
    );
  }
  const destroyed = Math.max(0, residual);
  const split = splitAvoidable({
    exergyDestroyedKW: destroyed,
    exergyProductKW: input.exergyProductKW,
    unavoidableDestructionPerProduct: input.unavoidableDestructionPerProduct,
  });
  // 100·(E_P/E_F): with 0 ≤ E_P ≤ E_F (checked above) the rounded quotient stays within 0–1
  const efficiency = fuel > 0 ? 100 * (input.exergyProductKW / fuel) : null;
  const annualLossKWh = (destroyed + lossKW) * input.operatingHoursPerYear;
  const economics = computeExergoeconomics({
    purchasedEquipmentCostEur: input.purchasedEquipmentCostEur,
    costCorrelation: input.costCorrelation,
    capacityKW: input.capacityKW,
    operatingHoursPerYear: input.operatingHoursPerYear,
    fuelCostEurPerKWh: input.fuelExergyCostEurPerKWh,
    exergyFuelKW: fuel,
    exergyProductKW: input.exergyProductKW,
    exergyLossKW: lossKW,
    exergyDestroyedKW: destroyed,
  });
  const carbon = standaloneCarbon(
    {
      fuelKind: input.fuelKind,
      fuel: input.fuel ?? null,
      fuelEnergyKW: input.fuelEnergyKW,
      exergyFuelKW: fuel,
      exergyProductKW: input.exergyProductKW,
      hours: input.operatingHoursPerYear,
      products: input.products ?? [{ key: 'product', label: 'Product', exergyKW: input.exergyProductKW }],
    },
    input.carbonSettings,
  );
  const partial: Omit<EquipmentResult<M>, 'recommendations'> = {
    type: input.type,
    subtype: input.subtype,
    exergyFuelKW: fuel,
    exergyProductKW: input.exergyProductKW,
    exergyLossKW: lossKW,
    exergyDestroyedKW: destroyed,
    exergeticEfficiencyPct: efficiency,
    energyEfficiencyPct: input.energyEfficiencyPct,
    exergyDestroyedAvoidableKW: split.avoidableKW,
    exergyDestroyedUnavoidableKW: split.unavoidableKW,
    avoidableRatioPct: split.avoidableRatioPct,
    operatingHoursPerYear: input.operatingHoursPerYear,
    energyPriceEurPerKWh: input.energyPriceEurPerKWh,
    annualLossKWh,
    annualLossEur: annualLossKWh * economics.fuelCostEurPerKWh,
    fuelKind: input.fuelKind,
    fuelEnergyKW: input.fuelEnergyKW,
    losses: input.losses,
    heatRecovery: input.heatRecovery,
    heatRecoveryPotentialKW: input.heatRecovery.reduce((sum, stream) => sum + stream.heatKW, 0),
    heatStreams: input.heatStreams,
    metrics: input.metrics,
    economics,
    benchmark: classifyBenchmark(efficiency, input.benchmark),
    warnings: input.warnings ?? [],
    carbon,
  };
  const recommendations = withCo2Avoided(sortRecommendations(input.recommendations(partial)), carbon, fuel);
  return { ...partial, recommendations };
}

/** Effective hours and price: the equipment's own parameter when the client gave it, else the project's. */
export function effectiveHours(
  params: { has(key: string): boolean; num(key: string): number },
  projectHours: number,
): number {
  return params.has('operating_hours') ? params.num('operating_hours') : projectHours;
}

export function effectivePrice(
  params: { has(key: string): boolean; num(key: string): number },
  key: string,
  projectPrice: number,
): number {
  return params.has(key) ? params.num(key) : projectPrice;
}

/** Division that answers null for a zero denominator (no NaN/Infinity ever leaves the engine). */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator !== 0 && Number.isFinite(numerator / denominator) ? numerator / denominator : null;
}
