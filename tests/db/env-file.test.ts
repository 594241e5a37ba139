/**
 * The server reads `.env` from its working directory at start (the
 * .env.example says "copy to .env"); variables set in the environment win.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { killChildServers, post, startChildServer } from '../support/child-server';

let db: TestDatabase;
let dir: string;
beforeAll(async () => {
  db = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'exergylab-env-'));
  writeFileSync(join(dir, '.env'), '# as copied from .env.example\nMAX_ALIASES=1\n');
});
afterAll(async () => {
  killChildServers();
  rmSync(dir, { recursive: true, force: true });
  await db.cleanup();
});

const TWO_ALIASES = '{ a: errorCodes b: errorCodes }';

it('takes a limit from .env, and the real environment over .env', async () => {
  const fromFile = await startChildServer(db.env, { cwd: dir });
  try {
    const refused = await post(fromFile.url, TWO_ALIASES);
    expect(refused.errors[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', aliases: 2, maxAliases: 1 });
    expect(fromFile.logLines.some((line) => line.includes('"envFile":".env"'))).toBe(true);
  } finally {
    fromFile.process.kill('SIGTERM');
    await fromFile.exited;
  }
  const overridden = await startChildServer({ ...db.env, MAX_ALIASES: '5' }, { cwd: dir });
  try {
    expect((await post(overridden.url, TWO_ALIASES)).errors).toBeUndefined();
  } finally {
    overridden.process.kill('SIGTERM');
    await overridden.exited;
  }
});
