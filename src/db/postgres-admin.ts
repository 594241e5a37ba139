import { Client } from 'pg';

/** Creates and drops whole PostgreSQL databases (tests and the migration generator use a fresh one each). */

function assertSafeName(name: string): void {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`unsafe database name: ${name}`);
}

/** The same server URL with another database name. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function withAdminClient<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  assertSafeName(name);
  await withAdminClient(adminUrl, (client) => client.query(`create database "${name}"`));
  return withDatabase(adminUrl, name);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  assertSafeName(name);
  await withAdminClient(adminUrl, (client) => client.query(`drop database if exists "${name}" with (force)`));
}
