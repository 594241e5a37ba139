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
