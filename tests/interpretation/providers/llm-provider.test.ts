/**
 * The LLM provider against a real chat-completions server on 127.0.0.1
 * (tests/support/fake-harness.llm.ts, node:http on a random port): a valid answer is
 * used; timeout, 500, transport error and malformed answers are retried
 * (1 + maxRetries requests, counted on the server) and fall back to the
 * built-in interpretation; the key never leaks; the request is bounded.
 */
import { interpretFactory } from '../../../src/engine/interpret';
import {
  BuiltinProvider,
  createInterpretationProvider,
  LlmProvider,
} from '../../../src/modules/interpretation/providers';
import {
  extractJson,
  firstObjectSpan,
  InvalidAnswerError,
  validateContent,
} from '../../../src/modules/interpretation/providers/content-validation';
import { MAX_PROMPT_CHARS } from '../../../src/modules/interpretation/providers/prompt';
import { analysedDemoPlant } from '../../support/demo-plant';
import { startFakeLlm, VALID_ANSWER } from '../../support/fake-llm';
import { useFakeLlm } from '../../support/llm-harness';

const KEY = 'sk-live-VERY-SECRET-abcdef0123456789';
const plant = analysedDemoPlant();
const factoryInput = {
  project: plant.project,
  equipment: plant.equipment,
  factory: plant.factory,
  gap: plant.gap,
  language: 'EN' as const,
};
const e0 = plant.equipment[0];
const equipmentInput = {
  equipment: { id: e0.id, name: e0.name, type: e0.type, subtype: e0.subtype },
  result: e0.result,
  project: plant.project,
  language: 'TR' as const,
};

const harness = useFakeLlm({ key: KEY, model: 'audit-model-7b', backoffMs: 5, level: 'trace' });
const provider = harness.provider;

describe('a valid answer', () => {
  it('is used, with provider and model, from one bounded request that carries the model name and the engine numbers', async () => {
    harness.llm.reply({ content: VALID_ANSWER });
    const answer = await provider().interpretFactory(factoryInput);
    expect(answer).toMatchObject({ provider: 'llm', model: 'audit-model-7b', fallbackReason: null, attempts: 1 });
    expect(answer.content).toMatchObject({
      scope: 'project',
      language: 'EN',
      summary: 'The model’s summary: the boiler dominates.',
    });
    expect(harness.llm.requests).toHaveLength(1);
    const { body, raw, headers } = harness.llm.requests[0];
    expect(body).toMatchObject({ model: 'audit-model-7b', temperature: 0, response_format: { type: 'json_object' } });
    expect(body.messages.map((m: { role: string }) => m.role)).toEqual(['system', 'user']);
    expect(raw.length).toBeLessThan(MAX_PROMPT_CHARS);
    expect(headers.authorization).toBe(`Bearer ${KEY}`);
    expect(raw).not.toContain(KEY);
    // The engine's numbers (rounded to 0.01) are in the prompt: the top hotspot and the built-in ranked actions.
    const top = plant.factory.hotspots[0];
    const user = body.messages[1].content as string;
    expect(user).toContain(`"destroyedKW":${Math.round(top.exergyDestroyedKW * 100) / 100}`);
    const builtinTop = interpretFactory(factoryInput).prioritizedActions[0];
    expect(user).toContain(`"savingsEurPerYear":${Math.round(builtinTop.estimatedSavingsEurPerYear! * 100) / 100}`);
    expect(user).toContain(`"grade":"${plant.gap.grade}"`);
  });

  it('works for one unit, in Turkish, and the answer carries the asked scope and language', async () => {
    harness.llm.reply({ content: 'Sure!\n```json\n' + VALID_ANSWER + '\n```\nAnything else?' });
    const answer = await provider().interpretEquipment(equipmentInput);
    expect(answer).toMatchObject({ provider: 'llm', attempts: 1 });
    expect(answer.content).toMatchObject({ scope: 'equipment', language: 'TR' });
    expect(harness.llm.requests[0].body.messages[1].content).toMatch(/^Language: Turkish/);
  });

  it('keeps the request under the cap for a huge plant, with valid JSON in the prompt', async () => {
    harness.llm.reply({ content: VALID_ANSWER });
    const many = Array.from({ length: 2000 }, (_, i) => ({
      ...plant.factory.hotspots[0],
      equipmentId: `x${i}`,
      name: `Unit ${i} ${'long name '.repeat(30)}`,
    }));
    const huge = { ...factoryInput, factory: { ...plant.factory, hotspots: many } };
    await provider().interpretFactory(huge);
    const { raw, body } = harness.llm.requests[0];
    expect(raw.length).toBeLessThan(MAX_PROMPT_CHARS);
    const user = body.messages[1].content as string;
    const analysis = JSON.parse(user.slice(user.indexOf('{')));
    expect(analysis.hotspots.length).toBeGreaterThan(0);
    expect(analysis.hotspots.length).toBeLessThanOrEqual(10);
    expect(analysis.hotspots[0].name.length).toBeLessThanOrEqual(80);
  });
});

