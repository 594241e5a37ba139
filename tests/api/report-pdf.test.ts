/**
 * The PDF audit report (issue 17): parsed back with Mozilla's pdf.js — its page count and footers, the plant name
 * with Turkish letters (ş ğ ı İ) round-tripping through the embedded DejaVu fonts, every section in order, the
 * totals and hotspots equal to the API's (formatted here independently), Turkish, `analysisId`, the stale banner,
 * the stored LLM interpretation as executive summary (a real chat-completions server on 127.0.0.1), reportUrls,
 * and the same authorisation as GraphQL.
 */
import { LARGE_REPORT_UNITS } from '../../src/modules/report/report-renderer';
import { providerFor, startFakeLlm, type FakeLlm, VALID_ANSWER } from '../support/fake-llm';
import { pdfText, type PdfText } from '../support/pdf-text';
import { addEquipment, analysedDemoCopies, demoProject, freshProject } from '../support/projects';
import { download as get, expectAuthorisedLikeTheApi } from '../support/downloads';
import { DEMO_EQUIPMENT } from '../../src/db/demo-factory';
import { startTestServer, type TestServer } from '../support/server';

const PLANT = 'Şeker Ağı İşletmesi — Iğdır'; // ş ğ ı İ, and a dotless/dotted I pair
const SECTIONS_EN = [
  'Executive summary',
  'Plant totals at the boundary',
  'Grassmann diagram (exergy flows, kW)',
  'Gap analysis: thermodynamic minimum, best available technology and the plant',
  'Hotspots: where exergy is destroyed',
  'Exergy balance of every unit (fuel = product + losses + destruction)',
  'CO₂ by equipment',
  'Heat-integration opportunities',
  'Recommendations',
  'Advanced analyses',
  'Methods',
  'Warnings of the analysis',
];

let server: TestServer;
let llm: FakeLlm;
let projectId: string;
let runs: string[];
beforeAll(async () => {
  llm = await startFakeLlm();
  llm.reply({ content: VALID_ANSWER });
  server = await startTestServer({ interpreter: providerFor(llm, 0) });
  ({ projectId } = await demoProject(server));
  const renamed = await server.gql(
    `mutation ($id: ID!, $name: String!) { updateProject(id: $id, input: { name: $name }) { id } }`,
    {
      id: projectId,
      name: PLANT,
    },
  );
  expect(renamed.errors).toBeUndefined();
  runs = [];
  for (let i = 0; i < 2; i++) {
    const run = await server.gql(`mutation ($id: ID!) { analyzeProject(id: $id) { id } }`, { id: projectId });
    expect(run.errors).toBeUndefined();
    runs.push(run.data.analyzeProject.id);
  }
});
afterAll(async () => {
  await server?.close();
  await llm?.close();
});

const download = (path: string) => get(server, path);

async function report(query = ''): Promise<{ bytes: Buffer; text: PdfText; all: string; response: Response }> {
  const response = await download(`/projects/${projectId}/report.pdf${query}`);
  expect(response.status).toBe(200);
  const bytes = Buffer.from(await response.arrayBuffer());
  const text = await pdfText(bytes);
  return { bytes, text, all: text.pages.join('\n'), response };
}

