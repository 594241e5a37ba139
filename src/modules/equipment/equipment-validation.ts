/**
 * Checks an equipment's subtype and parameters against the catalog (unknown
 * key, missing required key, wrong type, out of range, physically impossible
 * combinations) and returns the subtype to store. Every problem is reported at
 * once, with paths under `path`.
 */
import { getEquipmentModule, validateEquipmentParameters } from '../../engine/equipment';
import type { AnalysisContext } from '../../engine/equipment/types';
import type { InputIssue } from '../shared/errors';
import { checkParameterShape, type PlainParameters } from '../shared/parameter-shape';
import { toInputIssuesAt, type IssuePaths } from '../shared/engine-issues';
import type { EquipmentType } from './equipment-type.enum';

export interface CheckedEquipment {
  subtype: string;
  parameters: PlainParameters;
  issues: InputIssue[];
}

export function checkEquipment(
  type: EquipmentType,
  subtype: string | null | undefined,
  parameters: unknown,
  path: string,
  context: AnalysisContext,
): CheckedEquipment {
  return checkParameterSet(
    type,
    subtype,
    parameters,
    { subtype: `${path}.subtype`, parameters: `${path}.parameters` },
    context,
  );
}

/** The same checks with the issues at `paths` (a what-if reports `baseline.<key>`, and `subtype` for its argument). */
export function checkParameterSet(
  type: EquipmentType,
  subtype: string | null | undefined,
  parameters: unknown,
  paths: IssuePaths,
  context: AnalysisContext,
): CheckedEquipment {
  const chosen = subtype ?? getEquipmentModule(type).defaultSubtype;
  const shapeIssues = checkParameterShape(parameters, paths.parameters);
  if (shapeIssues.length) return { subtype: chosen, parameters: {}, issues: shapeIssues };
  const plain = parameters as PlainParameters;
  const issues = toInputIssuesAt(validateEquipmentParameters(type, chosen, plain, context), paths);
  return { subtype: chosen, parameters: plain, issues };
}
