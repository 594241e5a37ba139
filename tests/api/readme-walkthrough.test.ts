/**
 * The README's first steps, run as written: every GraphQL block of "Two
 * commands", in order, over HTTP — register, then with its token create a
 * project, add equipment, analyse and interpret it; a second account cannot
 * see the project until it is shared.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** The operations of the GraphQL blocks of one README section, each block split into its operations. */
function walkthroughOperations(heading = '## Two commands'): string[] {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  const start = readme.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  const blocks = [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
  // Blocks hold several operations separated by blank lines at column 0.
  return blocks.flatMap((block) =>
    block
      // an operation starts with `mutation`/`query` (indented in a list item) or a `{` at column 0
      .split(/\n(?=\s*(?:mutation|query)\b|\{)/)
      .map((op) => op.trim())
      .filter(Boolean),
  );
}

it('takes a new account from register to an analysed, interpreted project of its own', async () => {
  const operations = walkthroughOperations();
  expect(operations.map((op) => /^\s*(?:mutation|query)?\s*\{\s*(\w+)/.exec(op)?.[1])).toEqual([
    'register',
    'createProject',
    'addEquipment',
    'analyzeProject',
    'interpretProject',
  ]);
  const [register, ...rest] = operations;
  const email = `readme-${Date.now()}@example.com`;
  const registered = await server.gql(register!.replace('you@example.com', email), {}, { authorization: '' });
  expect(registered.errors).toBeUndefined();
  const headers = { authorization: `Bearer ${registered.data.register.token}` };

  let projectId = '';
  const answers: Record<string, any> = {};
  for (const operation of rest) {
    const response = await server.gql(operation.replaceAll('<id>', projectId), {}, headers);
    expect(response.errors).toBeUndefined();
    Object.assign(answers, response.data);
    projectId ||= response.data.createProject?.id ?? '';
  }
  expect(answers.analyzeProject.totals.exergyFuelKW).toBeGreaterThan(0);
  expect(answers.analyzeProject.sankey.balance.ok).toBe(true);
  // The example is a plant that can deliver its process: graded, not INCOMPLETE.
  expect(answers.analyzeProject.gapAnalysis.status).toBe('OK');
  expect(answers.analyzeProject.gapAnalysis.grade).toMatch(/^[A-F]$/);
  expect(answers.analyzeProject.gapAnalysis.minimumExergyKW).toBeLessThan(
    answers.analyzeProject.gapAnalysis.actualExergyKW,
  );
  expect(answers.interpretProject.prioritizedActions.length).toBeGreaterThan(0);

  // Someone else sees nothing of it until it is shared.
  const other = await server.newUser('other');
  const peek = `query ($id: ID!) { project(id: $id) { name } }`;
  expect((await other.gql(peek, { id: projectId })).data).toEqual({ project: null });
  const share = await server.gql(
    `mutation ($id: ID!, $email: String!) { shareProject(projectId: $id, email: $email, role: VIEWER) { role } }`,
    { id: projectId, email: other.email },
    headers,
  );
  expect(share.data).toEqual({ shareProject: { role: 'VIEWER' } });
  expect((await other.gql(peek, { id: projectId })).data).toEqual({ project: { name: 'My plant' } });
});

it("builds the README's scenario from Sandbox alone, sees its savings and payback, and reads pinch targets", async () => {
  const operations = walkthroughOperations('## What-if scenarios and pinch targets, from Sandbox');
  expect(operations.map((op) => /^\s*(?:mutation|query)?\s*\{\s*(\w+)/.exec(op)?.[1])).toEqual([
    'createProject',
    'addEquipment',
    'addEquipment',
    'createScenario',
    'analyzeScenario',
    'pinchTargets',
  ]);
  const ids: Record<string, string> = {};
  const answers: any[] = [];
  for (const operation of operations) {
    const filled = operation.replace(/<(\w+)>/g, (_, name: string) => ids[name] ?? `<${name}>`);
    const response = await server.gql(filled);
    expect(response.errors).toBeUndefined();
    answers.push(response.data);
    const data = response.data;
    if (data.createProject) ids.projectId = data.createProject.id;
    if (data.addEquipment) ids[ids.compressorId ? 'pumpId' : 'compressorId'] = data.addEquipment.id;
    if (data.createScenario) ids.scenarioId = data.createScenario.id;
  }
  // (37 + 15) → (32 + 11) kW over 6000 h: 9 kW × 6000 h × (0.08 EUR/kWh + 0.4 kg/kWh × 80 EUR/t) = 6,048 EUR/yr
  const comparison = answers[4].analyzeScenario.comparison;
  expect(comparison.annualSavingsEur).toBeCloseTo(9 * 6000 * (0.08 + 0.4 * 0.08), 6);
  expect(comparison.simplePaybackYears).toBeCloseTo(28000 / 6048, 9);
  expect(comparison.co2AvoidedTonnesPerYear).toBeCloseTo(21.6, 9);
  expect(comparison.equipment.map((e: any) => e.change)).toEqual(['UPDATED', 'UPDATED']);
  // Kemp (2007): 20 kW hot, 60 kW cold, pinch 90 / 80 °C
  expect(answers[5].pinchTargets).toMatchObject({
    minimumHotUtilityKW: expect.closeTo(20, 6),
    minimumColdUtilityKW: expect.closeTo(60, 6),
    pinch: { hotTemperatureC: 90, coldTemperatureC: 80 },
  });
});
