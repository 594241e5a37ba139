/**
 * GET /metrics (METRICS=true): Prometheus text with GraphQL requests by operation and outcome, their
 * durations, analysis time, the analysis queue and the database pool. Off by default (404), and the
 * operation label stays bounded however many names clients invent.
 */
import { startTestServer, type TestServer } from '../support/server';
import { demoProject } from '../support/projects';
import { MAX_OPERATION_LABELS } from '../../src/metrics';

describe('METRICS unset', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('/metrics is 404 ROUTE_NOT_FOUND', async () => {
    const response = await fetch(`${server.baseUrl}/metrics`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('ROUTE_NOT_FOUND');
  });
});

describe('METRICS=true', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ metrics: true });
  });
  afterAll(() => server.close());

  async function scrape(): Promise<string> {
    const response = await fetch(`${server.baseUrl}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.text();
  }

  /** The value of the sample `name{labels}` (labels in the order prom-client writes them). */
  function sample(text: string, series: string): number | undefined {
    const line = text.split('\n').find((l) => l.startsWith(`${series} `));
    return line === undefined ? undefined : Number(line.slice(series.length + 1));
  }

  it('counts requests by operation and outcome, times them, and times analyses', async () => {
    const { projectId } = await demoProject(server);
    expect((await server.gql('query Catalog { fuels { key } }')).errors).toBeUndefined();
    expect((await server.gql('query Catalog { fuels { key } }')).errors).toBeUndefined();
    expect((await server.gql('{ me { email } }', {}, { authorization: '' })).errors![0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await server.gql('{ me {')).errors![0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const analysed = await server.gql(
      'mutation Analyse($id: ID!) { analyzeProject(id: $id) { totals { exergyDestroyedKW } } }',
      { id: projectId },
    );
    expect(analysed.errors).toBeUndefined();
    const notJson = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    expect(notJson.status).toBe(400);

    const text = await scrape();
    expect(sample(text, 'exergylab_graphql_requests_total{operation="Catalog",outcome="ok"}')).toBe(2);
    expect(sample(text, 'exergylab_graphql_requests_total{operation="Analyse",outcome="ok"}')).toBe(1);
    expect(sample(text, 'exergylab_graphql_requests_total{operation="(anonymous)",outcome="UNAUTHENTICATED"}')).toBe(1);
    expect(
      sample(text, 'exergylab_graphql_requests_total{operation="(anonymous)",outcome="GRAPHQL_PARSE_FAILED"}'),
    ).toBe(1);
    expect(sample(text, 'exergylab_graphql_requests_total{operation="(anonymous)",outcome="BAD_REQUEST"}')).toBe(1);
    expect(sample(text, 'exergylab_graphql_request_duration_seconds_count{operation="Catalog",outcome="ok"}')).toBe(2);
    expect(
      sample(text, 'exergylab_graphql_request_duration_seconds_bucket{le="+Inf",operation="Catalog",outcome="ok"}'),
    ).toBe(2);
    expect(sample(text, 'exergylab_analysis_duration_seconds_count{thread="inline",outcome="ok"}')).toBe(1);
    expect(sample(text, 'exergylab_analysis_duration_seconds_sum{thread="inline",outcome="ok"}')).toBeGreaterThan(0);
    expect(sample(text, 'exergylab_analysis_queue_length')).toBe(0);
    expect(sample(text, 'exergylab_analysis_workers{state="busy"}')).toBe(0);
    expect(sample(text, 'exergylab_db_pool_connections{state="used"}')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'exergylab_db_pool_connections{state="free"}')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    // Variables and tokens never reach a label.
    expect(text).not.toContain(projectId);
    expect(text).not.toContain(server.user.token);
  });

  it('gives at most MAX_OPERATION_LABELS names a label of their own; the rest are (other)', async () => {
    for (let i = 0; i < MAX_OPERATION_LABELS + 10; i += 1) {
      expect((await server.gql(`query Invented${i} { __typename }`)).errors).toBeUndefined();
    }
    const text = await scrape();
    const operations = new Set(
      [...text.matchAll(/^exergylab_graphql_requests_total\{operation="([^"]*)"/gm)].map((match) => match[1]),
    );
    expect(operations.size).toBeLessThanOrEqual(MAX_OPERATION_LABELS + 2); // + (anonymous) and (other)
    expect(operations.has('(other)')).toBe(true);
  });
});
