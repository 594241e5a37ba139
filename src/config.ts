/**
 * Configuration, read from the environment (documented in .env.example; main.ts loads `.env` into it first).
 *
 * DATABASE_URL (a postgresql:// URL) selects PostgreSQL; otherwise SQLite at
 * SQLITE_PATH (default ./exergylab.db). PORT defaults to 4000.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';

export type DatabaseConfig = { kind: 'sqlite'; sqlitePath: string } | { kind: 'postgresql'; url: string };

export interface AppConfig {
  port: number;
  host: string;
  database: DatabaseConfig;
  logLevel: string;
  /**
   * TRUST_PROXY: Express's "trust proxy" (e.g. `loopback`, `10.0.0.0/8`, or a hop count): which proxies'
   * X-Forwarded-For names the client, for the per-address login limit. Unset: the socket's address.
   */
  trustProxy: string | number | null;
  /**
   * CORS_ORIGINS: origins a browser page may call the API from (comma-separated; `*` stands for any run of
   * characters but `/`, e.g. `http://localhost:*`). Default: none in production, local pages in development.
   */
  corsOrigins: string[];
  /**
   * EXPLORER: Apollo Sandbox on a browser's GET /graphql and GraphiQL at /graphiql. Default: on in development,
   * off with NODE_ENV=production (where `EXPLORER=true` turns them on).
   */
  explorer: boolean;
  /** METRICS: Prometheus metrics at GET /metrics (default false). */
  metrics: boolean;
  /** Apply pending migrations on start (default true). */
  migrateOnStart: boolean;
  /** Reject queries nested deeper than this (default 12). */
  maxQueryDepth: number;
  /** Worker threads for analyses of large plants (default the number of cores; 0 = all inline). */
  analysisWorkers: number;
  /** READ_CACHE_MB: answers of queries kept until the data changes (src/graphql/read-cache.ts); default 16, 0 = off. */
  readCacheMB: number;
  limits: RequestLimits;
  auth: {
    /** JWT_SECRET; required in production, generated and stored in the database otherwise. */
    jwtSecret: string | null;
    /** JWT_TTL: session lifetime in seconds, or with a unit: 30m, 12h, 7d (default 7d). */
    jwtTtlSeconds: number;
    /** LOGIN_RATE_LIMIT: login/registration attempts per minute per email and per address (default 10). */
    loginRateLimit: number;
  };
  interpreter: {
    url: string | null;
    apiKey: string | null;
    model: string | null;
    timeoutMs: number;
    maxRetries: number;
  };
}

/** What one request may cost; each refusal names the measured value and the limit. */
export interface RequestLimits {
  /** Estimated cost of an operation (src/graphql/cost-limits.ts). */
  maxQueryCost: number;
  /** Aliased fields in one document. */
  maxAliases: number;
  /** Lexical tokens in one document (the parser stops beyond). */
  maxQueryTokens: number;
  /** Live equipment in one project. */
  maxEquipmentPerProject: number;
}

export const DEFAULT_LIMITS: RequestLimits = {
  maxQueryCost: 200_000,
  maxAliases: 100,
  maxQueryTokens: 5_000,
  maxEquipmentPerProject: 2_000,
};

export const DEFAULT_READ_CACHE_MB = 16;

export class ConfigError extends Error {}

/**
 * Loads `.env` of the working directory (or ENV_FILE) into process.env, if there is one; variables already set
 * in the environment win. Returns the file's path, or null. The server and the MikroORM CLI config call it.
 */
export function loadEnvFile(): string | null {
  const path = process.env.ENV_FILE?.trim() || '.env';
  if (!existsSync(path)) return null;
  process.loadEnvFile(path);
  return path;
}

