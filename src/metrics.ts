/**
 * Prometheus metrics (METRICS=true): GraphQL requests by operation and outcome, analysis time, the analysis
 * queue and the database pool, plus prom-client's process metrics, on GET /metrics. One registry per server,
 * so two servers in one process (tests) never share counters. Labels come from bounded sets only.
 */
import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { AnalysisPool } from './modules/analysis/analysis-pool';
import { ErrorCode } from './graphql/errors';

/** Distinct operation names that get a label of their own; the rest are counted as `(other)`. */
export const MAX_OPERATION_LABELS = 100;
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
const ERROR_CODES = new Set<string>(Object.values(ErrorCode));

export interface ServerMetrics {
  contentType: string;
  /** The text exposition of every metric. */
  render(): Promise<string>;
  /** One GraphQL request answered: its operation name (null: none), its outcome ('ok' or an error code). */
  observeRequest(operationName: string | null, outcome: string, seconds: number): void;
}

/** The database pool (knex's tarn pool) when the driver has one. */
interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

function databasePool(orm: MikroORM): TarnPool | null {
  try {
    const pool = (orm.em as SqlEntityManager).getKnex().client?.pool as Partial<TarnPool> | undefined;
    return typeof pool?.numUsed === 'function' ? (pool as TarnPool) : null;
  } catch {
    return null;
  }
}

export function createMetrics({ orm, analysisPool }: { orm: MikroORM; analysisPool: AnalysisPool }): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const labelNames = ['operation', 'outcome'] as const;
  const requests = new Counter({
    name: 'exergylab_graphql_requests_total',
    help: 'GraphQL requests answered, by operation name and outcome (ok or the first error code).',
    labelNames,
    registers: [registry],
  });
  const requestSeconds = new Histogram({
    name: 'exergylab_graphql_request_duration_seconds',
    help: 'Time from the request to its answer, by operation name and outcome.',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const analysisSeconds = new Histogram({
    name: 'exergylab_analysis_duration_seconds',
    help: 'Computation of a plant analysis (waiting for a worker included), by thread and outcome.',
    labelNames: ['thread', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  analysisPool.observe = (seconds, thread, ok) =>
    analysisSeconds.observe({ thread, outcome: ok ? 'ok' : 'failed' }, seconds);
  new Gauge({
    name: 'exergylab_analysis_queue_length',
    help: 'Analyses waiting for a free worker thread.',
    registers: [registry],
    collect() {
      this.set(analysisPool.queued);
    },
  });
  new Gauge({
    name: 'exergylab_analysis_workers',
    help: 'Analysis worker threads, by state (busy or idle); at most ANALYSIS_WORKERS.',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      this.set({ state: 'busy' }, analysisPool.busy);
      this.set({ state: 'idle' }, analysisPool.threads - analysisPool.busy);
    },
  });
  const pool = databasePool(orm);
  if (pool) {
    new Gauge({
      name: 'exergylab_db_pool_connections',
      help: 'Database connections of the pool, by state: used, free, and pending (requests waiting for one).',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        this.set({ state: 'used' }, pool.numUsed());
        this.set({ state: 'free' }, pool.numFree());
        this.set({ state: 'pending' }, pool.numPendingAcquires());
      },
    });
  }

  const named = new Set<string>();
  function operationLabel(name: string | null): string {
    if (!name) return '(anonymous)';
    if (!OPERATION_NAME.test(name)) return '(other)';
    if (named.has(name)) return name;
    if (named.size >= MAX_OPERATION_LABELS) return '(other)';
    named.add(name);
    return name;
  }

  return {
    contentType: registry.contentType,
    render: () => registry.metrics(),
    observeRequest(operationName, outcome, seconds) {
      const labels = {
        operation: operationLabel(operationName),
        outcome: outcome === 'ok' || ERROR_CODES.has(outcome) ? outcome : 'OTHER',
      };
      requests.inc(labels);
      requestSeconds.observe(labels, seconds);
    },
  };
}
