import { raw, type FilterQuery } from '@mikro-orm/core';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { paginate, type Page } from '../shared/paging';
import { InputError, NotFoundError, type InputIssue } from '../shared/errors';
import { assertKnownIdShape } from '../shared/ids';
import { Project } from './project.entity';
import { ProjectMember } from './project-member.entity';
import { ProjectRole } from './project-role.enum';
import type { ProjectAccess } from './project-access';
import { withProjectLock } from './project-lock';
import { applyProcessDefinition } from './process-definition';
import type { CreateProjectInput, ProcessDefinitionInput, UpdateProjectInput } from './project.inputs';

/** Settings an analysis reads: changing one makes earlier analyses stale. */
const ANALYSIS_SETTINGS = [
  'operatingHours',
  'energyPriceEurPerKWh',
  'ambientTemperatureC',
  'ambientPressureKPa',
  'gridEmissionFactorKgPerKWh',
  'carbonPriceEurPerTonne',
] as const;

export interface ProjectListArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  search?: string | null;
  sector?: string | null;
  /** Whether to count all matches for `totalCount` (false when it is not selected). */
  withCount?: boolean;
}

/**
 * Case-insensitive literal substring match on `name` (no LIKE wildcards, so
 * a user's % or _ means itself): instr() on SQLite, strpos() on PostgreSQL.
 */
function nameContains(em: SqlEntityManager, text: string): Record<string, unknown> {
  const fn = em.getPlatform() instanceof PostgreSqlPlatform ? 'strpos' : 'instr';
  return { [raw(`${fn}(lower(name), ?)`, [text.toLowerCase()])]: { $gt: 0 } };
}

export class ProjectService {
  constructor(
    private readonly em: SqlEntityManager,
    private readonly access: ProjectAccess,
  ) {}

  /** The project when the caller's role allows `needed` (NOT_FOUND when it is not a member). */
  async get(id: string, needed: ProjectRole = ProjectRole.VIEWER): Promise<Project> {
    assertKnownIdShape('Project', id);
    await this.access.require(id, needed, 'Project', id);
    const project = await this.em.findOne(Project, { id });
    if (!project) throw new NotFoundError('Project', id);
    return project;
  }

  /**
   * `change` of the project read under its row lock (the lock analyses take), flushed when it returns.
   * The role is checked before: inside the transaction only `tx` may be used (SQLite has one connection).
   */
  private async change(id: string, change: (project: Project) => void): Promise<Project> {
    assertKnownIdShape('Project', id);
    await this.access.require(id, ProjectRole.EDITOR, 'Project', id);
    return withProjectLock(this.em, id, async (tx) => {
      const project = await tx.findOne(Project, { id });
      if (!project) throw new NotFoundError('Project', id);
      change(project);
      return project;
    });
  }

  /** The caller's projects only: filters, counts and cursors never reach beyond them. */
  list(args: ProjectListArgs): Promise<Page<Project>> {
    this.access.requireUserId();
    const search = args.search?.trim();
    const where = (): FilterQuery<Project> => ({
      $and: [
        this.access.visibleProjectsFilter(),
        {
          ...(search ? nameContains(this.em, search) : {}),
          ...(args.sector ? { sector: args.sector } : {}),
        } as FilterQuery<Project>,
      ],
    });
    return paginate(this.em, Project, where, 'createdAt', args, args.withCount);
  }

  /** A new project owned by the caller. */
  async create(input: CreateProjectInput): Promise<Project> {
    const userId = this.access.requireUserId();
    const project = new Project();
    project.name = input.name.trim();
    this.assign(project, input, 'input');
    this.em.persist(project);
    this.em.create(ProjectMember, { project, user: userId, role: ProjectRole.OWNER, createdAt: project.createdAt });
    await this.em.flush();
    this.access.remember(project.id, ProjectRole.OWNER);
    return project;
  }

  async update(id: string, input: UpdateProjectInput): Promise<Project> {
    // Not visible: NOT_FOUND before any word on the input.
    assertKnownIdShape('Project', id);
    await this.access.require(id, ProjectRole.EDITOR, 'Project', id);
    const issues: InputIssue[] = [];
    if ('name' in input && input.name == null)
      issues.push({ path: 'input.name', code: 'REQUIRED', message: 'name cannot be removed' });
    for (const key of ANALYSIS_SETTINGS) {
      if (key in input && input[key] === null) {
        issues.push({
          path: `input.${key}`,
          code: 'REQUIRED',
          message: `${key} cannot be null; omit it to keep the current value`,
        });
      }
    }
    if (issues.length) throw new InputError(issues);
    return this.change(id, (project) => {
      if (input.name != null) project.name = input.name.trim();
      this.assign(project, input, 'input');
    });
  }

  setProcessDefinition(projectId: string, input: ProcessDefinitionInput): Promise<Project> {
    return this.change(projectId, (project) => applyProcessDefinition(project, input, 'input'));
  }

  /** Deletes the project and, by cascade, its equipment, analyses and interpretations. */
  async delete(id: string): Promise<boolean> {
    const project = await this.get(id, ProjectRole.OWNER);
    await this.em.removeAndFlush(project);
    return true;
  }

  private assign(project: Project, input: CreateProjectInput | UpdateProjectInput, path: string): void {
    if (input.sector !== undefined) project.sector = input.sector?.trim() || null;
    if (input.description !== undefined) project.description = input.description ?? null;
    let settingsChanged = false;
    for (const key of ANALYSIS_SETTINGS) {
      const value = input[key];
      if (value != null && value !== project[key]) {
        project[key] = value;
        settingsChanged = true;
      }
    }
    if (settingsChanged) project.settingsVersion += 1;
    if (input.process !== undefined) applyProcessDefinition(project, input.process, `${path}.process`);
  }
}
