/**
 * Creates the demo factory in the configured database (migrating it first):
 *   npm run seed
 * Goes through the same services as the API, so the demo passes validation.
 */
import 'reflect-metadata';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { databaseConfigFromEnv } from '../config';
import { openDatabase } from './orm';
import { seedDemoFactory } from './demo-factory';

async function main(): Promise<void> {
  const orm = await openDatabase(databaseConfigFromEnv());
  try {
    const { project, equipmentIds } = await seedDemoFactory(orm.em.fork() as SqlEntityManager);
    console.log(`Demo project "${project.name}" created: id ${project.id}, ${equipmentIds.length} equipment.`);
  } finally {
    await orm.close(true);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