describe('failures fall back to the built-in interpretation', () => {
  it('a slow answer past the timeout: 1 + maxRetries requests, then builtin', async () => {
    harness.llm.reply({ content: VALID_ANSWER, delayMs: 400 });
    const answer = await provider(60, 1).interpretFactory(factoryInput);
    expect(answer).toMatchObject({ provider: 'builtin', model: null, attempts: 2 });
    expect(harness.llm.requests).toHaveLength(2);
    expect(answer.fallbackReason).toBe('LLM interpreter failed after 2 attempt(s): timed out after 60 ms');
    expect(answer.content).toEqual(interpretFactory(factoryInput));
  });

  it('500: 1 + maxRetries requests, then builtin', async () => {
    harness.llm.reply({ status: 500 });
    const answer = await provider(2000, 3).interpretFactory(factoryInput);
    expect(harness.llm.requests).toHaveLength(4);
    expect(answer).toMatchObject({
      provider: 'builtin',
      attempts: 4,
      fallbackReason: 'LLM interpreter failed after 4 attempt(s): HTTP 500',
    });
  });

  it('maxRetries 0: exactly one request', async () => {
    harness.llm.reply({ status: 502 });
    await provider(2000, 0).interpretEquipment(equipmentInput);
    expect(harness.llm.requests).toHaveLength(1);
  });

  it('a retry that succeeds is used', async () => {
    harness.llm.reply((n) => (n < 3 ? { status: 503 } : { content: VALID_ANSWER }));
    const answer = await provider(2000, 2).interpretFactory(factoryInput);
    expect(answer).toMatchObject({ provider: 'llm', attempts: 3 });
  });

  it.each([
    ['prose, not JSON', 'The boiler is inefficient.'],
    ['truncated JSON', VALID_ANSWER.slice(0, 100)],
    ['a list instead of an object', '[1, 2, 3]'],
    ['summary missing', JSON.stringify({ keyInsights: [] })],
    [
      'an unknown priority',
      JSON.stringify({
        ...JSON.parse(VALID_ANSWER),
        hotspotAnalysis: [{ equipmentName: 'B', exergyDestroyedKW: 1, priority: 'urgent', finding: 'x' }],
      }),
    ],
    [
      'a number as text',
      JSON.stringify({
        ...JSON.parse(VALID_ANSWER),
        prioritizedActions: [{ action: 'x', priority: 'high', estimatedSavingsEurPerYear: '9000' }],
      }),
    ],
    ['an overflowing number', VALID_ANSWER.replace('9000', '1e400')],
  ])('malformed answer (%s): builtin, with a reason', async (_label, content) => {
    harness.llm.reply({ content });
    const answer = await provider(2000, 1).interpretFactory(factoryInput);
    expect(harness.llm.requests).toHaveLength(2);
    expect(answer.provider).toBe('builtin');
    expect(answer.fallbackReason).toMatch(/^LLM interpreter failed after 2 attempt\(s\): /);
  });

  it('nothing listening: transport error, builtin', async () => {
    const url = harness.llm.url;
    await harness.llm.close();
    const answer = await new LlmProvider(
      { url, apiKey: KEY, model: 'm', timeoutMs: 1000, maxRetries: 1, backoffMs: 1 },
      harness.logger,
    ).interpretFactory(factoryInput);
    expect(answer.provider).toBe('builtin');
    expect(answer.fallbackReason).toMatch(/transport error/);
    harness.llm = await startFakeLlm();
  });
});

