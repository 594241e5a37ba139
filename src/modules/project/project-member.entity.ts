import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { User } from '../account/user.entity';
import { Project } from './project.entity';
import type { ProjectRole } from './project-role.enum';

/** Who may see a project, and what they may do with it: the one source of access (project-access.ts). */
@Entity({ tableName: 'project_member' })
@Unique({ properties: ['project', 'user'] })
export class ProjectMember {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Project, ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @ManyToOne({ entity: () => User, ref: true, deleteRule: 'cascade' })
  @Index()
  user!: Ref<User>;

  @Property({ type: 'string', length: 10 })
  role!: ProjectRole;

  @Property({ type: DateTimeType })
  createdAt: Date = new Date();
}
