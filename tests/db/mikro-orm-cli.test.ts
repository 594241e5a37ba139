/**
 * The MikroORM CLI works with the committed config (package.json → dist/mikro-orm.config.js, compiled by
 * `npm test`): pending migrations on a new database, `migration:up`, then `migration:list` lists them all.
 * It finds the database as the server does, from the environment or a `.env` file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createTestDatabase, TEST_DB_KIND, type TestDatabase } from '../support/database';
import { sqliteMigrations } from '../../migrations/sqlite';
import { postgresqlMigrations } from '../../migrations/postgresql';

const ROOT = join(__dirname, '../..');
const CLI = join(dirname(require.resolve('@mikro-orm/cli/package.json')), 'cli');
const NAMES = (TEST_DB_KIND === 'sqlite' ? sqliteMigrations : postgresqlMigrations).map((m) => m.name);

let db: TestDatabase;
let dir: string;
beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/mikro-orm.config.js'))) throw new Error('compile first (npm test does it)');
  db = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'exergylab-cli-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db.cleanup();
});

function cli(command: string, env: Record<string, string>): string {
  const { DATABASE_URL: _url, SQLITE_PATH: _path, ENV_FILE: _file, ...inherited } = process.env;
  const run = spawnSync(process.execPath, [CLI, command], {
    cwd: ROOT,
    env: { ...inherited, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect({ command, status: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({
    command,
    status: 0,
    stderr: '',
  });
  return run.stdout;
}

it('migration:pending, migration:up and migration:list against a new database', () => {
  const pending = cli('migration:pending', db.env);
  for (const name of NAMES) expect(pending).toContain(name);

  expect(cli('migration:up', db.env)).toMatch(/migrated up/i);

  const listed = cli('migration:list', db.env);
  for (const name of NAMES) expect(listed).toContain(name);
  expect(cli('migration:pending', db.env)).not.toMatch(/Migration\d+/);
});

it('reads the database from ENV_FILE (or .env) like the server', () => {
  const file = join(dir, 'cli.env');
  writeFileSync(
    file,
    Object.entries(db.env)
      .map(([key, value]) => `${key}=${value}\n`)
      .join(''),
  );
  const listed = cli('migration:list', { ENV_FILE: file });
  for (const name of NAMES) expect(listed).toContain(name);
});