function readInt(env: NodeJS.ProcessEnv, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${key} must be an integer in [${min}, ${max}], got "${raw}"`);
  }
  return value;
}

export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new ConfigError('DATABASE_URL must be a postgresql:// URL (leave it unset to use SQLite)');
    }
    return { kind: 'postgresql', url };
  }
  return { kind: 'sqlite', sqlitePath: env.SQLITE_PATH?.trim() || './exergylab.db' };
}

/** Where the database is, for logs: the SQLite path, or PostgreSQL's host, port and name (never user or password). */
export function describeDatabase(
  db: DatabaseConfig,
): { kind: 'sqlite'; path: string } | { kind: 'postgresql'; host: string; port: number; database: string } {
  if (db.kind === 'sqlite') return { kind: 'sqlite', path: db.sqlitePath };
  let url: URL | null = null;
  try {
    url = new URL(db.url);
  } catch {
    // pg accepts URLs the WHATWG parser does not; the log then names no location rather than leak one.
  }
  return {
    kind: 'postgresql',
    host: url?.hostname || 'localhost',
    port: Number(url?.port || 5432),
    database: decodeURIComponent(url?.pathname.slice(1) ?? '') || '(default)',
  };
}

const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds from `604800`, `90s`, `30m`, `12h` or `7d`. */
function readDuration(env: NodeJS.ProcessEnv, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key]?.trim();
  if (!raw) return fallback;
  const match = /^(\d+)\s*([smhd]?)$/.exec(raw);
  const seconds = match ? Number(match[1]) * DURATION_UNITS[match[2] || 's']! : NaN;
  if (!(seconds >= min && seconds <= max)) {
    throw new ConfigError(
      `${key} must be a duration from ${min} s to ${max / 86400} days (e.g. 3600, 12h, 7d), got "${raw}"`,
    );
  }
  return seconds;
}

/** Pages on this machine, any port: a frontend's dev server (e.g. Vite on 5173). */
export const DEVELOPMENT_CORS_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*'];

function readCorsOrigins(env: NodeJS.ProcessEnv): string[] {
  const raw = env.CORS_ORIGINS;
  if (raw === undefined) return env.NODE_ENV === 'production' ? [] : DEVELOPMENT_CORS_ORIGINS;
  const origins = raw
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError(
        `CORS_ORIGINS entries are origins like https://app.example.com or http://localhost:*, got "${origin}"`,
      );
    }
  }
  return origins;
}

/** `true` or `false` (any case); unset or empty is the fallback. */
function readBool(env: NodeJS.ProcessEnv, key: string, fallback: boolean): boolean {
  const raw = env[key]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (raw !== 'true' && raw !== 'false') throw new ConfigError(`${key} must be true or false, got "${env[key]}"`);
  return raw === 'true';
}

function readTrustProxy(env: NodeJS.ProcessEnv): string | number | null {
  const raw = env.TRUST_PROXY?.trim();
  if (!raw) return null;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (!/^[A-Za-z0-9.:/, ]+$/.test(raw)) {
    throw new ConfigError('TRUST_PROXY must be a hop count, loopback/linklocal/uniquelocal, or addresses/CIDRs');
  }
  return raw;
}

/** In production the signing secret must come from the environment, and be long enough to resist guessing. */
function readJwtSecret(env: NodeJS.ProcessEnv): string | null {
  const secret = env.JWT_SECRET?.trim() || null;
  if (secret && secret.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters long');
  if (!secret && env.NODE_ENV === 'production') {
    throw new ConfigError('JWT_SECRET is required when NODE_ENV=production (e.g. `openssl rand -base64 48`)');
  }
  return secret;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: readInt(env, 'PORT', 4000, 0, 65535),
    host: env.HOST?.trim() || '0.0.0.0',
    database: databaseConfigFromEnv(env),
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    migrateOnStart: env.MIGRATE_ON_START !== 'false',
    trustProxy: readTrustProxy(env),
    corsOrigins: readCorsOrigins(env),
    explorer: readBool(env, 'EXPLORER', env.NODE_ENV !== 'production'),
    metrics: readBool(env, 'METRICS', false),
    maxQueryDepth: readInt(env, 'MAX_QUERY_DEPTH', 12, 2, 100),
    analysisWorkers: readInt(env, 'ANALYSIS_WORKERS', availableParallelism(), 0, 64),
    readCacheMB: readInt(env, 'READ_CACHE_MB', DEFAULT_READ_CACHE_MB, 0, 4096),
    limits: {
      maxQueryCost: readInt(env, 'MAX_QUERY_COST', DEFAULT_LIMITS.maxQueryCost, 1, 100_000_000),
      maxAliases: readInt(env, 'MAX_ALIASES', DEFAULT_LIMITS.maxAliases, 0, 100_000),
      maxQueryTokens: readInt(env, 'MAX_QUERY_TOKENS', DEFAULT_LIMITS.maxQueryTokens, 100, 1_000_000),
      maxEquipmentPerProject: readInt(
        env,
        'MAX_EQUIPMENT_PER_PROJECT',
        DEFAULT_LIMITS.maxEquipmentPerProject,
        1,
        100_000,
      ),
    },
    auth: {
      jwtSecret: readJwtSecret(env),
      jwtTtlSeconds: readDuration(env, 'JWT_TTL', 7 * 86400, 60, 365 * 86400),
      loginRateLimit: readInt(env, 'LOGIN_RATE_LIMIT', 10, 1, 100_000),
    },
    interpreter: {
      url: env.INTERPRETER_URL?.trim() || null,
      apiKey: env.INTERPRETER_API_KEY?.trim() || null,
      model: env.INTERPRETER_MODEL?.trim() || null,
      timeoutMs: readInt(env, 'INTERPRETER_TIMEOUT_MS', 60000, 1, 600000),
      maxRetries: readInt(env, 'INTERPRETER_MAX_RETRIES', 2, 0, 10),
    },
  };
}
