/**
 * Shared setup of the LLM provider tests: a fresh fake chat-completions server
 * on 127.0.0.1 and a logger whose lines are captured, per test.
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import { LlmProvider } from '../../src/modules/interpretation/providers';
import { startFakeLlm, type FakeLlm } from './fake-llm';

export interface LlmHarness {
  llm: FakeLlm;
  logLines: string[];
  logger: pino.Logger;
  /** A provider against the fake server with `key` and `model`. */
  provider(timeoutMs?: number, maxRetries?: number): LlmProvider;
}

/** Registers beforeEach/afterEach; the returned object is refreshed for every test. */
export function useFakeLlm(options: { key: string; model: string; backoffMs: number; level: pino.Level }): LlmHarness {
  const harness = {
    provider: (timeoutMs = 2000, maxRetries = 2) =>
      new LlmProvider(
        {
          url: harness.llm.url,
          apiKey: options.key,
          model: options.model,
          timeoutMs,
          maxRetries,
          backoffMs: options.backoffMs,
        },
        harness.logger,
      ),
  } as LlmHarness;
  beforeEach(async () => {
    harness.llm = await startFakeLlm();
    harness.logLines = [];
    harness.logger = pino(
      { level: options.level },
      new Writable({ write: (chunk, _enc, done) => (harness.logLines.push(String(chunk)), done()) }),
    );
  });
  afterEach(() => harness.llm.close());
  return harness;
}
