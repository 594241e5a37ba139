/** Compressor module: catalog, analysis, recommendations. */
import { defineEquipmentModule } from '../common/module';
import { analyseCompressor, type CompressorMetrics } from './analyse';
import { COMPRESSOR_PARAMETERS, COMPRESSOR_SUBTYPES } from './parameters';

export type { CompressorMetrics } from './analyse';

export const compressorModule = defineEquipmentModule<CompressorMetrics>({
  type: 'compressor',
  labelEn: 'Air compressor',
  labelTr: 'Hava kompresörü',
  description: 'Compressed-air generation: electric power in, compressed air out; compression heat is rejected.',
  subtypes: COMPRESSOR_SUBTYPES,
  defaultSubtype: 'screw',
  parameters: COMPRESSOR_PARAMETERS,
  analyse: analyseCompressor,
});
