/**
 * Configuration, read only from the environment (documented in .env.example).
 *
 * DATABASE_URL (a postgresql:// URL) selects PostgreSQL; otherwise SQLite at
 * SQLITE_PATH (default ./exergylab.db). PORT defaults to 4000.
 */
import { availableParallelism } from 'node:os';

export type DatabaseConfig = { kind: 'sqlite'; sqlitePath: string } | { kind: 'postgresql'; url: string };

export interface AppConfig {
  port: number;
  host: string;
  database: DatabaseConfig;
  logLevel: string;
  /** Apply pending migrations on start (default true). */
  migrateOnStart: boolean;
  /** Reject queries nested deeper than this (default 12). */
  maxQueryDepth: number;
  /** Worker threads for analyses of large plants (default the number of cores; 0 = all inline). */
  analysisWorkers: number;
  limits: RequestLimits;
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

export class ConfigError extends Error {}

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

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: readInt(env, 'PORT', 4000, 0, 65535),
    host: env.HOST?.trim() || '0.0.0.0',
    database: databaseConfigFromEnv(env),
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    migrateOnStart: env.MIGRATE_ON_START !== 'false',
    maxQueryDepth: readInt(env, 'MAX_QUERY_DEPTH', 12, 2, 100),
    analysisWorkers: readInt(env, 'ANALYSIS_WORKERS', availableParallelism(), 0, 64),
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
    interpreter: {
      url: env.INTERPRETER_URL?.trim() || null,
      apiKey: env.INTERPRETER_API_KEY?.trim() || null,
      model: env.INTERPRETER_MODEL?.trim() || null,
      timeoutMs: readInt(env, 'INTERPRETER_TIMEOUT_MS', 60000, 1, 600000),
      maxRetries: readInt(env, 'INTERPRETER_MAX_RETRIES', 2, 0, 10),
    },
  };
}
