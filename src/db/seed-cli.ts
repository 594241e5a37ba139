/**
 * Creates a demo account and the demo factory it owns in the configured
 * database (migrating it first):
 *   npm run seed
 * The account's email and password are printed once. Goes through the same
 * services as the API, so the demo passes validation.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { databaseConfigFromEnv } from '../config';
import { openDatabase } from './orm';
import { seedDemoFactory } from './demo-factory';
import { AccountService } from '../modules/account/account.service';
import { authSettings } from '../modules/account/auth-settings';
import { projectLifecycle } from '../modules/project/project-membership.service';

async function main(): Promise<void> {
  const orm = await openDatabase(databaseConfigFromEnv());
  try {
    const em = orm.em.fork() as SqlEntityManager;
    const accounts = new AccountService(
      em,
      await authSettings(em, { jwtSecret: process.env.JWT_SECRET }),
      projectLifecycle,
    );
    const email = `demo-${randomBytes(3).toString('hex')}@exergylab.example`;
    const password = randomBytes(12).toString('base64url');
    const { user } = await accounts.register({ email, password, name: 'Demo engineer' }, 'seed');
    const { project, equipmentIds } = await seedDemoFactory(em, user.id);
    console.log(`Demo project "${project.name}" created: id ${project.id}, ${equipmentIds.length} equipment.`);
    console.log(`It belongs to the demo account (shown only now): email ${email}  password ${password}`);
    console.log('Log in with the `login` mutation and send the token as `Authorization: Bearer <token>`.');
  } finally {
    await orm.close(true);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
