/** Steam-turbine module: catalog, analysis, recommendations. */
import { defineEquipmentModule } from '../common/module';
import { analyseSteamTurbine, type SteamTurbineMetrics } from './analyse';
import { STEAM_TURBINE_PARAMETERS, STEAM_TURBINE_SUBTYPES } from './parameters';

export type { SteamTurbineMetrics } from './analyse';

export const steamTurbineModule = defineEquipmentModule<SteamTurbineMetrics>({
  type: 'steam_turbine',
  labelEn: 'Steam turbine',
  labelTr: 'Buhar türbini',
  description: 'Power (and CHP heat) from expanding steam.',
  subtypes: STEAM_TURBINE_SUBTYPES,
  defaultSubtype: 'back_pressure',
  parameters: STEAM_TURBINE_PARAMETERS,
  analyse: analyseSteamTurbine,
});
