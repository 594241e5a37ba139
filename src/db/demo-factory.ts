/**
 * A demo factory: a dairy with steam, compressed air, cooling, pumping, heat
 * recovery, a back-pressure turbine fed by the boiler, and a spray dryer.
 * Parameters are the catalog's snake_case keys with typical plant values.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { CreateProjectInput } from '../modules/project/project.inputs';
import type { Project } from '../modules/project/project.entity';
import { ProjectAccess } from '../modules/project/project-access';
import { ProjectService } from '../modules/project/project.service';
import { EquipmentService } from '../modules/equipment/equipment.service';
import type { EquipmentInput } from '../modules/equipment/equipment.inputs';
import { EquipmentType } from '../modules/equipment/equipment-type.enum';
import { ProcessType } from '../modules/project/process-type.enum';

export const DEMO_PROJECT: CreateProjectInput = {
  name: 'Demo dairy plant',
  sector: 'food',
  description: 'Milk powder factory: steam boiler, compressed air, chilled water, spray drying.',
  operatingHours: 6000,
  energyPriceEurPerKWh: 0.08,
  ambientTemperatureC: 25,
  ambientPressureKPa: 101.325,
  process: {
    type: ProcessType.STEAM_GENERATION,
    label: 'Process steam 10 bar',
    subcategory: 'industrial_low',
    parameters: { steam_flow_kg_h: 1650, steam_pressure_bar: 10, feedwater_temp_C: 80 },
  },
};

/** Units in order; `supplier` names an earlier unit (by index) supplying this one's input. */
export const DEMO_EQUIPMENT: (EquipmentInput & { supplier?: number })[] = [
  {
    name: 'Steam boiler B-1',
    type: EquipmentType.BOILER,
    subtype: 'steam_firetube',
    parameters: {
      fuel_flow_kg_h: 100,
      steam_flow_kg_h: 1650,
      steam_pressure_bar: 10,
      feedwater_temp_C: 80,
      flue_gas_temp_C: 180,
      fuel_type: 'natural_gas',
    },
  },
  {
    name: 'Screw compressor C-1',
    type: EquipmentType.COMPRESSOR,
    subtype: 'screw',
    parameters: { power_kW: 37, flow_rate_m3_min: 6.2, outlet_pressure_bar: 7.5 },
  },
  {
    name: 'Chiller CH-1',
    type: EquipmentType.CHILLER,
    subtype: 'screw',
    parameters: { cooling_capacity_kW: 350, compressor_power_kW: 80, chw_supply_temp_C: 7, chw_return_temp_C: 12 },
  },
  {
    name: 'Cooling water pump P-1',
    type: EquipmentType.PUMP,
    subtype: 'centrifugal',
    parameters: { motor_power_kW: 15, flow_rate_m3_h: 50, total_head_m: 40 },
  },
  {
    name: 'Condensate heat exchanger HX-1',
    type: EquipmentType.HEAT_EXCHANGER,
    subtype: 'plate',
    parameters: {
      hot_inlet_temp_C: 90,
      hot_outlet_temp_C: 70,
      hot_mass_flow_kg_s: 2,
      cold_inlet_temp_C: 20,
      cold_outlet_temp_C: 50,
      cold_mass_flow_kg_s: 1.3,
    },
  },
  {
    name: 'Back-pressure turbine T-1',
    type: EquipmentType.STEAM_TURBINE,
    subtype: 'back_pressure',
    parameters: {
      inlet_temp_C: 185,
      inlet_pressure_bar: 10,
      mass_flow_kg_s: 0.3,
      outlet_pressure_bar: 3,
      isentropic_efficiency: 0.7,
    },
    supplier: 0,
  },
  {
    name: 'Spray dryer D-1',
    type: EquipmentType.DRYER,
    subtype: 'spray',
    parameters: { product_mass_flow_kg_h: 500, moisture_in_pct: 50, moisture_out_pct: 4 },
  },
];

/** Creates the demo project, owned by `ownerId`, with its equipment through the services (so it passes validation). */
export async function seedDemoFactory(
  em: SqlEntityManager,
  ownerId: string,
): Promise<{ project: Project; equipmentIds: string[] }> {
  const access = new ProjectAccess(em, ownerId);
  const project = await new ProjectService(em, access).create(DEMO_PROJECT);
  const equipment = new EquipmentService(em, access);
  const equipmentIds: string[] = [];
  for (const { supplier, ...input } of DEMO_EQUIPMENT) {
    const suppliedById = supplier === undefined ? null : equipmentIds[supplier];
    equipmentIds.push((await equipment.add(project.id, { ...input, suppliedById })).id);
  }
  return { project, equipmentIds };
}
