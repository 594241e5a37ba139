/**
 * The typed example client (examples/client, codegen.ts) is generated from schema.graphql and type-checked with
 * tsc --strict: a schema change that breaks a client's operations or their use fails here (issue 16). Codegen runs
 * in child processes (its CLI is ESM-only in parts, which jest's CommonJS runtime cannot load).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = join(__dirname, '../..');
const run = promisify(execFile);

it('npm run client:check generates the client from schema.graphql and it type-checks strictly', async () => {
  await expect(run('npm', ['run', 'client:check', '--silent'], { cwd: root })).resolves.toBeDefined();
}, 120_000);

it('an operation the schema no longer serves fails generation (Sankey.unit removed)', async () => {
  const sdl = readFileSync(join(root, 'schema.graphql'), 'utf8');
  const broken = sdl.replace(/(type Sankey \{[\s\S]*?)\n\s*(?:"""[^"]*"""\s*)?unit: SankeyUnit!/, '$1');
  expect(broken).not.toBe(sdl);
  const dir = mkdtempSync(join(tmpdir(), 'codegen-'));
  try {
    writeFileSync(join(dir, 'schema.graphql'), broken);
    writeFileSync(
      join(dir, 'codegen.json'),
      JSON.stringify({
        schema: join(dir, 'schema.graphql'),
        documents: [join(root, 'examples/client/src/operations.ts')],
        generates: { [join(dir, 'gql/')]: { preset: 'client' } },
      }),
    );
    const failed = run(join(root, 'node_modules/.bin/graphql-codegen'), ['--config', join(dir, 'codegen.json')], {
      cwd: root,
      // Plain output that names the failing field (listr2, codegen's renderer, is silent under NODE_ENV=test).
      env: { ...process.env, CI: 'true', NODE_ENV: 'production' },
    });
    const error = (await failed.then(
      () => null,
      (e: { stdout: string; stderr: string }) => e,
    ))!;
    expect(error).not.toBeNull();
    expect(error.stdout + error.stderr).toMatch(/Cannot query field "unit" on type "Sankey"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
