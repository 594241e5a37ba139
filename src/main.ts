/**
 * Starts ExergyLab GraphQL: opens the database (applying pending migrations),
 * serves HTTP, and on SIGTERM/SIGINT drains requests and closes the database.
 */
import './heap-growth';
import 'reflect-metadata';
import { describeDatabase, loadConfig, loadEnvFile } from './config';
import { createLogger } from './logger';
import { openDatabase } from './db/orm';
import { createServer } from './server';
import { createInterpretationProvider } from './modules/interpretation/providers';

async function main(): Promise<void> {
  const envFile = loadEnvFile();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = describeDatabase(config.database);
  /** Names of the migrations this start applied; null when MIGRATE_ON_START=false. */
  let migrationsApplied = null as string[] | null;
  const orm = await openDatabase(config.database, {
    migrate: config.migrateOnStart,
    onMigrated: (names) => (migrationsApplied = names),
  });
  const interpreter = createInterpretationProvider(config.interpreter, logger);
  const server = await createServer({
    orm,
    logger,
    maxQueryDepth: config.maxQueryDepth,
    interpreter,
    analysisWorkers: config.analysisWorkers,
    readCacheMB: config.readCacheMB,
    limits: config.limits,
    auth: config.auth,
    trustProxy: config.trustProxy,
    corsOrigins: config.corsOrigins,
    explorer: config.explorer,
    metrics: config.metrics,
  });
  const running = await server.start(config.port, config.host);
  const where =
    database.kind === 'sqlite'
      ? `SQLite ${database.path}`
      : `PostgreSQL ${database.host}:${database.port}/${database.database}`;
  const migrated =
    migrationsApplied === null
      ? 'migrations not checked (MIGRATE_ON_START=false)'
      : `migrations applied at start: ${migrationsApplied.join(', ') || 'none'}`;
  logger.info(
    { url: running.url, port: running.port, database, migrationsApplied, interpreter: interpreter.name, envFile },
    `ExergyLab GraphQL ready at ${running.url} (${where}; ${migrated})`,
  );

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    running.stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  createLogger('error').fatal({ err: error }, 'failed to start');
  process.exit(1);
});
