/**
 * Scenarios of a project: created, updated and deleted under the project's
 * lock like any edit of it (editors and owners), read by every member; and
 * analysed — the modified plant exactly as analyzeProject would analyse the
 * project, in one write transaction that also sets it against the project's
 * latest run (analysing the project first, as its next run, when that run is
 * stale or from before the current schema).
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import { bulkInsert } from '../../db/bulk-insert';
import { rawFind, rawFindAll } from '../../db/raw-read';
import { storedJson } from '../analysis/run-store';
import { inWriteTransaction, type WriteTransaction } from '../../db/write-transaction';
import type { AnyEquipmentResult } from '../../engine/equipment';
import type { FactoryEquipmentInput } from '../../engine/factory';
import { AnalysisPool } from '../analysis/analysis-pool';
import { FactoryAnalysisService } from '../analysis/factory-analysis.service';
import { inputsFingerprint } from '../analysis/inputs-fingerprint';
import { plantInputOf, plantUnitOf } from '../analysis/plant-input';
import type { RunUnitSnapshot } from '../analysis/factory-analysis.view';
import { EQUIPMENT_RESULT_SHAPE, FACTORY_ANALYSIS_SHAPE, runDocumentColumns } from '../analysis/stored-results';
import { Equipment } from '../equipment/equipment.entity';
import { analysisContextOf, pickSettings, settingsWith, type AnalysisSettings } from '../project/analysis-context';
import type { ProjectAccess } from '../project/project-access';
import { withProjectLock } from '../project/project-lock';
import { ProjectRole } from '../project/project-role.enum';
import { Project } from '../project/project.entity';
import { lostConcurrentWrite } from '../shared/concurrency';
import { AnalysisFailedError, ConflictError, InputError, NotFoundError } from '../shared/errors';
import { assertKnownIdShape } from '../shared/ids';
import { parseJsonText, STORED_SCHEMA_VERSION, storedFromJson } from '../shared/stored';
import { applyChanges, checkChanges, investmentOf, type PlantUnitState } from './scenario-change';
import { compareRuns, type ComparedRun, type ScenarioComparisonDocument } from './scenario-comparison';
import { Scenario } from './scenario.entity';
import type { ScenarioInput } from './scenario.inputs';
import { ScenarioRun } from './scenario-run.entity';

const INLINE_ANALYSIS = new AnalysisPool(0);

/** A run just stored, with its document in memory (the response reads it without a statement). */
export interface AnalysedScenario {
  run: ScenarioRun;
  units: RunUnitSnapshot[];
  comparison: ScenarioComparisonDocument;
}

export class ScenarioService {
  constructor(
    private readonly em: SqlEntityManager,
    private readonly access: ProjectAccess,
    private readonly pool: AnalysisPool = INLINE_ANALYSIS,
  ) {}

  /** A scenario the caller's role in its project allows `needed` on (NOT_FOUND when not a member). */
  async get(id: string, needed: ProjectRole = ProjectRole.VIEWER): Promise<Scenario> {
    assertKnownIdShape('Scenario', id);
    const scenario = await this.em.findOne(Scenario, { id });
    if (!scenario) throw new NotFoundError('Scenario', id);
    await this.access.require(scenario.project.id, needed, 'Scenario', id);
    return scenario;
  }

  async create(projectId: string, input: ScenarioInput): Promise<Scenario> {
    assertKnownIdShape('Project', projectId);
    await this.access.require(projectId, ProjectRole.EDITOR, 'Project', projectId);
    return withProjectLock(this.em, projectId, async (tx) => {
      const project = await tx.findOneOrFail(Project, { id: projectId });
      const scenario = Object.assign(new Scenario(), {
        project: tx.getReference(Project, projectId, { wrapped: true }),
        name: input.name.trim(),
      });
      await this.assign(tx, scenario, project, input, []);
      await tx.persistAndFlush(scenario);
      return scenario;
    });
  }

