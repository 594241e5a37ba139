/**
 * The whole flow through GraphQL: a project with a process and one equipment
 * of each type, analyzeProject, the latest analysis with gap analysis and
 * Sankey, staleness after a change, a second run in the history; concurrency;
 * the process catalog and BAT table.
 */
import { startTestServer, type TestServer } from '../support/server';
import { snapshotDatabase } from '../support/snapshot';
import { demoProject } from '../support/projects';
import { CREATE_PROJECT, UPDATE_EQUIPMENT } from '../support/operations';
import { AnalysisResult } from '../../src/modules/analysis/analysis-result.entity';
import { FactoryAnalysis } from '../../src/modules/analysis/factory-analysis.entity';

let server: TestServer;

const ANALYZE_PROJECT = `mutation ($id: ID!) { analyzeProject(id: $id) { id sequence stale
  totals { exergyFuelKW exergyProductKW exergyLossKW exergyDestroyedKW internalExergyKW exergeticEfficiencyPct equipmentCount balanceResidualKW }
  hotspots { equipmentId name sharePct priority }
  integrationOpportunities { pattern source target recoverableKW savingsEurPerYear paybackYears sourceTemperatureC sinkTemperatureC }
  gapAnalysis { processType subcategory minimumExergyKW batExergyKW actualExergyKW totalGapKW batGapKW technologyGapKW
    exergeticSustainabilityIndex grade annualTotalGapCostEur annualBatGapCostEur warnings waterfall { labels values measures } }
  equipmentResults { id type exergyFuelKW equipment { id } } } }`;

const LATEST = `query ($id: ID!) { project(id: $id) {
  latestAnalysis { id sequence stale
    flow: sankey { unit balance { ok maxResidual } links { kind value } plotly { linkSources linkTargets } }
    focus: sankey(mode: DESTRUCTION_FOCUS) { balance { ok } links { kind } }
    cost: sankey(mode: COST_FLOW) { unit balance { ok } } }
  analyses(first: 10) { totalCount edges { node { sequence } } } } }`;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/** A new demo project analysed once: `first` is that first run. */
async function analysedDemo(): Promise<{ projectId: string; ids: string[]; first: any }> {
  const { projectId, ids } = await demoProject(server);
  const response = await server.gql(ANALYZE_PROJECT, { id: projectId });
  expect(response.errors).toBeUndefined();
  return { projectId, ids, first: response.data.analyzeProject };
}

