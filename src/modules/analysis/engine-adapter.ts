/**
 * Runs the equipment engine for one stored unit of a project and turns a
 * failure into the API's errors (the same rules as a whole plant's analysis).
 */
import type { AnyEquipmentResult } from '../../engine/equipment';
import { AnalysisFailedError, InputError } from '../shared/errors';
import { analysisContextOf } from '../project/analysis-context';
import type { Equipment } from '../equipment/equipment.entity';
import type { Project } from '../project/project.entity';
import { analyseUnit, type PlantUnit } from './plant-analysis';

export function runEquipmentAnalysis(equipment: Equipment, project: Project): AnyEquipmentResult {
  const { name, type, subtype } = equipment;
  const unit = { name, type, subtype, parameters: equipment.parameters as PlantUnit['parameters'] };
  const analysed = analyseUnit(unit, analysisContextOf(project));
  if (analysed.ok) return analysed.result;
  throw analysed.kind === 'INVALID_INPUT' ? new InputError(analysed.issues) : new AnalysisFailedError(analysed.message);
}
