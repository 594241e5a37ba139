import { lostConcurrentWrite } from '../shared/concurrency';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { ConflictError } from '../shared/errors';
import { EquipmentService } from '../equipment/equipment.service';
import { Project } from '../project/project.entity';
import { AnalysisResult } from './analysis-result.entity';
import { runEquipmentAnalysis } from './engine-adapter';
import { EQUIPMENT_RESULT_SHAPE } from './stored-results';
import type { AnyEquipmentResult as EquipmentResult } from '../../engine/equipment';
import { Equipment } from '../equipment/equipment.entity';

export class AnalysisService {
  constructor(private readonly em: SqlEntityManager) {}

  /** Analyses one equipment and replaces its stored result, in one transaction. */
  async analyzeEquipment(id: string): Promise<{ row: AnalysisResult; equipment: Equipment; project: Project }> {
    const equipment = await new EquipmentService(this.em).get(id);
    const project = await this.em.findOneOrFail(Project, { id: equipment.project.id });
    const result = runEquipmentAnalysis(equipment, project);
    const row = await this.replaceResult(equipment, project, result);
    return { row, equipment, project };
  }

  /**
   * Delete-then-insert under the unique equipment_id index: a concurrent
   * analysis of the same equipment either waits (SQLite) or loses with CONFLICT.
   */
  async replaceResult(equipment: Equipment, project: Project, result: EquipmentResult): Promise<AnalysisResult> {
    const row = Object.assign(new AnalysisResult(), EQUIPMENT_RESULT_SHAPE.store({ result }));
    row.equipment = this.em.getReference(Equipment, equipment.id, { wrapped: true });
    row.projectId = project.id;
    row.equipmentVersion = equipment.version;
    row.projectSettingsVersion = project.settingsVersion;
    try {
      await this.em.transactional(async (tx) => {
        await tx.nativeDelete(AnalysisResult, { equipment: equipment.id });
        tx.persist(row);
      });
    } catch (error) {
      if (lostConcurrentWrite(error)) {
        throw new ConflictError(`"${equipment.name}" was analysed concurrently; retry`);
      }
      throw error;
    }
    return row;
  }
}
