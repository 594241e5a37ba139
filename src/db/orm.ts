import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { MikroORM } from '@mikro-orm/core';
import type { DatabaseConfig } from '../config';
import { ormConfig, type OrmConfigOptions } from './orm-config';

/**
 * Opens the database (SQLite file or PostgreSQL) and, unless told not to, applies pending migrations;
 * `onMigrated` hears the names of those it applied (for the start log line).
 */
export async function openDatabase(
  db: DatabaseConfig,
  options: OrmConfigOptions & { migrate?: boolean; onMigrated?: (names: string[]) => void } = {},
): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(db, options));
  if (db.kind === 'sqlite') {
    // MikroORM turns foreign keys on itself. WAL lets readers run beside the single writer.
    await orm.em.getConnection().execute('pragma journal_mode = wal');
    await orm.em.getConnection().execute('pragma busy_timeout = 5000');
  }
  if (options.migrate !== false) {
    const applied = await orm.getMigrator().up();
    options.onMigrated?.(applied.map((migration) => migration.name));
  }
  if (db.kind === 'sqlite') openedFiles.set(orm, { path: db.sqlitePath, inode: statSync(db.sqlitePath).ino });
  return orm;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function hasSqliteHeader(path: string): boolean {
  const head = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(path, 'r');
  try {
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

/** The SQLite file each ORM opened: readiness checks it is still the file at that path. */
const openedFiles = new WeakMap<MikroORM, { path: string; inode: number }>();

/**
 * Readiness for /readyz: the database answers a real read of the schema. On
 * SQLite also: the file the server opened is still the file at SQLITE_PATH
 * (not removed or replaced) and `PRAGMA quick_check` finds it intact (a
 * truncated or overwritten file fails it). Throws with the reason otherwise.
 */
export async function pingDatabase(orm: MikroORM): Promise<void> {
  const connection = orm.em.getConnection();
  const opened = openedFiles.get(orm);
  if (opened) {
    let inode: number;
    try {
      inode = statSync(opened.path).ino;
    } catch {
      throw new Error(`the database file ${opened.path} is gone`);
    }
    if (inode !== opened.inode) throw new Error(`the database file ${opened.path} was replaced`);
    // The connection may answer from its cache; the file itself must still start like a database.
    if (!hasSqliteHeader(opened.path)) throw new Error(`the database file ${opened.path} was truncated or overwritten`);
    const [check] = (await connection.execute('pragma quick_check')) as { quick_check?: string }[];
    if (check?.quick_check !== 'ok')
      throw new Error(`the database file fails its integrity check: ${check?.quick_check}`);
  }
  await connection.execute('select count(*) from project where 1 = 0');
}
