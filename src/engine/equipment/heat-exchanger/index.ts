/** Heat-exchanger module: catalog, analysis, recommendations. */
import { defineEquipmentModule } from '../common/module';
import { analyseHeatExchanger } from './analyse';
import { HEAT_EXCHANGER_DATA, HEAT_EXCHANGER_PARAMETERS, HEAT_EXCHANGER_SUBTYPES } from './parameters';

export type { HeatExchangerMetrics } from './analyse';

export const heatExchangerModule = defineEquipmentModule({
  type: 'heat_exchanger',
  labelEn: 'Heat exchanger',
  labelTr: 'Isı eşanjörü',
  nounEn: 'heat exchanger',
  nounTr: 'ısı eşanjörü',
  description: 'Heat transfer from a hot to a cold stream.',
  subtypes: HEAT_EXCHANGER_SUBTYPES,
  defaultSubtype: 'plate',
  parameters: HEAT_EXCHANGER_PARAMETERS,
  subtypeData: HEAT_EXCHANGER_DATA,
  analyse: analyseHeatExchanger,
});
