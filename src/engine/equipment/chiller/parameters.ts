/** Chiller catalog (spec/equipment.md §4.1–4.2, §9). */
import { commonParameters, enumParam, numberParam, option, requiredNumber } from '../common/defs';
import { benchmarkTable, type BenchmarkTable } from '../common/benchmark';
import type { ParameterDefinition, SubtypeDefinition } from '../types';

export interface ChillerSubtypeData {
  absorption: boolean;
  /** Best-achievable COP (unavoidable reference): electric COP, or thermal COP for absorption. */
  bestCop: number;
  benchmark: BenchmarkTable;
  cost: { a: number; b: number };
}

const bench = benchmarkTable;

export const CHILLER_DATA: Record<string, ChillerSubtypeData> = {
  screw: { absorption: false, bestCop: 7.0, benchmark: bench(20, 30, 40, 50, 18, 30, 50), cost: { a: 1200, b: 0.8 } },
  centrifugal: {
    absorption: false,
    bestCop: 8.0,
    benchmark: bench(25, 35, 45, 55, 20, 35, 55),
    cost: { a: 1800, b: 0.82 },
  },
  scroll: { absorption: false, bestCop: 5.5, benchmark: bench(18, 28, 38, 48, 15, 28, 48), cost: { a: 1000, b: 0.75 } },
  reciprocating: {
    absorption: false,
    bestCop: 6.0,
    benchmark: bench(18, 28, 38, 48, 15, 28, 48),
    cost: { a: 1100, b: 0.78 },
  },
  absorption: {
    absorption: true,
    bestCop: 0.8,
    benchmark: bench(5, 10, 18, 25, 5, 12, 25),
    cost: { a: 2200, b: 0.85 },
  },
  air_cooled: {
    absorption: false,
    bestCop: 4.5,
    benchmark: bench(15, 25, 35, 45, 12, 25, 45),
    cost: { a: 1400, b: 0.79 },
  },
  water_cooled: {
    absorption: false,
    bestCop: 7.5,
    benchmark: bench(22, 32, 42, 52, 18, 32, 52),
    cost: { a: 1300, b: 0.8 },
  },
};

export const CHILLER_SUBTYPES: SubtypeDefinition[] = [
  { key: 'screw', labelEn: 'Screw', labelTr: 'Vidalı' },
  { key: 'centrifugal', labelEn: 'Centrifugal', labelTr: 'Santrifüj' },
  { key: 'scroll', labelEn: 'Scroll', labelTr: 'Scroll' },
  { key: 'reciprocating', labelEn: 'Reciprocating', labelTr: 'Pistonlu' },
  { key: 'absorption', labelEn: 'Absorption', labelTr: 'Absorpsiyonlu' },
  { key: 'air_cooled', labelEn: 'Air-cooled', labelTr: 'Hava soğutmalı', parameterDefaults: { condenser_type: 'air' } },
  { key: 'water_cooled', labelEn: 'Water-cooled', labelTr: 'Su soğutmalı' },
];

const VAPOUR = ['screw', 'centrifugal', 'scroll', 'reciprocating', 'air_cooled', 'water_cooled'];

export const CHILLER_PARAMETERS: ParameterDefinition[] = [
  requiredNumber('cooling_capacity_kW', 'kW', 0, 10000, {
    labelEn: 'Cooling capacity',
    labelTr: 'Soğutma kapasitesi',
    description: 'Heat removed from the chilled water.',
  }),
  {
    ...requiredNumber('compressor_power_kW', 'kW', 0, 5000, {
      labelEn: 'Compressor power',
      labelTr: 'Kompresör gücü',
      description: 'Electric input.',
    }),
    subtypes: VAPOUR,
  },
  {
    ...requiredNumber('generator_heat_kW', 'kW', 0, 20000, {
      labelEn: 'Generator heat input',
      labelTr: 'Jeneratör ısı girişi',
      description: 'Driving heat of the absorption cycle.',
    }),
    subtypes: ['absorption'],
  },
  {
    ...numberParam('generator_temp_C', '°C', 60, 200, {
      labelEn: 'Generator temperature',
      labelTr: 'Jeneratör sıcaklığı',
      description: 'Temperature the driving heat is supplied at.',
      defaultValue: 90,
    }),
    subtypes: ['absorption'],
  },
  {
    ...numberParam('pump_power_kW', 'kW', 0, 100, {
      labelEn: 'Solution pump power',
      labelTr: 'Solüsyon pompası gücü',
      description: 'Electric input of the absorption unit.',
      defaultValue: 0,
    }),
    subtypes: ['absorption'],
  },
  {
    ...numberParam('heat_price_eur_kwh', 'EUR/kWh', 0, 1, {
      labelEn: 'Driving heat price',
      labelTr: 'Tahrik ısısı fiyatı',
      description: 'Correction C-CH3: price per kWh of driving heat; the project’s energy price when omitted.',
    }),
    subtypes: ['absorption'],
  },
  numberParam('chw_supply_temp_C', '°C', -30, 25, {
    labelEn: 'Chilled-water supply temperature',
    labelTr: 'Soğuk su gidiş sıcaklığı',
    description: 'Leaving chilled water.',
    defaultValue: 7,
  }),
  numberParam('chw_return_temp_C', '°C', -25, 30, {
    labelEn: 'Chilled-water return temperature',
    labelTr: 'Soğuk su dönüş sıcaklığı',
    description: 'Entering chilled water.',
    defaultValue: 12,
  }),
  numberParam('cw_supply_temp_C', '°C', 5, 50, {
    labelEn: 'Condenser water supply temperature',
    labelTr: 'Kondenser suyu giriş sıcaklığı',
    description: 'Cooling water entering the condenser (water-cooled).',
    defaultValue: 30,
  }),
  numberParam('cw_return_temp_C', '°C', 10, 60, {
    labelEn: 'Condenser water return temperature',
    labelTr: 'Kondenser suyu çıkış sıcaklığı',
    description: 'Cooling water leaving the condenser (water-cooled).',
    defaultValue: 35,
  }),
  enumParam(
    'condenser_type',
    [option('water', 'Water-cooled', 'Su soğutmalı'), option('air', 'Air-cooled', 'Hava soğutmalı')],
    'water',
    { labelEn: 'Condenser type', labelTr: 'Kondenser tipi', description: 'How condenser heat is rejected.' },
  ),
  numberParam('ambient_temp_C', '°C', -20, 60, {
    labelEn: 'Condenser air temperature',
    labelTr: 'Kondenser hava sıcaklığı',
    description: 'Air temperature at an air-cooled condenser; the project’s ambient when omitted.',
  }),
  ...commonParameters('electricity_price_eur_kwh', 'EUR/kWh', 1),
];
