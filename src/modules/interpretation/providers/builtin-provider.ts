import { interpretEquipment, interpretFactory, type FactoryInterpretationInput } from '../../../engine/interpret';
import type { EquipmentInterpretationInput, InterpretationProvider, ProviderAnswer } from './provider';

/** The offline, deterministic interpreter of src/engine/interpret. */
export class BuiltinProvider implements InterpretationProvider {
  readonly name = 'builtin';

  async interpretEquipment(input: EquipmentInterpretationInput): Promise<ProviderAnswer> {
    return { content: interpretEquipment(input), provider: 'builtin', model: null, fallbackReason: null, attempts: 0 };
  }

  async interpretFactory(input: FactoryInterpretationInput): Promise<ProviderAnswer> {
    return { content: interpretFactory(input), provider: 'builtin', model: null, fallbackReason: null, attempts: 0 };
  }
}
