/**
 * A fresh, private database per test file: a temp SQLite file, or with
 * TEST_DB=postgres a new database on the local server (dropped afterwards),
 * so parallel runs never collide.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { DatabaseConfig } from '../../src/config';
import { createDatabase, dropDatabase } from '../../src/db/postgres-admin';

export const TEST_DB_KIND: 'sqlite' | 'postgresql' = process.env.TEST_DB === 'postgres' ? 'postgresql' : 'sqlite';
export const ADMIN_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  config: DatabaseConfig;
  /** Environment that points a child process at this database. */
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (TEST_DB_KIND === 'postgresql') {
    const name = `exergylab_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const url = await createDatabase(ADMIN_DATABASE_URL, name);
    return {
      config: { kind: 'postgresql', url },
      env: { DATABASE_URL: url },
      cleanup: () => dropDatabase(ADMIN_DATABASE_URL, name),
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'exergylab-test-'));
  const sqlitePath = join(dir, 'test.db');
  return {
    config: { kind: 'sqlite', sqlitePath },
    env: { SQLITE_PATH: sqlitePath },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}
