/** Pump module: catalog, analysis, recommendations. */
import { defineEquipmentModule } from '../common/module';
import { analysePump } from './analyse';
import { PUMP_DATA, PUMP_PARAMETERS, PUMP_SUBTYPES } from './parameters';

export type { PumpMetrics } from './analyse';

export const pumpModule = defineEquipmentModule({
  type: 'pump',
  labelEn: 'Pump',
  labelTr: 'Pompa',
  nounEn: 'pump',
  nounTr: 'pompa',
  description: 'Liquid pumping: electric power in, hydraulic power (ρgQH) out.',
  subtypes: PUMP_SUBTYPES,
  defaultSubtype: 'centrifugal',
  parameters: PUMP_PARAMETERS,
  subtypeData: PUMP_DATA,
  analyse: analysePump,
});
