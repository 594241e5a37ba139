import { MikroORM } from '@mikro-orm/core';
import type { DatabaseConfig } from '../config';
import { ormConfig, type OrmConfigOptions } from './orm-config';

/** Opens the database (SQLite file or PostgreSQL) and, unless told not to, applies pending migrations. */
export async function openDatabase(
  db: DatabaseConfig,
  options: OrmConfigOptions & { migrate?: boolean } = {},
): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(db, options));
  if (db.kind === 'sqlite') {
    // MikroORM turns foreign keys on itself. WAL lets readers run beside the single writer.
    await orm.em.getConnection().execute('pragma journal_mode = wal');
    await orm.em.getConnection().execute('pragma busy_timeout = 5000');
  }
  if (options.migrate !== false) await orm.getMigrator().up();
  return orm;
}

/** Cheap liveness query for /readyz. */
export async function pingDatabase(orm: MikroORM): Promise<void> {
  await orm.em.getConnection().execute('select 1');
}