/** 1935.2 → "1,935.2": one decimal and thousands commas, written without toLocaleString. */
function display(value: number, digits = 1): string {
  const [whole, fraction] = Math.abs(value).toFixed(digits).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

it('is an A4 PDF with embedded DejaVu fonts, page numbers on every page and the plant on the cover', async () => {
  const { bytes, text, response } = await report();
  expect(response.headers.get('content-type')).toBe('application/pdf');
  expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=".*-report-run-2-en\.pdf"$/);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const raw = bytes.toString('latin1');
  expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
  expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
  expect(raw).toContain('/FontFile2'); // the TrueType program is in the file, not referenced
  expect(raw).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);

  expect(text.pageCount).toBeGreaterThanOrEqual(5);
  text.pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${text.pageCount}`));
  expect(text.pages[0]).toContain('Exergy audit report');
  expect(text.pages[0]).toContain(PLANT);
  expect(text.pages[0]).toContain(runs[1]);
  expect(text.info.Title).toBe(`Exergy audit report: ${PLANT}`);
  expect(text.info.Language).toBe('en-GB');
  // the cover lists the contents, and every section follows in that order
  const body = text.pages.slice(1).join('\n');
  let at = -1;
  for (const title of SECTIONS_EN) {
    expect(text.pages[0]).toContain(title);
    const next = body.indexOf(title, at + 1);
    expect(next).toBeGreaterThan(at);
    at = next;
  }
});

it('shows the plant totals and every hotspot exactly as the API reports them', async () => {
  const { all } = await report();
  const api = await server.gql(
    `query ($id: ID!) { project(id: $id) { latestAnalysis { totals { exergyFuelKW exergyProductKW exergyLossKW
      exergyDestroyedKW exergeticEfficiencyPct annualLossEur carbon { co2EmissionsTonnesPerYear } }
      hotspots { name exergyDestroyedKW sharePct } gapAnalysis { grade minimumExergyKW } } } }`,
    { id: projectId },
  );
  const { totals, hotspots, gapAnalysis } = api.data.project.latestAnalysis;
  expect(all).toContain(`Exergy of fuel entering the plant ${display(totals.exergyFuelKW)} kW`);
  expect(all).toContain(`Exergy of product ${display(totals.exergyProductKW)} kW`);
  expect(all).toContain(`Exergy losses ${display(totals.exergyLossKW)} kW`);
  expect(all).toContain(`Exergy destroyed ${display(totals.exergyDestroyedKW)} kW`);
  expect(all).toContain(`Exergetic efficiency ${display(totals.exergeticEfficiencyPct)} %`);
  expect(all).toContain(`Cost of the exergy wasted ${display(totals.annualLossEur, 0)} EUR/yr`);
  expect(all).toContain(`CO₂ emissions ${display(totals.carbon.co2EmissionsTonnesPerYear)} t CO₂/yr`);
  expect(all).toContain(`Grade ${gapAnalysis.grade}`);
  expect(all).toContain(`Thermodynamic minimum ${display(gapAnalysis.minimumExergyKW)} kW`);
  expect(hotspots.length).toBeGreaterThan(3);
  for (const h of hotspots) {
    expect(all).toContain(`${h.name} ${display(h.exergyDestroyedKW)} kW ${display(h.sharePct)} %`);
  }
});

it('lists every unit’s exergy balance as the API reports it, its type named from the catalog', async () => {
  const { text } = await report();
  const body = text.pages.slice(1).join('\n'); // after the cover and its contents
  const api = await server.gql(
    `query ($id: ID!) { project(id: $id) { latestAnalysis { equipmentResults { equipment { name }
      exergyFuelKW exergyProductKW exergyLossKW exergyDestroyedKW exergeticEfficiencyPct } } } }`,
    { id: projectId },
  );
  const results = api.data.project.latestAnalysis.equipmentResults;
  expect(results).toHaveLength(7);
  const balances = body.slice(body.indexOf('Exergy balance of every unit'));
  for (const r of results) {
    const figures = [r.exergyFuelKW, r.exergyProductKW, r.exergyLossKW, r.exergyDestroyedKW]
      .map((v: number) => `${display(v)} kW`)
      .join(' ');
    const efficiency = r.exergeticEfficiencyPct === null ? '—' : `${display(r.exergeticEfficiencyPct)} %`;
    const row = balances.indexOf(`${r.equipment.name} `);
    expect(row).toBeGreaterThanOrEqual(0);
    expect(balances.slice(row, row + 200)).toContain(`${figures} ${efficiency}`);
  }
  expect(balances).toContain('Steam boiler B-1 Boiler, fire-tube steam');
});

it('speaks Turkish with ?lang=tr: labels, page numbers and the plant name round-trip', async () => {
  const { text, all, response } = await report('?lang=tr');
  expect(response.headers.get('content-disposition')).toMatch(/-report-run-2-tr\.pdf"$/);
  expect(text.info.Language).toBe('tr-TR');
  expect(text.info.Title).toBe(`Ekserji denetim raporu: ${PLANT}`);
  expect(text.pages[0]).toContain(PLANT);
  text.pages.forEach((page, i) => expect(page).toContain(`Sayfa ${i + 1} / ${text.pageCount}`));
  for (const words of ['İçindekiler', 'Yönetici özeti', 'Şebeke CO₂ faktörü', 'Öneriler', 'İleri analizler']) {
    expect(all).toContain(words);
  }
  expect(all).toContain('Teknoloji sınırı'); // the waterfall's steps, drawn from SVG, are text too
  expect(all).not.toContain('Executive summary');
});

it('reports an earlier run by analysisId, and refuses a bad language', async () => {
  const { text } = await report(`?analysisId=${runs[0]}`);
  expect(text.pages[0]).toContain(`Analysis run 1 · `);
  expect(text.pages[0]).toContain(runs[0]);
  expect((await download(`/projects/${projectId}/report.pdf?lang=de`)).status).toBe(400);
});

it('uses the stored interpretation of the run as the executive summary, and names its author', async () => {
  const before = await report();
  expect(before.all).toContain('Summary written by: the built-in interpretation rules');
  const interpreted = await server.gql(`mutation ($id: ID!) { interpretProject(id: $id) { provider model current } }`, {
    id: projectId,
  });
  expect(interpreted.data.interpretProject).toEqual({ provider: 'LLM', model: 'fake-model', current: true });
  const after = await report();
  expect(after.all).toContain('The model’s summary: the boiler dominates.');
  expect(after.all).toContain('Summary written by: fake-model');
  // an English interpretation does not stand in for a Turkish report
  expect((await report('?lang=tr')).all).toContain('Özeti yazan: yerleşik yorumlama kuralları');
});

it('FactoryAnalysis.reportUrls { html pdf csv } downloads the same run', async () => {
  const api = await server.gql(
    `query ($id: ID!) { project(id: $id) { latestAnalysis { id reportUrls { html pdf csv } tr: reportUrls(language: TR) { pdf } } } }`,
    { id: projectId },
  );
  expect(api.errors).toBeUndefined();
  const { id, reportUrls, tr } = api.data.project.latestAnalysis;
  expect(reportUrls).toEqual({
    html: `/projects/${projectId}/report.html?analysisId=${id}&lang=en`,
    pdf: `/projects/${projectId}/report.pdf?analysisId=${id}&lang=en`,
    csv: `/projects/${projectId}/results.csv?analysisId=${id}`,
  });
  const pdf = await download(reportUrls.pdf);
  expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
  const html = await download(reportUrls.html);
  expect([html.status, html.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
  const csv = await download(reportUrls.csv);
  expect(csv.status).toBe(200);
  expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
  const turkish = await pdfText(Buffer.from(await (await download(tr.pdf)).arrayBuffer()));
  expect(turkish.pages[0]).toContain('Ekserji denetim raporu');
});

it('is authorised like the API: anonymous 401, a stranger 404 exactly like a missing project', async () => {
  await expectAuthorisedLikeTheApi(server, projectId, 'report.pdf');
  await expectAuthorisedLikeTheApi(server, projectId, 'report.html?lang=tr');
});

it('carries the "inputs changed" banner once the plant was edited after the run', async () => {
  expect((await report()).all).not.toContain('Inputs changed since this analysis');
  const edit = await server.gql(
    `mutation ($id: ID!) { updateProject(id: $id, input: { operatingHours: 5000 }) { id } }`,
    {
      id: projectId,
    },
  );
  expect(edit.errors).toBeUndefined();
  const { text, response } = await report();
  expect(response.headers.get('x-analysis-stale')).toBe('true');
  expect(text.pages[0]).toContain('Inputs changed since this analysis');
});

it('keeps a table that fits a page on one page, and repeats the header of one that does not', async () => {
  // the demo plant four times over: its recommendations table runs over more than a page
  const big = await analysedDemoCopies(server, 4);
  const response = await download(`/projects/${big}/report.pdf`);
  const { pages } = await pdfText(Buffer.from(await response.arrayBuffer()));
  const header = 'Equipment Measure Savings Investment Payback CO₂ avoided';
  const recommendationPages = pages.filter((page) => page.includes(header));
  expect(recommendationPages.length).toBeGreaterThanOrEqual(2); // the long table, its header on every page
  // every page the table continues on begins with its header (after the page's first line, the heading or nothing)
  const start = pages.findIndex((page) => page.includes('Recommendations Equipment Measure'));
  for (let i = start + 1; i < start + recommendationPages.length; i++) expect(pages[i].startsWith(header)).toBe(true);
  // the hotspot table (28 rows) fits a page: every unit's row is on the page that holds its header
  const hotspots = pages.find((page) => page.includes('Hotspots: where exergy is destroyed Equipment'))!;
  expect(hotspots).toBeDefined();
  for (const { name } of DEMO_EQUIPMENT) {
    expect(hotspots).toContain(`${name} #4 `);
  }
  // 28 labels would not fit the Grassmann diagram: it is drawn by type, each with its count, and says so
  const page = pages.slice(1).find((text) => text.includes('Grassmann diagram (exergy flows, kW) '))!;
  const sankey = page.slice(page.indexOf('Grassmann diagram'), page.indexOf('Fuel enters on the left'));
  for (const type of ['Boiler (4)', 'Air compressor (4)', 'Steam turbine (4)', 'Dryer (4)']) {
    expect(sankey).toContain(type);
  }
  expect(sankey).not.toContain('Steam boiler B-1');
  expect(page).toContain('The units are drawn by type');
});

