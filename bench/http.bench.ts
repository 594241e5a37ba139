/**
 * The real server over HTTP: the compiled `dist/src/main.js` as a child
 * process, on SQLite (a fresh temp file) and, when DATABASE_URL is set, on a
 * fresh PostgreSQL database made for the run and dropped afterwards.
 *
 * Workloads (bench/workload.ts): analyzeProject on 7, 70 and 700 equipment,
 * sequential after as many warm-ups; and the project read with 10 concurrent
 * keep-alive clients for 20 s on the 7- and 70-equipment projects. Each
 * workload runs in a server of its own, so no row carries what an earlier one
 * left in the heap. For each: median and p95 latency, requests/s, the
 * server's own CPU per request (/proc/<pid>/stat utime+stime) and its peak
 * RSS while the workload ran (VmHWM, reset when its measurement starts).
 * Numbers never fail the bench; a server error (GraphQL errors, a non-200, a
 * crash) does.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createDatabase, dropDatabase } from '../src/db/postgres-admin';
import {
  PROCESS,
  PROJECT_ENERGY_PRICE_EUR_PER_KWH,
  PROJECT_OPERATING_HOURS,
  equipmentInputs,
  type EquipmentInput,
} from './workload';

const MAIN_JS = join(__dirname, '../src/main.js');
// BENCH_ANALYZE_SCALE multiplies the analyses per workload (a longer run for a profile).
const ANALYZE_SCALE = Number(process.env.BENCH_ANALYZE_SCALE ?? 1);
const ANALYZE_RUNS: Record<number, number> = { 7: 100 * ANALYZE_SCALE, 70: 30 * ANALYZE_SCALE, 700: 5 * ANALYZE_SCALE };
/**
 * Analyses before the measured ones, about 10,000 unit analyses for every size: V8 reaches its steady state (engine
 * code optimised, doubles unboxed, so far less garbage) only after some thousands of calls of each engine — a
 * 7-unit analysis costs the server about a third more CPU after 300 analyses than after 1,500 (the engine alone
 * three times more) — and the rows measure a server that has run for a while, not one just started.
 */
const ANALYZE_WARM_UPS: Record<number, number> = { 7: 1500, 70: 150, 700: 15 };
const READ_WARM_UPS = 200;
const READ_CLIENTS = 10;
const READ_SECONDS = Number(process.env.BENCH_READ_SECONDS ?? 20);
const BATCH = 500;

type Result = { name: string; value: number; unit: string };

interface Row {
  workload: string;
  database: string;
  medianMs: number;
  p95Ms: number;
  p99Ms: number;
  perSecond: number;
  cpuMsPerRequest: number;
  peakRssMB: number;
}

const ANALYZE = `mutation Analyze($id: ID!) {
  analyzeProject(id: $id) {
    id
    totals {
      equipmentCount exergyFuelKW exergyProductKW exergyLossKW exergyDestroyedKW exergeticEfficiencyPct
      exergyDestroyedAvoidableKW exergyDestroyedUnavoidableKW internalExergyKW annualLossKWh annualLossEur
      balanceResidualKW
    }
    hotspots {
      equipmentId name type subtype exergyDestroyedKW sharePct cumulativeSharePct exergeticEfficiencyPct
      annualLossEur priority
    }
    integrationOpportunities {
      pattern title source sourceId target targetId recoverableKW savingsEurPerYear investmentEur paybackYears
      complexity sourceTemperatureC sinkTemperatureC
    }
    gapAnalysis {
      grade actualExergyKW minimumExergyKW batExergyKW totalGapKW batGapKW technologyGapKW
      exergeticSustainabilityIndex annualTotalGapCostEur annualBatGapCostEur
    }
    equipmentResults { exergyFuelKW exergyProductKW exergyLossKW exergyDestroyedKW exergeticEfficiencyPct }
  }
}`;

const READ = `query Read($id: ID!) {
  project(id: $id) {
    name
    equipment {
      name type subtype parameters
      analysis { exergyFuelKW exergyProductKW exergyLossKW exergyDestroyedKW exergeticEfficiencyPct }
    }
    latestAnalysis {
      totals {
        equipmentCount exergyFuelKW exergyProductKW exergyLossKW exergyDestroyedKW exergeticEfficiencyPct
        annualLossKWh annualLossEur
      }
      gapAnalysis { grade }
    }
  }
}`;

/** The stack's own floor: a signed-in request that reads one row (HTTP, middleware, Apollo, the session, the account). */
const FLOOR = `query Floor { me { id } }`;

