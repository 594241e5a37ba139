/** Steam-turbine catalog (spec/equipment.md §7.1–7.2, §9; cost keyed on the registry subtype as §7.2 asks). */
import { boolParam, commonParameters, numberParam, requiredNumber } from '../common/defs';
import type { BenchmarkTable } from '../common/benchmark';
import type { ParameterDefinition, SubtypeDefinition } from '../types';

export interface SteamTurbineSubtypeData {
  condensing: boolean;
  best: { isentropic: number; mechanical: number; generator: number };
  benchmark: BenchmarkTable;
  cost: { a: number; b: number };
}

const BACK_PRESSURE_BEST = { isentropic: 0.9, mechanical: 0.99, generator: 0.98 };
const BACK_PRESSURE_BENCH: BenchmarkTable = {
  poor: 40,
  average: 55,
  good: 70,
  excellent: 80,
  low: 35,
  mid: 55,
  high: 80,
};

export const STEAM_TURBINE_DATA: Record<string, SteamTurbineSubtypeData> = {
  back_pressure: {
    condensing: false,
    best: BACK_PRESSURE_BEST,
    benchmark: BACK_PRESSURE_BENCH,
    cost: { a: 4000, b: 0.7 },
  },
  condensing: {
    condensing: true,
    best: { isentropic: 0.92, mechanical: 0.99, generator: 0.98 },
    benchmark: { poor: 50, average: 65, good: 75, excellent: 82, low: 45, mid: 65, high: 82 },
    cost: { a: 5000, b: 0.72 },
  },
  extraction: {
    condensing: false,
    best: { isentropic: 0.88, mechanical: 0.99, generator: 0.98 },
    benchmark: { poor: 45, average: 60, good: 72, excellent: 80, low: 40, mid: 60, high: 80 },
    cost: { a: 5500, b: 0.73 },
  },
  orc: { condensing: false, best: BACK_PRESSURE_BEST, benchmark: BACK_PRESSURE_BENCH, cost: { a: 6000, b: 0.75 } },
  micro_turbine: {
    condensing: false,
    best: BACK_PRESSURE_BEST,
    benchmark: BACK_PRESSURE_BENCH,
    cost: { a: 3000, b: 0.65 },
  },
};

export const STEAM_TURBINE_SUBTYPES: SubtypeDefinition[] = [
  {
    key: 'back_pressure',
    labelEn: 'Back pressure',
    labelTr: 'Karşı basınçlı',
    parameterDefaults: { outlet_pressure_bar: 4 },
  },
  { key: 'condensing', labelEn: 'Condensing', labelTr: 'Yoğuşmalı', parameterDefaults: { outlet_pressure_bar: 0.1 } },
  { key: 'extraction', labelEn: 'Extraction', labelTr: 'Ara çekişli', parameterDefaults: { outlet_pressure_bar: 4 } },
  {
    key: 'orc',
    labelEn: 'ORC (modelled with steam)',
    labelTr: 'ORC (buharla modellenir)',
    parameterDefaults: { outlet_pressure_bar: 2, inlet_temp_C: 200, inlet_pressure_bar: 10 },
  },
  {
    key: 'micro_turbine',
    labelEn: 'Micro turbine',
    labelTr: 'Mikro türbin',
    parameterDefaults: { outlet_pressure_bar: 3, inlet_temp_C: 250, inlet_pressure_bar: 12 },
  },
];

export const STEAM_TURBINE_PARAMETERS: ParameterDefinition[] = [
  requiredNumber('mass_flow_kg_s', 'kg/s', 0, 500, {
    labelEn: 'Steam mass flow',
    labelTr: 'Buhar debisi',
    description: 'Steam through the turbine.',
  }),
  numberParam('inlet_temp_C', '°C', 100, 650, {
    labelEn: 'Inlet temperature',
    labelTr: 'Giriş sıcaklığı',
    description: 'Live-steam temperature.',
    defaultValue: 400,
  }),
  numberParam('inlet_pressure_bar', 'bar', 0, 200, {
    labelEn: 'Inlet pressure (absolute)',
    labelTr: 'Giriş basıncı (mutlak)',
    description: 'Live-steam pressure.',
    defaultValue: 40,
    minExclusive: true,
  }),
  // From 0.01 bar (1 kPa, saturation 7 °C): condensers run at 0.02–0.1 bar, and below the triple point (0.00611 bar)
  // the exhaust cannot condense at all — the former (0, 100] reached states outside IF97.
  numberParam('outlet_pressure_bar', 'bar', 0.01, 100, {
    labelEn: 'Exhaust pressure (absolute)',
    labelTr: 'Çıkış basıncı (mutlak)',
    description: 'Back pressure or condenser pressure (at least 0.01 bar); subtype default.',
  }),
  numberParam('isentropic_efficiency', '-', 0.3, 0.98, {
    labelEn: 'Isentropic efficiency',
    labelTr: 'İzentropik verim',
    description: 'Internal efficiency of the expansion.',
    defaultValue: 0.8,
  }),
  numberParam('mechanical_efficiency', '-', 0.8, 1, {
    labelEn: 'Mechanical efficiency',
    labelTr: 'Mekanik verim',
    description: 'Bearings and gearbox.',
    defaultValue: 0.98,
  }),
  numberParam('generator_efficiency', '-', 0.8, 1, {
    labelEn: 'Generator efficiency',
    labelTr: 'Jeneratör verimi',
    description: 'Electrical generator.',
    defaultValue: 0.97,
  }),
  boolParam('is_chp', false, {
    labelEn: 'Combined heat and power',
    labelTr: 'Kojenerasyon',
    description: 'Exhaust heat is used (latent heat, Correction C-ST3).',
  }),
  numberParam('heat_recovery_fraction', '-', 0, 1, {
    labelEn: 'Recovered share of exhaust heat',
    labelTr: 'Geri kazanılan egzoz ısısı payı',
    description: 'Share of the exhaust’s condensation heat used (CHP).',
    defaultValue: 0.6,
  }),
  ...commonParameters('fuel_price_eur_kwh', 'EUR/kWh', 1).map((d) =>
    d.key === 'fuel_price_eur_kwh'
      ? { ...d, description: 'Cost of the steam per kWh of its exergy; the project’s energy price when omitted.' }
      : d,
  ),
  numberParam('electricity_price_eur_kwh', 'EUR/kWh', 0, 1, {
    labelEn: 'Electricity price',
    labelTr: 'Elektrik fiyatı',
    description: 'Value of the electricity generated; the project’s energy price when omitted.',
  }),
];
