/** Heat-exchanger catalog (spec/equipment.md §6.1–6.2, §9). */
import { commonParameters, enumParam, numberParam, option } from '../common/defs';
import type { BenchmarkTable } from '../common/benchmark';
import type { ParameterDefinition, SubtypeDefinition } from '../types';
import { DRY_AIR, fuelCombustionProducts, mixtureGasConstantKJPerKgK, type GasMixture } from '../../thermo';

export interface FluidData {
  /** kJ/(kg·K); for a gas with `gas` set, a nominal value only — its heat and exergy use the ideal-gas mixture. */
  cp: number;
  /** Ideal-gas composition (thermo/ideal-gas): h and s from temperature-dependent polynomials instead of cp. */
  gas?: GasMixture;
  /** Gas constant for pressure-drop exergy, kJ/(kg·K); null for liquids. */
  gasConstant: number | null;
  /** kg/m³ for liquids' pressure-drop exergy ΔP/ρ. */
  density: number;
}

const FLUE_GAS: GasMixture = fuelCombustionProducts('natural_gas', 15).mixture;

export const FLUIDS: Record<string, FluidData> = {
  water: { cp: 4.18, gasConstant: null, density: 990 },
  steam: { cp: 2.0, gasConstant: 0.4615, density: 1 },
  // Air and flue gas are ideal-gas mixtures (GRI-Mech 3.0 polynomials), formerly cp 1.006 and 1.1 kJ/(kg·K) with
  // R = 0.287; flue gas is taken as methane products at 15 % excess air (no composition input), R = 0.29815.
  air: { cp: 1.006, gas: DRY_AIR, gasConstant: mixtureGasConstantKJPerKgK(DRY_AIR), density: 1.2 },
  flue_gas: {
    cp: 1.1,
    gas: FLUE_GAS,
    gasConstant: mixtureGasConstantKJPerKgK(FLUE_GAS),
    density: 0.9,
  },
  thermal_oil: { cp: 2.2, gasConstant: null, density: 850 },
  glycol_30: { cp: 3.8, gasConstant: null, density: 1040 },
  glycol_50: { cp: 3.4, gasConstant: null, density: 1070 },
};

const FLUID_OPTIONS = [
  option('water', 'Water', 'Su'),
  option('steam', 'Condensing steam', 'Yoğuşan buhar'),
  option('air', 'Air', 'Hava'),
  option('flue_gas', 'Flue gas', 'Baca gazı'),
  option('thermal_oil', 'Thermal oil', 'Termal yağ'),
  option('glycol_30', 'Glycol 30 %', 'Glikol %30'),
  option('glycol_50', 'Glycol 50 %', 'Glikol %50'),
];

export interface HeatExchangerSubtypeData {
  /** Best-practice pressure drops, kPa (unavoidable reference). */
  referencePressureDropKPa: { hot: number; cold: number };
  benchmark: BenchmarkTable;
  cost: { a: number; b: number };
}

const SHELL_TUBE: BenchmarkTable = { poor: 25, average: 40, good: 55, excellent: 65, low: 20, mid: 40, high: 65 };

export const HEAT_EXCHANGER_DATA: Record<string, HeatExchangerSubtypeData> = {
  shell_tube: { referencePressureDropKPa: { hot: 8, cold: 8 }, benchmark: SHELL_TUBE, cost: { a: 1500, b: 0.75 } },
  plate: {
    referencePressureDropKPa: { hot: 5, cold: 5 },
    benchmark: { poor: 30, average: 50, good: 65, excellent: 75, low: 25, mid: 50, high: 75 },
    cost: { a: 1200, b: 0.72 },
  },
  air_cooled: {
    referencePressureDropKPa: { hot: 5, cold: 0.5 },
    benchmark: { poor: 15, average: 30, good: 45, excellent: 55, low: 12, mid: 30, high: 55 },
    cost: { a: 2000, b: 0.78 },
  },
  double_pipe: { referencePressureDropKPa: { hot: 5, cold: 5 }, benchmark: SHELL_TUBE, cost: { a: 1000, b: 0.68 } },
  spiral: { referencePressureDropKPa: { hot: 8, cold: 8 }, benchmark: SHELL_TUBE, cost: { a: 1800, b: 0.76 } },
  economizer: { referencePressureDropKPa: { hot: 2, cold: 10 }, benchmark: SHELL_TUBE, cost: { a: 1400, b: 0.73 } },
  recuperator: { referencePressureDropKPa: { hot: 5, cold: 5 }, benchmark: SHELL_TUBE, cost: { a: 1600, b: 0.74 } },
};

