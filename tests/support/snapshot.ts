import type { SqlEntityManager } from '@mikro-orm/knex';

const TABLES = [
  'project',
  'equipment',
  'analysis_result',
  'factory_analysis',
  'interpretation',
  'app_user',
  'api_token',
  'project_member',
  'scenario',
  'scenario_run',
];

/** Every row of every table, ordered: two equal snapshots mean nothing changed. */
export async function snapshotDatabase(em: SqlEntityManager): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    snapshot[table] = await em.getConnection().execute(`select * from ${table} order by id`);
  }
  return snapshot;
}
