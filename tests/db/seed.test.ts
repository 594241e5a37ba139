/** The demo factory of `npm run seed` passes the API's validation and lands whole. */
import type { SqlEntityManager } from '@mikro-orm/knex';
import { openDatabase } from '../../src/db/orm';
import { DEMO_EQUIPMENT, seedDemoFactory } from '../../src/db/demo-factory';
import { Equipment } from '../../src/modules/equipment/equipment.entity';
import { User } from '../../src/modules/account/user.entity';
import { ProjectMember } from '../../src/modules/project/project-member.entity';
import { createTestDatabase } from '../support/database';

it('creates the demo project with every demo equipment and the turbine linked to the boiler', async () => {
  const db = await createTestDatabase();
  const orm = await openDatabase(db.config);
  try {
    const em = orm.em.fork() as SqlEntityManager;
    const owner = em.create(User, {
      email: 'demo@test.example',
      name: 'Demo',
      passwordHash: 'x',
      createdAt: new Date(),
    });
    await em.flush();
    const { project, equipmentIds } = await seedDemoFactory(em, owner.id);
    const members = await orm.em.fork().find(ProjectMember, { project: project.id });
    expect(members.map((m) => [m.user.id, m.role])).toEqual([[owner.id, 'OWNER']]);
    const rows = await orm.em.fork().find(Equipment, { project: project.id }, { orderBy: { createdAt: 'asc' } });
    expect(rows.map((r) => r.name)).toEqual(DEMO_EQUIPMENT.map((e) => e.name));
    expect(new Set(rows.map((r) => r.type)).size).toBeGreaterThanOrEqual(7);
    const turbine = rows.find((r) => r.type === 'steam_turbine')!;
    expect(turbine.suppliedBy?.id).toBe(equipmentIds[0]);
  } finally {
    await orm.close(true);
    await db.cleanup();
  }
});
