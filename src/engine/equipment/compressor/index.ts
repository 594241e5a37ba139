/** Compressor module: catalog, analysis, recommendations. */
import { defineEquipmentModule } from '../common/module';
import { analyseCompressor } from './analyse';
import { COMPRESSOR_DATA, COMPRESSOR_PARAMETERS, COMPRESSOR_SUBTYPES } from './parameters';

export type { CompressorMetrics } from './analyse';

export const compressorModule = defineEquipmentModule({
  type: 'compressor',
  labelEn: 'Air compressor',
  labelTr: 'Hava kompresörü',
  nounEn: 'air compressor',
  nounTr: 'hava kompresörü',
  description: 'Compressed-air generation: electric power in, compressed air out; compression heat is rejected.',
  subtypes: COMPRESSOR_SUBTYPES,
  defaultSubtype: 'screw',
  parameters: COMPRESSOR_PARAMETERS,
  subtypeData: COMPRESSOR_DATA,
  analyse: analyseCompressor,
});