describe('analyzeProject', () => {
  it('analyses every equipment and the factory, with the boundary balance closed', async () => {
    const { first } = await analysedDemo();
    expect(first.sequence).toBe(1);
    expect(first.stale).toBe(false);
    expect(first.equipmentResults).toHaveLength(7);
    expect(new Set(first.equipmentResults.map((r: any) => r.type)).size).toBe(7);
    const t = first.totals;
    expect(t.equipmentCount).toBe(7);
    expect(Math.abs(t.balanceResidualKW)).toBeLessThan(1e-6);
    expect(t.exergyFuelKW).toBeCloseTo(t.exergyProductKW + t.exergyLossKW + t.exergyDestroyedKW, 6);
    // the turbine takes its steam from the boiler: an internal stream, not plant fuel
    const sumOfFuels = first.equipmentResults.reduce((s: number, r: any) => s + r.exergyFuelKW, 0);
    expect(t.internalExergyKW).toBeGreaterThan(0);
    expect(t.exergyFuelKW).toBeCloseTo(sumOfFuels - t.internalExergyKW, 6);
  });

  it('ranks hotspots and finds integration opportunities with temperatures', async () => {
    const { first } = await analysedDemo();
    expect(first.hotspots).toHaveLength(7);
    const shares = first.hotspots.map((h: any) => h.sharePct);
    expect(shares).toEqual([...shares].sort((a: number, b: number) => b - a));
    expect(first.integrationOpportunities.length).toBeGreaterThan(0);
    for (const o of first.integrationOpportunities) {
      if (o.sinkTemperatureC !== null) expect(o.sourceTemperatureC - o.sinkTemperatureC).toBeGreaterThanOrEqual(10);
    }
  });

  it('includes the gap analysis of the steam process', async () => {
    const { first } = await analysedDemo();
    const gap = first.gapAnalysis;
    expect(gap).toMatchObject({ processType: 'STEAM_GENERATION', subcategory: 'industrial_low' });
    expect(gap.actualExergyKW).toBeCloseTo(first.totals.exergyFuelKW, 6);
    expect(gap.minimumExergyKW).toBeGreaterThan(0);
    expect(gap.batExergyKW).toBeGreaterThan(gap.minimumExergyKW);
    expect(gap.totalGapKW).toBeCloseTo(gap.batGapKW + gap.technologyGapKW, 6);
    expect(['A', 'B', 'C', 'D', 'E', 'F']).toContain(gap.grade);
    expect(gap.waterfall.measures[0]).toBe('ABSOLUTE');
  });

  it('stores the results: one per equipment, one factory run', async () => {
    const { projectId } = await analysedDemo();
    expect(await server.em().count(AnalysisResult, { projectId, current: true })).toBe(7);
    expect(await server.em().count(FactoryAnalysis, { project: projectId })).toBe(1);
  });

  it('serves the latest analysis with a balanced Sankey in all three modes', async () => {
    const { projectId, first } = await analysedDemo();
    const response = await server.gql(LATEST, { id: projectId });
    expect(response.errors).toBeUndefined();
    const latest = response.data.project.latestAnalysis;
    expect(latest.id).toBe(first.id);
    expect(latest.flow.unit).toBe('KW');
    expect([latest.flow.balance.ok, latest.focus.balance.ok, latest.cost.balance.ok]).toEqual([true, true, true]);
    expect(latest.cost.unit).toBe('EUR_PER_H');
    expect(latest.flow.links.some((l: any) => l.kind === 'INTERNAL')).toBe(true);
    expect(latest.focus.links.some((l: any) => l.kind === 'AVOIDABLE')).toBe(true);
    expect(latest.flow.plotly.linkSources).toHaveLength(latest.flow.links.length);
  });

  it('becomes stale after a parameter change; a second run is added to the history', async () => {
    const { projectId, ids } = await analysedDemo();
    await server.gql(UPDATE_EQUIPMENT, {
      id: ids[3],
      input: { parameters: { motor_power_kW: 16, flow_rate_m3_h: 50, total_head_m: 40 } },
    });
    const stale = await server.gql(LATEST, { id: projectId });
    expect(stale.data.project.latestAnalysis.stale).toBe(true);
    const equipmentStale = await server.gql(`query ($id: ID!) { equipment(id: $id) { analysis { stale } } }`, {
      id: ids[3],
    });
    expect(equipmentStale.data.equipment.analysis.stale).toBe(true);

    const second = await server.gql(ANALYZE_PROJECT, { id: projectId });
    expect(second.data.analyzeProject.sequence).toBe(2);
    const after = await server.gql(LATEST, { id: projectId });
    expect(after.data.project.latestAnalysis).toMatchObject({ sequence: 2, stale: false });
    expect(after.data.project.analyses.totalCount).toBe(2);
    expect(after.data.project.analyses.edges.map((e: any) => e.node.sequence)).toEqual([2, 1]);
    expect(await server.em().count(AnalysisResult, { projectId, current: true })).toBe(7);
  });

  it('pages the history with cursors', async () => {
    const { projectId } = await analysedDemo();
    expect((await server.gql(ANALYZE_PROJECT, { id: projectId })).errors).toBeUndefined(); // the second run
    const page = `query ($id: ID!, $after: String) { project(id: $id) { analyses(first: 1, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { sequence } } } } }`;
    const first = (await server.gql(page, { id: projectId })).data.project.analyses;
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, edges: [{ node: { sequence: 2 } }] });
    const second = (await server.gql(page, { id: projectId, after: first.pageInfo.endCursor })).data.project.analyses;
    expect(second).toMatchObject({ pageInfo: { hasNextPage: false }, edges: [{ node: { sequence: 1 } }] });
  });

  it('two concurrent runs both land or one gets CONFLICT — never half-written', async () => {
    const { projectId } = await analysedDemo();
    const before = await server.em().count(FactoryAnalysis, { project: projectId });
    const responses = await Promise.all([
      server.gql(ANALYZE_PROJECT, { id: projectId }),
      server.gql(ANALYZE_PROJECT, { id: projectId }),
    ]);
    const ok = responses.filter((r) => !r.errors);
    for (const r of responses.filter((x) => x.errors)) expect(r.errors![0].extensions.code).toBe('CONFLICT');
    expect(ok.length).toBeGreaterThanOrEqual(1);
    const runs = await server.em().find(FactoryAnalysis, { project: projectId }, { orderBy: { sequence: 'asc' } });
    expect(runs).toHaveLength(before + ok.length);
    expect(runs.map((r) => r.sequence)).toEqual(runs.map((_, i) => i + 1));
    for (const run of runs) expect(await server.em().count(AnalysisResult, { run: run.id })).toBe(7);
    expect(await server.em().count(AnalysisResult, { projectId, current: true })).toBe(7);
  });
});

