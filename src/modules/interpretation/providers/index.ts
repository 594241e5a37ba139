/** Chooses the interpretation provider from configuration: the LLM when INTERPRETER_URL is set, else the built-in one. */
import type { Logger } from 'pino';
import type { AppConfig } from '../../../config';
import { BuiltinProvider } from './builtin-provider';
import { LlmProvider } from './llm-provider';
import type { InterpretationProvider } from './provider';

export type { InterpretationProvider, ProviderAnswer, EquipmentInterpretationInput } from './provider';
export { BuiltinProvider } from './builtin-provider';
export { LlmProvider, type LlmConfig } from './llm-provider';

export function createInterpretationProvider(
  config: AppConfig['interpreter'],
  logger?: Logger,
): InterpretationProvider {
  if (!config.url) return new BuiltinProvider();
  return new LlmProvider(
    {
      url: config.url,
      apiKey: config.apiKey,
      model: config.model,
      timeoutMs: config.timeoutMs,
      maxRetries: config.maxRetries,
    },
    logger,
  );
}
