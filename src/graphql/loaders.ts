/**
 * Per-request DataLoaders: every list or reference a client can nest is
 * fetched in one statement per level, whatever the number of parents.
 */
import DataLoader from 'dataloader';
import { raw, type EntityName, type FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { Project } from '../modules/project/project.entity';
import { Equipment, LIVE_EQUIPMENT } from '../modules/equipment/equipment.entity';
import { AnalysisResult } from '../modules/analysis/analysis-result.entity';
import { FactoryAnalysis } from '../modules/analysis/factory-analysis.entity';
import { Interpretation } from '../modules/interpretation/interpretation.entity';
import { isUuid } from '../modules/shared/ids';
import type { FirstAnalysesPage } from '../modules/analysis/factory-analysis.service';
import type { AnyEquipmentResult } from '../engine/equipment';
import { loadLegacyRuns, loadResultDetails } from '../modules/analysis/run-store';
import type { LegacyRunDocument } from '../modules/analysis/stored-results';

type ForeignKeyOf<T> = (row: T) => string;

/** Loads rows by id, answering null for unknown ids. */
function byId<T extends { id: string }>(
  em: SqlEntityManager,
  entity: EntityName<T>,
  filters?: Record<string, boolean>,
): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    // Non-UUID ids cannot exist; PostgreSQL would reject them as uuid literals.
    const rows = await em.find(entity, { id: { $in: ids.filter(isUuid) } } as unknown as FilterQuery<T>, { filters });
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** Loads the children of many parents at once, grouped by parent id (order kept). */
function childrenOf<T extends object>(
  em: SqlEntityManager,
  entity: EntityName<T>,
  field: string,
  parentOf: ForeignKeyOf<T>,
  orderBy: Record<string, 'asc' | 'desc'>,
  filters?: Record<string, boolean>,
): DataLoader<string, T[]> {
  return new DataLoader(async (parentIds) => {
    const rows = await em.find(entity, { [field]: { $in: [...parentIds] } } as FilterQuery<T>, {
      filters,
      orderBy: orderBy as never,
    });
    const groups = new Map<string, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) groups.get(parentOf(row))?.push(row);
    return parentIds.map((id) => groups.get(id) ?? []);
  });
}

/** Counts children per parent with one grouped statement. */
function countOf(
  em: SqlEntityManager,
  entity: EntityName<object>,
  column: string,
  where: Record<string, unknown> = {},
): DataLoader<string, number> {
  return new DataLoader(async (parentIds) => {
    // The query builder does not apply entity filters: `where` carries them.
    const rows: { parent: string; count: number | string }[] = await em
      .createQueryBuilder(entity)
      .select([`${column} as parent`, raw('count(*) as count')])
      .where({ ...where, [column]: { $in: [...parentIds] } })
      .groupBy(column)
      .execute('all', false);
    const counts = new Map(rows.map((row) => [row.parent, Number(row.count)]));
    return parentIds.map((id) => counts.get(id) ?? 0);
  });
}

/** The latest FactoryAnalysis of each project: the highest sequence per project, then those rows. */
function latestAnalysis(em: SqlEntityManager): DataLoader<string, FactoryAnalysis | null> {
  return new DataLoader(async (projectIds) => {
    const latest: { project: string; seq: number | string }[] = await em
      .createQueryBuilder(FactoryAnalysis)
      .select(['project_id as project', raw('max(sequence) as seq')])
      .where({ project: { $in: projectIds.filter(isUuid) } })
      .groupBy('project_id')
      .execute('all', false);
    const rows = latest.length
      ? await em.find(FactoryAnalysis, { $or: latest.map((l) => ({ project: l.project, sequence: Number(l.seq) })) })
      : [];
    const map = new Map(rows.map((row) => [row.project.id, row]));
    return projectIds.map((id) => map.get(id) ?? null);
  });
}

/**
 * The first `first` factory analyses of many projects at once (newest first):
 * one windowed query for the rows (row_number() per project — SQLite ≥ 3.25
 * and PostgreSQL both have it) and one grouped count.
 */
