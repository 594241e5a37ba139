/** Boiler catalog (spec/equipment.md §3.1–3.3, §9; Correction C-BO4 adds electric and waste-heat inputs). */
import { commonParameters, enumParam, numberParam, option, requiredNumber } from '../common/defs';
import { benchmarkTable, type BenchmarkTable } from '../common/benchmark';
import type { ParameterDefinition, SubtypeDefinition } from '../types';

export interface BoilerSubtypeData {
  branch: 'steam' | 'hot_water';
  /** Best-practice references (unavoidable run, C-BO1); null = no split. */
  reference: { excessAirPct: number; flueGasTempC: number; blowdownPct: number } | null;
  benchmark: BenchmarkTable;
  cost: { a: number; b: number };
  /** Highest credible first-law efficiency on LHV, % (C-BO3). */
  maxThermalEfficiencyPct: number;
}

const bench = benchmarkTable;

export const BOILER_DATA: Record<string, BoilerSubtypeData> = {
  steam_firetube: {
    branch: 'steam',
    reference: { excessAirPct: 5, flueGasTempC: 120, blowdownPct: 1 },
    benchmark: bench(25, 35, 42, 48, 20, 35, 48),
    cost: { a: 2000, b: 0.75 },
    maxThermalEfficiencyPct: 100,
  },
  steam_watertube: {
    branch: 'steam',
    reference: { excessAirPct: 5, flueGasTempC: 120, blowdownPct: 1 },
    benchmark: bench(28, 38, 45, 50, 22, 38, 50),
    cost: { a: 2500, b: 0.78 },
    maxThermalEfficiencyPct: 100,
  },
  hotwater: {
    branch: 'hot_water',
    reference: { excessAirPct: 5, flueGasTempC: 100, blowdownPct: 0 },
    benchmark: bench(8, 12, 16, 20, 6, 12, 20),
    cost: { a: 1500, b: 0.72 },
    maxThermalEfficiencyPct: 100,
  },
  condensing: {
    branch: 'hot_water',
    reference: { excessAirPct: 3, flueGasTempC: 55, blowdownPct: 0 },
    benchmark: bench(10, 15, 20, 25, 8, 15, 25),
    cost: { a: 2800, b: 0.76 },
    maxThermalEfficiencyPct: 108,
  },
  waste_heat: {
    branch: 'steam',
    reference: null,
    benchmark: bench(20, 30, 40, 50, 18, 30, 50),
    cost: { a: 1800, b: 0.7 },
    maxThermalEfficiencyPct: 100,
  },
  electric: {
    branch: 'steam',
    reference: null,
    benchmark: bench(8, 12, 16, 20, 6, 12, 20),
    cost: { a: 1200, b: 0.65 },
    maxThermalEfficiencyPct: 100,
  },
  biomass: {
    branch: 'steam',
    reference: { excessAirPct: 15, flueGasTempC: 150, blowdownPct: 1 },
    benchmark: bench(20, 30, 38, 44, 18, 30, 44),
    cost: { a: 3000, b: 0.8 },
    maxThermalEfficiencyPct: 100,
  },
};

const FIRED = ['steam_firetube', 'steam_watertube', 'hotwater', 'condensing', 'biomass'];
const STEAM = ['steam_firetube', 'steam_watertube', 'waste_heat', 'electric', 'biomass'];

export const BOILER_SUBTYPES: SubtypeDefinition[] = [
  { key: 'steam_firetube', labelEn: 'Fire-tube steam', labelTr: 'Ateş borulu buhar' },
  { key: 'steam_watertube', labelEn: 'Water-tube steam', labelTr: 'Su borulu buhar' },
  {
    key: 'hotwater',
    labelEn: 'Hot water',
    labelTr: 'Sıcak su',
    parameterDefaults: { steam_temp_C: 90, feedwater_temp_C: 70, steam_pressure_bar: 3 },
  },
  {
    key: 'condensing',
    labelEn: 'Condensing',
    labelTr: 'Yoğuşmalı',
    parameterDefaults: { steam_temp_C: 70, feedwater_temp_C: 40, steam_pressure_bar: 3, flue_gas_temp_C: 55 },
  },
  { key: 'waste_heat', labelEn: 'Waste heat (HRSG)', labelTr: 'Atık ısı (HRSG)' },
  { key: 'electric', labelEn: 'Electric', labelTr: 'Elektrikli' },
  { key: 'biomass', labelEn: 'Biomass', labelTr: 'Biyokütle', parameterDefaults: { fuel_type: 'biomass' } },
];

const FUEL_OPTIONS = [
  option('natural_gas', 'Natural gas', 'Doğal gaz'),
  option('fuel_oil', 'Fuel oil', 'Fuel oil'),
  option('coal', 'Coal', 'Kömür'),
  option('biomass', 'Biomass', 'Biyokütle'),
  option('lpg', 'LPG', 'LPG'),
  option('diesel', 'Diesel', 'Motorin'),
];

