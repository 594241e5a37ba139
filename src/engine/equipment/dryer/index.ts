/** Dryer module: catalog, analysis, recommendations. */
import { checkByAnalysing } from '../common/consistency';
import type { EquipmentModule } from '../types';
import { analyseDryer, type DryerMetrics } from './analyse';
import { DRYER_PARAMETERS, DRYER_SUBTYPES } from './parameters';

export type { DryerMetrics } from './analyse';

export const dryerModule: EquipmentModule<DryerMetrics> = {
  type: 'dryer',
  labelEn: 'Dryer',
  labelTr: 'Kurutma fırını',
  description: 'Thermal drying: heat in, water evaporated from the product, moist exhaust out.',
  subtypes: DRYER_SUBTYPES,
  defaultSubtype: 'convective',
  parameters: DRYER_PARAMETERS,
  checkConsistency: (input) => checkByAnalysing(analyseDryer, input),
  analyse: analyseDryer,
};
