/** Chiller module: catalog, analysis, recommendations. */
import { defineEquipmentModule } from '../common/module';
import { analyseChiller } from './analyse';
import { CHILLER_DATA, CHILLER_PARAMETERS, CHILLER_SUBTYPES } from './parameters';

export type { ChillerMetrics } from './analyse';

export const chillerModule = defineEquipmentModule({
  type: 'chiller',
  labelEn: 'Chiller',
  labelTr: 'Chiller',
  nounEn: 'chiller',
  nounTr: 'soğutma grubu',
  description: 'Chilled-water production by vapour compression or absorption.',
  subtypes: CHILLER_SUBTYPES,
  defaultSubtype: 'centrifugal',
  parameters: CHILLER_PARAMETERS,
  subtypeData: CHILLER_DATA,
  analyse: analyseChiller,
});
