/**
 * The HTML audit report (issue 17, HTML part) in a real browser (Debian's Chromium through playwright-core): the
 * demo plant's report renders with no console error and no CSP violation, every section is there with the
 * Grassmann diagram laid out by d3-sankey, Turkish works, a stale run carries its banner, and a screenshot of the
 * first page is kept as a test artifact (test-artifacts/report-page1.png).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startTestServer, type TestServer } from '../support/server';
import { demoProject } from '../support/projects';

const ARTIFACTS = join(__dirname, '../../test-artifacts');
const SECTIONS = [
  'cover',
  'summary',
  'totals',
  'sankey',
  'gap',
  'hotspots',
  'balances',
  'co2',
  'opportunities',
  'recommendations',
  'advanced',
  'methods',
  'warnings',
];

let server: TestServer;
let browser: Browser;
let projectId: string;
beforeAll(async () => {
  server = await startTestServer();
  ({ projectId } = await demoProject(server));
  const run = await server.gql(`mutation ($id: ID!) { analyzeProject(id: $id) { id } }`, { id: projectId });
  expect(run.errors).toBeUndefined();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string) {
  const context = await browser.newContext({ extraHTTPHeaders: { authorization: `Bearer ${server.user.token}` } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const response = await page.goto(`${server.baseUrl}${path}`);
  return { page, problems, response, close: () => context.close() };
}

it('renders every section of the demo plant with no console error, and keeps a screenshot of page 1', async () => {
  const { page, problems, response, close } = await open(`/projects/${projectId}/report.html`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toMatch(/default-src 'none'; style-src 'sha256-/);
  for (const id of SECTIONS) expect(await page.locator(`#${id}`).count()).toBe(1);
  expect(await page.locator('svg.sankey path').count()).toBeGreaterThan(5);
  expect(await page.locator('svg.sankey rect').count()).toBeGreaterThan(5);
  expect(await page.locator('#stale').count()).toBe(0);
  // the stylesheet applied (the CSP admits it by hash): headings carry its border
  const border = await page
    .locator('h2')
    .first()
    .evaluate(
      (h) =>
        (
          h.ownerDocument.defaultView as { getComputedStyle(e: unknown): { borderBottomStyle: string } }
        ).getComputedStyle(h).borderBottomStyle,
    );
  expect(border).toBe('solid');
  expect(await page.locator('h1').innerText()).toContain('Exergy audit report');
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.setViewportSize({ width: 1240, height: 1754 }); // an A4 page at 150 dpi
  await page.screenshot({ path: join(ARTIFACTS, 'report-page1.png') });
  expect(existsSync(join(ARTIFACTS, 'report-page1.png'))).toBe(true);
  expect(problems).toEqual([]);
  await close();
});

it('speaks Turkish with ?lang=tr, and a stale run says so on its first page', async () => {
  const { page, problems, close } = await open(`/projects/${projectId}/report.html?lang=tr`);
  expect(await page.locator('#summary h2').innerText()).toBe('Yönetici özeti');
  expect(await page.locator('html').getAttribute('lang')).toBe('tr');
  await close();
  await server.gql(`mutation ($id: ID!) { updateProject(id: $id, input: { operatingHours: 7500 }) { id } }`, {
    id: projectId,
  });
  const stale = await open(`/projects/${projectId}/report.html`);
  expect(await stale.page.locator('#stale').innerText()).toMatch(/Inputs changed since this analysis/);
  await stale.close();
  expect(problems).toEqual([]);
});

it('is authorised like the API and refuses an unknown language', async () => {
  const anonymous = await fetch(`${server.baseUrl}/projects/${projectId}/report.html`);
  expect(anonymous.status).toBe(401);
  const stranger = await server.newUser('stranger');
  const hidden = await fetch(`${server.baseUrl}/projects/${projectId}/report.html`, {
    headers: { authorization: `Bearer ${stranger.token}` },
  });
  expect(hidden.status).toBe(404);
  const bad = await fetch(`${server.baseUrl}/projects/${projectId}/report.html?lang=de`, {
    headers: { authorization: `Bearer ${server.user.token}` },
  });
  expect(bad.status).toBe(400);
});
