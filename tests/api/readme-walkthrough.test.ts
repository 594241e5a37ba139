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

/** The operations of the README's GraphQL blocks up to the next section, each block split into its operations. */
function walkthroughOperations(): string[] {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('## Two commands'),
    readme.indexOf('\n## ', readme.indexOf('## Two commands') + 1),
  );
  const blocks = [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
  // Blocks hold several operations separated by blank lines at column 0.
  return blocks.flatMap((block) =>
    block
      .split(/\n(?=\s*mutation|\s*query|\s*\{)/)
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
