/**
 * The one place where the GraphQL layer calls the equipment engine: builds the
 * project's analysis context and turns engine failures into API errors.
 */
import { analyseEquipment, EquipmentValidationError } from '../../engine/equipment';
import type { AnalysisContext, EquipmentResult, ValidationIssue } from '../../engine/equipment/types';
import { makeDeadState } from '../../engine/thermo/dead-state';
import { AnalysisFailedError, InputError, type InputIssue } from '../shared/errors';
import { nonFinitePaths } from '../shared/finite';
import type { Equipment } from '../equipment/equipment.entity';
import type { Project } from '../project/project.entity';

export function analysisContextOf(project: Project): AnalysisContext {
  return {
    deadState: makeDeadState(project.ambientTemperatureC, project.ambientPressureKPa),
    operatingHoursPerYear: project.operatingHours,
    energyPriceEurPerKWh: project.energyPriceEurPerKWh,
  };
}

/** Engine issues → API issues under `path` (`parameters.<key>`, or `subtype`). */
export function toInputIssues(issues: ValidationIssue[], path: string): InputIssue[] {
  return issues.map((issue) => ({
    path: issue.path === 'subtype' ? `${path}.subtype` : `${path}.parameters.${issue.path}`,
    message: issue.message,
    code: issue.code === 'MISSING_REQUIRED' ? 'REQUIRED' : issue.code === 'UNKNOWN_SUBTYPE' ? 'INVALID' : issue.code,
    ...(issue.min !== undefined ? { min: issue.min } : {}),
    ...(issue.max !== undefined ? { max: issue.max } : {}),
  }));
}

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
