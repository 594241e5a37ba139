/**
 * The migrations build exactly the schema the entities describe (no pending
 * difference), on SQLite and on PostgreSQL (TEST_DB=postgres), and run back and forth.
 */
import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/core';
import { openDatabase } from '../../src/db/orm';
import { createTestDatabase, TEST_DB_KIND, type TestDatabase } from '../support/database';

let db: TestDatabase;
let orm: MikroORM;

beforeAll(async () => {
  db = await createTestDatabase();
  orm = await openDatabase(db.config, { migrate: false });
});
afterAll(async () => {
  await orm.close(true);
  await db.cleanup();
});

async function tableNames(): Promise<string[]> {
  const sql =
    TEST_DB_KIND === 'postgresql'
      ? `select table_name as name from information_schema.tables where table_schema = 'public'`
      : `select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`;
  const rows: { name: string }[] = await orm.em.getConnection().execute(sql);
  return rows
    .map((r) => r.name)
    .filter((n) => n !== 'mikro_orm_migrations')
    .sort();
}

async function pendingDifference(): Promise<string> {
  return (await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim();
}

it('builds every table from an empty database, with no difference to the entities', async () => {
  expect(await tableNames()).toEqual([]);
  const applied = await orm.getMigrator().up();
  expect(applied.length).toBeGreaterThan(0);
  expect(await tableNames()).toEqual([
    'analysis_result',
    'api_token',
    'app_user',
    'data_version',
    'equipment',
    'factory_analysis',
    'interpretation',
    'project',
    'project_member',
    'scenario',
    'scenario_run',
    'server_setting',
  ]);
  expect(await pendingDifference()).toBe('');
});

it('runs all the way down and up again to the same schema', async () => {
  await orm.getMigrator().down({ to: 0 });
  expect(await tableNames()).toEqual([]);
  expect(await orm.getMigrator().getPendingMigrations()).not.toHaveLength(0);
  await orm.getMigrator().up();
  expect(await pendingDifference()).toBe('');
  expect(await orm.getMigrator().getPendingMigrations()).toHaveLength(0);
});

/** Tables with a trigger that moves data_version (the read cache's key), by operation. */
async function versionedTables(): Promise<Record<string, string[]>> {
  const sql =
    TEST_DB_KIND === 'postgresql'
      ? `select event_object_table as "table", event_manipulation as operation from information_schema.triggers
         where action_statement like '%data_version_bump%'`
      : `select tbl_name as "table", upper(substr(name, length(tbl_name) + 2, 6)) as operation from sqlite_master
         where type = 'trigger' and sql like '%data_version%'`;
  const rows: { table: string; operation: string }[] = await orm.em.getConnection().execute(sql);
  const byTable: Record<string, string[]> = {};
  for (const { table, operation } of rows) (byTable[table] ??= []).push(operation);
  for (const operations of Object.values(byTable)) operations.sort();
  return byTable;
}

it('gives every table a trigger that moves data_version on insert, update and delete', async () => {
  const tables = (await tableNames()).filter((name) => name !== 'data_version');
  const versioned = await versionedTables();
  expect(Object.keys(versioned).sort()).toEqual(tables);
  for (const table of tables) expect(versioned[table]).toEqual(['DELETE', 'INSERT', 'UPDATE']);
  const version = async () =>
    Number((await orm.em.getConnection().execute(`select version from data_version where id = 1`))[0].version);
  const before = await version();
  await orm.em.getConnection().execute(`update server_setting set value = value where 0 = 1`);
  expect(await version()).toBe(before); // no row changed
  await orm.em
    .getConnection()
    .execute(`insert into server_setting (name, value, created_at) values ('probe', 'x', ?)`, [new Date()]);
  await orm.em.getConnection().execute(`delete from server_setting where name = 'probe'`);
  expect(await version()).toBe(before + 2); // one per transaction on PostgreSQL, one per row on SQLite: two here
});
