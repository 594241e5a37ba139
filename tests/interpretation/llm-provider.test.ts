/** The LLM provider against a real HTTP server on 127.0.0.1: success, timeout, 500, malformed answers; the key never leaks. */
import { LlmProvider } from '../../src/modules/interpretation/providers';
import { MAX_PROMPT_CHARS } from '../../src/modules/interpretation/providers/prompt';
import { analysedDemoPlant } from '../support/demo-plant';
import { startFakeLlm, VALID_ANSWER } from '../support/fake-llm';
import { useFakeLlm } from '../support/llm-harness';

const KEY = 'sk-test-SECRET-123456';
const plant = analysedDemoPlant();
const input = {
  project: plant.project,
  equipment: plant.equipment,
  factory: plant.factory,
  gap: plant.gap,
  language: 'EN' as const,
};

const harness = useFakeLlm({ key: KEY, model: 'test-model', backoffMs: 10, level: 'debug' });
const provider = harness.provider;

it('uses a valid answer and records provider and model', async () => {
  harness.llm.reply({ content: VALID_ANSWER });
  const answer = await provider().interpretFactory(input);
  expect(answer).toMatchObject({ provider: 'llm', model: 'test-model', fallbackReason: null, attempts: 1 });
  expect(answer.content.summary).toBe('The model’s summary: the boiler dominates.');
  expect(answer.content.prioritizedActions[0]).toMatchObject({
    rank: 1,
    action: 'Install an economizer',
    priority: 'high',
  });
  const request = harness.llm.requests[0];
  expect(request.headers.authorization).toBe(`Bearer ${KEY}`);
  expect(request.body.model).toBe('test-model');
  expect(request.body.messages[1].content.length).toBeLessThanOrEqual(MAX_PROMPT_CHARS);
  expect(request.body.messages[1].content).toContain(plant.factory.hotspots[0].name);
});

it('falls back to the built-in result when the answer is slower than the timeout', async () => {
  harness.llm.reply({ content: VALID_ANSWER, delayMs: 500 });
  const answer = await provider(100, 1).interpretFactory(input);
  expect(answer.provider).toBe('builtin');
  expect(answer.attempts).toBe(2);
  expect(answer.fallbackReason).toMatch(/timed out after 100 ms/);
  expect(answer.content.summary).toContain(plant.project.name);
});

it('retries a 500 then falls back', async () => {
  harness.llm.reply({ status: 500 });
  const answer = await provider(2000, 2).interpretFactory(input);
  expect(harness.llm.requests).toHaveLength(3);
  expect(answer).toMatchObject({ provider: 'builtin', attempts: 3 });
  expect(answer.fallbackReason).toMatch(/HTTP 500/);
});

it('recovers when a retry succeeds', async () => {
  harness.llm.reply((n) => (n === 1 ? { status: 503 } : { content: VALID_ANSWER }));
  const answer = await provider().interpretFactory(input);
  expect(answer).toMatchObject({ provider: 'llm', attempts: 2 });
});

it.each([
  ['not JSON', 'I think the boiler is bad.'],
  ['JSON of the wrong shape', JSON.stringify({ summary: 42 })],
  [
    'a bad priority',
    JSON.stringify({ ...JSON.parse(VALID_ANSWER), prioritizedActions: [{ action: 'x', priority: 'urgent' }] }),
  ],
  ['a non-finite number', VALID_ANSWER.replace('9000', '1e999')],
])('falls back on %s', async (_label, content) => {
  harness.llm.reply({ content });
  const answer = await provider(2000, 1).interpretFactory(input);
  expect(answer.provider).toBe('builtin');
  expect(answer.fallbackReason).toBeTruthy();
});

it('accepts JSON inside a fenced block', async () => {
  harness.llm.reply({ content: 'Here it is:\n```json\n' + VALID_ANSWER + '\n```' });
  expect((await provider().interpretFactory(input)).provider).toBe('llm');
});

it('never writes the API key to logs or reasons', async () => {
  harness.llm.reply({ status: 401 });
  const answer = await provider(2000, 1).interpretFactory(input);
  expect(harness.logLines.length).toBeGreaterThan(0);
  expect(harness.logLines.join('\n')).not.toContain(KEY);
  expect(answer.fallbackReason).not.toContain(KEY);
});

it('reports a transport error (nothing listening) and falls back', async () => {
  const url = harness.llm.url;
  await harness.llm.close();
  const answer = await new LlmProvider(
    { url, apiKey: KEY, model: 'm', timeoutMs: 1000, maxRetries: 1, backoffMs: 5 },
    harness.logger,
  ).interpretFactory(input);
  expect(answer.provider).toBe('builtin');
  expect(answer.fallbackReason).toMatch(/transport error/);
  harness.llm = await startFakeLlm();
});