function firstAnalysesPage(em: SqlEntityManager, first: number): DataLoader<string, FirstAnalysesPage> {
  return new DataLoader(async (projectIds) => {
    const ids = projectIds.filter(isUuid);
    if (ids.length === 0) return projectIds.map(() => ({ rows: [], totalCount: 0 }));
    const marks = ids.map(() => '?').join(', ');
    const ranked: { id: string }[] = await em.getConnection().execute(
      `select id from (select id, row_number() over (partition by project_id order by analyzed_at desc, id desc) as rn
         from factory_analysis where project_id in (${marks})) ranked where rn <= ?`,
      [...ids, first],
    );
    const rows = ranked.length
      ? await em.find(
          FactoryAnalysis,
          { id: { $in: ranked.map((r) => r.id) } },
          { orderBy: { analyzedAt: 'desc', id: 'desc' } },
        )
      : [];
    const counts: { project: string; count: number | string }[] = await em
      .createQueryBuilder(FactoryAnalysis)
      .select(['project_id as project', raw('count(*) as count')])
      .where({ project: { $in: ids } })
      .groupBy('project_id')
      .execute('all', false);
    const total = new Map(counts.map((c) => [c.project, Number(c.count)]));
    return projectIds.map((id) => {
      const own = rows.filter((row) => row.project.id === id);
      return { rows: own, totalCount: total.get(id) ?? 0 };
    });
  });
}

export function createLoaders(em: SqlEntityManager) {
  const analysesPages = new Map<number, DataLoader<string, FirstAnalysesPage>>();
  return {
    projectById: byId(em, Project),
    equipmentById: byId(em, Equipment),
    /** Also removed units (tombstones): what a past analysis refers to. */
    anyEquipmentById: byId(em, Equipment, { [LIVE_EQUIPMENT]: false }),
    equipmentByProject: childrenOf(em, Equipment, 'project', (e) => e.project.id, { createdAt: 'asc', id: 'asc' }),
    equipmentCountByProject: countOf(em, Equipment, 'project_id', { removedAt: null }),
    latestAnalysisByProject: latestAnalysis(em),
    /** First page (no cursor) of each project's analysis history; one loader per page size. */
    firstAnalysesPage(first: number): DataLoader<string, FirstAnalysesPage> {
      let loader = analysesPages.get(first);
      if (!loader) analysesPages.set(first, (loader = firstAnalysesPage(em, first)));
      return loader;
    },
    /** Project-level interpretations, newest first. */
    projectInterpretations: new DataLoader<string, Interpretation[]>(async (projectIds) => {
      const rows = await em.find(
        Interpretation,
        { project: { $in: projectIds.filter(isUuid) }, equipment: null },
        { orderBy: { createdAt: 'desc', id: 'desc' } },
      );
      return projectIds.map((id) => rows.filter((row) => row.project.id === id));
    }),
    /** Equipment interpretations, newest first. */
    equipmentInterpretations: childrenOf(em, Interpretation, 'equipment', (i) => i.equipment?.id ?? '', {
      createdAt: 'desc',
      id: 'desc',
    }),
    /** Each unit's latest result (headline columns; the detail comes from resultDetail). */
    analysisByEquipment: new DataLoader<string, AnalysisResult | null>(async (equipmentIds) => {
      const rows = await em.find(AnalysisResult, { equipment: { $in: equipmentIds.filter(isUuid) }, current: true });
      const map = new Map(rows.map((row) => [row.equipment.id, row]));
      return equipmentIds.map((id) => map.get(id) ?? null);
    }),
    /** The unit results a run of schema ≥ 3 wrote, in the run's order. */
    // A run's rows include those of units removed since (the equipment filter would hide them).
    resultsByRun: childrenOf(
      em,
      AnalysisResult,
      'run',
      (r) => r.run?.id ?? '',
      { position: 'asc' },
      {
        [LIVE_EQUIPMENT]: false,
      },
    ),
    /** The full engine result of unit results, by result id. */
    resultDetail: new DataLoader<string, AnyEquipmentResult>(async (ids) => {
      const details = await loadResultDetails(em, ids);
      return ids.map((id) => details.get(id) ?? new Error(`analysis result ${id} has no stored detail`));
    }),
    /** The Sankey and snapshot of runs from before schema 3, by run id. */
    legacyRun: new DataLoader<string, LegacyRunDocument | null>(async (ids) => {
      const runs = await loadLegacyRuns(em, ids);
      return ids.map((id) => runs.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
