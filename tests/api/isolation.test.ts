/**
 * Who sees and changes what, over real HTTP: one table row per query, mutation
 * or nested path that reaches project data, one test per caller. A project the
 * caller cannot see must be indistinguishable from one that does not exist, and
 * every refused mutation must leave the database exactly as it was.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { startTestServer, type GqlResponse, type TestServer, type TestUser } from '../support/server';
import { snapshotDatabase } from '../support/snapshot';
import { demoProject } from '../support/projects';
import { COMPRESSOR, CREATE_PROJECT, PUMP } from '../support/operations';
import { DEMO_PROJECT } from '../../src/db/demo-factory';

const CALLERS = ['owner', 'editor', 'viewer', 'stranger', 'anonymous'] as const;
type Caller = (typeof CALLERS)[number];
type Outcome = 'data' | 'null' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED';

/** Outcomes in CALLERS order. */
const PUBLIC: Outcome[] = ['data', 'data', 'data', 'data', 'data'];
const SIGNED_IN: Outcome[] = ['data', 'data', 'data', 'data', 'UNAUTHENTICATED'];
const READ: Outcome[] = ['data', 'data', 'data', 'null', 'UNAUTHENTICATED'];
const EDIT: Outcome[] = ['data', 'data', 'FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'];
const OWN: Outcome[] = ['data', 'FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'];

/** A shared demo plant: the owner's project with two factory analyses and interpretations, shared with editor and viewer. */
interface Plant {
  tag: string;
  projectId: string;
  equipmentIds: string[];
  /** Newest first. */
  analysisIds: string[];
  /** endCursor of the first page of `analyses(first: 1)`. */
  analysesCursor: string;
  interpretationId: string;
  equipmentInterpretationId: string;
  /** A scenario of the plant, analysed once. */
  scenarioId: string;
}

interface Case {
  name: string;
  kind: 'query' | 'mutation';
  query: string;
  variables: (plant: Plant) => Record<string, unknown>;
  outcomes: Outcome[];
  /** What a caller with outcome 'data' must see. */
  check: (data: any, plant: Plant, caller: Caller) => void;
  /** False for a mutation that touches no existing project (it then needs no plant of its own). */
  targetsPlant?: boolean;
}

let server: TestServer;
const users = {} as Record<Exclude<Caller, 'anonymous'>, TestUser>;
/** A registered account used only as the target of shareProject, so no case changes what the callers see. */
let invitee: TestUser;
/** The plant every read and every refused mutation runs against. */
let shared: Plant;
/** The owner's second, unshared project and the stranger's own project, named and filed like the shared plant. */
let annexId: string;
let decoyId: string;
/** Cursor of the shared plant in the owner's `projects(search: tag)` listing. */
let plantCursor: string;

/** Speaks as `caller` over HTTP and keeps the status: UNAUTHENTICATED must come with 401. */
async function post(caller: Caller, query: string, variables: Record<string, unknown> = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (caller !== 'anonymous') headers.authorization = `Bearer ${userOf(caller).token}`;
  const response = await fetch(server.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: (await response.json()) as GqlResponse };
}

function userOf(caller: Caller): TestUser {
  if (caller === 'anonymous') throw new Error('anonymous has no account');
  return users[caller];
}