export const BOILER_PARAMETERS: ParameterDefinition[] = [
  {
    ...requiredNumber('fuel_flow_kg_h', 'kg/h', 0, 50000, {
      labelEn: 'Fuel flow',
      labelTr: 'Yakıt debisi',
      description: 'Fuel burned.',
    }),
    subtypes: FIRED,
  },
  requiredNumber('steam_flow_kg_h', 'kg/h', 0, 100000, {
    labelEn: 'Steam / water flow',
    labelTr: 'Buhar / su debisi',
    description: 'Steam produced, or water heated for hot-water boilers.',
  }),
  // From 1 bar absolute (the spec's UI range 1–100): a boiler delivers at or above atmospheric pressure; the former
  // (0, 100] let sub-atmospheric "steam" colder than a warm ambient carry less exergy than its feedwater (E_P < 0),
  // and below 0.00611 bar (the triple point) there is no liquid water at all.
  requiredNumber('steam_pressure_bar', 'bar', 1, 100, {
    labelEn: 'Steam pressure (absolute)',
    labelTr: 'Buhar basıncı (mutlak)',
    description: 'Absolute pressure of the steam or hot-water circuit, at least 1 bar.',
    minExclusive: false,
  }),
  numberParam('steam_temp_C', '°C', 30, 600, {
    labelEn: 'Steam / supply temperature',
    labelTr: 'Buhar / gidiş sıcaklığı',
    description: 'Superheated steam temperature (saturated when omitted), or hot-water supply temperature.',
  }),
  numberParam('feedwater_temp_C', '°C', 5, 200, {
    labelEn: 'Feedwater / return temperature',
    labelTr: 'Besi suyu / dönüş sıcaklığı',
    description: 'Feedwater, or return water for hot-water boilers.',
    defaultValue: 80,
  }),
  {
    ...numberParam('flue_gas_temp_C', '°C', 40, 500, {
      labelEn: 'Flue-gas (stack) temperature',
      labelTr: 'Baca gazı sıcaklığı',
      description: 'Temperature of the flue gas leaving the stack.',
      defaultValue: 180,
    }),
    subtypes: FIRED,
  },
  {
    ...enumParam('fuel_type', FUEL_OPTIONS, 'natural_gas', {
      labelEn: 'Fuel',
      labelTr: 'Yakıt',
      description: 'Fuel burned.',
    }),
    subtypes: FIRED,
  },
  {
    ...numberParam('fuel_lhv_kj_kg', 'kJ/kg', 0, 60000, {
      labelEn: 'Fuel lower heating value',
      labelTr: 'Yakıt alt ısıl değeri',
      description: 'Overrides the fuel table.',
      minExclusive: true,
    }),
    subtypes: FIRED,
  },
  {
    ...numberParam('excess_air_pct', '%', 0, 100, {
      labelEn: 'Excess air',
      labelTr: 'Hava fazlalığı',
      description: 'Combustion air above stoichiometric.',
      defaultValue: 15,
    }),
    subtypes: FIRED,
  },
  {
    ...numberParam('blowdown_rate_pct', '%', 0, 20, {
      labelEn: 'Blowdown rate',
      labelTr: 'Blöf oranı',
      description: 'Blowdown as a share of the steam flow.',
      defaultValue: 3,
    }),
    subtypes: STEAM,
  },
  {
    ...numberParam('fuel_price_eur_kg', 'EUR/kg', 0, 10, {
      labelEn: 'Fuel price',
      labelTr: 'Yakıt fiyatı',
      description: 'Price per kg of fuel; the project’s energy price per kWh of LHV when omitted.',
    }),
    subtypes: FIRED,
  },
  {
    ...requiredNumber('electric_power_kW', 'kW', 0, 50000, {
      labelEn: 'Electric power input',
      labelTr: 'Elektrik güç girişi',
      description: 'Correction C-BO4: the fuel of an electric boiler.',
    }),
    subtypes: ['electric'],
  },
  {
    ...requiredNumber('gas_mass_flow_kg_s', 'kg/s', 0, 1000, {
      labelEn: 'Hot-gas mass flow',
      labelTr: 'Sıcak gaz debisi',
      description: 'Correction C-BO4: exhaust gas feeding the HRSG.',
    }),
    subtypes: ['waste_heat'],
  },
  {
    ...numberParam('gas_inlet_temp_C', '°C', 100, 1200, {
      labelEn: 'Hot-gas inlet temperature',
      labelTr: 'Sıcak gaz giriş sıcaklığı',
      description: 'Gas temperature entering the HRSG.',
      defaultValue: 500,
    }),
    subtypes: ['waste_heat'],
  },
  {
    ...numberParam('gas_outlet_temp_C', '°C', 50, 600, {
      labelEn: 'Hot-gas outlet temperature',
      labelTr: 'Sıcak gaz çıkış sıcaklığı',
      description: 'Gas temperature leaving the HRSG.',
      defaultValue: 180,
    }),
    subtypes: ['waste_heat'],
  },
  ...commonParameters('energy_price_eur_kwh', 'EUR/kWh', 1).map((d) =>
    d.key === 'energy_price_eur_kwh'
      ? {
          ...d,
          description:
            'Price per kWh of the input (LHV for fuels, electricity, or waste heat); the project’s energy price when omitted.',
        }
      : d,
  ),
];