describe('bad input', () => {
  it('a project without equipment gets BAD_USER_INPUT and nothing is stored', async () => {
    const id = (await server.gql(CREATE_PROJECT, { input: { name: 'Empty' } })).data.createProject.id;
    const before = await snapshotDatabase(server.em());
    const response = await server.gql(ANALYZE_PROJECT, { id });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'id' }] });
    expect(await snapshotDatabase(server.em())).toEqual(before);
  });

  it('a process definition is validated against the process catalog', async () => {
    const id = (await server.gql(CREATE_PROJECT, { input: { name: 'Proc' } })).data.createProject.id;
    const set = `mutation ($id: ID!, $input: ProcessDefinitionInput!) { setProcessDefinition(projectId: $id, input: $input) { process { type subcategory } } }`;
    const before = await snapshotDatabase(server.em());
    const bad = await server.gql(set, {
      id,
      input: {
        type: 'HEATING',
        subcategory: 'lava',
        parameters: { mass_flow_kg_h: 100, temp_in_C: 80, temp_out_C: 20, colour: 1 },
      },
    });
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions.issues?.map((i: any) => i.path)).toEqual(['input.subcategory']);
    const impossible = await server.gql(set, {
      id,
      input: { type: 'HEATING', parameters: { mass_flow_kg_h: 100, temp_in_C: 80, temp_out_C: 20 } },
    });
    expect(impossible.errors?.[0].extensions.issues).toEqual([
      expect.objectContaining({ path: 'input.parameters.temp_out_C', code: 'INCONSISTENT' }),
    ]);
    expect(await snapshotDatabase(server.em())).toEqual(before);
    const good = await server.gql(set, {
      id,
      input: {
        type: 'HEATING',
        subcategory: 'water_low',
        parameters: { mass_flow_kg_h: 100, temp_in_C: 20, temp_out_C: 80 },
      },
    });
    expect(good.data.setProcessDefinition.process).toEqual({ type: 'HEATING', subcategory: 'water_low' });
  });
});

describe('process catalog and BAT references', () => {
  it('lists 8 process types with subcategories and parameters', async () => {
    const response = await server.gql(
      `{ processTypes { key labelTr defaultSubcategory subcategories { key labelTr } parameters { key unit required } } }`,
    );
    expect(response.data.processTypes.map((p: any) => p.key)).toEqual([
      'DRYING',
      'HEATING',
      'COOLING',
      'STEAM_GENERATION',
      'COMPRESSED_AIR',
      'CHP',
      'COLD_STORAGE',
      'GENERAL_MANUFACTURING',
    ]);
    for (const type of response.data.processTypes)
      expect(type.subcategories.map((s: any) => s.key)).toContain('general');
  });

  it('lists BAT rows with sources', async () => {
    const response = await server.gql(
      `{ batReferences(processType: COMPRESSED_AIR) { processType subcategory specificExergy unit exergyEfficiencyPct technology source } }`,
    );
    expect(response.data.batReferences).toEqual([
      expect.objectContaining({ processType: 'COMPRESSED_AIR', subcategory: 'general', specificExergy: 0.1 }),
    ]);
    expect(response.data.batReferences[0].source).toMatch(/CAGI/);
  });
});
