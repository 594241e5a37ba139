/**
 * Checks an equipment's type, subtype and parameters and returns the subtype
 * to store. Every problem is reported at once, with paths under `path`.
 * TODO(issue 4): catalog validation from src/engine/equipment (keys, ranges, physics).
 */
import type { InputIssue } from '../../graphql/errors';
import { checkParameterShape, type PlainParameters } from '../shared/parameter-shape';
import type { EquipmentType } from './equipment-type.enum';

export interface CheckedEquipment {
  subtype: string;
  parameters: PlainParameters;
  issues: InputIssue[];
}

export function checkEquipment(type: EquipmentType, subtype: string | null | undefined, parameters: unknown, path: string): CheckedEquipment {
  const issues = checkParameterShape(parameters, `${path}.parameters`);
  return { subtype: subtype ?? 'default', parameters: (parameters ?? {}) as PlainParameters, issues };
}
