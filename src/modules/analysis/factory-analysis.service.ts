/**
 * analyzeProject: every equipment, then the factory, then the gap analysis
 * (when a process is defined), stored in ONE transaction — a new run appended
 * to the history with the unit results it produced (each unit's new latest).
 * The transaction takes the project's row lock first (PostgreSQL), the lock
 * every writer of the project takes; two concurrent runs cannot both land as
 * the same run either: (project, sequence) is unique, so the loser gets
 * CONFLICT and nothing half-written remains.
 */
import { lostConcurrentWrite } from '../shared/concurrency';
import { bulkInsert } from '../../db/bulk-insert';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { AnalysisFailedError, ConflictError, InputError, NotFoundError } from '../shared/errors';
import { assertKnownIdShape } from '../shared/ids';
import { rawFindAll, rawFindOneWith } from '../../db/raw-read';
import { ProjectRole } from '../project/project-role.enum';
import type { ProjectAccess } from '../project/project-access';
import { inWriteTransaction, type WriteTransaction } from '../../db/write-transaction';
import { Equipment } from '../equipment/equipment.entity';
import { Project } from '../project/project.entity';
import { AnalysisResult } from './analysis-result.entity';
import { FactoryAnalysis } from './factory-analysis.entity';
import { inputsFingerprint } from './inputs-fingerprint';
import { runDocumentColumns } from './stored-results';
import { AnalysisPool } from './analysis-pool';
import { plantInputOf, plantUnitOf } from './plant-input';
import { pickSettings } from '../project/analysis-context';
import { storedFromJson } from '../shared/stored';

/** The project's highest run number (0 before its first run), read beside the project row. */
const LAST_SEQUENCE = '(select coalesce(max(f.sequence), 0) from factory_analysis f where f.project_id = project.id)';

/** Every analysis on the calling thread (services built without a pool). */
const INLINE_ANALYSIS = new AnalysisPool(0);
import { resultRow, retireCurrentResults } from './analysis.service';
import type { AnyEquipmentResult } from '../../engine/equipment';
import { checkPageArgs, paginate, pageOf, type Page, type PageArgs } from '../shared/paging';

/** A stored run, the unit rows it wrote, and the project and live units it analysed (as read under the lock). */
export interface StoredRun {
  analysis: FactoryAnalysis;
  rows: AnalysisResult[];
  project: Project;
  equipment: Equipment[];
}

/** The first page of a project's history, batched across projects by the caller's loader. */
export interface FirstAnalysesPage {
  rows: FactoryAnalysis[];
  totalCount: number;
}

export class FactoryAnalysisService {
  constructor(
    private readonly em: SqlEntityManager,
    private readonly access: ProjectAccess,
    /** Where the computation runs (inline by default; the server passes its worker pool). */
    private readonly pool: AnalysisPool = INLINE_ANALYSIS,
  ) {}

  /**
   * The stored run with the unit rows it wrote (their headline figures in memory, for the response).
   * Everything happens in one transaction that first takes the project's write lock, the lock edits of
   * the project take too: the analysis reads, computes and stores one consistent state of the plant.
   */
  async analyzeProject(projectId: string): Promise<StoredRun> {
    assertKnownIdShape('Project', projectId);
    await this.access.require(projectId, ProjectRole.EDITOR, 'Project', projectId);
    try {
      return await inWriteTransaction(this.em, (tx) => this.analyseInTransaction(projectId, tx));
    } catch (error) {
      if (lostConcurrentWrite(error)) {
        throw new ConflictError('a concurrent change of this project won; nothing was stored — retry');
      }
      throw error;
    }
  }

