/**
 * Per-request DataLoaders: every list or reference a client can nest is
 * fetched in one statement per level, whatever the number of parents. They
 * read with plain statements (src/db/raw-read.ts): what they return is shown,
 * never changed, so it needs no identity map or change tracking.
 */
import DataLoader from 'dataloader';
import type { EntityClass } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { placeholders, rawFind, rawRows } from '../db/raw-read';
import { Project } from '../modules/project/project.entity';
import { Equipment } from '../modules/equipment/equipment.entity';
import { AnalysisResult } from '../modules/analysis/analysis-result.entity';
import { FactoryAnalysis } from '../modules/analysis/factory-analysis.entity';
import { Interpretation } from '../modules/interpretation/interpretation.entity';
import { isUuid } from '../modules/shared/ids';
import { User } from '../modules/account/user.entity';
import { ProjectMember } from '../modules/project/project-member.entity';
import type { AccessScope, ProjectAccess, ScopedTable } from '../modules/project/project-access';
import type { ProjectMemberView } from '../modules/project/project.types';
import type { FirstAnalysesPage } from '../modules/analysis/factory-analysis.service';
import type { AnyEquipmentResult } from '../engine/equipment';
import { loadLegacyRuns, loadResultDetails } from '../modules/analysis/run-store';
import type { LegacyRunDocument } from '../modules/analysis/stored-results';
import type { RunUnitSnapshot } from '../modules/analysis/factory-analysis.view';
import { Scenario } from '../modules/scenario/scenario.entity';
import { ScenarioRun } from '../modules/scenario/scenario-run.entity';
import { loadScenarioRunUnits } from '../modules/scenario/scenario-store';
import { ApiToken } from '../modules/account/api-token.entity';

/** Ids that can exist: PostgreSQL would reject a non-UUID as a uuid literal. */
const validIds = (ids: readonly string[]) => [...new Set(ids.filter(isUuid))];

/** A condition every statement here ANDs in: the row belongs to a project the caller is a member of. */
type Scope = AccessScope;

/** Rows by id the caller may see (`extra` narrows, e.g. to live units), null for the others. */
function byId<T extends { id: string }>(
  em: SqlEntityManager,
  entity: EntityClass<T>,
  scope: Scope,
  extra = '',
): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const wanted = validIds(ids);
    const rows = wanted.length
      ? await rawFind(em, entity, `id in (${placeholders(wanted.length)}) and ${scope.sql}${extra}`, [
          ...wanted,
          ...scope.params,
        ])
      : [];
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** The children of many parents at once, grouped by parent id, in `orderBy` order. */
function childrenOf<T extends object>(
  em: SqlEntityManager,
  entity: EntityClass<T>,
  scope: Scope,
  column: string,
  parentOf: (row: T) => string | undefined,
  orderBy: string,
  extra = '',
): DataLoader<string, T[]> {
  return new DataLoader(async (parentIds) => {
    const wanted = validIds(parentIds);
    const rows = wanted.length
      ? await rawFind(
          em,
          entity,
          `${column} in (${placeholders(wanted.length)}) and ${scope.sql}${extra}`,
          [...wanted, ...scope.params],
          orderBy,
        )
      : [];
    const groups = new Map<string, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) groups.get(parentOf(row) ?? '')?.push(row);
    return parentIds.map((id) => groups.get(id) ?? []);
  });
}

/** Live units per project with one grouped statement. */
function equipmentCount(em: SqlEntityManager, scope: Scope): DataLoader<string, number> {
  return new DataLoader(async (projectIds) => {
    const wanted = validIds(projectIds);
    const rows = wanted.length
      ? await rawRows<{ parent: string; count: number | string }>(
          em.getKnex(),
          `select project_id as parent, count(*) as count from equipment
            where removed_at is null and project_id in (${placeholders(wanted.length)}) and ${scope.sql}
            group by project_id`,
          [...wanted, ...scope.params],
        )
      : [];
    const counts = new Map(rows.map((row) => [row.parent, Number(row.count)]));
    return projectIds.map((id) => counts.get(id) ?? 0);
  });
}

/** The latest FactoryAnalysis of each project: the highest sequence per project. */
function latestAnalysis(em: SqlEntityManager, scope: Scope): DataLoader<string, FactoryAnalysis | null> {
  return new DataLoader(async (projectIds) => {
    const wanted = validIds(projectIds);
    const rows = wanted.length
      ? await rawFind(
          em,
          FactoryAnalysis,
          `project_id in (${placeholders(wanted.length)}) and ${scope.sql} and sequence = (select max(f.sequence)
             from factory_analysis f where f.project_id = factory_analysis.project_id)`,
          [...wanted, ...scope.params],
        )
      : [];
    const map = new Map(rows.map((row) => [row.project.id, row]));
    return projectIds.map((id) => map.get(id) ?? null);
  });
}

