/**
 * Memberships: sharing and unsharing (owners only; a project always keeps an
 * owner), and what happens to projects when an account comes or goes.
 */
import { ForeignKeyConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { User } from '../account/user.entity';
import { normaliseEmail } from '../account/account.service';
import type { AccountLifecycle } from '../account/account-lifecycle';
import { ConflictError, NotFoundError } from '../shared/errors';
import { assertKnownIdShape } from '../shared/ids';
import { knexOf, rawRows } from '../../db/raw-read';
import { ProjectMember } from './project-member.entity';
import type { ProjectAccess } from './project-access';
import { ProjectRole } from './project-role.enum';
import { withProjectLock } from './project-lock';

/** Projects from before accounts go to the first account; projects an account alone owns go with it. */
export const projectLifecycle: AccountLifecycle = {
  async registered(em, userId, first) {
    if (!first) return;
    const ownerless = await rawRows<{ id: string }>(
      knexOf(em),
      'select id from project where not exists (select 1 from project_member m where m.project_id = project.id)',
    );
    for (const { id } of ownerless) {
      em.create(ProjectMember, { project: id, user: userId, role: ProjectRole.OWNER, createdAt: new Date() });
    }
    await em.flush();
  },
  async deleting(em, userId) {
    await rawRows(
      knexOf(em),
      `delete from project where id in (
         select m.project_id from project_member m where m.user_id = ? and m.role = 'OWNER'
            and not exists (select 1 from project_member o
                             where o.project_id = m.project_id and o.role = 'OWNER' and o.user_id <> ?))`,
      [userId, userId],
    );
  },
};

export class ProjectMembershipService {
  constructor(
    private readonly em: SqlEntityManager,
    private readonly access: ProjectAccess,
  ) {}

  /** Gives `email`'s account `role` in the project (a member's role is changed). */
  async share(projectId: string, email: string, role: ProjectRole): Promise<ProjectMember> {
    await this.requireOwner(projectId);
    const noSuchUser = new NotFoundError('User', normaliseEmail(email));
    const user = await this.em.findOne(User, { email: normaliseEmail(email) });
    if (!user) throw noSuchUser;
    const member = await withProjectLock(this.em, projectId, async (tx) => {
      const existing = await tx.findOne(ProjectMember, { project: projectId, user: user.id });
      if (existing) {
        if (existing.role === ProjectRole.OWNER && role !== ProjectRole.OWNER) await assertOtherOwner(tx, existing);
        existing.role = role;
        return existing;
      }
      return tx.create(ProjectMember, { project: projectId, user: user.id, role, createdAt: new Date() });
    }).catch((error: unknown) => {
      // The account was deleted between the lookup and the insert.
      throw error instanceof ForeignKeyConstraintViolationException ? noSuchUser : error;
    });
    if (user.id === this.access.userId) this.access.remember(projectId, role);
    return member;
  }

  async unshare(projectId: string, userId: string): Promise<boolean> {
    await this.requireOwner(projectId);
    assertKnownIdShape('ProjectMember', userId);
    await withProjectLock(this.em, projectId, async (tx) => {
      const member = await tx.findOne(ProjectMember, { project: projectId, user: userId });
      if (!member) throw new NotFoundError('ProjectMember', userId);
      if (member.role === ProjectRole.OWNER) await assertOtherOwner(tx, member);
      tx.remove(member);
    });
    if (userId === this.access.userId) this.access.remember(projectId, null);
    return true;
  }

  private async requireOwner(projectId: string): Promise<void> {
    assertKnownIdShape('Project', projectId);
    await this.access.require(projectId, ProjectRole.OWNER, 'Project', projectId);
  }
}

async function assertOtherOwner(tx: SqlEntityManager, member: ProjectMember): Promise<void> {
  const owners = await tx.count(ProjectMember, { project: member.project.id, role: ProjectRole.OWNER });
  if (owners <= 1) throw new ConflictError('A project keeps at least one owner: make another member OWNER first');
}