export const HEAT_EXCHANGER_SUBTYPES: SubtypeDefinition[] = [
  { key: 'shell_tube', labelEn: 'Shell & tube', labelTr: 'Gövde-boru' },
  { key: 'plate', labelEn: 'Plate', labelTr: 'Plakalı' },
  { key: 'air_cooled', labelEn: 'Air-cooled', labelTr: 'Hava soğutmalı', parameterDefaults: { cold_fluid: 'air' } },
  { key: 'double_pipe', labelEn: 'Double pipe', labelTr: 'Çift borulu' },
  { key: 'spiral', labelEn: 'Spiral', labelTr: 'Spiral' },
  {
    key: 'economizer',
    labelEn: 'Economizer',
    labelTr: 'Ekonomizer',
    parameterDefaults: {
      hot_fluid: 'flue_gas',
      hot_inlet_temp_C: 180,
      hot_outlet_temp_C: 120,
      cold_inlet_temp_C: 80,
      cold_outlet_temp_C: 100,
    },
  },
  {
    key: 'recuperator',
    labelEn: 'Recuperator',
    labelTr: 'Reküperatör',
    parameterDefaults: {
      hot_fluid: 'flue_gas',
      cold_fluid: 'air',
      hot_inlet_temp_C: 400,
      hot_outlet_temp_C: 250,
      cold_inlet_temp_C: 25,
      cold_outlet_temp_C: 180,
    },
  },
];

export const HEAT_EXCHANGER_PARAMETERS: ParameterDefinition[] = [
  enumParam('hot_fluid', FLUID_OPTIONS, 'water', {
    labelEn: 'Hot fluid',
    labelTr: 'Sıcak akışkan',
    description: 'Fluid giving heat.',
  }),
  numberParam('hot_inlet_temp_C', '°C', 0, 800, {
    labelEn: 'Hot inlet temperature',
    labelTr: 'Sıcak giriş sıcaklığı',
    description: 'Hot stream entering.',
    defaultValue: 90,
  }),
  numberParam('hot_outlet_temp_C', '°C', 0, 800, {
    labelEn: 'Hot outlet temperature',
    labelTr: 'Sıcak çıkış sıcaklığı',
    description: 'Hot stream leaving.',
    defaultValue: 70,
  }),
  numberParam('hot_mass_flow_kg_s', 'kg/s', 0, 500, {
    labelEn: 'Hot mass flow',
    labelTr: 'Sıcak debi',
    description: 'Hot stream mass flow.',
    defaultValue: 2,
    minExclusive: true,
  }),
  numberParam('hot_pressure_drop_kPa', 'kPa', 0, 500, {
    labelEn: 'Hot-side pressure drop',
    labelTr: 'Sıcak taraf basınç kaybı',
    description: 'Correction C-HX1: destroys exergy.',
    defaultValue: 10,
  }),
  enumParam(
    'cold_fluid',
    FLUID_OPTIONS.filter((o) => o.value !== 'steam'),
    'water',
    { labelEn: 'Cold fluid', labelTr: 'Soğuk akışkan', description: 'Fluid taking heat.' },
  ),
  numberParam('cold_inlet_temp_C', '°C', -20, 500, {
    labelEn: 'Cold inlet temperature',
    labelTr: 'Soğuk giriş sıcaklığı',
    description: 'Cold stream entering.',
    defaultValue: 20,
  }),
  numberParam('cold_outlet_temp_C', '°C', -20, 500, {
    labelEn: 'Cold outlet temperature',
    labelTr: 'Soğuk çıkış sıcaklığı',
    description: 'Cold stream leaving.',
    defaultValue: 50,
  }),
  numberParam('cold_mass_flow_kg_s', 'kg/s', 0, 500, {
    labelEn: 'Cold mass flow',
    labelTr: 'Soğuk debi',
    description: 'Cold stream mass flow (default balances the default hot side with a small heat leak, C-HX2).',
    defaultValue: 1.3,
    minExclusive: true,
  }),
  numberParam('cold_pressure_drop_kPa', 'kPa', 0, 500, {
    labelEn: 'Cold-side pressure drop',
    labelTr: 'Soğuk taraf basınç kaybı',
    description: 'Correction C-HX1: destroys exergy.',
    defaultValue: 15,
  }),
  numberParam('design_heat_duty_kW', 'kW', 0, 100000, {
    labelEn: 'Design heat duty',
    labelTr: 'Tasarım ısı yükü',
    description: 'Clean design duty; enables the fouling indicator.',
    minExclusive: true,
  }),
  ...commonParameters('fuel_price_eur_kwh', 'EUR/kWh', 1).map((d) =>
    d.key === 'fuel_price_eur_kwh'
      ? { ...d, description: 'Price per kWh of the heat on the hot side; the project’s energy price when omitted.' }
      : d,
  ),
];
