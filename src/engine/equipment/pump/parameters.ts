/** Pump catalog (spec/equipment.md §5.1–5.2, §9). */
import { boolParam, commonParameters, enumParam, numberParam, option, requiredNumber } from '../common/defs';
import { benchmarkTable, type BenchmarkTable } from '../common/benchmark';
import type { ParameterDefinition, SubtypeDefinition } from '../types';

export interface PumpSubtypeData {
  motorEfficiencyPct: number;
  pumpEfficiencyPct: number;
  bestPumpEfficiency: number;
  bestMotorEfficiency: number;
  benchmark: BenchmarkTable;
  cost: { a: number; b: number };
}

const bench = benchmarkTable;

export const PUMP_DATA: Record<string, PumpSubtypeData> = {
  centrifugal: {
    motorEfficiencyPct: 93,
    pumpEfficiencyPct: 78,
    bestPumpEfficiency: 0.9,
    bestMotorEfficiency: 0.96,
    benchmark: bench(35, 50, 65, 75, 30, 55, 75),
    cost: { a: 1000, b: 0.65 },
  },
  positive_displacement: {
    motorEfficiencyPct: 91,
    pumpEfficiencyPct: 82,
    bestPumpEfficiency: 0.85,
    bestMotorEfficiency: 0.95,
    benchmark: bench(40, 55, 70, 80, 35, 60, 80),
    cost: { a: 1500, b: 0.7 },
  },
  submersible: {
    motorEfficiencyPct: 88,
    pumpEfficiencyPct: 70,
    bestPumpEfficiency: 0.8,
    bestMotorEfficiency: 0.9,
    benchmark: bench(25, 40, 55, 65, 25, 45, 65),
    cost: { a: 1200, b: 0.68 },
  },
  vertical_turbine: {
    motorEfficiencyPct: 92,
    pumpEfficiencyPct: 80,
    bestPumpEfficiency: 0.88,
    bestMotorEfficiency: 0.95,
    benchmark: bench(35, 50, 65, 75, 30, 55, 75),
    cost: { a: 1400, b: 0.69 },
  },
  booster: {
    motorEfficiencyPct: 90,
    pumpEfficiencyPct: 75,
    bestPumpEfficiency: 0.82,
    bestMotorEfficiency: 0.93,
    benchmark: bench(30, 45, 60, 70, 25, 50, 70),
    cost: { a: 900, b: 0.63 },
  },
  vacuum: {
    motorEfficiencyPct: 85,
    pumpEfficiencyPct: 65,
    bestPumpEfficiency: 0.75,
    bestMotorEfficiency: 0.9,
    benchmark: bench(20, 35, 50, 60, 20, 40, 60),
    cost: { a: 1800, b: 0.72 },
  },
};

export const PUMP_SUBTYPES: SubtypeDefinition[] = [
  { key: 'centrifugal', labelEn: 'Centrifugal', labelTr: 'Santrifüj' },
  { key: 'positive_displacement', labelEn: 'Positive displacement', labelTr: 'Pozitif deplasmanlı' },
  { key: 'submersible', labelEn: 'Submersible', labelTr: 'Dalgıç' },
  { key: 'vertical_turbine', labelEn: 'Vertical turbine', labelTr: 'Dikey türbin' },
  { key: 'booster', labelEn: 'Booster', labelTr: 'Hidrofor' },
  { key: 'vacuum', labelEn: 'Vacuum', labelTr: 'Vakum' },
].map((s) => ({
  ...s,
  parameterDefaults: {
    motor_efficiency_pct: PUMP_DATA[s.key].motorEfficiencyPct,
    pump_efficiency_pct: PUMP_DATA[s.key].pumpEfficiencyPct,
  },
}));

export const PUMP_PARAMETERS: ParameterDefinition[] = [
  requiredNumber('motor_power_kW', 'kW', 0, 5000, {
    labelEn: 'Motor electric power',
    labelTr: 'Motor elektrik gücü',
    description: 'Measured electric input.',
  }),
  requiredNumber('flow_rate_m3_h', 'm³/h', 0, 50000, {
    labelEn: 'Flow rate',
    labelTr: 'Debi',
    description: 'Volume flow delivered.',
  }),
  requiredNumber('total_head_m', 'm', 0, 1000, {
    labelEn: 'Total head',
    labelTr: 'Toplam basma yüksekliği',
    description: 'Measured total dynamic head.',
  }),
  numberParam('fluid_density_kg_m3', 'kg/m³', 500, 2000, {
    labelEn: 'Fluid density',
    labelTr: 'Akışkan yoğunluğu',
    description: 'Density of the pumped liquid.',
    defaultValue: 1000,
  }),
  enumParam(
    'control_method',
    [
      option('none', 'None', 'Yok'),
      option('throttle', 'Throttle valve', 'Kısma vanası'),
      option('vsd', 'VSD', 'VSD'),
      option('bypass', 'Bypass', 'Bypass'),
    ],
    'none',
    {
      labelEn: 'Flow control',
      labelTr: 'Debi kontrolü',
      description: 'How the flow is controlled.',
    },
  ),
  numberParam('throttle_loss_pct', '%', 0, 50, {
    labelEn: 'Throttle loss',
    labelTr: 'Kısma kaybı',
    description: 'Share of the electric input lost across the control valve.',
    defaultValue: 0,
  }),
  boolParam('has_vsd', false, {
    labelEn: 'Has VSD',
    labelTr: 'VSD var',
    description: 'A variable speed drive is installed.',
  }),
  numberParam('motor_efficiency_pct', '%', 50, 99, {
    labelEn: 'Motor efficiency',
    labelTr: 'Motor verimi',
    description: 'Nameplate/IE-class motor efficiency; subtype default otherwise.',
  }),
  numberParam('pump_efficiency_pct', '%', 30, 95, {
    labelEn: 'Pump efficiency (design)',
    labelTr: 'Pompa verimi (tasarım)',
    description: 'Catalogue efficiency, for comparison with the measured one.',
  }),
  ...commonParameters('electricity_price_eur_kwh', 'EUR/kWh', 1),
];
