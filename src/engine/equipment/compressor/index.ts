/** Compressor module: catalog, analysis, recommendations. */
import { checkByAnalysing } from '../common/consistency';
import type { EquipmentModule } from '../types';
import { analyseCompressor, type CompressorMetrics } from './analyse';
import { COMPRESSOR_PARAMETERS, COMPRESSOR_SUBTYPES } from './parameters';

export type { CompressorMetrics } from './analyse';

export const compressorModule: EquipmentModule<CompressorMetrics> = {
  type: 'compressor',
  labelEn: 'Air compressor',
  labelTr: 'Hava kompresörü',
  description: 'Compressed-air generation: electric power in, compressed air out; compression heat is rejected.',
  subtypes: COMPRESSOR_SUBTYPES,
  defaultSubtype: 'screw',
  parameters: COMPRESSOR_PARAMETERS,
  checkConsistency: (input) => checkByAnalysing(analyseCompressor, input),
  analyse: analyseCompressor,
};
