/**
 * A unit's CO₂ on its own (outside a plant): direct from its fuel at the IPCC
 * 2006 default factors (thermo/fuels.ts), indirect from its electricity at the
 * project's grid factor, biogenic CO₂ apart. The factory engine re-allocates
 * it over supply links (factory/carbon.ts); both end in `carbonAccount`.
 */
import { FUELS, type FuelKey } from '../../thermo/fuels';
import type {
  CarbonProductShare,
  CarbonSettings,
  CarbonSource,
  EquipmentCarbon,
  FuelKind,
  Recommendation,
} from '../types';

/** The design's defaults: a grid of 0.4 kg CO₂/kWh and no carbon price. */
export const DEFAULT_CARBON_SETTINGS: CarbonSettings = { gridEmissionFactorKgPerKWh: 0.4, carbonPriceEurPerTonne: 0 };

export function carbonSourceOf(fuelKind: FuelKind): CarbonSource {
  return fuelKind === 'electricity' ? 'electricity' : fuelKind === 'fuel' ? 'fuel' : 'supplied';
}

/** A unit's product streams by exergy (default: one product). */
export interface ProductSplit {
  key: string;
  label: string;
  exergyKW: number;
}

/** The figures an account is built from, all t/yr except where named. */
export interface CarbonFigures {
  source: CarbonSource;
  fuel: FuelKey | null;
  boundaryShare: number;
  direct: number;
  indirect: number;
  biogenic: number;
  /** null: part of the fuel comes from outside the modelled plant. */
  supplied: number | null;
  passedOn: number | null;
  exergyProductKW: number;
  hours: number;
  products: ProductSplit[];
}

export function carbonAccount(figures: CarbonFigures, settings: CarbonSettings): EquipmentCarbon {
  const emissions = figures.direct + figures.indirect;
  const carried = figures.supplied === null ? null : emissions + figures.supplied;
  const allocated = carried === null || figures.passedOn === null ? null : carried - figures.passedOn;
  const productKWh = figures.exergyProductKW * figures.hours;
  const products: CarbonProductShare[] = figures.products.map((product) => ({
    ...product,
    co2AllocatedTonnesPerYear:
      allocated === null || figures.exergyProductKW <= 0
        ? null
        : (allocated * product.exergyKW) / figures.exergyProductKW,
  }));
  return {
    source: figures.source,
    fuel: figures.fuel,
    boundaryShare: figures.boundaryShare,
    co2DirectTonnesPerYear: figures.direct,
    co2IndirectTonnesPerYear: figures.indirect,
    co2BiogenicTonnesPerYear: figures.biogenic,
    co2EmissionsTonnesPerYear: emissions,
    co2CostEurPerYear: emissions * settings.carbonPriceEurPerTonne,
    co2SuppliedTonnesPerYear: figures.supplied,
    co2PassedOnTonnesPerYear: figures.passedOn,
    co2AllocatedTonnesPerYear: allocated,
    co2IntensityKgPerKWh: carried === null || productKWh <= 0 ? null : (1000 * carried) / productKWh,
    products,
  };
}

export interface StandaloneCarbonInput {
  fuelKind: FuelKind;
  /** The fuel burnt, required where fuelKind is 'fuel'. */
  fuel: FuelKey | null;
  /** kW of fuel (LHV) where fuelKind is 'fuel'. */
  fuelEnergyKW: number | null;
  exergyFuelKW: number;
  exergyProductKW: number;
  hours: number;
  products: ProductSplit[];
}

/** The account of a unit analysed alone: all of its fuel bought at the boundary, nothing passed on. */
export function standaloneCarbon(input: StandaloneCarbonInput, settings: CarbonSettings): EquipmentCarbon {
  const source = carbonSourceOf(input.fuelKind);
  let direct = 0;
  let indirect = 0;
  let biogenic = 0;
  if (source === 'fuel') {
    if (input.fuel === null || input.fuelEnergyKW === null) throw new Error('a fuel-fired unit must name its fuel');
    const tonnes = (input.fuelEnergyKW * input.hours * FUELS[input.fuel].co2KgPerKWh) / 1000;
    if (FUELS[input.fuel].biogenic) biogenic = tonnes;
    else direct = tonnes;
  } else if (source === 'electricity') {
    // Electricity is pure exergy: E_F is the electric power drawn.
    indirect = (input.exergyFuelKW * input.hours * settings.gridEmissionFactorKgPerKWh) / 1000;
  }
  return carbonAccount(
    {
      source,
      fuel: source === 'fuel' ? input.fuel : null,
      boundaryShare: 1,
      direct,
      indirect,
      biogenic,
      supplied: source === 'supplied' ? null : 0,
      passedOn: 0,
      exergyProductKW: input.exergyProductKW,
      hours: input.hours,
      products: input.products,
    },
    settings,
  );
}

/**
 * CO₂ each measure avoids: the share of the unit's exergy of fuel it saves times all CO₂ that fuel carries (own
 * emissions and supplied). Biogenic CO₂ is not counted as avoided.
 */
export function withCo2Avoided(
  recommendations: Recommendation[],
  carbon: EquipmentCarbon,
  exergyFuelKW: number,
): Recommendation[] {
  const carried =
    carbon.co2SuppliedTonnesPerYear === null
      ? null
      : carbon.co2EmissionsTonnesPerYear + carbon.co2SuppliedTonnesPerYear;
  return recommendations.map((recommendation) => ({
    ...recommendation,
    co2AvoidedTonnesPerYear:
      carried === null || recommendation.savingsKW === null || !(exergyFuelKW > 0)
        ? null
        : Math.min(1, recommendation.savingsKW / exergyFuelKW) * carried,
  }));
}