/** Runs an operation that must succeed and returns its data. */
async function ok(caller: Caller, query: string, variables: Record<string, unknown> = {}) {
  const { body } = await post(caller, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const ANALYZE_PROJECT = `mutation ($id: ID!) { analyzeProject(id: $id) { id } }`;
const INTERPRET_PROJECT = `mutation ($id: ID!) { interpretProject(id: $id, refresh: true) { id analysisId } }`;
const INTERPRET_EQUIPMENT = `mutation ($id: ID!) { interpretEquipment(id: $id, refresh: true) { id } }`;
const SHARE = `mutation ($projectId: ID!, $email: String!, $role: ProjectRole!) {
  shareProject(projectId: $projectId, email: $email, role: $role) { role user { id email } } }`;
const UNSHARE = `mutation ($projectId: ID!, $userId: ID!) { unshareProject(projectId: $projectId, userId: $userId) }`;
const RENAME = `mutation ($id: ID!, $input: UpdateProjectInput!) { updateProject(id: $id, input: $input) { id name sector } }`;
const ANALYSES_PAGE = `query ($id: ID!, $after: String) { project(id: $id) {
  analyses(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } }`;
const LIST = `query ($first: Int, $after: String, $search: String, $sector: String) {
  projects(first: $first, after: $after, search: $search, sector: $sector) {
    totalCount pageInfo { hasNextPage } edges { node { id } } } }`;
const STEAM_PROCESS = { ...DEMO_PROJECT.process!, type: 'STEAM_GENERATION' };
const CREATE_SCENARIO = `mutation ($projectId: ID!, $input: ScenarioInput!) {
  createScenario(projectId: $projectId, input: $input) { id project { id } } }`;
const ANALYZE_SCENARIO = `mutation ($id: ID!) { analyzeScenario(id: $id) { sequence scenario { id } } }`;
const SCENARIO = { name: 'Longer hours', changes: [], settings: { operatingHours: 7000 } };

/** The demo plant as the owner, named after `tag`, analysed twice, interpreted, shared with editor (EDITOR) and viewer (VIEWER). */
async function buildPlant(tag: string): Promise<Plant> {
  const { projectId, ids } = await demoProject(server);
  await ok('owner', RENAME, { id: projectId, input: { name: `Isolation ${tag} plant`, sector: `iso-${tag}` } });
  const older = (await ok('owner', ANALYZE_PROJECT, { id: projectId })).analyzeProject.id;
  const latest = (await ok('owner', ANALYZE_PROJECT, { id: projectId })).analyzeProject.id;
  const interpretation = (await ok('owner', INTERPRET_PROJECT, { id: projectId })).interpretProject;
  expect(interpretation.analysisId).toBe(latest);
  const equipmentInterpretation = (await ok('owner', INTERPRET_EQUIPMENT, { id: ids[1] })).interpretEquipment;
  await ok('owner', SHARE, { projectId, email: users.editor.email, role: 'EDITOR' });
  await ok('owner', SHARE, { projectId, email: users.viewer.email, role: 'VIEWER' });
  const page = (await ok('owner', ANALYSES_PAGE, { id: projectId })).project.analyses;
  const scenarioId = (await ok('owner', CREATE_SCENARIO, { projectId, input: SCENARIO })).createScenario.id;
  await ok('owner', ANALYZE_SCENARIO, { id: scenarioId });
  return {
    tag,
    projectId,
    equipmentIds: ids,
    analysisIds: [latest, older],
    analysesCursor: page.pageInfo.endCursor,
    interpretationId: interpretation.id,
    equipmentInterpretationId: equipmentInterpretation.id,
    scenarioId,
  };
}

/** The same plant with every id replaced by a random UUID: what "does not exist" looks like. */
function ghostOf(plant: Plant): Plant {
  return {
    ...plant,
    projectId: randomUUID(),
    equipmentIds: plant.equipmentIds.map(() => randomUUID()),
    scenarioId: randomUUID(),
  };
}

/** Ids of a `projects` answer, in order. */
const listed = (data: any): string[] => data.projects.edges.map((e: any) => e.node.id);

/** Expects a `projects` page holding exactly `byCaller[caller]` (names of the fixture projects) and its total. */
function expectListing(byCaller: Record<string, [string[], number, boolean?]>) {
  return (data: any, plant: Plant, caller: Caller) => {
    const idOf: Record<string, string> = { plant: plant.projectId, annex: annexId, decoy: decoyId };
    const [names, totalCount, hasNextPage = false] = byCaller[caller];
    expect({
      ids: listed(data),
      totalCount: data.projects.totalCount,
      hasNextPage: data.projects.pageInfo.hasNextPage,
    }).toEqual({ ids: names.map((name) => idOf[name]), totalCount, hasNextPage });
  };
}

const EXPECTED_ROLE: Record<string, string> = { owner: 'OWNER', editor: 'EDITOR', viewer: 'VIEWER' };

const CASES: Case[] = [
  // Public catalogs: anyone, signed in or not.
  {
    name: 'equipmentTypes',
    kind: 'query',
    query: `{ equipmentTypes { key } }`,
    variables: () => ({}),
    outcomes: PUBLIC,
    check: (data) => expect(data.equipmentTypes).toHaveLength(7),
  },
  {
    name: 'processTypes',
    kind: 'query',
    query: `{ processTypes { key } }`,
    variables: () => ({}),
    outcomes: PUBLIC,
    check: (data) => expect(data.processTypes.map((p: any) => p.key)).toContain('STEAM_GENERATION'),
  },
  {
    name: 'batReferences',
    kind: 'query',
    query: `{ batReferences(processType: STEAM_GENERATION) { processType } }`,
    variables: () => ({}),
    outcomes: PUBLIC,
    check: (data) => {
      expect(data.batReferences.length).toBeGreaterThan(0);
      expect(new Set(data.batReferences.map((b: any) => b.processType))).toEqual(new Set(['STEAM_GENERATION']));
    },
  },
  {
    name: 'errorCodes',
    kind: 'query',
    query: `{ errorCodes }`,
    variables: () => ({}),
    outcomes: PUBLIC,
    check: (data) => expect(data.errorCodes).toEqual(expect.arrayContaining(['UNAUTHENTICATED', 'FORBIDDEN'])),
  },
  {
    name: 'me',
    kind: 'query',
    query: `{ me { id email } }`,
    variables: () => ({}),
    outcomes: SIGNED_IN,
    check: (data, _plant, caller) => expect(data.me).toEqual({ id: userOf(caller).id, email: userOf(caller).email }),
  },

  // projects: only the caller's own and shared projects, under every filter and cursor.
  {
    name: 'projects(search)',
    kind: 'query',
    query: LIST,
    variables: (plant) => ({ search: `Isolation ${plant.tag}` }),
    outcomes: SIGNED_IN,
    check: expectListing({
      owner: [['plant', 'annex'], 2],
      editor: [['plant'], 1],
      viewer: [['plant'], 1],
      stranger: [['decoy'], 1],
    }),
  },
  {
    name: 'projects(sector)',
    kind: 'query',
    query: LIST,
    variables: (plant) => ({ sector: `iso-${plant.tag}` }),
    outcomes: SIGNED_IN,
    check: expectListing({
      owner: [['plant', 'annex'], 2],
      editor: [['plant'], 1],
      viewer: [['plant'], 1],
      stranger: [['decoy'], 1],
    }),
  },
  {
    name: 'projects(search, first: 1): first page',
    kind: 'query',
    query: LIST,
    variables: (plant) => ({ search: `Isolation ${plant.tag}`, sector: `iso-${plant.tag}`, first: 1 }),
    outcomes: SIGNED_IN,
    check: expectListing({
      owner: [['plant'], 2, true],
      editor: [['plant'], 1],
      viewer: [['plant'], 1],
      stranger: [['decoy'], 1],
    }),
  },
  {
    // The cursor of the owner's plant, replayed by everyone: the next page holds only the caller's projects.
    name: 'projects(search, first: 1, after: cursor of the plant)',
    kind: 'query',
    query: LIST,
    variables: (plant) => ({ search: `Isolation ${plant.tag}`, first: 1, after: plantCursor }),
    outcomes: SIGNED_IN,
    check: expectListing({
      owner: [['annex'], 2],
      editor: [[], 1],
      viewer: [[], 1],
      stranger: [['decoy'], 1],
    }),
  },
  {
    name: 'projects (no filter)',
    kind: 'query',
    query: LIST,
    variables: () => ({ first: 100 }),
    outcomes: SIGNED_IN,
    check: (data, plant, caller) => {
      const ids = listed(data);
      const visible: Record<string, string[]> = {
        owner: [plant.projectId, annexId],
        editor: [plant.projectId],
        viewer: [plant.projectId],
        stranger: [decoyId],
      };
      const mine = visible[caller];
      const others = [plant.projectId, annexId, decoyId].filter((id) => !mine.includes(id));
      expect(ids).toEqual(expect.arrayContaining(mine));
      for (const id of others) expect(ids).not.toContain(id);
      expect(data.projects.totalCount).toBe(ids.length);
    },
  },

  // project(id) and every nested path below it.
  {
    name: 'project(id)',
    kind: 'query',
    query: `query ($id: ID!) { project(id: $id) { id name equipmentCount } }`,
    variables: (plant) => ({ id: plant.projectId }),
    outcomes: READ,
    check: (data, plant) =>
      expect(data.project).toEqual({ id: plant.projectId, name: `Isolation ${plant.tag} plant`, equipmentCount: 7 }),
  },
  {
    name: 'Project.myRole and Project.members',
    kind: 'query',
    query: `query ($id: ID!) { project(id: $id) { myRole members { role user { id } } } }`,
    variables: (plant) => ({ id: plant.projectId }),
    outcomes: READ,
    check: (data, _plant, caller) => {
      expect(data.project.myRole).toBe(EXPECTED_ROLE[caller]);
      const members = data.project.members.map((m: any) => [m.user.id, m.role]).sort();
      expect(members).toEqual(
        [
          [users.owner.id, 'OWNER'],
          [users.editor.id, 'EDITOR'],
          [users.viewer.id, 'VIEWER'],
        ].sort(),
      );
    },
  },
  {
    name: 'Project.equipment with Equipment.suppliedBy',
    kind: 'query',
    query: `query ($id: ID!) { project(id: $id) { equipment { id suppliedBy { id } } } }`,
    variables: (plant) => ({ id: plant.projectId }),
    outcomes: READ,
    check: (data, plant) => expect(data.project.equipment.map((e: any) => e.id)).toEqual(plant.equipmentIds),
  },
  {
    name: 'Project.latestAnalysis with FactoryAnalysis.project, equipmentResults, AnalysisResult.equipment, sankey',
    kind: 'query',
    query: `query ($id: ID!) { project(id: $id) { latestAnalysis { id project { id }
      equipmentResults { equipment { id } } sankey { unit balance { ok } } } } }`,
    variables: (plant) => ({ id: plant.projectId }),
    outcomes: READ,
    check: (data, plant) => {
      const analysis = data.project.latestAnalysis;
      expect(analysis).toMatchObject({ id: plant.analysisIds[0], project: { id: plant.projectId } });
      expect(analysis.equipmentResults.map((r: any) => r.equipment.id).sort()).toEqual([...plant.equipmentIds].sort());
      expect(analysis.sankey).toEqual({ unit: 'KW', balance: { ok: true } });
    },
  },
  {
    name: 'Project.analyses first page',
    kind: 'query',
    query: ANALYSES_PAGE,
    variables: (plant) => ({ id: plant.projectId }),
    outcomes: READ,
    check: (data, plant) => {
      expect(data.project.analyses).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
      expect(data.project.analyses.edges.map((e: any) => e.node.id)).toEqual([plant.analysisIds[0]]);
    },
  },
  {
    name: 'Project.analyses after a cursor',
    kind: 'query',
    query: ANALYSES_PAGE,
    variables: (plant) => ({ id: plant.projectId, after: plant.analysesCursor }),
    outcomes: READ,
    check: (data, plant) => {
      expect(data.project.analyses).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false } });
      expect(data.project.analyses.edges.map((e: any) => e.node.id)).toEqual([plant.analysisIds[1]]);
    },
  },
  {
    name: 'Project.interpretation and Project.interpretations',
    kind: 'query',
    query: `query ($id: ID!) { project(id: $id) { interpretation { id } interpretations { id current } } }`,
    variables: (plant) => ({ id: plant.projectId }),
    outcomes: READ,
    check: (data, plant) =>
      expect(data.project).toEqual({
        interpretation: { id: plant.interpretationId },
        interpretations: [{ id: plant.interpretationId, current: true }],
      }),
  },

  // equipment(id) and its nested paths.
  {
    name: 'equipment(id) with Equipment.project',
    kind: 'query',
    query: `query ($id: ID!) { equipment(id: $id) { id name project { id } } }`,
    variables: (plant) => ({ id: plant.equipmentIds[1] }),
    outcomes: READ,
    check: (data, plant) =>
      expect(data.equipment).toEqual({
        id: plant.equipmentIds[1],
        name: 'Screw compressor C-1',
        project: { id: plant.projectId },
      }),
  },
  {
    name: 'Equipment.analysis with AnalysisResult.equipment, and Equipment.interpretation',
    kind: 'query',
    query: `query ($id: ID!) { equipment(id: $id) { analysis { equipment { id } exergyFuelKW } interpretation { id } } }`,
    variables: (plant) => ({ id: plant.equipmentIds[1] }),
    outcomes: READ,
    check: (data, plant) => {
      expect(data.equipment.analysis.equipment).toEqual({ id: plant.equipmentIds[1] });
      expect(data.equipment.analysis.exergyFuelKW).toBeGreaterThan(0);
      expect(data.equipment.interpretation).toEqual({ id: plant.equipmentInterpretationId });
    },
  },

  // Mutations. A caller whose outcome is 'data' runs against a plant of its own (see the test body).
  {
    name: 'createProject',
    kind: 'mutation',
    query: CREATE_PROJECT,
    variables: () => ({ input: { name: 'Created in the isolation matrix' } }),
    outcomes: SIGNED_IN,
    check: (data) =>
      expect(data.createProject).toMatchObject({ name: 'Created in the isolation matrix', equipmentCount: 0 }),
    targetsPlant: false,
  },
  {
    name: 'updateProject',
    kind: 'mutation',
    query: RENAME,
    variables: (plant) => ({ id: plant.projectId, input: { name: 'Renamed by the matrix' } }),
    outcomes: EDIT,
    check: (data, plant) =>
      expect(data.updateProject).toMatchObject({ id: plant.projectId, name: 'Renamed by the matrix' }),
  },
  {
    name: 'setProcessDefinition',
    kind: 'mutation',
    query: `mutation ($projectId: ID!, $input: ProcessDefinitionInput!) {
      setProcessDefinition(projectId: $projectId, input: $input) { id process { label } } }`,
    variables: (plant) => ({ projectId: plant.projectId, input: { ...STEAM_PROCESS, label: 'Set by the matrix' } }),
    outcomes: EDIT,
    check: (data, plant) =>
      expect(data.setProcessDefinition).toEqual({ id: plant.projectId, process: { label: 'Set by the matrix' } }),
  },
  {
    name: 'setEnergyBaseline',
    kind: 'mutation',
    query: `mutation ($projectId: ID!, $analysisId: ID) { setEnergyBaseline(projectId: $projectId, analysisId: $analysisId) {
      energyBaseline { id } } }`,
    variables: (plant) => ({ projectId: plant.projectId, analysisId: plant.analysisIds[0] }),
    outcomes: EDIT,
    check: (data, plant) => expect(data.setEnergyBaseline.energyBaseline).toEqual({ id: plant.analysisIds[0] }),
  },
  {
    name: 'FactoryAnalysis.energyReview',
    kind: 'query',
    query: `query ($id: ID!) { project(id: $id) { latestAnalysis { energyReview { baselineAnalysisId } } } }`,
    variables: (plant) => ({ id: plant.projectId }),
    outcomes: READ,
    check: (data, plant) =>
      expect(data.project.latestAnalysis.energyReview.baselineAnalysisId).toBe(plant.analysisIds[1]),
  },
  // Relay refetching: node/nodes answer what the caller may see, null for the rest (like a random id).
  {
    name: 'node(id) of a project',
    kind: 'query',
    query: `query ($id: ID!) { node(id: $id) { __typename id ... on Project { name } } }`,
    variables: (plant) => ({ id: plant.projectId }),
    outcomes: READ,
    check: (data, plant) => expect(data.node).toMatchObject({ __typename: 'Project', id: plant.projectId }),
  },
  {
    name: 'node(id) of equipment',
    kind: 'query',
    query: `query ($id: ID!) { node(id: $id) { __typename id ... on Equipment { project { id } } } }`,
    variables: (plant) => ({ id: plant.equipmentIds[1] }),
    outcomes: READ,
    check: (data, plant) =>
      expect(data.node).toEqual({
        __typename: 'Equipment',
        id: plant.equipmentIds[1],
        project: { id: plant.projectId },
      }),
  },
  {
    name: 'node(id) of a scenario',
    kind: 'query',
    query: `query ($id: ID!) { node(id: $id) { __typename id } }`,
    variables: (plant) => ({ id: plant.scenarioId }),
    outcomes: READ,
    check: (data, plant) => expect(data.node).toEqual({ __typename: 'Scenario', id: plant.scenarioId }),
  },
  {
    name: 'node(id) of a factory analysis',
    kind: 'query',
    query: `query ($id: ID!) { node(id: $id) { __typename id } }`,
    variables: (plant) => ({ id: plant.analysisIds[0] }),
    outcomes: READ,
    check: (data, plant) => expect(data.node).toEqual({ __typename: 'FactoryAnalysis', id: plant.analysisIds[0] }),
  },
  {
    name: 'nodes(ids) of project, unit, scenario, analysis and interpretation',
    kind: 'query',
    query: `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`,
    variables: (plant) => ({
      ids: [plant.projectId, plant.equipmentIds[0], plant.scenarioId, plant.analysisIds[1], plant.interpretationId],
    }),
    outcomes: SIGNED_IN,
    check: (data, plant, caller) => {
      const ids = [
        plant.projectId,
        plant.equipmentIds[0],
        plant.scenarioId,
        plant.analysisIds[1],
        plant.interpretationId,
      ];
      if (caller === 'stranger') expect(data.nodes).toEqual(ids.map(() => null));
      else expect(data.nodes.map((n: any) => n.id)).toEqual(ids);
    },
  },
  {
    name: 'Project.equipmentConnection',
    kind: 'query',
    query: `query ($id: ID!) { project(id: $id) { equipmentConnection(last: 2) { totalCount edges { node { id } } } } }`,
    variables: (plant) => ({ id: plant.projectId }),
    outcomes: READ,
    check: (data, plant) =>
      expect(data.project.equipmentConnection).toEqual({
        totalCount: plant.equipmentIds.length,
        edges: plant.equipmentIds.slice(-2).map((id) => ({ node: { id } })),
      }),
  },
  {
    name: 'Project.analyses(last: 1)',
    kind: 'query',
    query: `query ($id: ID!) { project(id: $id) { analyses(last: 1) { totalCount edges { node { id } } } } }`,
    variables: (plant) => ({ id: plant.projectId }),
    outcomes: READ,
    check: (data, plant) =>
      expect(data.project.analyses).toEqual({ totalCount: 2, edges: [{ node: { id: plant.analysisIds[1] } }] }),
  },
  // Scenarios: read by members, written by editors and owners.
  {
    name: 'scenario(id)',
    kind: 'query',
    query: `query ($id: ID!) { scenario(id: $id) { id latestAnalysis { comparison { annualSavingsEur }
      analysis { equipmentResults { equipmentName } } } } }`,
    variables: (plant) => ({ id: plant.scenarioId }),
    outcomes: READ,
    check: (data, plant) => {
      expect(data.scenario.id).toBe(plant.scenarioId);
      expect(data.scenario.latestAnalysis.analysis.equipmentResults).toHaveLength(plant.equipmentIds.length);
    },
  },
  {
    name: 'Project.scenarios',
    kind: 'query',
    query: `query ($id: ID!) { project(id: $id) { scenarios { id } } }`,
    variables: (plant) => ({ id: plant.projectId }),
    outcomes: READ,
    check: (data, plant) => expect(data.project.scenarios).toEqual([{ id: plant.scenarioId }]),
  },
  {
    name: 'createScenario',
    kind: 'mutation',
    query: CREATE_SCENARIO,
    variables: (plant) => ({ projectId: plant.projectId, input: SCENARIO }),
    outcomes: EDIT,
    check: (data, plant) => expect(data.createScenario.project).toEqual({ id: plant.projectId }),
  },
  {
    name: 'updateScenario',
    kind: 'mutation',
    query: `mutation ($id: ID!, $input: ScenarioInput!) { updateScenario(id: $id, input: $input) { id name } }`,
    variables: (plant) => ({ id: plant.scenarioId, input: { ...SCENARIO, name: 'Renamed' } }),
    outcomes: EDIT,
    check: (data, plant) => expect(data.updateScenario).toEqual({ id: plant.scenarioId, name: 'Renamed' }),
  },
  {
    name: 'analyzeScenario',
    kind: 'mutation',
    query: ANALYZE_SCENARIO,
    variables: (plant) => ({ id: plant.scenarioId }),
    outcomes: EDIT,
    check: (data, plant) => expect(data.analyzeScenario).toEqual({ sequence: 2, scenario: { id: plant.scenarioId } }),
  },
  {
    name: 'deleteScenario',
    kind: 'mutation',
    query: `mutation ($id: ID!) { deleteScenario(id: $id) }`,
    variables: (plant) => ({ id: plant.scenarioId }),
    outcomes: EDIT,
    check: (data) => expect(data.deleteScenario).toBe(true),
  },
  {
    name: 'deleteProject',
    kind: 'mutation',
    query: `mutation ($id: ID!) { deleteProject(id: $id) }`,
    variables: (plant) => ({ id: plant.projectId }),
    outcomes: OWN,
    check: (data) => expect(data.deleteProject).toBe(true),
  },
  {
    name: 'addEquipment',
    kind: 'mutation',
    query: `mutation ($projectId: ID!, $input: EquipmentInput!) { addEquipment(projectId: $projectId, input: $input) { project { id } } }`,
    variables: (plant) => ({ projectId: plant.projectId, input: PUMP }),
    outcomes: EDIT,
    check: (data, plant) => expect(data.addEquipment).toEqual({ project: { id: plant.projectId } }),
  },
  {
    name: 'addEquipmentBatch',
    kind: 'mutation',
    query: `mutation ($projectId: ID!, $inputs: [EquipmentInput!]!) { addEquipmentBatch(projectId: $projectId, inputs: $inputs) { name } }`,
    variables: (plant) => ({ projectId: plant.projectId, inputs: [PUMP, COMPRESSOR] }),
    outcomes: EDIT,
    check: (data) => expect(data.addEquipmentBatch).toEqual([{ name: PUMP.name }, { name: COMPRESSOR.name }]),
  },
  {
    name: 'updateEquipment',
    kind: 'mutation',
    query: `mutation ($id: ID!, $input: UpdateEquipmentInput!) { updateEquipment(id: $id, input: $input) { id name } }`,
    variables: (plant) => ({ id: plant.equipmentIds[1], input: { name: 'Renamed compressor' } }),
    outcomes: EDIT,
    check: (data, plant) =>
      expect(data.updateEquipment).toEqual({ id: plant.equipmentIds[1], name: 'Renamed compressor' }),
  },
  {
    name: 'removeEquipment',
    kind: 'mutation',
    query: `mutation ($id: ID!) { removeEquipment(id: $id) }`,
    variables: (plant) => ({ id: plant.equipmentIds[1] }),
    outcomes: EDIT,
    check: (data) => expect(data.removeEquipment).toBe(true),
  },
  {
    name: 'analyzeEquipment',
    kind: 'mutation',
    query: `mutation ($id: ID!) { analyzeEquipment(id: $id) { equipment { id } } }`,
    variables: (plant) => ({ id: plant.equipmentIds[1] }),
    outcomes: EDIT,
    check: (data, plant) => expect(data.analyzeEquipment).toEqual({ equipment: { id: plant.equipmentIds[1] } }),
  },
  {
    name: 'analyzeProject',
    kind: 'mutation',
    query: `mutation ($id: ID!) { analyzeProject(id: $id) { sequence project { id } } }`,
    variables: (plant) => ({ id: plant.projectId }),
    outcomes: EDIT,
    check: (data, plant) => expect(data.analyzeProject).toEqual({ sequence: 3, project: { id: plant.projectId } }),
  },
  {
    name: 'interpretProject(refresh: true)',
    kind: 'mutation',
    query: INTERPRET_PROJECT,
    variables: (plant) => ({ id: plant.projectId }),
    outcomes: EDIT,
    check: (data, plant) => {
      expect(data.interpretProject.analysisId).toBe(plant.analysisIds[0]);
      expect(data.interpretProject.id).not.toBe(plant.interpretationId);
    },
  },
  {
    name: 'interpretEquipment(refresh: true)',
    kind: 'mutation',
    query: INTERPRET_EQUIPMENT,
    variables: (plant) => ({ id: plant.equipmentIds[1] }),
    outcomes: EDIT,
    check: (data, plant) => expect(data.interpretEquipment.id).not.toBe(plant.equipmentInterpretationId),
  },
  {
    name: 'shareProject',
    kind: 'mutation',
    query: SHARE,
    variables: (plant) => ({ projectId: plant.projectId, email: invitee.email, role: 'VIEWER' }),
    outcomes: OWN,
    check: (data) =>
      expect(data.shareProject).toEqual({ role: 'VIEWER', user: { id: invitee.id, email: invitee.email } }),
  },
  {
    name: 'scenarioDelete',
    kind: 'mutation',
    query: `mutation ($id: ID!) { scenarioDelete(id: $id) { deletedId project { id } } }`,
    variables: (plant) => ({ id: plant.scenarioId }),
    outcomes: EDIT,
    check: (data, plant) =>
      expect(data.scenarioDelete).toEqual({ deletedId: plant.scenarioId, project: { id: plant.projectId } }),
  },
  {
    name: 'projectDelete',
    kind: 'mutation',
    query: `mutation ($id: ID!) { projectDelete(id: $id) { deletedId project { id } } }`,
    variables: (plant) => ({ id: plant.projectId }),
    outcomes: OWN,
    check: (data, plant) => expect(data.projectDelete).toEqual({ deletedId: plant.projectId, project: null }),
  },
  {
    name: 'equipmentRemove',
    kind: 'mutation',
    query: `mutation ($id: ID!) { equipmentRemove(id: $id) { deletedId project { id } } }`,
    variables: (plant) => ({ id: plant.equipmentIds[1] }),
    outcomes: EDIT,
    check: (data, plant) =>
      expect(data.equipmentRemove).toEqual({ deletedId: plant.equipmentIds[1], project: { id: plant.projectId } }),
  },
  {
    name: 'projectUnshare',
    kind: 'mutation',
    query: `mutation ($projectId: ID!, $userId: ID!) { projectUnshare(projectId: $projectId, userId: $userId) { removedUserId project { id } } }`,
    variables: (plant) => ({ projectId: plant.projectId, userId: users.viewer.id }),
    outcomes: OWN,
    check: (data, plant) =>
      expect(data.projectUnshare).toEqual({ removedUserId: users.viewer.id, project: { id: plant.projectId } }),
  },
  {
    name: 'unshareProject',
    kind: 'mutation',
    query: UNSHARE,
    variables: (plant) => ({ projectId: plant.projectId, userId: users.viewer.id }),
    outcomes: OWN,
    check: (data) => expect(data.unshareProject).toBe(true),
  },
];

