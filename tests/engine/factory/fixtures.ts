/** Balanced EquipmentResult fixtures for factory tests (no engine involved). */
import type {
  EquipmentResult,
  EquipmentTypeKey,
  FuelKind,
  HeatRecoveryStream,
  ProcessHeatStream,
} from '../../../src/engine/equipment/types';
import type { FactoryEquipmentInput } from '../../../src/engine/factory';
import { DEFAULT_CARBON_SETTINGS, standaloneCarbon } from '../../../src/engine/equipment/common/carbon';
import { FUELS, type FuelKey } from '../../../src/engine/thermo/fuels';

export interface FixtureSpec {
  id: string;
  type: EquipmentTypeKey;
  fuel: number;
  product: number;
  loss?: number;
  avoidable?: number;
  fuelKind?: FuelKind;
  supplierId?: string | null;
  heatRecovery?: HeatRecoveryStream[];
  heatStreams?: ProcessHeatStream[];
  metrics?: Record<string, unknown>;
  hours?: number;
  price?: number;
  name?: string;
  /** The fuel burnt where fuelKind is 'fuel' (default natural gas; its LHV input is fuel/φ). */
  fuelKey?: FuelKey;
  /** The product split for CO₂ (a CHP's power and heat); default one product. */
  products?: { key: string; label: string; exergyKW: number }[];
}

export function unit(spec: FixtureSpec): FactoryEquipmentInput {
  const loss = spec.loss ?? 0;
  const destroyed = spec.fuel - spec.product - loss;
  const hours = spec.hours ?? 6000;
  const price = spec.price ?? 0.1;
  const avoidable = spec.avoidable ?? destroyed / 2;
  const fuelKind = spec.fuelKind ?? 'electricity';
  const fuelKey = fuelKind === 'fuel' ? (spec.fuelKey ?? 'natural_gas') : null;
  const fuelEnergyKW = fuelKey ? spec.fuel / FUELS[fuelKey].exergyFactor : null;
  const result: EquipmentResult = {
    type: spec.type,
    subtype: 'x',
    exergyFuelKW: spec.fuel,
    exergyProductKW: spec.product,
    exergyLossKW: loss,
    exergyDestroyedKW: destroyed,
    exergeticEfficiencyPct: spec.fuel > 0 ? (100 * spec.product) / spec.fuel : null,
    energyEfficiencyPct: null,
    exergyDestroyedAvoidableKW: avoidable,
    exergyDestroyedUnavoidableKW: destroyed - avoidable,
    avoidableRatioPct: destroyed > 0 ? (100 * avoidable) / destroyed : null,
    operatingHoursPerYear: hours,
    energyPriceEurPerKWh: price,
    annualLossKWh: (destroyed + loss) * hours,
    annualLossEur: (destroyed + loss) * hours * price,
    fuelKind,
    fuelEnergyKW,
    losses: loss > 0 ? [{ key: 'loss', label: 'loss', exergyKW: loss }] : [],
    heatRecovery: spec.heatRecovery ?? [],
    heatRecoveryPotentialKW: (spec.heatRecovery ?? []).reduce((s, h) => s + h.heatKW, 0),
    heatStreams: spec.heatStreams ?? [],
    metrics: { type: spec.type, ...(spec.metrics ?? {}) },
    economics: {
      purchasedEquipmentCostEur: 0,
      purchasedEquipmentCostEstimated: true,
      totalCapitalInvestmentEur: 0,
      capitalRecoveryFactor: 0,
      investmentCostRateEurPerH: 0,
      fuelCostEurPerKWh: price,
      destructionCostRateEurPerH: 0,
      lossCostRateEurPerH: 0,
      exergoeconomicFactor: null,
      productCostEurPerKWh: null,
      relativeCostDifference: null,
      totalCostRateEurPerH: 0,
    },
    benchmark: {
      benchmarkClass: 'average',
      percentile: 50,
      comparisonTextEn: '',
      comparisonTextTr: '',
      poorPct: 0,
      averagePct: 0,
      goodPct: 0,
      excellentPct: 0,
    },
    recommendations: [],
    warnings: [],
    carbon: standaloneCarbon(
      {
        fuelKind,
        fuel: fuelKey,
        fuelEnergyKW,
        exergyFuelKW: spec.fuel,
        exergyProductKW: spec.product,
        hours,
        products: spec.products ?? [{ key: 'product', label: 'Product', exergyKW: spec.product }],
      },
      DEFAULT_CARBON_SETTINGS,
    ),
  };
  return {
    id: spec.id,
    name: spec.name ?? spec.id,
    type: spec.type,
    subtype: 'x',
    result,
    supplierId: spec.supplierId ?? null,
  };
}

export const stream = (
  key: string,
  heatKW: number,
  temperatureC: number,
  medium: HeatRecoveryStream['medium'] = 'water',
): HeatRecoveryStream => ({
  key,
  label: key,
  heatKW,
  exergyKW: heatKW / 10,
  temperatureC,
  medium,
});
