/**
 * /readyz answers 200 only while the database answers a real read of the
 * schema; on SQLite, only while the file the server opened is still the file
 * at its path and intact. /healthz (the process is up) stays 200 throughout.
 */
import { rmSync, truncateSync, writeFileSync } from 'node:fs';
import { startTestServer, type TestServer } from '../support/server';
import { TEST_DB_KIND } from '../support/database';

const sqliteOnly = TEST_DB_KIND === 'sqlite' ? it : it.skip;

async function status(server: TestServer, path: string): Promise<number> {
  return (await fetch(`${server.baseUrl}${path}`)).status;
}

function sqlitePath(server: TestServer): string {
  if (server.db.config.kind !== 'sqlite') throw new Error('not SQLite');
  return server.db.config.sqlitePath;
}

it('is ready with a working database', async () => {
  const server = await startTestServer();
  try {
    expect(await status(server, '/readyz')).toBe(200);
  } finally {
    await server.close();
  }
});

sqliteOnly('is not ready once the database file is removed', async () => {
  const server = await startTestServer();
  try {
    rmSync(sqlitePath(server));
    expect(await status(server, '/readyz')).toBe(503);
    expect(await status(server, '/healthz')).toBe(200);
  } finally {
    await server.close();
  }
});

sqliteOnly('is not ready once the database file is truncated or overwritten', async () => {
  for (const damage of [
    (path: string) => truncateSync(path, 0),
    (path: string) => writeFileSync(path, 'x'.repeat(8192)),
  ]) {
    const server = await startTestServer();
    try {
      expect(await status(server, '/readyz')).toBe(200);
      damage(sqlitePath(server));
      expect(await status(server, '/readyz')).toBe(503);
    } finally {
      await server.close();
    }
  }
});
