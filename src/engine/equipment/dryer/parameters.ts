/** Dryer catalog (spec/equipment.md §8.1–8.2, §9; Correction C-DR1: heat source per subtype). */
import { commonParameters, enumParam, numberParam, option, requiredNumber } from '../common/defs';
import { benchmarkTable, type BenchmarkTable } from '../common/benchmark';
import type { ParameterDefinition, SubtypeDefinition } from '../types';

export interface DryerSubtypeData {
  /** Typical thermal efficiency used to estimate the heat input when not measured. */
  thermalEfficiency: number;
  /** Best-practice exhaust temperature, °C (unavoidable reference). */
  referenceExhaustTempC: number;
  benchmark: BenchmarkTable;
  cost: { a: number; b: number };
}

const bench = benchmarkTable;
const CONVEYOR = bench(8, 15, 22, 30, 6, 15, 30);

export const DRYER_DATA: Record<string, DryerSubtypeData> = {
  convective: { thermalEfficiency: 0.55, referenceExhaustTempC: 60, benchmark: CONVEYOR, cost: { a: 2500, b: 0.78 } },
  belt: { thermalEfficiency: 0.55, referenceExhaustTempC: 60, benchmark: CONVEYOR, cost: { a: 2800, b: 0.77 } },
  heat_pump: { thermalEfficiency: 0.55, referenceExhaustTempC: 45, benchmark: CONVEYOR, cost: { a: 4500, b: 0.8 } },
  rotary: {
    thermalEfficiency: 0.6,
    referenceExhaustTempC: 55,
    benchmark: bench(10, 18, 25, 33, 8, 18, 33),
    cost: { a: 3000, b: 0.8 },
  },
  spray: {
    thermalEfficiency: 0.4,
    referenceExhaustTempC: 70,
    benchmark: bench(5, 10, 18, 25, 4, 10, 25),
    cost: { a: 4000, b: 0.83 },
  },
  fluidized_bed: {
    thermalEfficiency: 0.65,
    referenceExhaustTempC: 55,
    benchmark: bench(12, 20, 28, 35, 10, 20, 35),
    cost: { a: 3500, b: 0.82 },
  },
  drum: { thermalEfficiency: 0.55, referenceExhaustTempC: 55, benchmark: CONVEYOR, cost: { a: 2000, b: 0.75 } },
  infrared: {
    thermalEfficiency: 0.45,
    referenceExhaustTempC: 50,
    benchmark: bench(10, 18, 25, 32, 8, 18, 32),
    cost: { a: 2200, b: 0.72 },
  },
};

export const DRYER_SUBTYPES: SubtypeDefinition[] = [
  { key: 'convective', labelEn: 'Convective', labelTr: 'Konvektif' },
  { key: 'rotary', labelEn: 'Rotary', labelTr: 'Döner tamburlu' },
  { key: 'fluidized_bed', labelEn: 'Fluidized bed', labelTr: 'Akışkan yatak' },
  { key: 'spray', labelEn: 'Spray', labelTr: 'Spreyli', parameterDefaults: { air_outlet_temp_C: 90 } },
  { key: 'belt', labelEn: 'Belt', labelTr: 'Bantlı' },
  {
    key: 'heat_pump',
    labelEn: 'Heat pump',
    labelTr: 'Isı pompalı',
    parameterDefaults: { heat_source: 'heat_pump', supply_temp_C: 70, air_outlet_temp_C: 45 },
  },
  { key: 'infrared', labelEn: 'Infrared', labelTr: 'Kızılötesi', parameterDefaults: { heat_source: 'electrical' } },
  {
    key: 'drum',
    labelEn: 'Drum',
    labelTr: 'Silindir',
    parameterDefaults: { heat_source: 'steam', supply_temp_C: 160 },
  },
];

export const DRYER_PARAMETERS: ParameterDefinition[] = [
  requiredNumber('product_mass_flow_kg_h', 'kg/h', 0, 100000, {
    labelEn: 'Wet product flow',
    labelTr: 'Yaş ürün debisi',
    description: 'Product entering the dryer.',
  }),
  requiredNumber('moisture_in_pct', '%', 1, 99, {
    labelEn: 'Moisture in (wet basis)',
    labelTr: 'Giriş nemi (yaş baz)',
    description: 'Water content of the product entering.',
    minExclusive: false,
  }),
  requiredNumber('moisture_out_pct', '%', 0.1, 90, {
    labelEn: 'Moisture out (wet basis)',
    labelTr: 'Çıkış nemi (yaş baz)',
    description: 'Water content of the product leaving.',
    minExclusive: false,
  }),
  numberParam('product_inlet_temp_C', '°C', -10, 200, {
    labelEn: 'Product inlet temperature',
    labelTr: 'Ürün giriş sıcaklığı',
    description: 'Product entering.',
    defaultValue: 25,
  }),
  numberParam('product_outlet_temp_C', '°C', 10, 300, {
    labelEn: 'Product outlet temperature',
    labelTr: 'Ürün çıkış sıcaklığı',
    description: 'Product leaving.',
    defaultValue: 60,
  }),
  enumParam(
    'heat_source',
    [
      option('natural_gas', 'Natural gas (direct)', 'Doğal gaz (direkt)'),
      option('steam', 'Steam', 'Buhar'),
      option('electrical', 'Electric', 'Elektrik'),
      option('hot_air', 'Hot air / waste heat', 'Sıcak hava / atık ısı'),
      option('heat_pump', 'Heat pump', 'Isı pompası'),
    ],
    'natural_gas',
    {
      labelEn: 'Heat source',
      labelTr: 'Isı kaynağı',
      description: 'Correction C-DR1: what supplies the drying heat.',
    },
  ),
  numberParam('supply_temp_C', '°C', 50, 800, {
    labelEn: 'Drying-air / steam supply temperature',
    labelTr: 'Kurutma havası / buhar sıcaklığı',
    description: 'Temperature the heat is supplied at.',
    defaultValue: 200,
  }),
  numberParam('heat_input_kW', 'kW', 0, 50000, {
    labelEn: 'Measured heat input',
    labelTr: 'Ölçülen ısı girişi',
    description: 'Estimated from the water removed and the subtype’s typical efficiency when omitted.',
    minExclusive: true,
  }),
  numberParam('heat_pump_cop', '-', 1.5, 8, {
    labelEn: 'Heat-pump COP',
    labelTr: 'Isı pompası COP',
    description: 'Heat delivered per electric input (heat-pump dryers).',
    defaultValue: 3.5,
  }),
  numberParam('air_outlet_temp_C', '°C', 20, 400, {
    labelEn: 'Exhaust air temperature',
    labelTr: 'Egzoz havası sıcaklığı',
    description: 'Air leaving the dryer.',
    defaultValue: 80,
  }),
  numberParam('ambient_humidity_pct', '%', 5, 100, {
    labelEn: 'Ambient relative humidity',
    labelTr: 'Ortam bağıl nemi',
    description: 'Humidity of the intake air and of the dead state for the humidity exergy (C-DR3).',
    defaultValue: 50,
  }),
  ...commonParameters('fuel_price_eur_kwh', 'EUR/kWh', 1).map((d) =>
    d.key === 'fuel_price_eur_kwh'
      ? {
          ...d,
          description:
            'Price per kWh of the heat source (fuel LHV, steam heat or electricity); the project’s energy price when omitted.',
        }
      : d,
  ),
];
