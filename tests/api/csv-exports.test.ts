/**
 * CSV downloads (issue 17, CSV part): the API's numbers to the last digit, RFC 4180 quoting, units in the header,
 * the same authorisation as GraphQL (anonymous 401, a stranger's project 404 like a missing one), `analysisId`.
 */
import { parse } from 'csv-parse/sync';
import { startTestServer, type TestServer } from '../support/server';
import { demoProject } from '../support/projects';
import { download as get, expectAuthorisedLikeTheApi } from '../support/downloads';

let server: TestServer;
let projectId: string;
let runs: string[];
beforeAll(async () => {
  server = await startTestServer();
  ({ projectId } = await demoProject(server));
  // a name a CSV must quote: a comma, a quote and a Turkish letter
  await server.gql(`mutation ($id: ID!) { updateProject(id: $id, input: { name: "Süt, \\"A\\" fabrikası" }) { id } }`, {
    id: projectId,
  });
  runs = [];
  for (let i = 0; i < 2; i++) {
    runs.push(
      (await server.gql(`mutation ($id: ID!) { analyzeProject(id: $id) { id } }`, { id: projectId })).data
        .analyzeProject.id,
    );
  }
});
afterAll(() => server.close());

const download = (path: string, token?: string | null) => get(server, path, token);
const rowsOf = async (response: Response) =>
  parse(await response.text(), { columns: true }) as Record<string, string>[];

it('equipment.csv: one row per unit, every figure equal to the API’s to the last digit', async () => {
  const response = await download(`/projects/${projectId}/equipment.csv`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
  expect(response.headers.get('content-disposition')).toMatch(/attachment; filename=".*-equipment-run-2\.csv"/);
  const rows = await rowsOf(response);
  const api = await server.gql(
    `query ($id: ID!) { project(id: $id) { latestAnalysis { equipmentResults { equipment { id name } exergyFuelKW
      exergyDestroyedKW exergeticEfficiencyPct annualLossEur carbon { co2EmissionsTonnesPerYear } recommendations { key } } } } }`,
    { id: projectId },
  );
  const results = api.data.project.latestAnalysis.equipmentResults;
  expect(rows).toHaveLength(results.length);
  results.forEach((r: any, i: number) => {
    const row = rows[i];
    expect(row.equipmentId).toBe(r.equipment.id);
    expect(row.name).toBe(r.equipment.name);
    expect(Number(row['exergyFuelKW (kW)'])).toBe(r.exergyFuelKW);
    expect(Number(row['exergyDestroyedKW (kW)'])).toBe(r.exergyDestroyedKW);
    expect(row['exergeticEfficiencyPct (%)'] === '' ? null : Number(row['exergeticEfficiencyPct (%)'])).toBe(
      r.exergeticEfficiencyPct,
    );
    expect(Number(row['annualLossEur (EUR/yr)'])).toBe(r.annualLossEur);
    expect(Number(row['co2EmissionsTonnesPerYear (t/yr)'])).toBe(r.carbon.co2EmissionsTonnesPerYear);
    expect(Number(row.recommendationCount)).toBe(r.recommendations.length);
  });
});

it('results.csv holds the plant totals; opportunities and recommendations one row each', async () => {
  const totals = (
    await server.gql(
      `query ($id: ID!) { project(id: $id) { latestAnalysis { totals { exergyFuelKW
    exergyDestroyedKW annualLossEur carbon { co2EmissionsTonnesPerYear } } integrationOpportunities { pattern savingsEurPerYear }
    equipmentResults { recommendations { key savingsEurPerYear } } } } }`,
      { id: projectId },
    )
  ).data.project.latestAnalysis;
  const results = await rowsOf(await download(`/projects/${projectId}/results.csv`));
  const metric = (name: string) => Number(results.find((r) => r.metric === name)!.value);
  expect(metric('exergyFuelKW')).toBe(totals.totals.exergyFuelKW);
  expect(metric('exergyDestroyedKW')).toBe(totals.totals.exergyDestroyedKW);
  expect(metric('co2EmissionsTonnesPerYear')).toBe(totals.totals.carbon.co2EmissionsTonnesPerYear);
  expect(results.every((r) => r.analysisId === runs[1] && r.stale === 'false')).toBe(true);
  const opportunities = await rowsOf(await download(`/projects/${projectId}/opportunities.csv`));
  expect(opportunities.map((o) => [o.pattern, Number(o['savingsEurPerYear (EUR/yr)'])])).toEqual(
    totals.integrationOpportunities.map((o: any) => [o.pattern, o.savingsEurPerYear]),
  );
  const recommendations = await rowsOf(await download(`/projects/${projectId}/recommendations.csv`));
  expect(recommendations.map((r) => r.key)).toEqual(
    totals.equipmentResults.flatMap((u: any) => u.recommendations.map((r: any) => r.key)),
  );
});

it('FactoryAnalysis.exportUrls names the downloads of that run', async () => {
  const urls = (
    await server.gql(
      `query ($id: ID!) { project(id: $id) { latestAnalysis { exportUrls { equipmentCsv resultsCsv } } } }`,
      {
        id: projectId,
      },
    )
  ).data.project.latestAnalysis.exportUrls;
  expect(urls.equipmentCsv).toBe(`/projects/${projectId}/equipment.csv?analysisId=${runs[1]}`);
  expect((await download(urls.resultsCsv)).status).toBe(200);
});

it('quotes per RFC 4180 and ends records with CRLF', async () => {
  const text = await (await download(`/projects/${projectId}/results.csv`)).text();
  expect(text.split('\r\n')[0]).toBe('analysisId,analyzedAt (ISO 8601),stale,metric,value,unit');
  expect(text.endsWith('\r\n')).toBe(true);
  const disposition = (await download(`/projects/${projectId}/results.csv`)).headers.get('content-disposition');
  expect(disposition).toMatch(/^attachment; filename="[A-Za-z0-9-]+-results-run-2\.csv"$/);
});

it('an earlier run by analysisId, stale now that a later run exists with other inputs', async () => {
  await server.gql(`mutation ($id: ID!) { updateProject(id: $id, input: { operatingHours: 7000 }) { id } }`, {
    id: projectId,
  });
  const response = await download(`/projects/${projectId}/results.csv?analysisId=${runs[0]}`);
  expect(response.headers.get('x-analysis-stale')).toBe('true');
  const rows = await rowsOf(response);
  expect(rows.every((r) => r.analysisId === runs[0] && r.stale === 'true')).toBe(true);
});

it('is authorised like the API: anonymous 401, a stranger 404 like a missing project, bad ids refused', async () => {
  await expectAuthorisedLikeTheApi(server, projectId, 'equipment.csv');
  expect((await download(`/projects/${projectId}/equipment.csv?analysisId=nope`)).status).toBe(400);
  expect((await download(`/projects/${projectId}/nothing.csv`)).status).toBe(404);
  const other = (await server.gql(`mutation { createProject(input: { name: "Other" }) { id } }`)).data.createProject.id;
  expect((await download(`/projects/${other}/equipment.csv`)).status).toBe(404); // no analysis yet
  expect((await download(`/projects/${other}/equipment.csv?analysisId=${runs[0]}`)).status).toBe(404); // another project's run
});
