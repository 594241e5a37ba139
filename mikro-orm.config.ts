/**
 * Config for the MikroORM CLI (`npx mikro-orm …`); the app builds the same
 * options through src/db/orm-config.ts. Database from DATABASE_URL / SQLITE_PATH.
 */
import 'reflect-metadata';
import { databaseConfigFromEnv } from './src/config';
import { ormConfig } from './src/db/orm-config';

export default ormConfig(databaseConfigFromEnv());
