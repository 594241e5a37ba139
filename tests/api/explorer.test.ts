/**
 * The explorers over HTTP: GraphiQL's page and assets (types, CSP with no other origin), and EXPLORER:
 * with NODE_ENV=production neither GraphiQL nor Sandbox is served unless EXPLORER=true.
 */
import { startTestServer, type TestServer } from '../support/server';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { killChildServers, startChildServer } from '../support/child-server';

describe('GraphiQL at /graphiql', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('is an HTML page whose CSP admits scripts, styles and requests of this origin only', async () => {
    const response = await fetch(`${server.baseUrl}/graphiql`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toMatch(/(^|; )default-src 'none'(;|$)/);
    expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(csp).toMatch(/(^|; )connect-src 'self'(;|$)/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/https?:|\*|unsafe/);
    const html = await response.text();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(sources.length).toBeGreaterThan(4);
    for (const source of sources) expect(source).toMatch(/^\/graph(iql\/assets\/[\w.-]+|ql)$/);
    expect(html).not.toMatch(/<script>|<style|style="/); // nothing inline for the CSP to refuse
  });

  it('serves its scripts and styles with their content types', async () => {
    const expected: Record<string, RegExp> = {
      'react.production.min.js': /javascript/,
      'react-dom.production.min.js': /javascript/,
      'graphiql.min.js': /javascript/,
      'start.js': /javascript/,
      'graphiql.min.css': /text\/css/,
      'page.css': /text\/css/,
    };
    for (const [name, type] of Object.entries(expected)) {
      const response = await fetch(`${server.baseUrl}/graphiql/assets/${name}`, {
        headers: { 'accept-encoding': 'identity' },
      });
      expect({ name, status: response.status }).toEqual({ name, status: 200 });
      expect(response.headers.get('content-type')).toMatch(type);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect((await response.text()).length).toBeGreaterThan(100);
    }
  });

  it('serves nothing else from node_modules: other names are 404 ROUTE_NOT_FOUND', async () => {
    for (const path of [
      '/graphiql/assets/package.json',
      '/graphiql/assets/..%2Fpackage.json',
      '/graphiql/assets/graphiql.js',
      '/graphiql/other',
    ]) {
      const response = await fetch(`${server.baseUrl}${path}`);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(((await response.json()) as any).errors[0].extensions.code).toBe('ROUTE_NOT_FOUND');
    }
  });
});

describe('EXPLORER with NODE_ENV=production', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    killChildServers();
    await db.cleanup();
  });

  const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), MIGRATE_ON_START: 'true' };

  async function explorers(env: Record<string, string>) {
    const child = await startChildServer({ ...db.env, ...production, ...env });
    try {
      const graphiql = await fetch(child.url.replace(/\/graphql$/, '/graphiql'));
      const sandbox = await fetch(child.url, { headers: { accept: 'text/html' } });
      return {
        graphiql: { status: graphiql.status, body: await graphiql.text() },
        sandbox: { status: sandbox.status, type: sandbox.headers.get('content-type'), body: await sandbox.text() },
      };
    } finally {
      child.process.kill('SIGTERM');
      await child.exited;
    }
  }

  it('unset: /graphiql is 404 ROUTE_NOT_FOUND and GET /graphql is no Sandbox page', async () => {
    const { graphiql, sandbox } = await explorers({});
    expect(graphiql.status).toBe(404);
    expect(JSON.parse(graphiql.body).errors[0].extensions.code).toBe('ROUTE_NOT_FOUND');
    expect(sandbox.type).not.toMatch(/html/);
    expect(sandbox.body).not.toMatch(/embeddable-sandbox/);
    expect(JSON.parse(sandbox.body).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('EXPLORER=true: both are served', async () => {
    const { graphiql, sandbox } = await explorers({ EXPLORER: 'true' });
    expect(graphiql.status).toBe(200);
    expect(graphiql.body).toMatch(/graphiql\.min\.js/);
    expect(sandbox.status).toBe(200);
    expect(sandbox.body).toMatch(/embeddable-sandbox/);
  });
});
