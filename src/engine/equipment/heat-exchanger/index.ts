/** Heat-exchanger module: catalog, analysis, recommendations. */
import { checkByAnalysing } from '../common/consistency';
import type { EquipmentModule } from '../types';
import { analyseHeatExchanger, type HeatExchangerMetrics } from './analyse';
import { HEAT_EXCHANGER_PARAMETERS, HEAT_EXCHANGER_SUBTYPES } from './parameters';

export type { HeatExchangerMetrics } from './analyse';

export const heatExchangerModule: EquipmentModule<HeatExchangerMetrics> = {
  type: 'heat_exchanger',
  labelEn: 'Heat exchanger',
  labelTr: 'Isı eşanjörü',
  description: 'Heat transfer from a hot to a cold stream.',
  subtypes: HEAT_EXCHANGER_SUBTYPES,
  defaultSubtype: 'plate',
  parameters: HEAT_EXCHANGER_PARAMETERS,
  checkConsistency: (input) => checkByAnalysing(analyseHeatExchanger, input),
  analyse: analyseHeatExchanger,
};
