import type { EquipmentInput, ValidationIssue } from '../types';
import { EquipmentValidationError } from './parameters';
import { ThermoRangeError } from '../../thermo/errors';

/**
 * Physically impossible combinations are found where the physics is: each
 * engine throws EquipmentValidationError('INCONSISTENT') while analysing, so
 * checking consistency is analysing and collecting those issues.
 */
export function checkByAnalysing(
  analyse: (input: EquipmentInput) => unknown,
  input: EquipmentInput,
): ValidationIssue[] {
  try {
    analyse(input);
    return [];
  } catch (error) {
    if (error instanceof EquipmentValidationError) return error.issues;
    // A state outside the property formulation is an input problem, not a server fault.
    if (error instanceof ThermoRangeError) return thermoRangeIssue(error).issues;
    throw error;
  }
}

/** A thermodynamic state outside the property formulation, as the INCONSISTENT issue of the input. */
export function thermoRangeIssue(error: ThermoRangeError): EquipmentValidationError {
  return new EquipmentValidationError([
    { path: error.quantity.replace(/\s+/g, '_'), code: 'INCONSISTENT', message: error.message },
  ]);
}
