/** Boiler module: catalog, analysis, recommendations. */
import { checkByAnalysing } from '../common/consistency';
import type { EquipmentModule } from '../types';
import { analyseBoiler, type BoilerMetrics } from './analyse';
import { BOILER_PARAMETERS, BOILER_SUBTYPES } from './parameters';

export type { BoilerMetrics } from './analyse';

export const boilerModule: EquipmentModule<BoilerMetrics> = {
  type: 'boiler',
  labelEn: 'Boiler',
  labelTr: 'Kazan',
  description: 'Steam or hot-water generation from fuel, electricity or waste heat.',
  subtypes: BOILER_SUBTYPES,
  defaultSubtype: 'steam_firetube',
  parameters: BOILER_PARAMETERS,
  checkConsistency: (input) => checkByAnalysing(analyseBoiler, input),
  analyse: analyseBoiler,
};
