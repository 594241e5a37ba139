/**
 * Fuels: lower heating value, chemical-exergy factor φ = ex_ch/LHV and CO₂
 * emission factor, each row with its source.
 *
 * φ: Szargut, Morris & Steward (1988), Exergy Analysis of Thermal, Chemical and
 * Metallurgical Processes, ch. 2 correlations (as in spec/equipment.md §3.2).
 * LHV: spec/equipment.md §3.2 (original's table; typical values). CO₂ per kWh
 * LHV: IPCC 2006 Guidelines Vol. 2 ch. 2 Table 2.2 default factors
 * (natural gas 56.1, LPG 63.1, gas/diesel oil 74.1, residual fuel oil 77.4,
 * other bituminous coal 94.6, wood 112 t CO₂/TJ; 1 TJ = 277 778 kWh).
 * HHV: the LHV times the HHV/LHV ratio of the same fuel in the GREET fuel
 * specifications (U.S. DOE Hydrogen Analysis Resource Center, "Lower and
 * Higher Heating Values of Fuels"): natural gas 52.2/47.1, LPG 50.4/46.6,
 * conventional diesel 45.8/42.8, residual oil 42.2/39.5, bituminous coal
 * 27.3/26.1, forest residue 16.5/15.4 MJ/kg.
 */
import { ThermoInputError, ThermoRangeError } from './errors';

export type FuelKey = 'natural_gas' | 'fuel_oil' | 'coal' | 'biomass' | 'lpg' | 'diesel' | 'electricity';

export interface Fuel {
  key: FuelKey;
  labelEn: string;
  labelTr: string;
  /** kJ/kg; null for electricity. */
  lowerHeatingValueKJPerKg: number | null;
  /** kJ/kg (water of combustion condensed); null for electricity. */
  higherHeatingValueKJPerKg: number | null;
  /** Chemical exergy / LHV; 1 for electricity (pure work). */
  exergyFactor: number;
  /** kg CO₂ per kWh of LHV (per kWh delivered for electricity). */
  co2KgPerKWh: number;
  /** Biogenic carbon: its CO₂ is reported apart and not counted as emissions (GHG Protocol, IPCC memo item). */
  biogenic: boolean;
  source: string;
}

/** 1 TJ = 10⁹ kJ = 10⁶/3.6 kWh (exact; a rounded 277,777.78 put every factor 8e-9 off). */
const TJ_IN_KWH = 1e6 / 3.6;
const ipcc = (tonnesPerTJ: number) => (tonnesPerTJ * 1000) / TJ_IN_KWH;
/** HHV from our LHV and the fuel's HHV/LHV ratio in GREET (see the header). */
const hhv = (lhvKJPerKg: number, greetHhv: number, greetLhv: number) => Math.round((lhvKJPerKg * greetHhv) / greetLhv);
const IPCC =
  'IPCC 2006 Guidelines Vol. 2 Table 2.2; φ: Szargut et al. 1988; LHV: spec/equipment.md §3.2; HHV/LHV: GREET (DOE HyARC)';

export const FUELS: Record<FuelKey, Fuel> = {
  natural_gas: {
    key: 'natural_gas',
    labelEn: 'Natural gas',
    labelTr: 'Doğal gaz',
    lowerHeatingValueKJPerKg: 47100,
    higherHeatingValueKJPerKg: hhv(47100, 52.2, 47.1),
    exergyFactor: 1.04,
    co2KgPerKWh: ipcc(56.1),
    biogenic: false,
    source: IPCC,
  },
  fuel_oil: {
    key: 'fuel_oil',
    labelEn: 'Fuel oil',
    labelTr: 'Fuel oil',
    lowerHeatingValueKJPerKg: 41200,
    higherHeatingValueKJPerKg: hhv(41200, 42.2, 39.5),
    exergyFactor: 1.06,
    co2KgPerKWh: ipcc(77.4),
    biogenic: false,
    source: IPCC,
  },
  coal: {
    key: 'coal',
    labelEn: 'Coal',
    labelTr: 'Kömür',
    lowerHeatingValueKJPerKg: 25000,
    higherHeatingValueKJPerKg: hhv(25000, 27.3, 26.1),
    exergyFactor: 1.09,
    co2KgPerKWh: ipcc(94.6),
    biogenic: false,
    source: IPCC,
  },
  biomass: {
    key: 'biomass',
    labelEn: 'Biomass (wood)',
    labelTr: 'Biyokütle (odun)',
    lowerHeatingValueKJPerKg: 17000,
    higherHeatingValueKJPerKg: hhv(17000, 16.5, 15.4),
    exergyFactor: 1.13,
    co2KgPerKWh: ipcc(112),
    biogenic: true,
    source: `${IPCC}; biogenic CO₂, reported but usually counted as neutral`,
  },
  lpg: {
    key: 'lpg',
    labelEn: 'LPG',
    labelTr: 'LPG',
    lowerHeatingValueKJPerKg: 46100,
    higherHeatingValueKJPerKg: hhv(46100, 50.4, 46.6),
    exergyFactor: 1.05,
    co2KgPerKWh: ipcc(63.1),
    biogenic: false,
    source: IPCC,
  },
  diesel: {
    key: 'diesel',
    labelEn: 'Diesel',
    labelTr: 'Motorin',
    lowerHeatingValueKJPerKg: 43000,
    higherHeatingValueKJPerKg: hhv(43000, 45.8, 42.8),
    exergyFactor: 1.07,
    co2KgPerKWh: ipcc(74.1),
    biogenic: false,
    source: IPCC,
  },
  electricity: {
    key: 'electricity',
    labelEn: 'Electricity',
    labelTr: 'Elektrik',
    lowerHeatingValueKJPerKg: null,
    higherHeatingValueKJPerKg: null,
    exergyFactor: 1,
    co2KgPerKWh: 0.4,
    biogenic: false,
    source:
      'Electricity is pure exergy; 0.4 kg CO₂/kWh is the default grid factor of a project (gridEmissionFactorKgPerKWh), set per site',
  },
};

export function getFuel(key: string): Fuel {
  const fuel = (FUELS as Record<string, Fuel | undefined>)[key];
  if (!fuel) throw new ThermoInputError(`unknown fuel "${key}"; known: ${Object.keys(FUELS).join(', ')}`);
  return fuel;
}

/** Chemical exergy flow of a fuel, kW: φ · LHV · ṁ. */
export function fuelChemicalExergyKW(fuelKey: string, massFlowKgPerH: number, lhvKJPerKgOverride?: number): number {
  const fuel = getFuel(fuelKey);
  const lhv = lhvKJPerKgOverride ?? fuel.lowerHeatingValueKJPerKg;
  if (lhv === null) throw new ThermoInputError(`${fuel.labelEn} has no heating value; it is not burned`);
  if (!(massFlowKgPerH >= 0)) throw new ThermoRangeError('fuel mass flow', massFlowKgPerH, 0, Number.MAX_VALUE, 'kg/h');
  return fuel.exergyFactor * lhv * (massFlowKgPerH / 3600);
}
