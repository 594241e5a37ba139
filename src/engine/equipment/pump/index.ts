/** Pump module: catalog, analysis, recommendations. */
import { defineEquipmentModule } from '../common/module';
import { analysePump, type PumpMetrics } from './analyse';
import { PUMP_PARAMETERS, PUMP_SUBTYPES } from './parameters';

export type { PumpMetrics } from './analyse';

export const pumpModule = defineEquipmentModule<PumpMetrics>({
  type: 'pump',
  labelEn: 'Pump',
  labelTr: 'Pompa',
  description: 'Liquid pumping: electric power in, hydraulic power (ρgQH) out.',
  subtypes: PUMP_SUBTYPES,
  defaultSubtype: 'centrifugal',
  parameters: PUMP_PARAMETERS,
  analyse: analysePump,
});
