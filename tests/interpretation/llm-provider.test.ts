/** The LLM provider against a real HTTP server on 127.0.0.1: success, timeout, 500, malformed answers; the key never leaks. */
import pino from 'pino';
import { Writable } from 'node:stream';
import { LlmProvider } from '../../src/modules/interpretation/providers';
import { MAX_PROMPT_CHARS } from '../../src/modules/interpretation/providers/prompt';
import { analysedDemoPlant } from '../support/demo-plant';
import { startFakeLlm, VALID_ANSWER, type FakeLlm } from '../support/fake-llm';

const KEY = 'sk-test-SECRET-123456';
const plant = analysedDemoPlant();
const input = {
  project: plant.project,
  equipment: plant.equipment,
  factory: plant.factory,
  gap: plant.gap,
  language: 'EN' as const,
};

let llm: FakeLlm;
let logLines: string[];
let logger: pino.Logger;

beforeEach(async () => {
  llm = await startFakeLlm();
  logLines = [];
  logger = pino(
    { level: 'debug' },
    new Writable({ write: (chunk, _enc, done) => (logLines.push(String(chunk)), done()) }),
  );
});
afterEach(async () => {
  await llm.close();
});

const provider = (timeoutMs = 2000, maxRetries = 2) =>
  new LlmProvider({ url: llm.url, apiKey: KEY, model: 'test-model', timeoutMs, maxRetries, backoffMs: 10 }, logger);

it('uses a valid answer and records provider and model', async () => {
  llm.reply({ content: VALID_ANSWER });
  const answer = await provider().interpretFactory(input);
  expect(answer).toMatchObject({ provider: 'llm', model: 'test-model', fallbackReason: null, attempts: 1 });
  expect(answer.content.summary).toBe('The model’s summary: the boiler dominates.');
  expect(answer.content.prioritizedActions[0]).toMatchObject({
    rank: 1,
    action: 'Install an economizer',
    priority: 'high',
  });
  const request = llm.requests[0];
  expect(request.headers.authorization).toBe(`Bearer ${KEY}`);
  expect(request.body.model).toBe('test-model');
  expect(request.body.messages[1].content.length).toBeLessThanOrEqual(MAX_PROMPT_CHARS);
  expect(request.body.messages[1].content).toContain(plant.factory.hotspots[0].name);
});

it('falls back to the built-in result when the answer is slower than the timeout', async () => {
  llm.reply({ content: VALID_ANSWER, delayMs: 500 });
  const answer = await provider(100, 1).interpretFactory(input);
  expect(answer.provider).toBe('builtin');
  expect(answer.attempts).toBe(2);
  expect(answer.fallbackReason).toMatch(/timed out after 100 ms/);
  expect(answer.content.summary).toContain(plant.project.name);
});

it('retries a 500 then falls back', async () => {
  llm.reply({ status: 500 });
  const answer = await provider(2000, 2).interpretFactory(input);
  expect(llm.requests).toHaveLength(3);
  expect(answer).toMatchObject({ provider: 'builtin', attempts: 3 });
  expect(answer.fallbackReason).toMatch(/HTTP 500/);
});

it('recovers when a retry succeeds', async () => {
  llm.reply((n) => (n === 1 ? { status: 503 } : { content: VALID_ANSWER }));
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
  llm.reply({ content });
  const answer = await provider(2000, 1).interpretFactory(input);
  expect(answer.provider).toBe('builtin');
  expect(answer.fallbackReason).toBeTruthy();
});

it('accepts JSON inside a fenced block', async () => {
  llm.reply({ content: 'Here it is:\n```json\n' + VALID_ANSWER + '\n```' });
  expect((await provider().interpretFactory(input)).provider).toBe('llm');
});

it('never writes the API key to logs or reasons', async () => {
  llm.reply({ status: 401 });
  const answer = await provider(2000, 1).interpretFactory(input);
  expect(logLines.length).toBeGreaterThan(0);
  expect(logLines.join('\n')).not.toContain(KEY);
  expect(answer.fallbackReason).not.toContain(KEY);
});

it('reports a transport error (nothing listening) and falls back', async () => {
  const url = llm.url;
  await llm.close();
  const answer = await new LlmProvider(
    { url, apiKey: KEY, model: 'm', timeoutMs: 1000, maxRetries: 1, backoffMs: 5 },
    logger,
  ).interpretFactory(input);
  expect(answer.provider).toBe('builtin');
  expect(answer.fallbackReason).toMatch(/transport error/);
  llm = await startFakeLlm();
});
