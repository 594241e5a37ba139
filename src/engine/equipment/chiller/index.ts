/** Chiller module: catalog, analysis, recommendations. */
import { defineEquipmentModule } from '../common/module';
import { analyseChiller, type ChillerMetrics } from './analyse';
import { CHILLER_PARAMETERS, CHILLER_SUBTYPES } from './parameters';

export type { ChillerMetrics } from './analyse';

export const chillerModule = defineEquipmentModule<ChillerMetrics>({
  type: 'chiller',
  labelEn: 'Chiller',
  labelTr: 'Chiller',
  description: 'Chilled-water production by vapour compression or absorption.',
  subtypes: CHILLER_SUBTYPES,
  defaultSubtype: 'centrifugal',
  parameters: CHILLER_PARAMETERS,
  analyse: analyseChiller,
});
