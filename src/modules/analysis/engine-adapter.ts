/**
 * The one place where the GraphQL layer calls the equipment engine: builds the
 * project's analysis context and turns engine failures into API errors.
 */
import { analyseEquipment, EquipmentValidationError } from '../../engine/equipment';
import type { AnyEquipmentResult as EquipmentResult } from '../../engine/equipment';
import { AnalysisFailedError, InputError } from '../shared/errors';
import { toInputIssues } from '../shared/engine-issues';
import { analysisContextOf } from '../project/analysis-context';
import { nonFinitePaths } from '../shared/finite';
import type { Equipment } from '../equipment/equipment.entity';
import type { Project } from '../project/project.entity';

/** Runs the engine for one stored equipment of `project`. */
export function runEquipmentAnalysis(equipment: Equipment, project: Project): EquipmentResult {
  let result: EquipmentResult;
  try {
    result = analyseEquipment(equipment.type, {
      subtype: equipment.subtype,
      parameters: equipment.parameters as Record<string, number | string | boolean>,
      context: analysisContextOf(project),
    });
  } catch (error) {
    if (error instanceof EquipmentValidationError) {
      throw new InputError(toInputIssues(error.issues, `equipment(${equipment.name})`));
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new AnalysisFailedError(`Analysis of "${equipment.name}" failed: ${reason}`);
  }
  const bad = nonFinitePaths(result);
  if (bad.length) {
    throw new AnalysisFailedError(
      `Analysis of "${equipment.name}" produced non-finite numbers at ${bad.slice(0, 5).join(', ')}`,
    );
  }
  return result;
}
