/** Chiller module: catalog, analysis, recommendations. */
import { checkByAnalysing } from '../common/consistency';
import type { EquipmentModule } from '../types';
import { analyseChiller, type ChillerMetrics } from './analyse';
import { CHILLER_PARAMETERS, CHILLER_SUBTYPES } from './parameters';

export type { ChillerMetrics } from './analyse';

export const chillerModule: EquipmentModule<ChillerMetrics> = {
  type: 'chiller',
  labelEn: 'Chiller',
  labelTr: 'Chiller',
  description: 'Chilled-water production by vapour compression or absorption.',
  subtypes: CHILLER_SUBTYPES,
  defaultSubtype: 'centrifugal',
  parameters: CHILLER_PARAMETERS,
  checkConsistency: (input) => checkByAnalysing(analyseChiller, input),
  analyse: analyseChiller,
};
