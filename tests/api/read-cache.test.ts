/**
 * The read cache (src/graphql/read-cache.ts) keeps read-your-writes after every mutation of the schema: a read
 * is answered from the cache the second time (only the account and data_version are read), and after the
 * mutation the same read, by the same caller, is computed again and shows the change. The table below must
 * name every mutation the schema has, so a new one cannot go untested. Also: answers are per caller; a write
 * from outside the server (another process, a raw statement) is seen at once; errors are not kept; the cache
 * keeps to its size; READ_CACHE_MB=0 turns it off.
 */
import { buildAppSchema } from '../../src/graphql/schema';
import { ReadCache } from '../../src/graphql/read-cache';
import { startTestServer, type GqlResponse, type TestServer, type TestUser } from '../support/server';
import { ADD_EQUIPMENT, COMPRESSOR, CREATE_PROJECT, PUMP } from '../support/operations';
import { addEquipment, freshProject } from '../support/projects';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/**
 * Statements of a request answered from the cache: one, the caller's account with the data version (every read
 * below selects more than the account, so computing it takes more).
 */
const servedFromCache = (statements: string[]) =>
  statements.length === 1 && /from [`"]?app_user[`"]?/.test(statements[0]) && /data_version/.test(statements[0]);

type Gql = (query: string, variables?: Record<string, unknown>) => Promise<GqlResponse>;

/** `query` as `gql`, its answer and whether the cache gave it. */
async function read(gql: Gql, query: string, variables: Record<string, unknown>) {
  let response: GqlResponse = {};
  const statements = await server.captureSql(async () => {
    response = await gql(query, variables);
  });
  return { response, cached: servedFromCache(statements) };
}

function data(response: GqlResponse): any {
  expect(response.errors).toBeUndefined();
  return response.data;
}

const ok = async (response: Promise<GqlResponse>) => data(await response);
const gqlOf = (user: TestUser): Gql => user.gql;

const ANALYZE_PROJECT = `mutation ($id: ID!) { analyzeProject(id: $id) { id } }`;
const ANALYZE_EQUIPMENT = `mutation ($id: ID!) { analyzeEquipment(id: $id) { id } }`;
const CREATE_SCENARIO = `mutation ($projectId: ID!, $input: ScenarioInput!) { createScenario(projectId: $projectId, input: $input) { id } }`;
const SHARE = `mutation ($projectId: ID!, $email: String!) { shareProject(projectId: $projectId, email: $email, role: VIEWER) { role } }`;
const CREATE_TOKEN = `mutation ($name: String!) { createApiToken(name: $name) { token apiToken { id } } }`;

async function projectWithUnit(): Promise<{ projectId: string; unitId: string }> {
  const projectId = await freshProject(server);
  const unit = await addEquipment(server, projectId, COMPRESSOR);
  return { projectId, unitId: unit.id };
}

async function scenarioOf(projectId: string, unitId: string): Promise<string> {
  const input = {
    name: 'Smaller compressor',
    changes: [{ action: 'UPDATE_EQUIPMENT', equipmentId: unitId, parameters: { power_kW: 32 }, investmentEur: 1000 }],
  };
  return (await ok(server.gql(CREATE_SCENARIO, { projectId, input }))).createScenario.id;
}

/** A user the project is shared with (as viewer), and the project. */
async function sharedProject(): Promise<{ projectId: string; member: TestUser }> {
  const projectId = await freshProject(server);
  const member = await server.newUser('member');
  await ok(server.gql(SHARE, { projectId, email: member.email }));
  return { projectId, member };
}

interface Case {
  /** Sets up what the mutation acts on; returns the variables of the read and of the mutation. */
  prepare(): Promise<{ vars: Record<string, unknown>; reader?: Gql; writer?: Gql; after?: Gql }>;
  /** The read, by `reader` (the server's user by default). */
  read: string;
  mutation: string;
  /** What the read shows after the mutation, given what it showed before. */
  expectChange(before: any, after: GqlResponse, vars: Record<string, unknown>): void;
  /** The reader's account is gone: its read reads the account's row, finds none and stops there. */
  readerGone?: boolean;
}

const PROJECT_READ = `query ($projectId: ID!) { project(id: $projectId) { id name equipmentCount process { type }
  latestAnalysis { id } energyBaseline { id } interpretation { id } scenarios { id } members { user { email } } } }`;
const EQUIPMENT_READ = `query ($unitId: ID!) { equipment(id: $unitId) { id parameters analysis { id } interpretation { id } } }`;
const SCENARIO_READ = `query ($scenarioId: ID!) { scenario(id: $scenarioId) { id name latestAnalysis { id } } }`;
const TOKENS_READ = `query { me { id email apiTokens { id revokedAt } } }`;
const PROJECTS_READ = `query { projects(first: 100) { totalCount } }`;

const projectCase = (
  mutation: string,
  expectChange: (before: any, after: any, vars: Record<string, unknown>) => void,
  setUp: (ids: { projectId: string; unitId: string }) => Promise<Record<string, unknown>> = async () => ({}),
): Case => ({
  async prepare() {
    const ids = await projectWithUnit();
    return { vars: { ...ids, ...(await setUp(ids)) } };
  },
  read: PROJECT_READ,
  mutation,
  expectChange: (before, after, vars) => expectChange(before.project, data(after).project, vars),
});

const equipmentCase = (
  mutation: string,
  expectChange: (before: any, after: any) => void,
  setUp: (ids: { projectId: string; unitId: string }) => Promise<void> = async () => {},
): Case => ({
  async prepare() {
    const ids = await projectWithUnit();
    await setUp(ids);
    return { vars: ids };
  },
  read: EQUIPMENT_READ,
  mutation,
  expectChange: (before, after) => expectChange(before.equipment, data(after).equipment),
});

const deleteProjectCase = (mutation: string): Case => projectCase(mutation, (_, after) => expect(after).toBeNull());

const removeEquipmentCase = (mutation: string): Case =>
  projectCase(mutation, (before, after) => expect(after.equipmentCount).toBe(before.equipmentCount - 1));

const deleteScenarioCase = (mutation: string): Case => ({
  async prepare() {
    const { projectId, unitId } = await projectWithUnit();
    return { vars: { scenarioId: await scenarioOf(projectId, unitId) } };
  },
  read: SCENARIO_READ,
  mutation,
  expectChange: (_, after) => expect(data(after).scenario).toBeNull(),
});

/** The member's own read of the shared project: it no longer has it. */
const unshareCase = (mutation: string): Case => ({
  async prepare() {
    const { projectId, member } = await sharedProject();
    return { vars: { projectId, userId: member.id }, reader: gqlOf(member) };
  },
  read: `query ($projectId: ID!) { project(id: $projectId) { id } }`,
  mutation,
  expectChange: (before, after) => {
    expect(before.project).not.toBeNull();
    expect(data(after).project).toBeNull();
  },
});

const revokeTokenCase = (mutation: string): Case => ({
  async prepare() {
    const id = (await ok(server.gql(CREATE_TOKEN, { name: 'ci' }))).createApiToken.apiToken.id;
    return { vars: { id } };
  },
  read: TOKENS_READ,
  mutation,
  expectChange: (before, after, vars) => {
    const token = (me: any) => me.apiTokens.find((t: any) => t.id === vars.id);
    expect(token(before.me).revokedAt).toBeNull();
    expect(token(data(after).me).revokedAt).toEqual(expect.any(String));
  },
});

/** An account deleted with its own session: the same read by that session no longer answers as the account. */
const deleteAccountCase = (mutation: string): Case => ({
  async prepare() {
    const user = await server.newUser('leaving');
    return { vars: { password: user.password }, reader: gqlOf(user), writer: gqlOf(user) };
  },
  read: `query { me { id email apiTokens { id } } }`,
  mutation,
  readerGone: true,
  expectChange: (before, after) => {
    expect(before.me.email).toMatch(/^leaving-/);
    expect(after.data?.me ?? null).toBeNull();
  },
});

const MUTATIONS: Record<string, Case> = {
  createProject: {
    async prepare() {
      return { vars: { input: { name: 'One more' } } };
    },
    read: PROJECTS_READ,
    mutation: CREATE_PROJECT,
    expectChange: (before, after) => expect(data(after).projects.totalCount).toBe(before.projects.totalCount + 1),
  },
  updateProject: projectCase(
    `mutation ($projectId: ID!) { updateProject(id: $projectId, input: { name: "Renamed plant" }) { id } }`,
    (before, after) => {
      expect(before.name).toBe('Test plant');
      expect(after.name).toBe('Renamed plant');
    },
  ),
  deleteProject: deleteProjectCase(`mutation ($projectId: ID!) { deleteProject(id: $projectId) }`),
  projectDelete: deleteProjectCase(`mutation ($projectId: ID!) { projectDelete(id: $projectId) { deletedId } }`),
  addEquipment: projectCase(
    `mutation ($projectId: ID!, $input: EquipmentInput!) { addEquipment(projectId: $projectId, input: $input) { id } }`,
    (before, after) => expect(after.equipmentCount).toBe(before.equipmentCount + 1),
    async () => ({ input: PUMP }),
  ),
  addEquipmentBatch: projectCase(
    `mutation ($projectId: ID!, $inputs: [EquipmentInput!]!) { addEquipmentBatch(projectId: $projectId, inputs: $inputs) { id } }`,
    (before, after) => expect(after.equipmentCount).toBe(before.equipmentCount + 2),
    async () => ({ inputs: [PUMP, { ...PUMP, name: 'Second pump' }] }),
  ),
  updateEquipment: equipmentCase(
    `mutation ($unitId: ID!) { updateEquipment(id: $unitId, input: {
      parameters: { power_kW: 30, flow_rate_m3_min: 6.2, outlet_pressure_bar: 7.5 } }) { id } }`,
    (before, after) => {
      expect(before.parameters.power_kW).toBe(37);
      expect(after.parameters.power_kW).toBe(30);
    },
  ),
  removeEquipment: removeEquipmentCase(`mutation ($unitId: ID!) { removeEquipment(id: $unitId) }`),
  equipmentRemove: removeEquipmentCase(`mutation ($unitId: ID!) { equipmentRemove(id: $unitId) { deletedId } }`),
  analyzeEquipment: equipmentCase(`mutation ($unitId: ID!) { analyzeEquipment(id: $unitId) { id } }`, (b, a) => {
    expect(b.analysis).toBeNull();
    expect(a.analysis.id).toEqual(expect.any(String));
  }),
  interpretEquipment: equipmentCase(
    `mutation ($unitId: ID!) { interpretEquipment(id: $unitId) { id } }`,
    (b, a) => {
      expect(b.interpretation).toBeNull();
      expect(a.interpretation.id).toEqual(expect.any(String));
    },
    async ({ unitId }) => void (await ok(server.gql(ANALYZE_EQUIPMENT, { id: unitId }))),
  ),
  analyzeProject: projectCase(`mutation ($projectId: ID!) { analyzeProject(id: $projectId) { id } }`, (b, a) => {
    expect(b.latestAnalysis).toBeNull();
    expect(a.latestAnalysis.id).toEqual(expect.any(String));
  }),
  interpretProject: projectCase(
    `mutation ($projectId: ID!) { interpretProject(id: $projectId) { id } }`,
    (b, a) => {
      expect(b.interpretation).toBeNull();
      expect(a.interpretation.id).toEqual(expect.any(String));
    },
    async ({ projectId }) => {
      await ok(server.gql(ANALYZE_PROJECT, { id: projectId }));
      return {};
    },
  ),
  setProcessDefinition: projectCase(
    `mutation ($projectId: ID!) { setProcessDefinition(projectId: $projectId,
      input: { type: HEATING, parameters: { mass_flow_kg_h: 100, temp_in_C: 20, temp_out_C: 80 } }) { id } }`,
    (b, a) => {
      expect(b.process).toBeNull();
      expect(a.process.type).toBe('HEATING');
    },
  ),
  setEnergyBaseline: projectCase(
    `mutation ($projectId: ID!, $second: ID!) { setEnergyBaseline(projectId: $projectId, analysisId: $second) { id } }`,
    (b, a, vars) => {
      expect(b.energyBaseline.id).not.toBe(vars.second);
      expect(a.energyBaseline.id).toBe(vars.second);
    },
    async ({ projectId }) => {
      await ok(server.gql(ANALYZE_PROJECT, { id: projectId }));
      return { second: (await ok(server.gql(ANALYZE_PROJECT, { id: projectId }))).analyzeProject.id };
    },
  ),
  createScenario: projectCase(
    CREATE_SCENARIO.replace('$projectId: ID!', '$projectId: ID!, $unitId: ID!')
      .replace(
        'input: $input',
        'input: { name: "VSD", changes: [{ action: UPDATE_EQUIPMENT, equipmentId: $unitId, parameters: { power_kW: 30 } }] }',
      )
      .replace(', $input: ScenarioInput!', ''),
    (b, a) => expect(a.scenarios).toHaveLength(b.scenarios.length + 1),
  ),
  updateScenario: {
    async prepare() {
      const { projectId, unitId } = await projectWithUnit();
      return { vars: { scenarioId: await scenarioOf(projectId, unitId), unitId } };
    },
    read: SCENARIO_READ,
    mutation: `mutation ($scenarioId: ID!, $unitId: ID!) { updateScenario(id: $scenarioId, input: { name: "Renamed",
      changes: [{ action: UPDATE_EQUIPMENT, equipmentId: $unitId, parameters: { power_kW: 30 } }] }) { id } }`,
    expectChange: (b, a) => {
      expect(b.scenario.name).toBe('Smaller compressor');
      expect(data(a).scenario.name).toBe('Renamed');
    },
  },
  analyzeScenario: {
    async prepare() {
      const { projectId, unitId } = await projectWithUnit();
      return { vars: { scenarioId: await scenarioOf(projectId, unitId) } };
    },
    read: SCENARIO_READ,
    mutation: `mutation ($scenarioId: ID!) { analyzeScenario(id: $scenarioId) { id } }`,
    expectChange: (b, a) => {
      expect(b.scenario.latestAnalysis).toBeNull();
      expect(data(a).scenario.latestAnalysis.id).toEqual(expect.any(String));
    },
  },
  deleteScenario: deleteScenarioCase(`mutation ($scenarioId: ID!) { deleteScenario(id: $scenarioId) }`),
  scenarioDelete: deleteScenarioCase(`mutation ($scenarioId: ID!) { scenarioDelete(id: $scenarioId) { deletedId } }`),
  // The member's list of projects, cached for the member, gains the shared one.
  shareProject: {
    async prepare() {
      const projectId = await freshProject(server);
      const member = await server.newUser('member');
      return { vars: { projectId, email: member.email }, reader: gqlOf(member) };
    },
    read: PROJECTS_READ,
    mutation: SHARE,
    expectChange: (b, a) => {
      expect(b.projects.totalCount).toBe(0);
      expect(data(a).projects.totalCount).toBe(1);
    },
  },
  unshareProject: unshareCase(
    `mutation ($projectId: ID!, $userId: ID!) { unshareProject(projectId: $projectId, userId: $userId) }`,
  ),
  projectUnshare: unshareCase(
    `mutation ($projectId: ID!, $userId: ID!) { projectUnshare(projectId: $projectId, userId: $userId) { removedUserId } }`,
  ),
  createApiToken: {
    async prepare() {
      return { vars: { name: 'deploy' } };
    },
    read: TOKENS_READ,
    mutation: CREATE_TOKEN,
    expectChange: (b, a) => expect(data(a).me.apiTokens).toHaveLength(b.me.apiTokens.length + 1),
  },
  revokeApiToken: revokeTokenCase(`mutation ($id: ID!) { revokeApiToken(id: $id) }`),
  apiTokenRevoke: revokeTokenCase(`mutation ($id: ID!) { apiTokenRevoke(id: $id) { id } }`),
  deleteAccount: deleteAccountCase(`mutation ($password: String!) { deleteAccount(password: $password) }`),
  accountDelete: deleteAccountCase(
    `mutation ($password: String!) { accountDelete(password: $password) { deletedId } }`,
  ),
  // A new session reads as its own account, never another's cached answer to the same query.
  register: {
    async prepare() {
      const email = `new-${Date.now()}@test.example`;
      let token = '';
      const writer: Gql = async (query, variables) => {
        const response = await server.gql(query, variables, { authorization: '' });
        token = response.data?.register?.token ?? '';
        return response;
      };
      const after: Gql = (query, variables) => server.gql(query, variables, { authorization: `Bearer ${token}` });
      return {
        vars: { input: { email, password: 'a-long-password-1', name: 'New' } },
        writer,
        after,
      };
    },
    read: `query { me { email apiTokens { id } } }`,
    mutation: `mutation ($input: RegisterInput!) { register(input: $input) { token } }`,
    expectChange: (b, a, vars) => {
      expect(b.me.email).toBe(server.user.email);
      expect(data(a).me.email).toBe((vars.input as { email: string }).email);
    },
  },
  login: {
    async prepare() {
      const other = await server.newUser('other');
      let token = '';
      const writer: Gql = async (query, variables) => {
        const response = await server.gql(query, variables, { authorization: '' });
        token = response.data?.login?.token ?? '';
        return response;
      };
      const after: Gql = (query, variables) => server.gql(query, variables, { authorization: `Bearer ${token}` });
      return { vars: { email: other.email, password: other.password }, writer, after };
    },
    read: `query { me { email apiTokens { id } } }`,
    mutation: `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`,
    expectChange: (b, a, vars) => {
      expect(b.me.email).toBe(server.user.email);
      expect(data(a).me.email).toBe(vars.email);
    },
  },
};

it('covers every mutation of the schema', () => {
  const mutations = Object.keys(buildAppSchema().getMutationType()!.getFields()).sort();
  expect(Object.keys(MUTATIONS).sort()).toEqual(mutations);
});

describe.each(Object.keys(MUTATIONS).sort())('after %s', (name) => {
  it('the same read by the same caller is computed again and shows the change', async () => {
    const { prepare, read: query, mutation, expectChange, readerGone } = MUTATIONS[name];
    const { vars, reader = server.gql, writer = server.gql, after = reader } = await prepare();
    const first = await read(reader, query, vars);
    expect(first.cached).toBe(false);
    const second = await read(reader, query, vars);
    expect(second.cached).toBe(true);
    expect(second.response).toEqual(first.response);
    const before = data(first.response);

    expect((await writer(mutation, vars)).errors).toBeUndefined();

    const third = await read(after, query, vars);
    if (!readerGone) expect(third.cached).toBe(false);
    expectChange(before, third.response, vars);
  });
});

describe('what it keeps', () => {
  const NAME = `query ($id: ID!) { project(id: $id) { name } }`;

  it('answers each caller with its own answer', async () => {
    const projectId = await freshProject(server, { name: 'Mine' });
    expect(data(await server.gql(NAME, { id: projectId })).project.name).toBe('Mine');
    const stranger = await server.newUser('stranger');
    const theirs = await read(gqlOf(stranger), NAME, { id: projectId });
    expect(theirs.cached).toBe(false);
    expect(data(theirs.response).project).toBeNull();
  });

  it('sees a change written past the server (a raw statement, as another process would)', async () => {
    const projectId = await freshProject(server, { name: 'Before' });
    await read(server.gql, NAME, { id: projectId });
    expect((await read(server.gql, NAME, { id: projectId })).cached).toBe(true);
    await server
      .em()
      .getConnection()
      .execute(`update project set name = 'Written elsewhere' where id = ?`, [projectId]);
    const after = await read(server.gql, NAME, { id: projectId });
    expect(after.cached).toBe(false);
    expect(data(after.response).project.name).toBe('Written elsewhere');
  });

  it('keeps no answer with errors', async () => {
    const broken = `query ($id: ID!) { project(id: $id) { name }
      previewEquipmentAnalysis(input: { name: "x", type: COMPRESSOR, subtype: "screw", parameters: { power_kW: -1 } }) {
        __typename } }`;
    const projectId = await freshProject(server);
    const first = await read(server.gql, broken, { id: projectId });
    expect(first.response.errors?.length ?? 0).toBeGreaterThan(0);
    expect((await read(server.gql, broken, { id: projectId })).cached).toBe(false);
  });

  it('keeps no mutation answer', async () => {
    const projectId = await freshProject(server);
    const rename = `mutation ($id: ID!) { updateProject(id: $id, input: { name: "Same" }) { name } }`;
    await ok(server.gql(rename, { id: projectId }));
    expect((await read(server.gql, rename, { id: projectId })).cached).toBe(false);
  });

  it('holds at most its size, least recently used out first, and nothing over an eighth of it', () => {
    const cache = new ReadCache(800);
    const result = (n: number) => ({ data: { n } });
    cache.keep('a', '1', result(1), 100);
    cache.keep('b', '1', result(2), 100);
    expect(cache.lookup('a', '1')).toEqual(result(1)); // a is now the most recent
    for (const key of ['c', 'd', 'e', 'f', 'g', 'h', 'i']) cache.keep(key, '1', result(0), 100);
    expect(cache.heldBytes).toBe(800);
    expect(cache.lookup('b', '1')).toBeUndefined(); // the least recently used went first
    expect(cache.lookup('a', '1')).toEqual(result(1));
    expect(cache.lookup('a', '2')).toBeUndefined(); // another data version
    cache.keep('big', '1', result(3), 101);
    expect(cache.lookup('big', '1')).toBeUndefined();
    expect(cache.size).toBe(8);
  });

  it('is off with READ_CACHE_MB=0', async () => {
    const plain = await startTestServer({ readCacheMB: 0 });
    try {
      const projectId = (await plain.gql(CREATE_PROJECT, { input: { name: 'Uncached' } })).data.createProject.id;
      await plain.gql(ADD_EQUIPMENT, { projectId, input: COMPRESSOR });
      const statements = async () => plain.captureSql(() => plain.gql(NAME, { id: projectId }));
      await statements();
      const again = await statements();
      expect(again.some((sql) => /from [`"]?project[`"]?/.test(sql))).toBe(true);
    } finally {
      await plain.close();
    }
  });
});