/**
 * The first page of several projects' histories in two statements: the
 * newest `first` runs of each (window function; SQLite and PostgreSQL both
 * have it) and one grouped count.
 */
function firstAnalysesPage(em: SqlEntityManager, scope: Scope, first: number): DataLoader<string, FirstAnalysesPage> {
  return new DataLoader(async (projectIds) => {
    const wanted = validIds(projectIds);
    if (wanted.length === 0) return projectIds.map(() => ({ rows: [], totalCount: 0 }));
    const marks = placeholders(wanted.length);
    const rows = await rawFind(
      em,
      FactoryAnalysis,
      `id in (select id from (select id, row_number() over (partition by project_id order by analyzed_at desc, id desc)
         as rn from factory_analysis where project_id in (${marks}) and ${scope.sql}) ranked where rn <= ?)`,
      [...wanted, ...scope.params, first],
      'analyzed_at desc, id desc',
    );
    const counts = await rawRows<{ project: string; count: number | string }>(
      em.getKnex(),
      `select project_id as project, count(*) as count from factory_analysis
        where project_id in (${marks}) and ${scope.sql} group by project_id`,
      [...wanted, ...scope.params],
    );
    const total = new Map(counts.map((c) => [c.project, Number(c.count)]));
    const byProject = new Map<string, FactoryAnalysis[]>(projectIds.map((id) => [id, []]));
    for (const row of rows) byProject.get(row.project.id)?.push(row);
    return projectIds.map((id) => ({ rows: byProject.get(id) ?? [], totalCount: total.get(id) ?? 0 }));
  });
}

/**
 * The first `first` live units (oldest first) of several projects, plus one to
 * tell whether more follow, in one statement (window function).
 */
function firstEquipmentPage(em: SqlEntityManager, scope: Scope, first: number): DataLoader<string, Equipment[]> {
  return new DataLoader(async (projectIds) => {
    const wanted = validIds(projectIds);
    if (wanted.length === 0) return projectIds.map(() => []);
    const rows = await rawFind(
      em,
      Equipment,
      `id in (select id from (select id, row_number() over (partition by project_id order by created_at asc, id asc)
         as rn from equipment where removed_at is null and project_id in (${placeholders(wanted.length)})
         and ${scope.sql}) ranked where rn <= ?)`,
      [...wanted, ...scope.params, first + 1],
      'created_at asc, id asc',
    );
    const byProject = new Map<string, Equipment[]>(projectIds.map((id) => [id, []]));
    for (const row of rows) byProject.get(row.project.id)?.push(row);
    return projectIds.map((id) => byProject.get(id) ?? []);
  });
}

