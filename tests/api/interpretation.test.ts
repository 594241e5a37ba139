/**
 * interpretProject / interpretEquipment through GraphQL: offline by default;
 * with a configured LLM (a real HTTP server here) the stored answer is reused
 * without contacting the server again, and a re-analysis makes it non-current.
 */
import { startTestServer, type TestServer } from '../support/server';
import { providerFor, startFakeLlm, VALID_ANSWER, type FakeLlm } from '../support/fake-llm';
import { ADD_EQUIPMENT, COMPRESSOR, CREATE_PROJECT } from '../support/operations';

const INTERPRET_PROJECT = `mutation ($id: ID!, $refresh: Boolean, $language: InterpretationLanguage) {
  interpretProject(id: $id, refresh: $refresh, language: $language) { id provider model current language analysisId fallbackReason summary
    keyInsights hotspotAnalysis { equipmentName exergyDestroyedKW } prioritizedActions { rank action priority } actionPlan { immediate } warnings } }`;
const INTERPRET_EQUIPMENT = `mutation ($id: ID!, $refresh: Boolean) { interpretEquipment(id: $id, refresh: $refresh) { id provider current summary } }`;
const ANALYZE_PROJECT = `mutation ($id: ID!) { analyzeProject(id: $id) { id } }`;
const HISTORY = `query ($id: ID!) { project(id: $id) { interpretation { id } interpretations { id current } equipment { interpretation { id } } } }`;

async function plantWithCompressor(server: TestServer): Promise<{ projectId: string; equipmentId: string }> {
  const projectId = (await server.gql(CREATE_PROJECT, { input: { name: 'Interpreted plant', sector: 'metal' } })).data
    .createProject.id;
  const equipmentId = (await server.gql(ADD_EQUIPMENT, { projectId, input: COMPRESSOR })).data.addEquipment.id;
  return { projectId, equipmentId };
}

describe('built-in interpreter (no configuration)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('asks to analyse first', async () => {
    const { projectId, equipmentId } = await plantWithCompressor(server);
    const project = await server.gql(INTERPRET_PROJECT, { id: projectId });
    expect(project.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(project.errors?.[0].message).toMatch(/analyzeProject first/);
    const equipment = await server.gql(INTERPRET_EQUIPMENT, { id: equipmentId });
    expect(equipment.errors?.[0].message).toMatch(/analy[sz]e/);
  });

  it('writes an offline interpretation grounded in the analysis, in English or Turkish', async () => {
    const { projectId, equipmentId } = await plantWithCompressor(server);
    await server.gql(ANALYZE_PROJECT, { id: projectId });
    const en = await server.gql(INTERPRET_PROJECT, { id: projectId });
    expect(en.errors).toBeUndefined();
    expect(en.data.interpretProject).toMatchObject({
      provider: 'BUILTIN',
      model: null,
      current: true,
      language: 'EN',
      fallbackReason: null,
    });
    expect(en.data.interpretProject.hotspotAnalysis[0].equipmentName).toBe(COMPRESSOR.name);
    expect(en.data.interpretProject.summary).toMatch(/Interpreted plant: 1 units take 37\.0 kW/);
    const tr = await server.gql(INTERPRET_PROJECT, { id: projectId, language: 'TR' });
    expect(tr.data.interpretProject.language).toBe('TR');
    expect(tr.data.interpretProject.id).not.toBe(en.data.interpretProject.id);
    const equipment = await server.gql(INTERPRET_EQUIPMENT, { id: equipmentId });
    expect(equipment.data.interpretEquipment).toMatchObject({ provider: 'BUILTIN', current: true });
    expect(equipment.data.interpretEquipment.summary).toContain(COMPRESSOR.name);
  });
});

describe('LLM interpreter over HTTP, with the stored interpretation as cache', () => {
  let server: TestServer;
  let llm: FakeLlm;
  beforeAll(async () => {
    llm = await startFakeLlm();
    llm.reply({ content: VALID_ANSWER });
    server = await startTestServer({ interpreter: providerFor(llm) });
  });
  afterAll(async () => {
    await server.close();
    await llm.close();
  });

  it('stores the model’s answer, serves it again without a request, and retires it on re-analysis', async () => {
    const { projectId } = await plantWithCompressor(server);
    await server.gql(ANALYZE_PROJECT, { id: projectId });
    const first = (await server.gql(INTERPRET_PROJECT, { id: projectId })).data.interpretProject;
    expect(first).toMatchObject({
      provider: 'LLM',
      model: 'fake-model',
      current: true,
      summary: 'The model’s summary: the boiler dominates.',
    });
    expect(llm.requests).toHaveLength(1);

    const again = (await server.gql(INTERPRET_PROJECT, { id: projectId })).data.interpretProject;
    expect(again.id).toBe(first.id);
    expect(llm.requests).toHaveLength(1);

    const refreshed = (await server.gql(INTERPRET_PROJECT, { id: projectId, refresh: true })).data.interpretProject;
    expect(refreshed.id).not.toBe(first.id);
    expect(llm.requests).toHaveLength(2);

    await server.gql(ANALYZE_PROJECT, { id: projectId });
    const history = (await server.gql(HISTORY, { id: projectId })).data.project;
    expect(history.interpretation).toBeNull();
    expect(history.interpretations.map((i: any) => i.current)).toEqual([false, false]);

    const fresh = (await server.gql(INTERPRET_PROJECT, { id: projectId })).data.interpretProject;
    expect(fresh.id).not.toBe(refreshed.id);
    expect(llm.requests).toHaveLength(3);
    const after = (await server.gql(HISTORY, { id: projectId })).data.project;
    expect(after.interpretation.id).toBe(fresh.id);
    expect(after.interpretations.filter((i: any) => i.current).map((i: any) => i.id)).toEqual([fresh.id]);
  });

  it('falls back to the built-in interpretation and says why when the model fails', async () => {
    const { projectId } = await plantWithCompressor(server);
    await server.gql(ANALYZE_PROJECT, { id: projectId });
    llm.reply({ status: 500 });
    const answer = (await server.gql(INTERPRET_PROJECT, { id: projectId })).data.interpretProject;
    expect(answer).toMatchObject({ provider: 'BUILTIN', current: true });
    expect(answer.fallbackReason).toMatch(/HTTP 500/);
    llm.reply({ content: VALID_ANSWER });
  });
});
