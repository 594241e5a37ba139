/**
 * Runs migrations by hand against the configured database (DATABASE_URL or SQLITE_PATH):
 *   npm run migrate          apply every pending migration
 *   npm run migrate:down     revert the last one
 * (`npm start` applies pending migrations by itself.)
 */
import 'reflect-metadata';
import { databaseConfigFromEnv } from '../config';
import { openDatabase } from './orm';

async function main(): Promise<void> {
  const direction = process.argv[2] ?? 'up';
  if (direction !== 'up' && direction !== 'down') throw new Error('usage: migrate-cli up|down');
  const orm = await openDatabase(databaseConfigFromEnv(), { migrate: false });
  try {
    const migrator = orm.getMigrator();
    const done = direction === 'up' ? await migrator.up() : await migrator.down();
    console.log(done.length ? `${direction}: ${done.map((m) => m.name).join(', ')}` : `${direction}: nothing to do`);
  } finally {
    await orm.close(true);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
