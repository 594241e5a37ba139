import type { EquipmentInput, EquipmentModule, EquipmentResult, EquipmentTypeKey } from '../types';
import { checkByAnalysing } from './consistency';

/** Builds an equipment module; its consistency check is its own analysis (physics in one place). */
export function defineEquipmentModule<M extends { type: EquipmentTypeKey }>(
  definition: Omit<EquipmentModule<M>, 'checkConsistency' | 'analyse'> & {
    analyse: (input: EquipmentInput) => EquipmentResult<M>;
  },
): EquipmentModule<M> {
  return { ...definition, checkConsistency: (input) => checkByAnalysing(definition.analyse, input) };
}
