/**
 * The HTTP benchmark workload, copied from the reference measured side by side
 * with the original Python system (bench-workload.json, kept outside the repo):
 * seven units (one of each type) with the parameters of the original's own API
 * tests, a steam-generation process, and the scaling rule for the 70- and
 * 700-unit projects. Type keys are the original's snake_case; the GraphQL enum
 * is the upper-case form.
 */

export interface WorkloadUnit {
  type: string;
  subtype: string;
  name: string;
  parameters: Record<string, number | string>;
}

export const SEVEN_UNITS: readonly WorkloadUnit[] = [
  {
    type: 'compressor',
    subtype: 'screw',
    name: 'Kompresor-1 (screw 37 kW)',
    parameters: {
      power_kW: 37,
      flow_rate_m3_min: 6.2,
      outlet_pressure_bar: 7.5,
      operating_hours: 6000,
      load_factor: 0.8,
      electricity_price_eur_kwh: 0.12,
    },
  },
  {
    type: 'boiler',
    subtype: 'steam_firetube',
    name: 'Kazan-1 (fire-tube steam)',
    parameters: {
      fuel_flow_kg_h: 370,
      steam_flow_kg_h: 5000,
      steam_pressure_bar: 10,
      feedwater_temp_C: 80,
      flue_gas_temp_C: 180,
      fuel_type: 'natural_gas',
      excess_air_pct: 15,
      blowdown_rate_pct: 3,
      operating_hours: 6000,
    },
  },
  {
    type: 'chiller',
    subtype: 'screw',
    name: 'Chiller-1 (screw 350 kW)',
    parameters: {
      cooling_capacity_kW: 350,
      compressor_power_kW: 70,
      chw_supply_temp_C: 7,
      chw_return_temp_C: 12,
      cw_supply_temp_C: 30,
      cw_return_temp_C: 35,
      operating_hours: 4000,
    },
  },
  {
    type: 'pump',
    subtype: 'centrifugal',
    name: 'Pompa-1 (centrifugal 22 kW)',
    parameters: {
      motor_power_kW: 22,
      flow_rate_m3_h: 80,
      total_head_m: 45,
      control_method: 'throttle',
      throttle_loss_pct: 10,
      operating_hours: 6000,
    },
  },
  {
    type: 'heat_exchanger',
    subtype: 'shell_tube',
    name: 'Esanjor-1 (shell & tube)',
    parameters: {
      hot_fluid: 'water',
      hot_inlet_temp_C: 90,
      hot_outlet_temp_C: 70,
      hot_mass_flow_kg_s: 2.0,
      cold_fluid: 'water',
      cold_inlet_temp_C: 20,
      cold_outlet_temp_C: 50,
      cold_mass_flow_kg_s: 1.3,
    },
  },
  {
    type: 'steam_turbine',
    subtype: 'back_pressure',
    name: 'Turbin-1 (back-pressure)',
    parameters: {
      inlet_temp_C: 400,
      inlet_pressure_bar: 40,
      mass_flow_kg_s: 5,
      outlet_pressure_bar: 2.0,
      isentropic_efficiency: 0.8,
    },
  },
  {
    type: 'dryer',
    subtype: 'rotary',
    name: 'Kurutucu-1 (rotary)',
    parameters: {
      product_mass_flow_kg_h: 1000,
      moisture_in_pct: 60,
      moisture_out_pct: 10,
      heat_source: 'natural_gas',
      supply_temp_C: 200,
      air_outlet_temp_C: 80,
    },
  },
];

/** The reference's process: its operating_hours and energy_price_eur_kwh are project settings here. */
export const PROCESS = {
  type: 'STEAM_GENERATION',
  label: 'Process steam 10 bar for textile dyeing',
  parameters: { steam_flow_kg_h: 5000, steam_pressure_bar: 10, feedwater_temp_C: 80 },
  subcategory: 'industrial_low',
} as const;
export const PROJECT_OPERATING_HOURS = 6000;
export const PROJECT_ENERGY_PRICE_EUR_PER_KWH = 0.08;

/** Extensive parameters, multiplied per copy by the scaling rule. */
export const SCALED_KEYS: ReadonlySet<string> = new Set([
  'cold_mass_flow_kg_s',
  'compressor_power_kW',
  'cooling_capacity_kW',
  'flow_rate_m3_h',
  'flow_rate_m3_min',
  'fuel_flow_kg_h',
  'hot_mass_flow_kg_s',
  'mass_flow_kg_s',
  'motor_power_kW',
  'power_kW',
  'product_mass_flow_kg_h',
  'steam_flow_kg_h',
]);

/** "For N copies of the seven units, copy c (0-based) multiplies every key in scaled_keys by 0.6 + 0.9*c/(N-1); one copy uses 1.0." */
export function scaleFactor(copy: number, copies: number): number {
  return copies === 1 ? 1.0 : 0.6 + (0.9 * copy) / (copies - 1);
}

export interface EquipmentInput {
  name: string;
  type: string;
  subtype: string;
  parameters: Record<string, number | string>;
}

/** `copies` copies of the seven units (7 × copies equipment inputs), in GraphQL form. */
export function equipmentInputs(copies: number): EquipmentInput[] {
  const inputs: EquipmentInput[] = [];
  for (let c = 0; c < copies; c++) {
    const factor = scaleFactor(c, copies);
    for (const unit of SEVEN_UNITS) {
      const parameters: Record<string, number | string> = {};
      for (const [key, value] of Object.entries(unit.parameters)) {
        parameters[key] = typeof value === 'number' && SCALED_KEYS.has(key) ? value * factor : value;
      }
      inputs.push({
        name: copies === 1 ? unit.name : `${unit.name} #${c + 1}`,
        type: unit.type.toUpperCase(),
        subtype: unit.subtype,
        parameters,
      });
    }
  }
  return inputs;
}