/** The response with every UUID replaced, so a stranger's answer can be compared with the one for a random id. */
const withoutIds = (body: unknown) =>
  JSON.parse(JSON.stringify(body).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>'));

beforeAll(async () => {
  server = await startTestServer();
  users.owner = server.user;
  users.editor = await server.newUser('editor');
  users.viewer = await server.newUser('viewer');
  users.stranger = await server.newUser('stranger');
  invitee = await server.newUser('invitee');
  const tag = randomBytes(4).toString('hex');
  // Oldest first, a few ms apart, so the newest-first order does not rest on an id tie-break.
  decoyId = (await ok('stranger', CREATE_PROJECT, { input: { name: `Isolation ${tag} decoy`, sector: `iso-${tag}` } }))
    .createProject.id;
  await sleep(5);
  annexId = (await ok('owner', CREATE_PROJECT, { input: { name: `Isolation ${tag} annex`, sector: `iso-${tag}` } }))
    .createProject.id;
  await sleep(5);
  shared = await buildPlant(tag);
  const firstPage = await ok(
    'owner',
    `query ($search: String) { projects(first: 1, search: $search) { edges { cursor node { id } } } }`,
    {
      search: `Isolation ${tag}`,
    },
  );
  expect(firstPage.projects.edges[0].node.id).toBe(shared.projectId);
  plantCursor = firstPage.projects.edges[0].cursor;
});
afterAll(async () => {
  await server?.close();
});

describe.each(CASES)('$name', (row) => {
  it.each(CALLERS.map((caller, i) => [caller, row.outcomes[i]] as const))('%s → %s', async (caller, outcome) => {
    // A change that is allowed gets a plant of its own, so the reads and refusals keep seeing the shared one.
    const allowedChange = row.kind === 'mutation' && outcome === 'data';
    const ownPlant = allowedChange && row.targetsPlant !== false;
    const plant = ownPlant ? await buildPlant(randomBytes(4).toString('hex')) : shared;
    const before = row.kind === 'mutation' && !allowedChange ? await snapshotDatabase(server.em()) : null;
    const { status, body } = await post(caller, row.query, row.variables(plant));

    if (outcome === 'data') {
      expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
      row.check(body.data, plant, caller);
      return;
    }
    if (outcome === 'null') {
      expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
      expect(Object.values(body.data!)).toEqual([null]);
    } else {
      expect(status).toBe(outcome === 'UNAUTHENTICATED' ? 401 : 200);
      expect(body.errors?.map((e) => e.extensions.code)).toEqual([outcome]);
      expect(body.data ?? null).toBeNull();
      if (outcome === 'FORBIDDEN') {
        // FORBIDDEN says which role the caller has and which the change needs (ErrorCode docs).
        const requiredRole = row.outcomes === OWN ? 'OWNER' : 'EDITOR';
        expect(body.errors![0].extensions).toMatchObject({ role: EXPECTED_ROLE[caller], requiredRole });
      }
    }
    if (before) expect(await snapshotDatabase(server.em())).toEqual(before);
    if (caller === 'stranger') {
      // Someone else's record answers exactly as one that does not exist.
      const ghost = await post(caller, row.query, row.variables(ghostOf(plant)));
      expect(withoutIds(body)).toEqual(withoutIds(ghost.body));
      if (outcome === 'NOT_FOUND')
        expect(body.errors![0].message).toMatch(/^(Project|Equipment|Scenario) [0-9a-f-]{36} not found$/);
    }
  });
});

describe('links across projects', () => {
  it("a stranger cannot name another project's equipment as supplier: the answer is the one for a random id", async () => {
    const own = (await ok('stranger', CREATE_PROJECT, { input: { name: 'Stranger plant' } })).createProject.id;
    const add = `mutation ($projectId: ID!, $input: EquipmentInput!) { addEquipment(projectId: $projectId, input: $input) { id } }`;
    const before = await snapshotDatabase(server.em());
    const foreign = await post('stranger', add, {
      projectId: own,
      input: { ...PUMP, suppliedById: shared.equipmentIds[0] },
    });
    const random = await post('stranger', add, { projectId: own, input: { ...PUMP, suppliedById: randomUUID() } });
    expect(foreign.body.errors?.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    expect(withoutIds(foreign.body)).toEqual(withoutIds(random.body));
    expect(await snapshotDatabase(server.em())).toEqual(before);
  });
});

/** Ids a probe aims at: the shared plant, and a project of the owner's with one never-analysed unit. */
interface Targets {
  plantId: string;
  rawProjectId: string;
  rawEquipmentId: string;
}

/** Requests whose answer for a real project could differ from a missing one if validation ran before access. */
const PROBES: [string, string, (t: Targets) => Record<string, unknown>][] = [
  ['updateProject with an out-of-range setting', RENAME, (t) => ({ id: t.plantId, input: { operatingHours: 9999 } })],
  [
    'addEquipment with invalid parameters',
    `mutation ($projectId: ID!, $input: EquipmentInput!) { addEquipment(projectId: $projectId, input: $input) { id } }`,
    (t) => ({ projectId: t.plantId, input: { ...PUMP, parameters: { motor_power_kW: -1 } } }),
  ],
  [
    'addEquipment supplied by a unit of that project',
    `mutation ($projectId: ID!, $input: EquipmentInput!) { addEquipment(projectId: $projectId, input: $input) { id } }`,
    (t) => ({ projectId: t.rawProjectId, input: { ...PUMP, suppliedById: t.rawEquipmentId } }),
  ],
  ['interpretProject before any analysis', INTERPRET_PROJECT, (t) => ({ id: t.rawProjectId })],
  ['interpretEquipment before any analysis', INTERPRET_EQUIPMENT, (t) => ({ id: t.rawEquipmentId })],
];

describe('a stranger probing with requests that would fail anyway', () => {
  let real: Targets;
  beforeAll(async () => {
    const rawProjectId = (await ok('owner', CREATE_PROJECT, { input: { name: 'Never analysed' } })).createProject.id;
    const add = `mutation ($projectId: ID!, $input: EquipmentInput!) { addEquipment(projectId: $projectId, input: $input) { id } }`;
    const rawEquipmentId = (await ok('owner', add, { projectId: rawProjectId, input: COMPRESSOR })).addEquipment.id;
    real = { plantId: shared.projectId, rawProjectId, rawEquipmentId };
  });

  it.each(PROBES)('%s: the answer for a random id, and nothing changes', async (_label, query, variables) => {
    const ghost: Targets = { plantId: randomUUID(), rawProjectId: randomUUID(), rawEquipmentId: randomUUID() };
    const before = await snapshotDatabase(server.em());
    const probed = await post('stranger', query, variables(real));
    const missing = await post('stranger', query, variables(ghost));
    expect(probed.body.errors).toHaveLength(1);
    expect(withoutIds(probed)).toEqual(withoutIds(missing));
    expect(await snapshotDatabase(server.em())).toEqual(before);
  });
});
