/**
 * The one place that decides what a caller may see and change (DESIGN §8):
 * every loader filters through `visibleSql`, every service through `require`.
 * A project the caller is not a member of is answered exactly like one that
 * does not exist — NOT_FOUND, null, absent from lists and counts.
 */
import DataLoader from 'dataloader';
import type { FilterQuery } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { placeholders, rawRows } from '../../db/raw-read';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../shared/errors';
import { isUuid } from '../shared/ids';
import { roleAllows, type ProjectRole } from './project-role.enum';
import { ProjectMember } from './project-member.entity';
import type { Project } from './project.entity';

/** A user id no account has (the nil UUID): an anonymous caller's filter matches nothing. */
const NOBODY = '00000000-0000-0000-0000-000000000000';

/** What a change needs, in words for FORBIDDEN messages. */
const NEEDS: Record<ProjectRole, string> = {
  OWNER: 'only owners may do this',
  EDITOR: 'viewers may only read',
  VIEWER: 'members may read',
};

/** The tables whose rows belong to a project, and so are scoped. */
export type ScopedTable =
  | 'project'
  | 'project_member'
  | 'equipment'
  | 'analysis_result'
  | 'factory_analysis'
  | 'interpretation'
  | 'scenario'
  | 'scenario_run';

/** A SQL condition (with its parameters) that holds for rows the caller may see. */
export interface AccessScope {
  sql: string;
  params: Knex.Value[];
}

export class ProjectAccess {
  private readonly roles: DataLoader<string, ProjectRole | null>;

  /** `userId` null: an anonymous caller, who sees no project at all. */
  constructor(
    private readonly em: SqlEntityManager,
    readonly userId: string | null,
  ) {
    this.roles = new DataLoader(async (projectIds) => {
      const wanted = [...new Set(projectIds.filter(isUuid))];
      const rows =
        userId && wanted.length
          ? await rawRows<{ project_id: string; role: ProjectRole }>(
              em.getKnex(),
              `select project_id, role from project_member where user_id = ? and project_id in (${placeholders(wanted.length)})`,
              [userId, ...wanted],
            )
          : [];
      const byProject = new Map(rows.map((row) => [row.project_id, row.role]));
      return projectIds.map((id) => byProject.get(id) ?? null);
    });
  }

  /** The caller's account id; UNAUTHENTICATED for an anonymous caller. */
  requireUserId(): string {
    if (!this.userId) throw new UnauthenticatedError('Sign in first: send Authorization: Bearer <token>');
    return this.userId;
  }

  /**
   * A condition, to AND into a statement over `table`, that holds for the rows
   * of the caller's projects. A correlated EXISTS on the (project, user) index:
   * its cost follows the rows the statement reads, not how much the caller owns.
   * Every scoped table carries its project id (analysis_result denormalised).
   */
  visibleRows(table: ScopedTable): AccessScope {
    if (!this.userId) return { sql: '1 = 0', params: [] };
    const member = (projectColumn: string) =>
      `exists (select 1 from project_member pm where pm.project_id = ${projectColumn} and pm.user_id = ?)`;
    return { sql: member(table === 'project' ? 'project.id' : `${table}.project_id`), params: [this.userId] };
  }

  /** A MikroORM filter on Project for the caller's projects (a subquery; build a fresh one per statement). */
  visibleProjectsFilter(): FilterQuery<Project> {
    const ids = this.em
      .createQueryBuilder(ProjectMember, 'm')
      .select('m.project_id')
      .where({ user: this.userId ?? NOBODY })
      .getKnexQuery();
    // MikroORM accepts a knex subquery for $in; its filter types only know value lists.
    return { id: { $in: ids as unknown as string[] } };
  }

  /** The caller's role in a project, null when it is not a member (or the project does not exist). */
  role(projectId: string): Promise<ProjectRole | null> {
    return this.roles.load(projectId);
  }

  /**
   * The caller's role when it allows `needed`. Not a member: NOT_FOUND for
   * `entity` `id` (the error a missing record gives, so nothing tells the two
   * apart; built only then, since an error captures a stack); a member with
   * too weak a role: FORBIDDEN.
   */
  async require(projectId: string, needed: ProjectRole, entity: string, id: string): Promise<ProjectRole> {
    const role = await this.role(projectId);
    if (!role) throw new NotFoundError(entity, id);
    if (!roleAllows(role, needed)) {
      throw new ForbiddenError(`Your role in this project is ${role}; ${NEEDS[needed]}`, role, needed);
    }
    return role;
  }

  /** Records a role learnt elsewhere (a project just created, a membership just changed). */
  remember(projectId: string, role: ProjectRole | null): void {
    this.roles.clear(projectId).prime(projectId, role);
  }
}
