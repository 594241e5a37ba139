/** Pump module: catalog, analysis, recommendations. */
import { checkByAnalysing } from '../common/consistency';
import type { EquipmentModule } from '../types';
import { analysePump, type PumpMetrics } from './analyse';
import { PUMP_PARAMETERS, PUMP_SUBTYPES } from './parameters';

export type { PumpMetrics } from './analyse';

export const pumpModule: EquipmentModule<PumpMetrics> = {
  type: 'pump',
  labelEn: 'Pump',
  labelTr: 'Pompa',
  description: 'Liquid pumping: electric power in, hydraulic power (ρgQH) out.',
  subtypes: PUMP_SUBTYPES,
  defaultSubtype: 'centrifugal',
  parameters: PUMP_PARAMETERS,
  checkConsistency: (input) => checkByAnalysing(analysePump, input),
  analyse: analysePump,
};
