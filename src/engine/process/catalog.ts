/** Process types with their parameters (seed 001 §2.1 SUPPORTED_PROCESS_TYPES, with units, ranges and EN/TR labels). */
import { numberParam, requiredNumber } from '../equipment/common/defs';
import type { ParameterDefinition } from '../equipment/types';
import { subcategoriesOf, type ProcessTypeKey } from './bat';

export interface ProcessTypeDefinition {
  key: ProcessTypeKey;
  labelEn: string;
  labelTr: string;
  description: string;
  parameters: ParameterDefinition[];
  subcategories: { key: string; labelEn: string; labelTr: string }[];
  defaultSubcategory: string;
}

const t = (labelEn: string, labelTr: string, description: string) => ({ labelEn, labelTr, description });

const DEFINITIONS: Record<
  ProcessTypeKey,
  Omit<ProcessTypeDefinition, 'key' | 'subcategories' | 'defaultSubcategory'>
> = {
  drying: {
    labelEn: 'Drying',
    labelTr: 'Kurutma',
    description: 'Removing moisture from a material.',
    parameters: [
      requiredNumber(
        'mass_flow_kg_h',
        'kg/h',
        0,
        1_000_000,
        t('Wet material flow', 'Islak malzeme debisi', 'Material entering the dryer.'),
      ),
      requiredNumber(
        'moisture_in_pct',
        '%',
        0,
        99,
        t('Moisture in (wet basis)', 'Giriş nemi (yaş baz)', 'Water content entering.'),
      ),
      requiredNumber(
        'moisture_out_pct',
        '%',
        0,
        99,
        t('Moisture out (wet basis)', 'Çıkış nemi (yaş baz)', 'Water content leaving.'),
      ),
      numberParam('material_inlet_temp_C', '°C', -20, 300, {
        ...t('Material inlet temperature', 'Malzeme giriş sıcaklığı', 'Material entering.'),
        defaultValue: 20,
      }),
      numberParam('material_outlet_temp_C', '°C', -20, 300, {
        ...t('Material outlet temperature', 'Malzeme çıkış sıcaklığı', 'Material leaving.'),
        defaultValue: 50,
      }),
    ],
  },
  heating: {
    labelEn: 'Heating',
    labelTr: 'Isıtma',
    description: 'Heating a fluid or material.',
    parameters: [
      requiredNumber('mass_flow_kg_h', 'kg/h', 0, 10_000_000, t('Mass flow', 'Kütle debisi', 'Fluid heated.')),
      {
        ...numberParam(
          'temp_in_C',
          '°C',
          -50,
          1500,
          t('Inlet temperature', 'Giriş sıcaklığı', 'Temperature before heating.'),
        ),
        required: true,
      },
      {
        ...numberParam(
          'temp_out_C',
          '°C',
          -50,
          1500,
          t('Outlet temperature', 'Çıkış sıcaklığı', 'Temperature after heating.'),
        ),
        required: true,
      },
      numberParam('specific_heat_kJ_kgK', 'kJ/(kg·K)', 0.1, 10, {
        ...t('Specific heat', 'Özgül ısı', 'Of the heated fluid.'),
        defaultValue: 4.18,
      }),
    ],
  },
  cooling: {
    labelEn: 'Cooling',
    labelTr: 'Soğutma',
    description: 'Process or comfort cooling.',
    parameters: [
      requiredNumber('cooling_load_kW', 'kW', 0, 1_000_000, t('Cooling load', 'Soğutma yükü', 'Heat removed.')),
      {
        ...numberParam(
          'cold_temp_C',
          '°C',
          -100,
          50,
          t('Cold-side temperature', 'Soğuk taraf sıcaklığı', 'Temperature the heat is removed at.'),
        ),
        required: true,
      },
    ],
  },
  steam_generation: {
    labelEn: 'Steam generation',
    labelTr: 'Buhar üretimi',
    description: 'Industrial steam production.',
    parameters: [
      requiredNumber('steam_flow_kg_h', 'kg/h', 0, 1_000_000, t('Steam flow', 'Buhar debisi', 'Steam produced.')),
      {
        ...numberParam(
          'steam_pressure_bar',
          'bar',
          1,
          200,
          t('Steam pressure (absolute)', 'Buhar basıncı (mutlak)', 'Pressure of the steam.'),
        ),
        required: true,
      },
      numberParam(
        'steam_temp_C',
        '°C',
        100,
        800,
        t('Steam temperature', 'Buhar sıcaklığı', 'Superheated steam temperature; saturated when omitted.'),
      ),
      numberParam('feedwater_temp_C', '°C', 1, 250, {
        ...t('Feedwater temperature', 'Besi suyu sıcaklığı', 'Water entering.'),
        defaultValue: 20,
      }),
    ],
  },
  compressed_air: {
    labelEn: 'Compressed air',
    labelTr: 'Basınçlı hava',
    description: 'Compressed-air generation.',
    parameters: [
      requiredNumber(
        'air_flow_m3_min',
        'm³/min',
        0,
        100_000,
        t('Free air delivery', 'Serbest hava debisi', 'Flow at intake conditions.'),
      ),
      {
        ...numberParam(
          'discharge_pressure_bar',
          'bar',
          2,
          40,
          t(
            'Discharge pressure (absolute)',
            'Çıkış basıncı (mutlak)',
            'Absolute delivery pressure (add 1.013 to a gauge reading).',
          ),
        ),
        required: true,
      },
      numberParam('inlet_temp_C', '°C', -30, 60, {
        ...t('Intake temperature', 'Emiş sıcaklığı', 'Air entering.'),
        defaultValue: 20,
      }),
    ],
  },
  chp: {
    labelEn: 'Combined heat and power',
    labelTr: 'Kojenerasyon',
    description: 'Electricity and useful heat from one fuel.',
    parameters: [
      requiredNumber('fuel_input_kW', 'kW', 0, 10_000_000, t('Fuel input (LHV)', 'Yakıt girişi (AID)', 'Fuel energy.')),
      {
        ...numberParam(
          'electrical_output_kW',
          'kW',
          0,
          10_000_000,
          t('Electrical output', 'Elektrik çıktısı', 'Net electricity.'),
        ),
        required: true,
      },
      {
        ...numberParam(
          'thermal_output_kW',
          'kW',
          0,
          10_000_000,
          t('Useful heat output', 'Faydalı ısı çıktısı', 'Heat used.'),
        ),
        required: true,
      },
      numberParam('thermal_temp_C', '°C', 30, 600, {
        ...t('Heat output temperature', 'Isı çıktı sıcaklığı', 'Temperature the heat is delivered at.'),
        defaultValue: 90,
      }),
    ],
  },
  cold_storage: {
    labelEn: 'Cold storage',
    labelTr: 'Soğuk depolama',
    description: 'Cold chain and storage.',
    parameters: [
      requiredNumber('heat_load_kW', 'kW', 0, 1_000_000, t('Heat load', 'Isı yükü', 'Heat entering the store.')),
      {
        ...numberParam('target_temp_C', '°C', -80, 20, t('Store temperature', 'Depo sıcaklığı', 'Target temperature.')),
        required: true,
      },
      numberParam('storage_volume_m3', 'm³', 0, 10_000_000, {
        ...t('Store volume', 'Depo hacmi', 'For reference only.'),
        defaultValue: 100,
      }),
    ],
  },
  general_manufacturing: {
    labelEn: 'General manufacturing',
    labelTr: 'Genel üretim',
    description: 'A manufacturing process compared by sector benchmark.',
    parameters: [
      requiredNumber(
        'production_rate_ton_h',
        't/h',
        0,
        100_000,
        t('Production rate', 'Üretim hızı', 'Product output.'),
      ),
    ],
  },
};

export const PROCESS_TYPES: ProcessTypeDefinition[] = (Object.keys(DEFINITIONS) as ProcessTypeKey[]).map((key) => ({
  key,
  ...DEFINITIONS[key],
  subcategories: subcategoriesOf(key),
  defaultSubcategory: 'general',
}));

export function getProcessType(key: ProcessTypeKey): ProcessTypeDefinition {
  const found = PROCESS_TYPES.find((p) => p.key === key);
  if (!found) throw new Error(`unknown process type ${key}`);
  return found;
}