export function createLoaders(em: SqlEntityManager, access: ProjectAccess) {
  const analysesPages = new Map<number, DataLoader<string, FirstAnalysesPage>>();
  const equipmentPages = new Map<number, DataLoader<string, Equipment[]>>();
  const scopeOf = (table: ScopedTable) => access.visibleRows(table);
  return {
    projectById: byId(em, Project, scopeOf('project')),
    equipmentById: byId(em, Equipment, scopeOf('equipment'), ' and removed_at is null'),
    /** Also removed units (tombstones): what a past analysis refers to. */
    anyEquipmentById: byId(em, Equipment, scopeOf('equipment')),
    equipmentByProject: childrenOf(
      em,
      Equipment,
      scopeOf('equipment'),
      'project_id',
      (e) => e.project.id,
      'created_at asc, id asc',
      ' and removed_at is null',
    ),
    equipmentCountByProject: equipmentCount(em, scopeOf('equipment')),
    latestAnalysisByProject: latestAnalysis(em, scopeOf('factory_analysis')),
    /** First page (no cursor) of each project's analysis history; one loader per page size. */
    firstAnalysesPage(first: number): DataLoader<string, FirstAnalysesPage> {
      let loader = analysesPages.get(first);
      if (!loader) analysesPages.set(first, (loader = firstAnalysesPage(em, scopeOf('factory_analysis'), first)));
      return loader;
    },
    /** First page (no cursor, forwards) of each project's live units, one row more than `first`; one loader per size. */
    firstEquipmentPage(first: number): DataLoader<string, Equipment[]> {
      let loader = equipmentPages.get(first);
      if (!loader) equipmentPages.set(first, (loader = firstEquipmentPage(em, scopeOf('equipment'), first)));
      return loader;
    },
    /** Project-level interpretations, newest first. */
    projectInterpretations: childrenOf(
      em,
      Interpretation,
      scopeOf('interpretation'),
      'project_id',
      (i) => i.project.id,
      'created_at desc, id desc',
      ' and equipment_id is null',
    ),
    /** Equipment interpretations, newest first. */
    equipmentInterpretations: childrenOf(
      em,
      Interpretation,
      scopeOf('interpretation'),
      'equipment_id',
      (i) => i.equipment?.id,
      'created_at desc, id desc',
    ),
    /** Each unit's latest result (headline columns; the detail comes from resultDetail). */
    analysisByEquipment: new DataLoader<string, AnalysisResult | null>(async (equipmentIds) => {
      const results = scopeOf('analysis_result');
      const wanted = validIds(equipmentIds);
      const rows = wanted.length
        ? await rawFind(
            em,
            AnalysisResult,
            `equipment_id in (${placeholders(wanted.length)}) and current = ? and ${results.sql}`,
            [...wanted, true, ...results.params],
          )
        : [];
      const map = new Map(rows.map((row) => [row.equipment.id, row]));
      return equipmentIds.map((id) => map.get(id) ?? null);
    }),
    /** The unit results a run of schema ≥ 3 wrote, in the run's order (removed units included). */
    resultsByRun: childrenOf(
      em,
      AnalysisResult,
      scopeOf('analysis_result'),
      'run_id',
      (r) => r.run?.id,
      'position asc',
    ),
    /** The full engine result of unit results, by result id. */
    resultDetail: new DataLoader<string, AnyEquipmentResult>(async (ids) => {
      const details = await loadResultDetails(em, ids, scopeOf('analysis_result'));
      return ids.map((id) => details.get(id) ?? new Error(`analysis result ${id} has no stored detail`));
    }),
    /** The Sankey and snapshot of runs from before schema 3, by run id. */
    legacyRun: new DataLoader<string, LegacyRunDocument | null>(async (ids) => {
      const runs = await loadLegacyRuns(em, ids, scopeOf('factory_analysis'));
      return ids.map((id) => runs.get(id) ?? null);
    }),
    /** Accounts by id: the caller and the members of the caller's projects. */
    userById: byId(em, User, {
      sql: `(id = ? or id in (select user_id from project_member where ${scopeOf('project_member').sql}))`,
      params: [access.userId, ...scopeOf('project_member').params],
    }),
    /** The members of each project, owners first, then by when they were added. */
    /** Every run of a project, oldest first (the energy review's history). */
    analysesByProject: childrenOf(
      em,
      FactoryAnalysis,
      scopeOf('factory_analysis'),
      'project_id',
      (a) => a.project.id,
      'sequence asc',
    ),
    analysisById: byId(em, FactoryAnalysis, scopeOf('factory_analysis')),
    /** Unit results by id (a unit's current one or one of a run), for node(id). */
    resultById: byId(em, AnalysisResult, scopeOf('analysis_result')),
    interpretationById: byId(em, Interpretation, scopeOf('interpretation')),
    scenarioRunById: byId(em, ScenarioRun, scopeOf('scenario_run')),
    /** The caller's own API tokens (revoked ones included); nobody else's. */
    apiTokenById: byId(
      em,
      ApiToken,
      access.userId ? { sql: 'user_id = ?', params: [access.userId] } : { sql: '1 = 0', params: [] },
    ),
    scenarioById: byId(em, Scenario, scopeOf('scenario')),
    /** A project's scenarios, oldest first. */
    scenariosByProject: childrenOf(
      em,
      Scenario,
      scopeOf('scenario'),
      'project_id',
      (s) => s.project.id,
      'created_at asc, id asc',
    ),
    /** A scenario's runs, newest first (their unit results come from scenarioRunUnits). */
    scenarioRuns: childrenOf(
      em,
      ScenarioRun,
      scopeOf('scenario_run'),
      'scenario_id',
      (r) => r.scenario.id,
      'sequence desc',
    ),
    scenarioRunUnits: new DataLoader<string, RunUnitSnapshot[]>((ids) =>
      loadScenarioRunUnits(em, ids, scopeOf('scenario_run')).then((units) => ids.map((id) => units.get(id) ?? [])),
    ),
    membersByProject: new DataLoader<string, ProjectMemberView[]>(async (projectIds) => {
      const wanted = validIds(projectIds);
      const scope = scopeOf('project_member');
      const members = wanted.length
        ? await rawFind(
            em,
            ProjectMember,
            `project_id in (${placeholders(wanted.length)}) and ${scope.sql}`,
            [...wanted, ...scope.params],
            "case role when 'OWNER' then 0 when 'EDITOR' then 1 else 2 end, created_at, id",
          )
        : [];
      const userIds = [...new Set(members.map((m) => m.user.id))];
      const users = userIds.length ? await rawFind(em, User, `id in (${placeholders(userIds.length)})`, userIds) : [];
      const byId = new Map(users.map((user) => [user.id, user]));
      const groups = new Map<string, ProjectMemberView[]>(projectIds.map((id) => [id, []]));
      for (const member of members) {
        const user = byId.get(member.user.id);
        if (user) groups.get(member.project.id)?.push({ user, role: member.role, addedAt: member.createdAt });
      }
      return projectIds.map((id) => groups.get(id) ?? []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
