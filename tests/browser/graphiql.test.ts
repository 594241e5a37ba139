/**
 * GraphiQL at /graphiql in a real browser (Debian's Chromium through playwright-core), offline: every request
 * not to 127.0.0.1 is aborted and recorded, so a script or font from a CDN would show up (and fail) here.
 * A query without a token is refused; with the token typed into the Headers editor it answers.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The CodeMirror 5 editor inside `selector` (GraphiQL 3's editors), read and written as a user's edit would. */
async function editor(page: Page, selector: string, value?: string): Promise<string> {
  return page.$eval(
    `${selector} .CodeMirror`,
    (element, text) => {
      const codeMirror = (element as unknown as { CodeMirror: { setValue(v: string): void; getValue(): string } })
        .CodeMirror;
      if (text !== null) codeMirror.setValue(text);
      return codeMirror.getValue();
    },
    value ?? null,
  );
}

/** Presses Run like a user and waits until the result pane shows `expected`. */
async function run(page: Page, expected: string): Promise<string> {
  const before = await editor(page, '.result-window');
  await page.click('.graphiql-execute-button');
  const deadline = Date.now() + 15_000;
  for (;;) {
    const result = await editor(page, '.result-window');
    if (result !== before && result.includes(expected)) return result;
    if (Date.now() > deadline) throw new Error(`the result pane never showed ${expected}: ${result}`);
    await page.waitForTimeout(100);
  }
}

it('loads from this server only, and runs a query with the Authorization header from the Headers editor', async () => {
  const page = await browser.newPage();
  const external: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    external.push(url.href);
    return route.abort();
  });
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  // A script source string: the test compiles without the DOM's types.
  await page.addInitScript(
    "addEventListener('securitypolicyviolation', (e) => reportViolation(e.violatedDirective + ' ' + e.blockedURI))",
  );
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await page.goto(`${server.baseUrl}/graphiql`);
  await page.waitForSelector('.graphiql-query-editor .CodeMirror');
  // The hint about the token and the link to Sandbox are on the page; the Headers tab is open.
  expect(await page.textContent('.hint')).toMatch(/Bearer <token>.*Authorization/s);
  expect(await page.getAttribute('.hint a', 'href')).toBe('/graphql');
  await page.waitForSelector('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror');

  await editor(page, '.graphiql-query-editor', '{ me { email } }');
  expect(await run(page, 'UNAUTHENTICATED')).not.toContain(server.user.email);

  const headers = '.graphiql-editor-tool .graphiql-editor:not(.hidden)';
  expect(await editor(page, headers)).toContain('"Authorization"');
  await editor(page, headers, JSON.stringify({ Authorization: `Bearer ${server.user.token}` }));
  const answer = JSON.parse(await run(page, server.user.email));
  expect(answer).toEqual({ data: { me: { email: server.user.email } } });
  if (process.env.GRAPHIQL_SCREENSHOT) await page.screenshot({ path: process.env.GRAPHIQL_SCREENSHOT });

  expect(external).toEqual([]);
  expect(violations).toEqual([]);
  expect(pageErrors).toEqual([]);
  await page.close();
});
