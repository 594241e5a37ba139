import { defineConfig as defineSqlite, SqliteDriver } from '@mikro-orm/sqlite';
import { defineConfig as definePostgres, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Options } from '@mikro-orm/core';
import type { DatabaseConfig } from '../config';
import { ENTITIES } from './entities';
import { sqliteMigrations } from '../../migrations/sqlite';
import { postgresqlMigrations } from '../../migrations/postgresql';

export interface OrmConfigOptions {
  /** Called with every SQL statement (tests count statements with it). */
  onQuery?: (sql: string) => void;
}

/**
 * MikroORM options for either database. Migrations are listed as classes, one
 * set per platform (generated from the entities by `npm run migration:create`),
 * so they run the same from sources, tests and the compiled build.
 */
export function ormConfig(db: DatabaseConfig, options: OrmConfigOptions = {}): Options {
  const common = {
    entities: ENTITIES,
    extensions: [Migrator],
    allowGlobalContext: false,
    forceUtcTimezone: true,
    debug: options.onQuery ? (['query'] as const) : false,
    logger: options.onQuery ? (message: string) => options.onQuery?.(message) : () => undefined,
    colors: false,
  } satisfies Partial<Options>;
  if (db.kind === 'postgresql') {
    return definePostgres({
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: db.url,
      migrations: { migrationsList: postgresqlMigrations, transactional: true, allOrNothing: true, snapshot: false },
    });
  }
  return defineSqlite({
    ...common,
    driver: SqliteDriver,
    dbName: db.sqlitePath,
    migrations: { migrationsList: sqliteMigrations, transactional: true, allOrNothing: true, snapshot: false },
  });
}
