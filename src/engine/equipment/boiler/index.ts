/** Boiler module: catalog, analysis, recommendations. */
import { defineEquipmentModule } from '../common/module';
import { analyseBoiler } from './analyse';
import { BOILER_DATA, BOILER_PARAMETERS, BOILER_SUBTYPES } from './parameters';

export type { BoilerMetrics } from './analyse';

export const boilerModule = defineEquipmentModule({
  type: 'boiler',
  labelEn: 'Boiler',
  labelTr: 'Kazan',
  nounEn: 'boiler',
  nounTr: 'kazan',
  description: 'Steam or hot-water generation from fuel, electricity or waste heat.',
  subtypes: BOILER_SUBTYPES,
  defaultSubtype: 'steam_firetube',
  parameters: BOILER_PARAMETERS,
  subtypeData: BOILER_DATA,
  analyse: analyseBoiler,
});