const REGISTER = `mutation Register($input: RegisterInput!) { register(input: $input) { token } }`;
const CREATE_PROJECT = `mutation Create($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
const ADD_BATCH = `mutation Add($projectId: ID!, $inputs: [EquipmentInput!]!) {
  addEquipmentBatch(projectId: $projectId, inputs: $inputs) { id }
}`;

class ServerError extends Error {}

// ---------------------------------------------------------------- HTTP client

interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The session token of the bench's account on each server, by GraphQL URL. */
const sessions = new Map<string, string>();

function post(agent: Agent, url: URL, query: string, variables: Record<string, unknown>): Promise<GraphQLResponse> {
  const body = JSON.stringify({ query, variables });
  const token = sessions.get(url.href);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: GraphQLResponse;
          try {
            json = JSON.parse(text) as GraphQLResponse;
          } catch {
            reject(new ServerError(`HTTP ${res.statusCode}: ${text.slice(0, 500)}`));
            return;
          }
          if (res.statusCode !== 200 || json.errors?.length) {
            reject(new ServerError(`HTTP ${res.statusCode}: ${JSON.stringify(json.errors ?? json).slice(0, 2000)}`));
            return;
          }
          resolve(json);
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

// ------------------------------------------------------------- child server

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

interface Server {
  child: ChildProcess;
  url: URL;
  logLines: string[];
  exited: Promise<number | string>;
}

async function startServer(env: Record<string, string>): Promise<Server> {
  if (!existsSync(MAIN_JS)) throw new Error(`${MAIN_JS} is missing: run npm run build first`);
  const port = await freePort();
  // BENCH_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`) profiles the server itself.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, MAIN_JS], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      MIGRATE_ON_START: 'true',
      // The /healthz workload analyses a 5,005-unit plant, above the default cap of 2,000.
      MAX_EQUIPMENT_PER_PROJECT: '6000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logLines: string[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => logLines.push(line));
  createInterface({ input: child.stderr! }).on('line', (line) => logLines.push(line));
  let exitCode: number | string | null = null;
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => {
      exitCode = code ?? signal ?? -1;
      resolve(exitCode);
    }),
  );
  const url = new URL(`http://127.0.0.1:${port}/graphql`);
  const agent = new Agent({ keepAlive: false });
  const deadline = Date.now() + 60000;
  for (;;) {
    if (exitCode !== null) throw new ServerError(`server exited (${exitCode}) on start:\n${logLines.join('\n')}`);
    try {
      await post(agent, url, '{ __typename }', {});
      break;
    } catch (error) {
      if (error instanceof ServerError) throw error;
      if (Date.now() > deadline) throw new ServerError(`server did not start:\n${logLines.join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  // The workload speaks as one account, as a client of the API would.
  const registered = await post(agent, url, REGISTER, {
    input: { email: `bench-${port}@bench.example`, password: 'bench-password-1', name: 'Bench' },
  });
  sessions.set(url.href, (registered.data!.register as { token: string }).token);
  agent.destroy();
  return { child, url, logLines, exited };
}

async function stopServer(server: Server): Promise<void> {
  // BENCH_SERVER_LOG=<file> keeps what the server printed (with BENCH_NODE_ARGS=--trace-gc, its collections).
  if (process.env.BENCH_SERVER_LOG)
    writeFileSync(process.env.BENCH_SERVER_LOG, server.logLines.join('\n'), { flag: 'a' });
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 10000);
  await server.exited;
  clearTimeout(timer);
}

// ------------------------------------------------------ server measurements

let clockTicks: number | null = null;
function ticksPerSecond(): number {
  if (clockTicks === null) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** utime and stime (ms) of a /proc `stat` file's text: a process's, or one of its threads'. */
function statTimes(stat: string): { user: number; system: number } {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state); utime and stime are fields 14 and 15.
  return {
    user: (Number(fields[11]) * 1000) / ticksPerSecond(),
    system: (Number(fields[12]) * 1000) / ticksPerSecond(),
  };
}

/** utime + stime of the process (all its threads), ms. */
function cpuMs(pid: number): number {
  const { user, system } = statTimes(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  return user + system;
}

/** BENCH_THREADS=1 prints each workload's server CPU by thread (user/system ms per request): a diagnostic. */
const THREAD_BREAKDOWN = process.env.BENCH_THREADS === '1';

/** utime and stime (ms) of each thread of the process, by a label of the thread. */
function threadCpu(pid: number): Map<string, { user: number; system: number }> {
  const byThread = new Map<string, { user: number; system: number }>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // the thread ended meanwhile
    }
    // Node names few of its threads: the main thread is the one whose id is the process's
    const label = tid === String(pid) ? 'main' : `${stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))} ${tid}`;
    byThread.set(label, statTimes(stat));
  }
  return byThread;
}

function printThreadCpu(
  before: Map<string, { user: number; system: number }>,
  after: Map<string, { user: number; system: number }>,
  requests: number,
): void {
  for (const [label, { user, system }] of after) {
    const was = before.get(label) ?? { user: 0, system: 0 };
    if (user + system - was.user - was.system < requests * 0.05) continue;
    const perRequest = (ms: number) => (ms / requests).toFixed(2);
    console.error(
      `  thread ${label.padEnd(16)} user ${perRequest(user - was.user)} sys ${perRequest(system - was.system)} ms/req`,
    );
  }
}

/** Starts the process's VmHWM afresh from its current RSS (Linux ≥ 4.0; where not allowed, the peak stays lifelong). */
function resetPeakRss(pid: number): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // the peak then covers the server's whole life, which is still one workload's
  }
}

/** VmHWM of the process, MB. */
function peakRssMB(pid: number): number {
  const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

function median(sorted: number[]): number {
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function measure(
  server: Server,
  workload: string,
  database: string,
  work: () => Promise<number[]>,
): Promise<Row> {
  const pid = server.child.pid!;
  resetPeakRss(pid);
  const cpuBefore = cpuMs(pid);
  const threadsBefore = THREAD_BREAKDOWN ? threadCpu(pid) : null;
  const start = process.hrtime.bigint();
  const latencies = await work();
  const elapsedS = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = cpuMs(pid) - cpuBefore;
  if (threadsBefore) printThreadCpu(threadsBefore, threadCpu(pid), latencies.length);
  latencies.sort((a, b) => a - b);
  const row: Row = {
    workload,
    database,
    medianMs: median(latencies),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    perSecond: latencies.length / elapsedS,
    cpuMsPerRequest: cpu / latencies.length,
    peakRssMB: peakRssMB(pid),
  };
  console.error(
    `[http bench] ${database} ${workload}: ${latencies.length} requests, median ${row.medianMs.toFixed(1)} ms, ` +
      `${row.cpuMsPerRequest.toFixed(1)} server CPU ms/req`,
  );
  return row;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

// ---------------------------------------------------------------- workloads

async function createProject(agent: Agent, url: URL, copies: number): Promise<string> {
  const created = await post(agent, url, CREATE_PROJECT, {
    input: {
      name: `HTTP bench ${copies * 7} equipment`,
      sector: 'textile',
      operatingHours: PROJECT_OPERATING_HOURS,
      energyPriceEurPerKWh: PROJECT_ENERGY_PRICE_EUR_PER_KWH,
      process: PROCESS,
    },
  });
  const id = (created.data!.createProject as { id: string }).id;
  const inputs: EquipmentInput[] = equipmentInputs(copies);
  for (let i = 0; i < inputs.length; i += BATCH) {
    await post(agent, url, ADD_BATCH, { projectId: id, inputs: inputs.slice(i, i + BATCH) });
  }
  return id;
}

/** BENCH_ONLY (a regular expression, e.g. `read 7`) measures only the workloads it matches (for profiling). */
const ONLY = new RegExp(process.env.BENCH_ONLY ?? '.');

/** GET /healthz every 10 ms while a 5,005-unit plant is analysed: the event loop must keep answering. */
const HEALTHZ_PLANT_COPIES = 715;

function getHealthz(agent: Agent, url: URL): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(new URL('/healthz', url), { agent }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new ServerError(`healthz ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end();
  });
}

