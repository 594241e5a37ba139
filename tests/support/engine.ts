/**
 * Shared setup of the per-type engine tests: the project context the worked
 * examples are computed for, running one unit, and the checks every result
 * must pass. Kept here so a test file states only its own inputs and numbers.
 */
import {
  analyseEquipment,
  EquipmentValidationError,
  type EquipmentMetricsByType,
  type EquipmentResult,
  type EquipmentTypeKey,
  type ParameterValues,
  type ValidationIssue,
} from '../../src/engine/equipment';
import { makeDeadState } from '../../src/engine/thermo';
import { DEFAULT_CARBON_SETTINGS } from '../../src/engine/equipment/common/carbon';

/** Dead state 25 °C, 101.325 kPa (T0 = 298.15 K in every hand calculation); 6000 h/yr at 0.08 EUR/kWh. */
export const context = {
  deadState: makeDeadState(),
  operatingHoursPerYear: 6000,
  energyPriceEurPerKWh: 0.08,
  carbon: DEFAULT_CARBON_SETTINGS,
};

/** Analyses one unit in `context`, typed with the type's own metrics. */
export function run<K extends EquipmentTypeKey>(
  type: K,
  subtype: string,
  parameters: ParameterValues = {},
): EquipmentResult<EquipmentMetricsByType[K]> {
  return analyseEquipment(type, { subtype, parameters, context });
}

/** E_F = E_P + E_L + E_D to 1e-9 relative (C-G1). */
export function expectBalanced(r: EquipmentResult): void {
  expect(Math.abs(r.exergyFuelKW - r.exergyProductKW - r.exergyLossKW - r.exergyDestroyedKW)).toBeLessThanOrEqual(
    1e-9 * r.exergyFuelKW,
  );
}

/** What any subtype's defaults must give: finite numbers, a closed balance, 0 ≤ η ≤ 100, AV + UN = E_D. */
export function expectSound(r: EquipmentResult): void {
  for (const v of [r.exergyFuelKW, r.exergyProductKW, r.exergyLossKW, r.exergyDestroyedKW])
    expect(Number.isFinite(v)).toBe(true);
  expectBalanced(r);
  expect(r.exergeticEfficiencyPct).toBeGreaterThanOrEqual(0);
  expect(r.exergeticEfficiencyPct).toBeLessThanOrEqual(100);
  expect(r.exergyDestroyedAvoidableKW + r.exergyDestroyedUnavoidableKW).toBeCloseTo(r.exergyDestroyedKW, 9);
}

/** The issues of an input the engine must reject; fails the test when the input analyses. */
export function issuesOf(type: EquipmentTypeKey, subtype: string, parameters: ParameterValues): ValidationIssue[] {
  try {
    run(type, subtype, parameters);
  } catch (e) {
    expect(e).toBeInstanceOf(EquipmentValidationError);
    return (e as EquipmentValidationError).issues;
  }
  throw new Error('expected a rejection');
}

/** |actual − expected| ≤ tolerance: for hand calculations from steam-table values rounded to their last digit. */
export function expectWithin(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance);
}
