/** Compressor catalog: subtypes, parameters, subtype data (spec/equipment.md §2.1–2.2, §9). */
import { commonParameters, enumParam, numberParam, option, requiredNumber } from '../common/defs';
import type { BenchmarkTable } from '../common/benchmark';
import type { ParameterDefinition, SubtypeDefinition } from '../types';

export interface CompressorSubtypeData {
  /** Typical discharge (oil/air) temperature before any aftercooler, °C. */
  dischargeTempC: number;
  /** Best-achievable isentropic efficiency (unavoidable reference). */
  bestIsentropicEfficiency: number;
  benchmark: BenchmarkTable;
  cost: { a: number; b: number };
}

const SCREW_BENCHMARK: BenchmarkTable = { poor: 30, average: 45, good: 55, excellent: 60, low: 25, mid: 45, high: 65 };

export const COMPRESSOR_DATA: Record<string, CompressorSubtypeData> = {
  screw: { dischargeTempC: 85, bestIsentropicEfficiency: 0.9, benchmark: SCREW_BENCHMARK, cost: { a: 3500, b: 0.7 } },
  screw_oilfree: {
    dischargeTempC: 85,
    bestIsentropicEfficiency: 0.9,
    benchmark: SCREW_BENCHMARK,
    cost: { a: 4200, b: 0.72 },
  },
  piston: {
    dischargeTempC: 140,
    bestIsentropicEfficiency: 0.88,
    benchmark: { poor: 25, average: 40, good: 50, excellent: 55, low: 20, mid: 40, high: 60 },
    cost: { a: 2800, b: 0.68 },
  },
  scroll: {
    dischargeTempC: 90,
    bestIsentropicEfficiency: 0.85,
    benchmark: SCREW_BENCHMARK,
    cost: { a: 3000, b: 0.69 },
  },
  centrifugal: {
    dischargeTempC: 120,
    bestIsentropicEfficiency: 0.92,
    benchmark: { poor: 35, average: 50, good: 60, excellent: 65, low: 30, mid: 50, high: 70 },
    cost: { a: 5000, b: 0.75 },
  },
  roots: { dischargeTempC: 85, bestIsentropicEfficiency: 0.9, benchmark: SCREW_BENCHMARK, cost: { a: 2500, b: 0.65 } },
};

export const COMPRESSOR_SUBTYPES: SubtypeDefinition[] = [
  { key: 'screw', labelEn: 'Screw', labelTr: 'Vidalı' },
  { key: 'screw_oilfree', labelEn: 'Oil-free screw', labelTr: 'Yağsız vidalı' },
  { key: 'piston', labelEn: 'Reciprocating', labelTr: 'Pistonlu' },
  { key: 'scroll', labelEn: 'Scroll', labelTr: 'Scroll' },
  {
    key: 'centrifugal',
    labelEn: 'Centrifugal',
    labelTr: 'Santrifüj',
    parameterRanges: { power_kW: { max: 5000 }, flow_rate_m3_min: { max: 500 } },
  },
  { key: 'roots', labelEn: 'Roots blower', labelTr: 'Roots blower' },
].map((s) => ({ ...s, parameterDefaults: { outlet_temp_C: COMPRESSOR_DATA[s.key].dischargeTempC } }));

export const COMPRESSOR_PARAMETERS: ParameterDefinition[] = [
  requiredNumber('power_kW', 'kW', 0, 1000, {
    labelEn: 'Electric power input',
    labelTr: 'Elektrik güç girişi',
    description: 'Electric power drawn by the package.',
  }),
  requiredNumber('flow_rate_m3_min', 'm³/min', 0, 200, {
    labelEn: 'Free air delivery',
    labelTr: 'Serbest hava debisi',
    description: 'Volume flow at intake conditions (FAD).',
  }),
  requiredNumber('outlet_pressure_bar', 'bar', 0, 50, {
    labelEn: 'Outlet pressure',
    labelTr: 'Çıkış basıncı',
    description: 'Delivery pressure; gauge unless pressure_basis is absolute.',
  }),
  enumParam(
    'pressure_basis',
    [option('gauge', 'Gauge (barg)', 'Gösterge (barg)'), option('absolute', 'Absolute (bara)', 'Mutlak (bara)')],
    'gauge',
    {
      labelEn: 'Pressure basis',
      labelTr: 'Basınç referansı',
      description: 'Correction C-CO1: nameplate pressures are normally gauge.',
    },
  ),
  numberParam('inlet_temp_C', '°C', -20, 60, {
    labelEn: 'Intake air temperature',
    labelTr: 'Emiş havası sıcaklığı',
    description: 'Defaults to the project’s ambient (dead-state) temperature.',
  }),
  numberParam('outlet_temp_C', '°C', -20, 300, {
    labelEn: 'Air outlet temperature',
    labelTr: 'Hava çıkış sıcaklığı',
    description: 'Temperature of the delivered air (after any aftercooler); subtype default otherwise.',
  }),
  numberParam('load_factor', '-', 0, 1, {
    labelEn: 'Load factor',
    labelTr: 'Yük faktörü',
    description: 'Average load as a fraction of full load (typical 0.65–0.85).',
    defaultValue: 0.75,
  }),
  {
    ...numberParam('stages', '-', 1, 5, {
      labelEn: 'Compression stages',
      labelTr: 'Kademe sayısı',
      description: 'Intercooled stages (Correction C-CO4).',
      defaultValue: 1,
    }),
    kind: 'integer',
  },
  ...commonParameters('electricity_price_eur_kwh', 'EUR/kWh', 1),
];
