/**
 * A large plant is analysed in a worker thread, which hands its results to the
 * main thread as the UTF-8 bytes of their JSON, written to the database as they
 * are (db/bulk-insert.ts). On both databases, such a run must store and answer
 * exactly what the same plant's inline analysis stores and answers, as JSON
 * text the database itself reads, and a scenario of it must work the same way.
 */
import { INLINE_BELOW_UNITS } from '../../src/modules/analysis/analysis-pool';
import { asJson, rawRows } from '../../src/db/raw-read';
import { DEMO_EQUIPMENT } from '../../src/db/demo-factory';
import { TEST_DB_KIND } from '../support/database';
import { analysedDemoCopies } from '../support/projects';
import { startTestServer, type TestServer } from '../support/server';

const COPIES = 15; // 105 units: above the inline threshold, so a worker computes them
const UNITS = COPIES * DEMO_EQUIPMENT.length;
const POSTGRES = TEST_DB_KIND === 'postgresql';

const RUN_FIELDS = `id totals { equipmentCount exergyFuelKW exergyDestroyedKW }
  hotspots { name type exergyDestroyedKW sharePct priority }
  integrationOpportunities { source target title titleTr recoverableKW savingsEurPerYear }
  gapAnalysis { status grade processLabel minimumExergyKW batExergyKW gapDistribution { equipmentName exergyDestroyedKW gapSharePct } }
  equipmentResults { equipmentName exergyFuelKW exergyProductKW exergyDestroyedKW
    losses { label exergyKW } recommendations { titleEn titleTr savingsEurPerYear } economics { exergoeconomicFactor } }`;
const ANALYZE = `mutation ($id: ID!) { analyzeProject(id: $id) { ${RUN_FIELDS} } }`;
const LATEST = `query ($id: ID!) { project(id: $id) { latestAnalysis { ${RUN_FIELDS} } } }`;

let workers: TestServer;
let inline: TestServer;
beforeAll(async () => {
  workers = await startTestServer({ analysisWorkers: 2 });
  inline = await startTestServer({ analysisWorkers: 0 });
});
afterAll(async () => {
  await workers.close();
  await inline.close();
});

interface Analysed {
  projectId: string;
  response: Record<string, unknown>;
}

async function analysed(server: TestServer): Promise<Analysed> {
  const projectId = await analysedDemoCopies(server, COPIES);
  const run = await server.gql(ANALYZE, { id: projectId });
  expect(run.errors).toBeUndefined();
  return { projectId, response: run.data.analyzeProject };
}

/** The project's latest run as stored: its document and its units' results, equipment ids replaced by names. */
async function storedRun(server: TestServer, projectId: string) {
  const knex = server.em().getKnex();
  const [run] = await rawRows<Record<string, unknown>>(
    knex,
    `select id, totals, hotspots, integration_opportunities, gap_analysis from factory_analysis
      where project_id = ? order by sequence desc limit 1`,
    [projectId],
  );
  const units = await rawRows<{ equipment_name: string; result: unknown }>(
    knex,
    'select equipment_name, result from analysis_result where run_id = ? order by position',
    [run.id as string],
  );
  const equipment = await rawRows<{ id: string; name: string }>(
    knex,
    'select id, name from equipment where project_id = ?',
    [projectId],
  );
  let text = JSON.stringify({
    totals: asJson(run.totals),
    hotspots: asJson(run.hotspots),
    integrationOpportunities: asJson(run.integration_opportunities),
    gapAnalysis: asJson(run.gap_analysis),
    units: units.map((unit) => ({ name: unit.equipment_name, result: asJson(unit.result) })),
  });
  for (const { id, name } of equipment) text = text.split(id).join(`<${name}>`);
  return { runId: run.id as string, stored: JSON.parse(text) };
}

