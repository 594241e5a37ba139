/** Steam-turbine module: catalog, analysis, recommendations. */
import { defineEquipmentModule } from '../common/module';
import { analyseSteamTurbine } from './analyse';
import { STEAM_TURBINE_DATA, STEAM_TURBINE_PARAMETERS, STEAM_TURBINE_SUBTYPES } from './parameters';

export type { SteamTurbineMetrics } from './analyse';

export const steamTurbineModule = defineEquipmentModule({
  type: 'steam_turbine',
  labelEn: 'Steam turbine',
  labelTr: 'Buhar türbini',
  nounEn: 'steam turbine',
  nounTr: 'buhar türbini',
  description: 'Power (and CHP heat) from expanding steam.',
  subtypes: STEAM_TURBINE_SUBTYPES,
  defaultSubtype: 'back_pressure',
  parameters: STEAM_TURBINE_PARAMETERS,
  subtypeData: STEAM_TURBINE_DATA,
  analyse: analyseSteamTurbine,
});
