import { randomUUID } from 'node:crypto';
import { lostConcurrentWrite } from '../shared/concurrency';
import { bulkInsert } from '../../db/bulk-insert';
import { inWriteTransaction, type WriteTransaction } from '../../db/write-transaction';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AnyEquipmentResult } from '../../engine/equipment';
import { ConflictError } from '../shared/errors';
import { ProjectRole } from '../project/project-role.enum';
import type { ProjectAccess } from '../project/project-access';
import { EquipmentService } from '../equipment/equipment.service';
import { type Equipment } from '../equipment/equipment.entity';
import { Project } from '../project/project.entity';
import { AnalysisResult } from './analysis-result.entity';
import { runEquipmentAnalysis } from './engine-adapter';
import type { FactoryAnalysis } from './factory-analysis.entity';
import { EQUIPMENT_RESULT_SHAPE } from './stored-results';
import { STORED_SCHEMA_VERSION, type Stored } from '../shared/stored';
import { plainReference } from '../../db/raw-read';

/** What a unit row stores of a result: its headline figures and the result itself (object or JSON text). */
export type StoredUnitResult = Pick<
  AnyEquipmentResult,
  'exergyFuelKW' | 'exergyProductKW' | 'exergyLossKW' | 'exergyDestroyedKW' | 'exergeticEfficiencyPct' | 'annualLossEur'
> & { stored: Stored<AnyEquipmentResult> };

export function storedUnitResult(result: AnyEquipmentResult): StoredUnitResult {
  return { ...result, stored: EQUIPMENT_RESULT_SHAPE.store({ result }).result };
}

/** The stored row of one unit's result: headline columns, detail JSON and what it was computed from. */
export function resultRow(
  em: SqlEntityManager,
  equipment: Equipment,
  project: Project,
  result: StoredUnitResult,
  run: { analysis: FactoryAnalysis; position: number } | null,
  analyzedAt: Date,
): AnalysisResult {
  // A plain record, not a managed entity: it is bulk-inserted and never changed (at thousands of units,
  // creating managed entities costs more than writing them).
  const row: AnalysisResult = {
    id: randomUUID(),
    schemaVersion: STORED_SCHEMA_VERSION,
    result: result.stored,
    equipment: plainReference<Equipment>(equipment.id),
    run: run ? plainReference<FactoryAnalysis>(run.analysis.id) : null,
    position: run?.position ?? 0,
    projectId: project.id,
    current: true,
    equipmentName: equipment.name,
    equipmentType: equipment.type,
    equipmentSubtype: equipment.subtype,
    suppliedById: equipment.suppliedBy?.id ?? null,
    exergyFuelKW: result.exergyFuelKW,
    exergyProductKW: result.exergyProductKW,
    exergyLossKW: result.exergyLossKW,
    exergyDestroyedKW: result.exergyDestroyedKW,
    exergeticEfficiencyPct: result.exergeticEfficiencyPct,
    annualLossEur: result.annualLossEur,
    equipmentVersion: equipment.version,
    projectSettingsVersion: project.settingsVersion,
    analyzedAt,
  };
  return row;
}

/**
 * The units' earlier results stop being their latest. Those a factory run wrote stay (the run refers to
 * them); a superseded analyzeEquipment result belongs to no run and goes.
 */
export async function retireCurrentResults(
  tx: WriteTransaction,
  units: { equipmentId: string } | { liveUnitsOfProject: string },
): Promise<void> {
  // A whole plant by subquery: thousands of ids as bound parameters would cost more than the statement.
  const [where, params] =
    'equipmentId' in units
      ? ['equipment_id = ?', [units.equipmentId]]
      : [
          'equipment_id in (select id from equipment where project_id = ? and removed_at is null)',
          [units.liveUnitsOfProject],
        ];
  await tx.rows(`delete from analysis_result where current = ? and run_id is null and ${where}`, [true, ...params]);
  await tx.rows(`update analysis_result set current = ? where current = ? and ${where}`, [false, true, ...params]);
}

export class AnalysisService {
  constructor(
    private readonly em: SqlEntityManager,
    private readonly access: ProjectAccess,
  ) {}

  /** Analyses one equipment and stores the result as its latest, in one transaction. */
  async analyzeEquipment(id: string): Promise<{ row: AnalysisResult; equipment: Equipment; project: Project }> {
    const equipment = await new EquipmentService(this.em, this.access).get(id, ProjectRole.EDITOR);
    const project = await this.em.findOneOrFail(Project, { id: equipment.project.id });
    const result = runEquipmentAnalysis(equipment, project);
    const row = resultRow(this.em, equipment, project, storedUnitResult(result), null, new Date());
    try {
      await inWriteTransaction(this.em, async (tx) => {
        await tx.lockRow('project', project.id);
        await retireCurrentResults(tx, { equipmentId: equipment.id });
        await bulkInsert(this.em, AnalysisResult, [row], tx.trx);
      });
    } catch (error) {
      if (lostConcurrentWrite(error)) {
        throw new ConflictError(`"${equipment.name}" was analysed concurrently; retry`);
      }
      throw error;
    }
    return { row, equipment, project };
  }
}