/** How the database itself sees each JSON column of the run: text in SQLite, a JSON value in PostgreSQL. */
async function storedKinds(server: TestServer, runId: string) {
  const kind = (column: string) => (POSTGRES ? `jsonb_typeof(${column})` : `typeof(${column})`);
  const [row] = await rawRows<{ hotspots: string; opportunities: string; gap: string; units: number | string }>(
    server.em().getKnex(),
    `select ${kind('hotspots')} as hotspots, ${kind('integration_opportunities')} as opportunities,
       ${kind('gap_analysis')} as gap, (select count(*) from analysis_result where run_id = ? and ${kind('result')} = ?)
       as units from factory_analysis where id = ?`,
    [runId, POSTGRES ? 'object' : 'text', runId],
  );
  return { ...row, units: Number(row.units) };
}

it('stores and answers a worker’s run exactly as an inline analysis of the same plant', async () => {
  expect(UNITS).toBeGreaterThanOrEqual(INLINE_BELOW_UNITS);
  const [viaWorker, viaInline] = [await analysed(workers), await analysed(inline)];

  const fromWorker = await storedRun(workers, viaWorker.projectId);
  const fromInline = await storedRun(inline, viaInline.projectId);
  expect(fromWorker.stored.units).toHaveLength(UNITS);
  expect(fromWorker.stored).toEqual(fromInline.stored);

  expect(await storedKinds(workers, fromWorker.runId)).toEqual({
    hotspots: POSTGRES ? 'array' : 'text',
    opportunities: POSTGRES ? 'array' : 'text',
    gap: POSTGRES ? 'object' : 'text',
    units: UNITS,
  });

  // The mutation's answer (read from the bytes in memory) equals the inline server's and the stored run read back.
  const { id: _w, ...workerAnswer } = viaWorker.response;
  const { id: _i, ...inlineAnswer } = viaInline.response;
  expect(workerAnswer).toEqual(inlineAnswer);
  const reread = await workers.gql(LATEST, { id: viaWorker.projectId });
  expect(reread.data.project.latestAnalysis).toEqual(viaWorker.response);

  // Not an identity: the plant's destruction is the sum of what its 105 stored unit results say, each its copy's.
  const destroyed = fromWorker.stored.units.reduce(
    (sum: number, unit: { result: { exergyDestroyedKW: number } }) => sum + unit.result.exergyDestroyedKW,
    0,
  );
  expect(destroyed).toBeCloseTo((viaWorker.response.totals as { exergyDestroyedKW: number }).exergyDestroyedKW, 6);
  const names = (viaWorker.response.hotspots as { name: string }[]).map((h) => h.name);
  expect(new Set(names).size).toBe(UNITS);
  expect((viaWorker.response.gapAnalysis as { processLabel: string | null }).processLabel).toBeTruthy();
});

it('analyses a scenario of a large plant in a worker the same as inline', async () => {
  const scenarioOf = async (server: TestServer) => {
    const projectId = await analysedDemoCopies(server, COPIES);
    const created = await server.gql(
      `mutation ($p: ID!, $input: ScenarioInput!) { createScenario(projectId: $p, input: $input) { id } }`,
      { p: projectId, input: { name: 'More operating hours', changes: [], settings: { operatingHours: 7000 } } },
    );
    expect(created.errors).toBeUndefined();
    const run = await server.gql(
      `mutation ($id: ID!) { analyzeScenario(id: $id) { analysis { totals { equipmentCount exergyDestroyedKW annualLossEur }
        hotspots { name exergyDestroyedKW } equipmentResults { equipmentName annualLossEur } }
        comparison { annualSavingsEur totals { metric baseline scenario } } } }`,
      { id: created.data.createScenario.id },
    );
    expect(run.errors).toBeUndefined();
    return run.data.analyzeScenario;
  };
  const [viaWorker, viaInline] = [await scenarioOf(workers), await scenarioOf(inline)];
  expect(viaWorker).toEqual(viaInline);
  expect(viaWorker.analysis.totals.equipmentCount).toBe(UNITS);
  expect(viaWorker.analysis.equipmentResults).toHaveLength(UNITS);
  // 7000 h instead of 6000 h: every unit's annual loss grows by 7/6 (the comparison's baseline is the project's run).
  const baseline = viaWorker.comparison.totals.find((t: { metric: string }) => t.metric === 'ANNUAL_LOSS_COST');
  expect(baseline.scenario).toBeCloseTo((baseline.baseline * 7) / 6, 6);
});