/** One row of the table: `key` is what BENCH_ONLY matches; `measure` runs against a project of `copies` × 7 units. */
interface Workload {
  key: string;
  copies: number;
  measure(server: Server, agent: Agent, database: string, projectId: string): Promise<Row>;
}

function analyzeWorkload(count: number): Workload {
  return {
    key: `analyzeProject ${count}`,
    copies: count / 7,
    async measure(server, agent, database, projectId) {
      const variables = { id: projectId };
      for (let i = 0; i < ANALYZE_WARM_UPS[count]; i++) await post(agent, server.url, ANALYZE, variables);
      return measure(server, `analyzeProject ${count}`, database, async () => {
        const latencies: number[] = [];
        for (let i = 0; i < ANALYZE_RUNS[count]; i++) {
          latencies.push(await timed(() => post(agent, server.url, ANALYZE, variables)));
        }
        return latencies;
      });
    },
  };
}

const HEALTHZ_WORKLOAD: Workload = {
  key: 'healthz',
  copies: HEALTHZ_PLANT_COPIES,
  measure(server, agent, database, projectId) {
    return measure(server, `/healthz during analyzeProject ${HEALTHZ_PLANT_COPIES * 7}`, database, async () => {
      const latencies: number[] = [];
      let analysing = true;
      const analysis = post(agent, server.url, `mutation ($id: ID!) { analyzeProject(id: $id) { id } }`, {
        id: projectId,
      }).finally(() => (analysing = false));
      while (analysing) {
        latencies.push(await timed(() => getHealthz(agent, server.url)));
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await analysis;
      return latencies;
    });
  },
};

/** READ_CLIENTS keep-alive clients sending `query` for READ_SECONDS, after READ_WARM_UPS of it. */
async function concurrentReads(
  server: Server,
  agent: Agent,
  database: string,
  workload: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<Row> {
  for (let i = 0; i < READ_WARM_UPS; i++) await post(agent, server.url, query, variables);
  return measure(server, `${workload} ×${READ_CLIENTS}`, database, async () => {
    const latencies: number[] = [];
    const end = Date.now() + READ_SECONDS * 1000;
    const client = async () => {
      while (Date.now() < end) latencies.push(await timed(() => post(agent, server.url, query, variables)));
    };
    await Promise.all(Array.from({ length: READ_CLIENTS }, client));
    return latencies;
  });
}

function readWorkload(count: number): Workload {
  return {
    key: `project read ${count}`,
    copies: count / 7,
    async measure(server, agent, database, projectId) {
      const variables = { id: projectId };
      // The read selects the latest analysis: the project has one.
      await post(agent, server.url, ANALYZE, variables);
      return concurrentReads(server, agent, database, `project read ${count}`, READ, variables);
    },
  };
}

/** Not a target of the issue: what any signed-in request costs here, below which no workload can go. */
const FLOOR_WORKLOAD: Workload = {
  key: 'floor',
  copies: 1,
  measure: (server, agent, database) => concurrentReads(server, agent, database, 'floor: { me { id } }', FLOOR, {}),
};

const WORKLOADS: readonly Workload[] = [
  analyzeWorkload(7),
  analyzeWorkload(70),
  analyzeWorkload(700),
  HEALTHZ_WORKLOAD,
  readWorkload(7),
  readWorkload(70),
  FLOOR_WORKLOAD,
];

/** Each workload BENCH_ONLY selects, in a fresh server on the database of `env`. */
async function benchDatabase(database: string, env: () => Record<string, string>): Promise<Row[]> {
  const rows: Row[] = [];
  for (const workload of WORKLOADS.filter((w) => ONLY.test(w.key))) {
    const server = await startServer(env());
    const agent = new Agent({ keepAlive: true, maxSockets: READ_CLIENTS });
    try {
      const projectId = await createProject(agent, server.url, workload.copies);
      rows.push(await workload.measure(server, agent, database, projectId));
    } catch (error) {
      console.error(`[http bench] ${database} ${workload.key}: server error\n${server.logLines.slice(-20).join('\n')}`);
      throw error;
    } finally {
      agent.destroy();
      await stopServer(server);
    }
  }
  return rows;
}

async function benchSqlite(): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'exergylab-http-bench-'));
  try {
    let servers = 0;
    // A database file per server: each workload starts from an empty database.
    return await benchDatabase('SQLite', () => ({ DATABASE_URL: '', SQLITE_PATH: join(dir, `bench-${++servers}.db`) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchPostgres(adminUrl: string): Promise<Row[]> {
  const name = `exergylab_http_bench_${process.pid}_${Date.now()}`;
  const url = await createDatabase(adminUrl, name);
  try {
    return await benchDatabase('PostgreSQL', () => ({ DATABASE_URL: url }));
  } finally {
    await dropDatabase(adminUrl, name);
  }
}

function markdownTable(rows: Row[]): string {
  const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
  const lines = [
    '| workload | database | median ms | p95 ms | p99 ms | req/s | server CPU ms/req | peak RSS MB |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.workload} | ${r.database} | ${fixed(r.medianMs, 1)} | ${fixed(r.p95Ms, 1)} | ${fixed(r.p99Ms, 1)} | ` +
        `${fixed(r.perSecond, 1)} | ` +
        `${fixed(r.cpuMsPerRequest, 1)} | ${fixed(r.peakRssMB, 0)} |`,
    ),
  ];
  return lines.join('\n');
}

export async function run(): Promise<Result[]> {
  const rows = await benchSqlite();
  const adminUrl = process.env.DATABASE_URL?.trim();
  if (adminUrl) rows.push(...(await benchPostgres(adminUrl)));

  console.log(`\n${markdownTable(rows)}\n`);
  return rows.flatMap((r) => {
    const label = `${r.workload} [${r.database}]`;
    return [
      { name: `${label} median`, value: r.medianMs, unit: 'ms' },
      { name: `${label} p95`, value: r.p95Ms, unit: 'ms' },
      { name: `${label} throughput`, value: r.perSecond, unit: 'req/s' },
      { name: `${label} server CPU`, value: r.cpuMsPerRequest, unit: 'ms/req' },
      { name: `${label} peak RSS`, value: r.peakRssMB, unit: 'MB' },
    ];
  });
}