  async update(id: string, input: ScenarioInput): Promise<Scenario> {
    const found = await this.get(id, ProjectRole.EDITOR);
    return withProjectLock(this.em, found.project.id, async (tx) => {
      const scenario = await tx.findOneOrFail(Scenario, { id });
      const project = await tx.findOneOrFail(Project, { id: found.project.id });
      scenario.name = input.name.trim();
      await this.assign(tx, scenario, project, input, scenario.changes);
      scenario.version += 1;
      await tx.flush();
      return scenario;
    });
  }

  async delete(id: string): Promise<string> {
    const found = await this.get(id, ProjectRole.EDITOR);
    await withProjectLock(this.em, found.project.id, async (tx) => {
      await tx.nativeDelete(Scenario, { id });
    });
    return id;
  }

  /** Validates the input against the plant as it is and writes it into `scenario` (nothing stored on a problem). */
  private async assign(
    tx: SqlEntityManager,
    scenario: Scenario,
    project: Project,
    input: ScenarioInput,
    previous: Scenario['changes'],
  ): Promise<void> {
    const equipment = await tx.find(Equipment, { project: project.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    const settings = settingsWith(input.settings, pickSettings(project));
    const checked = checkChanges(
      input.changes,
      equipment.map(stateOf),
      analysisContextOf(settings),
      'input.changes',
      previous,
    );
    if (checked.issues.length) throw new InputError(checked.issues);
    scenario.description = input.description ?? null;
    scenario.changes = checked.changes;
    scenario.settings = overridesOf(input.settings);
  }

  /** Analyses the scenario's plant and stores the run with its comparison (one transaction). */
  async analyze(id: string): Promise<AnalysedScenario> {
    const scenario = await this.get(id, ProjectRole.EDITOR);
    try {
      return await inWriteTransaction(this.em, (tx) => this.analyseLocked(scenario, tx));
    } catch (error) {
      if (lostConcurrentWrite(error)) {
        throw new ConflictError('a concurrent change of this project won; nothing was stored — retry');
      }
      throw error;
    }
  }

  private async analyseLocked(scenario: Scenario, tx: WriteTransaction): Promise<AnalysedScenario> {
    const projectId = scenario.project.id;
    await tx.lockRow('project', projectId);
    const [current] = await rawFind(this.em, Scenario, 'id = ?', [scenario.id], undefined, tx.trx);
    if (!current) throw new NotFoundError('Scenario', scenario.id);
    const [project] = await rawFind(this.em, Project, 'id = ?', [projectId], undefined, tx.trx);
    if (!project) throw new NotFoundError('Scenario', scenario.id);
    const equipment = await rawFindAll(
      this.em,
      Equipment,
      'project_id = ? and removed_at is null',
      [projectId],
      'created_at asc, id asc',
      tx.trx,
    );
    const fingerprint = inputsFingerprint(project, equipment);
    const baseline = await this.freshBaseline(projectId, fingerprint, tx);

    const { units, issues } = applyChanges(equipment.map(stateOf), current.changes, 'changes');
    if (issues.length) throw new InputError(issues);
    if (units.length === 0) {
      throw new InputError([
        { path: 'changes', code: 'INVALID', message: 'the scenario leaves no equipment to analyse' },
      ]);
    }
    const settings = settingsWith(current.settings, pickSettings(project));
    const outcome = await this.pool.run(plantInputOf(project, units, settings));
    if (!outcome.ok) {
      throw outcome.kind === 'INVALID_INPUT'
        ? new InputError(outcome.issues)
        : new AnalysisFailedError(outcome.message);
    }
    const snapshots: RunUnitSnapshot[] = units.map((unit, position) => ({
      analysisId: `${scenario.id}:${position}`,
      equipmentId: unit.id,
      name: unit.name,
      type: unit.type,
      subtype: unit.subtype,
      supplierId: unit.supplierId,
      // an inline analysis kept its results; a worker's arrive as JSON
      result:
        outcome.units[position].result ?? (parseJsonText(outcome.units[position].resultJson) as AnyEquipmentResult),
    }));
    const after: ComparedRun = {
      id: '',
      totals: outcome.factory.totals,
      units: snapshots.map(({ equipmentId, name, type, subtype, result, supplierId }) => ({
        id: equipmentId,
        name,
        type,
        subtype,
        result,
        supplierId,
      })),
    };
    const comparison = compareRuns(baseline, after, current.changes, investmentOf(current.changes));
    const [{ last }] = await tx.rows<{ last: number | string }>(
      'select coalesce(max(sequence), 0) as last from scenario_run where scenario_id = ?',
      [scenario.id],
    );
    const run = Object.assign(new ScenarioRun(), {
      scenario: this.em.getReference(Scenario, scenario.id, { wrapped: true }),
      projectId,
      sequence: Number(last) + 1,
      ...runDocumentColumns(outcome.factory),
      units: storedFromJson<RunUnitSnapshot[]>(JSON.stringify(snapshots)),
      comparison: storedFromJson(JSON.stringify(comparison)),
      ...settings,
      baselineAnalysisId: baseline.id,
      baseFingerprint: fingerprint,
      scenarioVersion: current.version,
      schemaVersion: STORED_SCHEMA_VERSION,
      analyzedAt: new Date(),
    });
    await bulkInsert(this.em, ScenarioRun, [run], tx.trx);
    return { run, units: snapshots, comparison };
  }

  /**
   * The project's latest run when it is current (same inputs, current schema); otherwise a fresh analysis of the
   * project, stored as its next run: a scenario is always set against the plant as it is now.
   */
  private async freshBaseline(projectId: string, fingerprint: string, tx: WriteTransaction): Promise<ComparedRun> {
    const [latest] = await tx.rows<{ id: string; inputs_fingerprint: string; schema_version: number }>(
      'select id, inputs_fingerprint, schema_version from factory_analysis where project_id = ? order by sequence desc limit 1',
      [projectId],
    );
    let runId = latest?.id;
    if (!latest || latest.inputs_fingerprint !== fingerprint || latest.schema_version < STORED_SCHEMA_VERSION) {
      runId = (await new FactoryAnalysisService(this.em, this.access, this.pool).analyseInTransaction(projectId, tx))
        .analysis.id;
    }
    return this.readRun(runId!, tx);
  }

  /** A project run's totals and units, read inside the transaction (SQLite has one connection). */
  private async readRun(runId: string, tx: WriteTransaction): Promise<ComparedRun> {
    const [run] = await tx.rows<{
      totals: unknown;
      hotspots: unknown;
      integration_opportunities: unknown;
      gap_analysis: unknown;
      schema_version: number;
    }>(
      'select totals, hotspots, integration_opportunities, gap_analysis, schema_version from factory_analysis where id = ?',
      [runId],
    );
    const document = FACTORY_ANALYSIS_SHAPE.read({
      schemaVersion: run.schema_version,
      totals: storedJson(run.totals),
      hotspots: storedJson(run.hotspots),
      integrationOpportunities: storedJson(run.integration_opportunities),
      gapAnalysis: storedJson(run.gap_analysis),
    });
    const rows = await tx.rows<{
      equipment_id: string;
      equipment_name: string;
      equipment_type: FactoryEquipmentInput['type'];
      equipment_subtype: string;
      supplied_by_id: string | null;
      result: unknown;
      schema_version: number;
    }>(
      `select equipment_id, equipment_name, equipment_type, equipment_subtype, supplied_by_id, result, schema_version
         from analysis_result where run_id = ? order by position`,
      [runId],
    );
    return {
      id: runId,
      totals: document.totals,
      units: rows.map((row) => ({
        id: row.equipment_id,
        name: row.equipment_name,
        type: row.equipment_type,
        subtype: row.equipment_subtype,
        supplierId: row.supplied_by_id,
        result: EQUIPMENT_RESULT_SHAPE.read({ schemaVersion: row.schema_version, result: storedJson(row.result) })
          .result,
      })),
    };
  }
}

function stateOf(e: Equipment): PlantUnitState {
  return plantUnitOf(e);
}

/** Only the settings the input gives (null and absent keep the project's). */
function overridesOf(input: ScenarioInput['settings']): Partial<AnalysisSettings> | null {
  if (!input) return null;
  const given = Object.fromEntries(Object.entries(input).filter(([, value]) => value != null));
  return Object.keys(given).length ? given : null;
}