it('renders a large plant’s report (105 units, in a worker thread) with every unit in it', async () => {
  const large = await analysedDemoCopies(server, 15);
  expect(LARGE_REPORT_UNITS).toBeLessThanOrEqual(105);
  const response = await download(`/projects/${large}/report.pdf?lang=tr`);
  expect(response.status).toBe(200);
  const { pages, pageCount } = await pdfText(Buffer.from(await response.arrayBuffer()));
  pages.forEach((page, i) => expect(page).toContain(`Sayfa ${i + 1} / ${pageCount}`));
  const co2 = pages.join('\n').slice(pages.join('\n').indexOf('Ekipman bazında CO₂'));
  for (let copy = 2; copy <= 15; copy++) {
    for (const { name } of DEMO_EQUIPMENT) expect(co2).toContain(`${name} #${copy} `);
  }
  const html = await download(`/projects/${large}/report.html`);
  expect(html.status).toBe(200);
  expect(await html.text()).toContain('Steam boiler B-1 #15');
});

it('reports a plant with no process, no links and no opportunities: every section there, empty ones saying so', async () => {
  const lone = await freshProject(server, { name: 'Lone electric boiler' });
  await addEquipment(server, lone, {
    name: 'E-boiler',
    type: 'BOILER',
    subtype: 'electric',
    parameters: { electric_power_kW: 500, steam_flow_kg_h: 700, steam_pressure_bar: 6 },
  });
  const run = await server.gql(`mutation ($id: ID!) { analyzeProject(id: $id) { gapAnalysis { status } } }`, {
    id: lone,
  });
  expect(run.errors).toBeUndefined();
  for (const file of ['report.pdf', 'report.pdf?lang=tr', 'report.html']) {
    expect((await download(`/projects/${lone}/${file}`)).status).toBe(200);
  }
  const { pages } = await pdfText(Buffer.from(await (await download(`/projects/${lone}/report.pdf`)).arrayBuffer()));
  const body = pages.slice(1).join('\n');
  expect(body).toContain('Heat-integration opportunities None.');
  expect(body).toContain('E-boiler Boiler, electric');
  expect(body).not.toMatch(/NaN|Infinity|undefined/);
});
