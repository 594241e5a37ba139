/**
 * Writes the demo plant's audit report, the PDF the README links to:
 *   npm run report:demo            → docs/demo-plant-report.pdf and docs/demo-plant-report-tr.pdf
 * It goes the way a user does: a server on 127.0.0.1 over a fresh SQLite file, a new account owning the
 * demo factory (as `npm run seed` makes it), analyzeProject over GraphQL, then GET /projects/:id/report.pdf
 * with the session token.
 */
import 'reflect-metadata';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import pino from 'pino';
import { createServer } from '../server';
import { openDatabase } from './orm';
import { seedDemoFactory } from './demo-factory';

export const DEMO_REPORTS = { en: 'demo-plant-report.pdf', tr: 'demo-plant-report-tr.pdf' } as const;

export async function demoReports(): Promise<Record<keyof typeof DEMO_REPORTS, Buffer>> {
  const dir = mkdtempSync(join(tmpdir(), 'exergylab-demo-report-'));
  const orm = await openDatabase({ kind: 'sqlite', sqlitePath: join(dir, 'demo.db') }, { migrate: true });
  try {
    const app = await createServer({
      orm,
      logger: pino({ level: 'silent' }),
      analysisWorkers: 1,
      auth: { jwtSecret: randomBytes(32).toString('base64url') },
    });
    const running = await app.start(0, '127.0.0.1');
    const origin = `http://127.0.0.1:${running.port}`;
    try {
      const gql = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
        const response = await fetch(`${origin}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await response.json()) as { data?: T; errors?: unknown[] };
        if (body.errors || !body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
        return body.data;
      };
      const { register } = await gql<{ register: { token: string; user: { id: string } } }>(
        `mutation ($input: RegisterInput!) { register(input: $input) { token user { id } } }`,
        {
          input: {
            email: 'demo@exergylab.example',
            password: randomBytes(12).toString('base64url'),
            name: 'Demo engineer',
          },
        },
      );
      const { project } = await seedDemoFactory(orm.em.fork() as SqlEntityManager, register.user.id);
      await gql(`mutation ($id: ID!) { analyzeProject(id: $id) { id } }`, { id: project.id }, register.token);
      const pdf = async (lang: string) => {
        const response = await fetch(`${origin}/projects/${project.id}/report.pdf?lang=${lang}`, {
          headers: { authorization: `Bearer ${register.token}` },
        });
        if (response.status !== 200) throw new Error(`report.pdf: HTTP ${response.status} ${await response.text()}`);
        return Buffer.from(await response.arrayBuffer());
      };
      return { en: await pdf('en'), tr: await pdf('tr') };
    } finally {
      await running.stop();
    }
  } finally {
    await orm.close(true);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const out = join(__dirname, '../../../docs');
  mkdirSync(out, { recursive: true });
  const reports = await demoReports();
  for (const lang of ['en', 'tr'] as const) {
    writeFileSync(join(out, DEMO_REPORTS[lang]), reports[lang]);
    console.log(`wrote docs/${DEMO_REPORTS[lang]} (${reports[lang].length.toLocaleString('en-US')} bytes)`);
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
