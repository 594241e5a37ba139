/**
 * A frontend on another origin (issue 16 "done when"): a page served by a plain HTTP server on another port of
 * 127.0.0.1, as a Vite dev server would serve it, logs in, lists its projects, creates one and runs an analysis
 * against the API in a real browser (Chromium through playwright-core) — CORS preflights and all. The page's
 * origin is in CORS_ORIGINS the way the development default (http://127.0.0.1:*) admits it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startTestServer, type TestServer } from '../support/server';

/** The frontend: plain fetch calls with JSON and a Bearer token, results written into the page. */
const PAGE = (
  api: string,
  email: string,
  password: string,
) => `<!doctype html><html><body><pre id="out">working</pre><script>
const api = ${JSON.stringify(api)};
async function gql(query, variables, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = 'Bearer ' + token;
  const response = await fetch(api, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
(async () => {
  const { login } = await gql('mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email: ${JSON.stringify(email)}, password: ${JSON.stringify(password)} });
  const token = login.token;
  const before = await gql('{ projects(first: 50) { totalCount } }', {}, token);
  const { createProject } = await gql('mutation { createProject(input: { name: "From the frontend" }) { id } }', {}, token);
  await gql('mutation ($p: ID!) { addEquipment(projectId: $p, input: { name: "C-1", type: COMPRESSOR, subtype: "screw", parameters: { power_kW: 37, flow_rate_m3_min: 6.2, outlet_pressure_bar: 7.5 } }) { id } }', { p: createProject.id }, token);
  const { analyzeProject } = await gql('mutation ($id: ID!) { analyzeProject(id: $id) { totals { exergyFuelKW } } }', { id: createProject.id }, token);
  const after = await gql('{ projects(first: 50) { totalCount } }', {}, token);
  document.getElementById('out').textContent = JSON.stringify({ before: before.projects.totalCount, after: after.projects.totalCount, fuel: analyzeProject.totals.exergyFuelKW });
})().catch((error) => { document.getElementById('out').textContent = 'failed: ' + error.message; });
</script></body></html>`;

let api: TestServer;
let frontend: Server;
let browser: Browser;
beforeAll(async () => {
  api = await startTestServer({ corsOrigins: ['http://127.0.0.1:*'] });
  frontend = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGE(api.url, api.user.email, api.user.password));
  });
  await new Promise<void>((resolve) => frontend.listen(0, '127.0.0.1', resolve));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => frontend?.close(resolve));
  await api?.close();
});

it('logs in, lists projects and runs an analysis from a page on another port', async () => {
  const page = await browser.newPage();
  const origin = `http://127.0.0.1:${(frontend.address() as AddressInfo).port}`;
  expect(new URL(api.url).port).not.toBe(new URL(origin).port);
  await page.goto(origin);
  await page.waitForFunction(
    () =>
      (
        globalThis as { document?: { getElementById(id: string): { textContent: string } | null } }
      ).document?.getElementById('out')?.textContent !== 'working',
  );
  const out = await page.locator('#out').innerText();
  expect(out).not.toMatch(/^failed/);
  const result = JSON.parse(out);
  expect(result.after).toBe(result.before + 1);
  expect(result.fuel).toBeCloseTo(37, 6); // the compressor's electric power is its exergy of fuel
  await page.close();
});
