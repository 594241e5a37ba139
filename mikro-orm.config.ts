/**
 * Config for the MikroORM CLI (`npx mikro-orm migration:list` and the like, after `npm run build`: package.json's
 * "mikro-orm" points the CLI at the compiled dist/mikro-orm.config.js, so no ts-node is needed). The app builds
 * the same options through src/db/orm-config.ts. Database from DATABASE_URL / SQLITE_PATH, `.env` included,
 * as the server reads them.
 */
import 'reflect-metadata';
import { databaseConfigFromEnv, loadEnvFile } from './src/config';
import { ormConfig } from './src/db/orm-config';

loadEnvFile();

export default ormConfig(databaseConfigFromEnv());
