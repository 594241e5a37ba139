/** Dryer module: catalog, analysis, recommendations. */
import { defineEquipmentModule } from '../common/module';
import { analyseDryer, type DryerMetrics } from './analyse';
import { DRYER_PARAMETERS, DRYER_SUBTYPES } from './parameters';

export type { DryerMetrics } from './analyse';

export const dryerModule = defineEquipmentModule<DryerMetrics>({
  type: 'dryer',
  labelEn: 'Dryer',
  labelTr: 'Kurutma fırını',
  description: 'Thermal drying: heat in, water evaporated from the product, moist exhaust out.',
  subtypes: DRYER_SUBTYPES,
  defaultSubtype: 'convective',
  parameters: DRYER_PARAMETERS,
  analyse: analyseDryer,
});
