/** Interpretation providers: the built-in interpreter, and an LLM that falls back to it. */
import type { FactoryInterpretationInput, InterpretationContent } from '../../../engine/interpret';
import type { EquipmentResult } from '../../../engine/equipment/types';
import type { EquipmentInfo, ProjectInfo } from '../../../engine/interpret';
import type { InterpretationLanguage } from '../../../engine/interpret/types';

export interface EquipmentInterpretationInput {
  equipment: EquipmentInfo;
  result: EquipmentResult;
  project: ProjectInfo;
  language: InterpretationLanguage;
  stale?: boolean;
}

/** Who writes an interpretation: the built-in rule-based interpreter, or an LLM. */
export const INTERPRETATION_PROVIDER_KEYS = ['builtin', 'llm'] as const;
export type InterpretationProviderKey = (typeof INTERPRETATION_PROVIDER_KEYS)[number];

export interface ProviderAnswer {
  content: InterpretationContent;
  /** `builtin` or `llm` — who actually wrote `content`. */
  provider: InterpretationProviderKey;
  model: string | null;
  /** Why the LLM's answer was not used (null when it was, or for the built-in provider). */
  fallbackReason: string | null;
  /** HTTP attempts made (0 for the built-in provider). */
  attempts: number;
}

export interface InterpretationProvider {
  readonly name: string;
  interpretEquipment(input: EquipmentInterpretationInput): Promise<ProviderAnswer>;
  interpretFactory(input: FactoryInterpretationInput): Promise<ProviderAnswer>;
}
