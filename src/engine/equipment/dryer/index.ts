/** Dryer module: catalog, analysis, recommendations. */
import { defineEquipmentModule } from '../common/module';
import { analyseDryer } from './analyse';
import { DRYER_DATA, DRYER_PARAMETERS, DRYER_SUBTYPES } from './parameters';

export type { DryerMetrics } from './analyse';

export const dryerModule = defineEquipmentModule({
  type: 'dryer',
  labelEn: 'Dryer',
  labelTr: 'Kurutma fırını',
  nounEn: 'dryer',
  nounTr: 'kurutucu',
  description: 'Thermal drying: heat in, water evaporated from the product, moist exhaust out.',
  subtypes: DRYER_SUBTYPES,
  defaultSubtype: 'convective',
  parameters: DRYER_PARAMETERS,
  subtypeData: DRYER_DATA,
  analyse: analyseDryer,
});