it('never writes the API key to logs or the fallback reason, whatever the failure', async () => {
  let n = 0;
  harness.llm.reply(() =>
    ++n === 1 ? { status: 401 } : n === 2 ? { content: `not json ${KEY}` } : { delayMs: 300, content: VALID_ANSWER },
  );
  const answer = await provider(80, 2).interpretFactory(factoryInput);
  expect(answer.provider).toBe('builtin');
  expect(harness.logLines.length).toBe(3);
  expect(harness.logLines.join('\n')).not.toContain(KEY);
  expect(harness.logLines.join('\n')).not.toContain('VERY-SECRET');
  expect(answer.fallbackReason).not.toContain(KEY);
});

describe('createInterpretationProvider', () => {
  const base = { url: null, apiKey: null, model: null, timeoutMs: 60000, maxRetries: 2 };
  it('is the built-in one without a URL and the LLM with one', async () => {
    const builtin = createInterpretationProvider(base);
    expect(builtin).toBeInstanceOf(BuiltinProvider);
    expect(await builtin.interpretFactory(factoryInput)).toEqual({
      content: interpretFactory(factoryInput),
      provider: 'builtin',
      model: null,
      fallbackReason: null,
      attempts: 0,
    });
    expect(createInterpretationProvider({ ...base, url: harness.llm.url })).toBeInstanceOf(LlmProvider);
    expect(harness.llm.requests).toHaveLength(0);
  });
});

describe('answer parsing', () => {
  it('extracts JSON from the whole text, a fenced block, or the first balanced {…} span', () => {
    expect(extractJson('{"a":1}')).toEqual({ a: 1 });
    expect(extractJson('x\n```\n{"a":2}\n```')).toEqual({ a: 2 });
    // A later brace in prose must not extend the span (a greedy first-{ to last-} match would fail here).
    expect(extractJson('Here: {"a":{"b":"}"}} and a note {x}')).toEqual({ a: { b: '}' } });
    expect(firstObjectSpan('no braces')).toBeNull();
    expect(() => extractJson('{ unclosed')).toThrow(InvalidAnswerError);
  });

  it('keeps a hotspot’s equipment type only when the catalog knows it (the API types it as EquipmentType)', () => {
    const hotspot = { equipmentName: 'K1', exergyDestroyedKW: 10, sharePct: null, priority: 'high', finding: 'f' };
    const c = validateContent(
      {
        summary: 'S',
        hotspotAnalysis: [
          { ...hotspot, equipmentType: 'Compressor' },
          { ...hotspot, equipmentType: 'air compressor' },
          { ...hotspot },
        ],
      },
      'project',
      'EN',
    );
    expect(c.hotspotAnalysis.map((h) => h.equipmentType)).toEqual(['compressor', null, null]);
  });

  it('fills missing lists with [], numbers rank 1..n, and forces the asked scope and language', () => {
    const c = validateContent(
      {
        summary: 'S',
        prioritizedActions: [
          { action: 'a', priority: 'low' },
          { action: 'b', priority: 'high' },
        ],
        scope: 'equipment',
        language: 'TR',
      },
      'project',
      'EN',
    );
    expect(c).toMatchObject({
      scope: 'project',
      language: 'EN',
      keyInsights: [],
      hotspotAnalysis: [],
      warnings: [],
      actionPlan: { immediate: [], shortTerm: [], mediumTerm: [] },
    });
    expect(c.prioritizedActions.map((a) => [a.rank, a.action, a.estimatedSavingsKW])).toEqual([
      [1, 'a', null],
      [2, 'b', null],
    ]);
  });

  it.each([
    [{ summary: '' }, /summary is empty/],
    [{ summary: 'S', keyInsights: 'one' }, /keyInsights must be a list/],
    [{ summary: 'S', keyInsights: [1] }, /keyInsights\[0\] must be text/],
    [{ summary: 'S', actionPlan: 'later' }, /actionPlan must be an object/],
    [
      { summary: 'S', hotspotAnalysis: [{ equipmentName: 'B', priority: 'high', finding: 'f' }] },
      /exergyDestroyedKW is required/,
    ],
    [
      { summary: 'S', integrationOpportunities: [{ title: 't', source: 's', target: 't', complexity: 'extreme' }] },
      /complexity must be low, medium or high/,
    ],
    [
      { summary: 'S', prioritizedActions: [{ action: 'a', priority: 'high', paybackYears: Number.NaN }] },
      /finite number/,
    ],
  ])('rejects %j', (answer, message) => {
    expect(() => validateContent(answer, 'project', 'EN')).toThrow(message);
  });
});
