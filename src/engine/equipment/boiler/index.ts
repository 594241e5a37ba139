/** Boiler module: catalog, analysis, recommendations. */
import { defineEquipmentModule } from '../common/module';
import { analyseBoiler, type BoilerMetrics } from './analyse';
import { BOILER_PARAMETERS, BOILER_SUBTYPES } from './parameters';

export type { BoilerMetrics } from './analyse';

export const boilerModule = defineEquipmentModule<BoilerMetrics>({
  type: 'boiler',
  labelEn: 'Boiler',
  labelTr: 'Kazan',
  description: 'Steam or hot-water generation from fuel, electricity or waste heat.',
  subtypes: BOILER_SUBTYPES,
  defaultSubtype: 'steam_firetube',
  parameters: BOILER_PARAMETERS,
  analyse: analyseBoiler,
});
