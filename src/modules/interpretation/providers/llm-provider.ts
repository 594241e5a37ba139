/**
 * An OpenAI-compatible chat-completions provider (hosted APIs, llama.cpp,
 * vLLM, Ollama). On timeout, transport error, non-2xx or an invalid answer it
 * retries up to `maxRetries` times, then falls back to the built-in
 * interpretation and records why. The API key is sent only in the
 * Authorization header and never appears in logs, errors or reasons.
 */
import type { Logger } from 'pino';
import type { FactoryInterpretationInput, InterpretationContent } from '../../../engine/interpret';
import type { InterpretationLanguage, InterpretationScope } from '../../../engine/interpret/types';
import { BuiltinProvider } from './builtin-provider';
import { extractJson, validateContent } from './content-validation';
import { equipmentPrompt, factoryPrompt, SYSTEM_PROMPT } from './prompt';
import type { EquipmentInterpretationInput, InterpretationProvider, ProviderAnswer } from './provider';

export interface LlmConfig {
  url: string;
  apiKey: string | null;
  model: string | null;
  timeoutMs: number;
  maxRetries: number;
  /** Pause before retry n is n × backoffMs (default 200 ms). */
  backoffMs?: number;
}

class HttpStatusError extends Error {}
class TimeoutError extends Error {
  override name = 'TimeoutError';
}

export class LlmProvider implements InterpretationProvider {
  readonly name = 'llm';
  private readonly builtin = new BuiltinProvider();

  constructor(
    private readonly config: LlmConfig,
    private readonly logger?: Logger,
  ) {}

  async interpretEquipment(input: EquipmentInterpretationInput): Promise<ProviderAnswer> {
    const fallback = (await this.builtin.interpretEquipment(input)).content;
    return this.ask('equipment', input.language, equipmentPrompt(input, fallback), fallback);
  }

  async interpretFactory(input: FactoryInterpretationInput): Promise<ProviderAnswer> {
    const fallback = (await this.builtin.interpretFactory(input)).content;
    return this.ask('project', input.language, factoryPrompt(input, fallback), fallback);
  }

  private async ask(
    scope: InterpretationScope,
    language: InterpretationLanguage,
    prompt: string,
    fallback: InterpretationContent,
  ): Promise<ProviderAnswer> {
    const model = this.config.model;
    let reason = 'no attempt made';
    let attempts = 0;
    for (let attempt = 0; attempt <= this.config.maxRetries; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, attempt * (this.config.backoffMs ?? 200)));
      attempts += 1;
      try {
        const text = await this.complete(prompt);
        const content = validateContent(extractJson(text), scope, language);
        return { content, provider: 'llm', model, fallbackReason: null, attempts };
      } catch (error) {
        reason = this.describe(error);
        this.logger?.warn({ attempt: attempts, reason, model }, 'interpreter request failed');
      }
    }
    return {
      content: fallback,
      provider: 'builtin',
      model: null,
      fallbackReason: `LLM interpreter failed after ${attempts} attempt(s): ${reason}`,
      attempts,
    };
  }

  /** One chat-completions call; the timeout covers connecting, waiting and reading the body. */
  private async complete(prompt: string): Promise<string> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.config.apiKey) headers.authorization = `Bearer ${this.config.apiKey}`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new TimeoutError()), this.config.timeoutMs);
    try {
      const response = await fetch(this.config.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          model: this.config.model ?? 'default',
          temperature: 0,
          response_format: { type: 'json_object' },
          messages: [
            { role: 'system', content: SYSTEM_PROMPT },
            { role: 'user', content: prompt },
          ],
        }),
        signal: controller.signal,
      });
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new HttpStatusError(`HTTP ${response.status}`);
      }
      const raw = await response.text();
      let body: { choices?: { message?: { content?: unknown } }[] };
      try {
        body = JSON.parse(raw) as typeof body;
      } catch {
        throw new Error('the response body is not JSON');
      }
      const content = body.choices?.[0]?.message?.content;
      if (typeof content !== 'string') throw new Error('the response has no choices[0].message.content');
      return content;
    } catch (error) {
      // fetch rejects with the abort reason, or with an AbortError wrapping it.
      if (controller.signal.aborted) throw new TimeoutError();
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /** A one-line reason without the API key. */
  private describe(error: unknown): string {
    // Duck-typed: fetch's DOMException and TypeError may come from another realm (instanceof fails).
    const e = (typeof error === 'object' && error !== null ? error : {}) as {
      name?: string;
      message?: string;
      cause?: { code?: string };
    };
    let message = e.message ?? String(error);
    if (e.name === 'TimeoutError' || e.name === 'AbortError') message = `timed out after ${this.config.timeoutMs} ms`;
    else if (e.name === 'TypeError' && message === 'fetch failed')
      message = `transport error (${e.cause?.code ?? 'connection failed'})`;
    if (this.config.apiKey) message = message.split(this.config.apiKey).join('[redacted]');
    return message;
  }
}