  /** The analysis inside a write transaction the caller holds (a scenario sets itself against a fresh run). */
  async analyseInTransaction(projectId: string, tx: WriteTransaction): Promise<StoredRun> {
    await tx.lockRow('project', projectId);
    // Plain reads: the analysis changes neither the project nor its equipment. The project's last run number
    // comes with it (one statement fewer; read under the lock, so no other run of this project lands meanwhile).
    const found = await rawFindOneWith(this.em, Project, 'id = ?', [projectId], LAST_SEQUENCE, tx.trx);
    if (!found) throw new NotFoundError('Project', projectId);
    const project = found.row;
    const equipment = await rawFindAll(
      this.em,
      Equipment,
      'project_id = ? and removed_at is null',
      [project.id],
      'created_at asc, id asc',
      tx.trx,
    );
    if (equipment.length === 0) {
      throw new InputError([
        { path: 'id', code: 'INVALID', message: 'the project has no equipment: add equipment before analysing it' },
      ]);
    }
    const outcome = await this.pool.run(plantInputOf(project, equipment.map(plantUnitOf), pickSettings(project)));
    if (!outcome.ok) {
      throw outcome.kind === 'INVALID_INPUT'
        ? new InputError(outcome.issues)
        : new AnalysisFailedError(outcome.message);
    }
    const { factory } = outcome;
    const now = new Date();
    const { totals } = factory;
    // the units' results travel separately (outcome.units); the run's document holds the plant figures
    const analysis = Object.assign(new FactoryAnalysis(), runDocumentColumns(factory), {
      project: this.em.getReference(Project, project.id, { wrapped: true }),
      exergyFuelKW: totals.exergyFuelKW,
      exergyProductKW: totals.exergyProductKW,
      exergyLossKW: totals.exergyLossKW,
      exergyDestroyedKW: totals.exergyDestroyedKW,
      exergeticEfficiencyPct: totals.exergeticEfficiencyPct,
      annualLossEur: totals.annualLossEur,
      operatingHours: project.operatingHours,
      energyPriceEurPerKWh: project.energyPriceEurPerKWh,
      ambientTemperatureC: project.ambientTemperatureC,
      ambientPressureKPa: project.ambientPressureKPa,
      gridEmissionFactorKgPerKWh: project.gridEmissionFactorKgPerKWh,
      carbonPriceEurPerTonne: project.carbonPriceEurPerTonne,
      projectSettingsVersion: project.settingsVersion,
      inputsFingerprint: inputsFingerprint(project, equipment),
      analyzedAt: now,
    });
    const rows = equipment.map((e, position) => {
      const { resultJson, result: value, ...headline } = outcome.units[position];
      const result = { ...headline, stored: storedFromJson<AnyEquipmentResult>(resultJson, value) };
      return resultRow(this.em, e, project, result, { analysis, position }, now);
    });
    analysis.sequence = Number(found.also) + 1;
    await retireCurrentResults(tx, { liveUnitsOfProject: project.id });
    // Immutable records, written with bound multi-row inserts (see db/bulk-insert.ts).
    await bulkInsert(this.em, FactoryAnalysis, [analysis], tx.trx);
    await bulkInsert(this.em, AnalysisResult, rows, tx.trx);
    return { analysis, rows, project, equipment };
  }

  /**
   * A project's history, newest first. The first page (the common nested case)
   * comes from `firstPage`, batched across projects; a page after a cursor is
   * one keyset query for this project.
   */
  async history(
    projectId: string,
    { withCount, ...args }: PageArgs & { withCount: boolean },
    firstPage: (size: number) => Promise<FirstAnalysesPage>,
  ): Promise<Page<FactoryAnalysis>> {
    const request = checkPageArgs(args);
    if (request.backward || request.hasCursor) {
      await this.access.require(projectId, ProjectRole.VIEWER, 'Project', projectId);
      const where = () => ({ project: projectId });
      return paginate(this.em, FactoryAnalysis, where, 'analyzedAt', args, withCount);
    }
    const { rows, totalCount } = await firstPage(request.size);
    // The loader returns `size` rows at most; the count says whether more exist.
    const hasNextPage = totalCount > rows.length;
    return pageOf(rows, {
      at: (row) => row.analyzedAt,
      node: (row) => row,
      totalCount,
      hasNextPage,
      hasPreviousPage: false,
    });
  }
}
