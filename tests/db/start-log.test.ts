/**
 * The start line says which database the server opened (SQLite path, or PostgreSQL host, port and name —
 * never a user or password) and which migrations that start applied.
 */
import { createTestDatabase, TEST_DB_KIND, type TestDatabase } from '../support/database';
import { killChildServers, startChildServer } from '../support/child-server';
import { sqliteMigrations } from '../../migrations/sqlite';
import { postgresqlMigrations } from '../../migrations/postgresql';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  killChildServers();
  await db.cleanup();
});

const ALL = (TEST_DB_KIND === 'sqlite' ? sqliteMigrations : postgresqlMigrations).map((m) => m.name);

/** The "ready" line of a child server started with `env`, parsed. */
async function startLine(env: Record<string, string> = {}): Promise<{ line: string; entry: any }> {
  const child = await startChildServer({ ...db.env, ...env });
  try {
    const line = child.logLines.find((l) => l.includes('ready at'))!;
    return { line, entry: JSON.parse(line) };
  } finally {
    child.process.kill('SIGTERM');
    await child.exited;
  }
}

it('names the database and the migrations applied: all on a new database, none on the next start', async () => {
  const first = await startLine();
  if (TEST_DB_KIND === 'sqlite') {
    expect(first.entry.database).toEqual({ kind: 'sqlite', path: db.env.SQLITE_PATH });
    expect(first.entry.msg).toContain(`(SQLite ${db.env.SQLITE_PATH}; migrations applied at start: ${ALL.join(', ')})`);
  } else {
    const url = new URL(db.env.DATABASE_URL!);
    expect(first.entry.database).toEqual({
      kind: 'postgresql',
      host: url.hostname,
      port: Number(url.port || 5432),
      database: url.pathname.slice(1),
    });
    expect(first.line).not.toContain('postgresql://');
    if (url.username) expect(first.line).not.toContain(`${url.username}@`);
  }
  expect(first.entry.migrationsApplied).toEqual(ALL);

  const second = await startLine();
  expect(second.entry.migrationsApplied).toEqual([]);
  expect(second.entry.msg).toMatch(/migrations applied at start: none\)$/);

  const unchecked = await startLine({ MIGRATE_ON_START: 'false' });
  expect(unchecked.entry.migrationsApplied).toBeNull();
  expect(unchecked.entry.msg).toContain('migrations not checked (MIGRATE_ON_START=false)');
});
