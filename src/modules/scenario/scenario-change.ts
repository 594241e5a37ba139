/**
 * A scenario's changes: checked against the plant as it is (every unit named
 * must be a live unit of the project, every parameter set must pass the
 * catalog after the patch is applied), stored as plain data, and applied to
 * the plant to give the units an analysis takes. Pure: no database here.
 */
import { randomUUID } from 'node:crypto';
import type { AnalysisContext } from '../../engine/equipment/types';
import type { EquipmentTypeKey } from '../../engine/equipment';
import { checkEquipment } from '../equipment/equipment-validation';
import type { EquipmentType } from '../equipment/equipment-type.enum';
import type { PlantUnit } from '../analysis/plant-analysis';
import type { InputIssue } from '../shared/errors';
import { checkParameterShape, type PlainParameters } from '../shared/parameter-shape';
import type { ScenarioChangeInput } from './scenario.inputs';
import { ScenarioAction } from './scenario-action.enum';

/** A unit a scenario adds: it exists only in the scenario (its id is made when the change is saved). */
export interface AddedUnit {
  id: string;
  name: string;
  type: EquipmentType;
  subtype: string;
  parameters: PlainParameters;
  suppliedById: string | null;
}

export type StoredScenarioChange =
  | {
      action: 'UPDATE_EQUIPMENT';
      equipmentId: string;
      parameters: PlainParameters;
      removedKeys: string[];
      investmentEur: number;
    }
  | { action: 'ADD_EQUIPMENT'; equipment: AddedUnit; investmentEur: number }
  | { action: 'REMOVE_EQUIPMENT'; equipmentId: string; investmentEur: number };

/** What the checks need of a live unit of the project. */
export interface PlantUnitState {
  id: string;
  name: string;
  type: EquipmentTypeKey;
  subtype: string;
  parameters: PlainParameters;
  supplierId: string | null;
}

export interface CheckedChanges {
  changes: StoredScenarioChange[];
  issues: InputIssue[];
}

const issue = (path: string, message: string, code: InputIssue['code'] = 'INVALID'): InputIssue => ({
  path,
  code,
  message,
});

/** Patch keys whose value is null go back to the catalog default; the others replace the unit's values. */
function splitPatch(patch: Record<string, unknown>): { set: Record<string, unknown>; removed: string[] } {
  const set: Record<string, unknown> = {};
  const removed: string[] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) removed.push(key);
    else set[key] = value;
  }
  return { set, removed };
}

export function patchedParameters(
  unit: PlantUnitState,
  change: { parameters: PlainParameters; removedKeys: string[] },
) {
  const merged: PlainParameters = { ...unit.parameters, ...change.parameters };
  for (const key of change.removedKeys) delete merged[key];
  return merged;
}

/** Every problem of the changes at once, paths under `path` (e.g. `input.changes[2].parameters.power_kW`). */
export function checkChanges(
  inputs: ScenarioChangeInput[],
  plant: PlantUnitState[],
  context: AnalysisContext,
  path: string,
  previous: StoredScenarioChange[] = [],
): CheckedChanges {
  const live = new Map(plant.map((unit) => [unit.id, unit]));
  const named = new Map<string, number>();
  const removed = new Set(
    inputs.flatMap((c) => (c.action === ScenarioAction.REMOVE_EQUIPMENT && c.equipmentId ? [c.equipmentId] : [])),
  );
  // An added unit keeps its id across updates of the scenario when it is given back at the same place.
  const previousAdded = previous.flatMap((c) => (c.action === 'ADD_EQUIPMENT' ? [c.equipment.id] : []));
  let addedSoFar = 0;
  const issues: InputIssue[] = [];
  const changes: StoredScenarioChange[] = [];
  inputs.forEach((input, index) => {
    const at = `${path}[${index}]`;
    const investmentEur = input.investmentEur ?? 0;
    const target = (): PlantUnitState | null => {
      if (!input.equipmentId) {
        issues.push(issue(`${at}.equipmentId`, `${input.action} names the unit it changes`, 'REQUIRED'));
        return null;
      }
      const unit = live.get(input.equipmentId);
      if (!unit) {
        issues.push(
          issue(`${at}.equipmentId`, 'no equipment with this id in the project (removed units cannot be changed)'),
        );
        return null;
      }
      const first = named.get(unit.id);
      if (first !== undefined) {
        issues.push(
          issue(`${at}.equipmentId`, `changes[${first}] already changes this unit; give one change per unit`),
        );
        return null;
      }
      named.set(unit.id, index);
      return unit;
    };
    if (input.action !== ScenarioAction.ADD_EQUIPMENT && input.equipment != null)
      issues.push(issue(`${at}.equipment`, 'only ADD_EQUIPMENT takes an equipment'));
    if (input.action !== ScenarioAction.UPDATE_EQUIPMENT && input.parameters != null)
      issues.push(issue(`${at}.parameters`, 'only UPDATE_EQUIPMENT takes a parameters patch'));

    if (input.action === ScenarioAction.UPDATE_EQUIPMENT) {
      const unit = target();
      if (input.parameters == null) {
        issues.push(issue(`${at}.parameters`, 'UPDATE_EQUIPMENT takes a parameters patch', 'REQUIRED'));
        return;
      }
      if (!unit) return;
      const { set, removed: removedKeys } = splitPatch(input.parameters);
      const shape = checkParameterShape(set, `${at}.parameters`);
      if (shape.length) return void issues.push(...shape);
      const change = { parameters: set as PlainParameters, removedKeys };
      const checked = checkEquipment(unit.type, unit.subtype, patchedParameters(unit, change), at, context);
      issues.push(...checked.issues);
      changes.push({ action: 'UPDATE_EQUIPMENT', equipmentId: unit.id, ...change, investmentEur });
    } else if (input.action === ScenarioAction.REMOVE_EQUIPMENT) {
      const unit = target();
      if (unit) changes.push({ action: 'REMOVE_EQUIPMENT', equipmentId: unit.id, investmentEur });
    } else {
      if (input.equipmentId != null)
        issues.push(issue(`${at}.equipmentId`, 'ADD_EQUIPMENT adds a new unit; give `equipment`'));
      const equipment = input.equipment;
      if (!equipment) return void issues.push(issue(`${at}.equipment`, 'ADD_EQUIPMENT takes an equipment', 'REQUIRED'));
      const checked = checkEquipment(
        equipment.type,
        equipment.subtype,
        equipment.parameters,
        `${at}.equipment`,
        context,
      );
      issues.push(...checked.issues);
      const supplier = equipment.suppliedById ?? null;
      if (supplier !== null && (!live.has(supplier) || removed.has(supplier)))
        issues.push(
          issue(`${at}.equipment.suppliedById`, 'the supplier must be a unit of the project this scenario keeps'),
        );
      changes.push({
        action: 'ADD_EQUIPMENT',
        equipment: {
          id: previousAdded[addedSoFar] ?? randomUUID(),
          name: equipment.name.trim(),
          type: equipment.type,
          subtype: checked.subtype,
          parameters: checked.parameters,
          suppliedById: supplier,
        },
        investmentEur,
      });
      addedSoFar++;
    }
  });
  return { changes, issues };
}

/**
 * The plant the scenario describes: the project's live units with its patches, without those it removes (their
 * consumers then take their input from outside the plant), and the units it adds at the end. Changes that name a
 * unit the project no longer has are reported (the scenario was written against an earlier plant).
 */
export function applyChanges(
  plant: PlantUnitState[],
  changes: StoredScenarioChange[],
  path: string,
): { units: PlantUnit[]; issues: InputIssue[] } {
  const live = new Set(plant.map((unit) => unit.id));
  const issues: InputIssue[] = [];
  const removed = new Set<string>();
  const updates = new Map<string, Extract<StoredScenarioChange, { action: 'UPDATE_EQUIPMENT' }>>();
  changes.forEach((change, index) => {
    if (change.action === 'ADD_EQUIPMENT') return;
    if (!live.has(change.equipmentId)) {
      issues.push(
        issue(
          `${path}[${index}].equipmentId`,
          'the project no longer has this unit (removed after the scenario was written): update the scenario',
        ),
      );
    } else if (change.action === 'REMOVE_EQUIPMENT') removed.add(change.equipmentId);
    else updates.set(change.equipmentId, change);
  });
  const kept = plant.filter((unit) => !removed.has(unit.id));
  const units: PlantUnit[] = kept.map((unit) => {
    const update = updates.get(unit.id);
    return {
      id: unit.id,
      name: unit.name,
      type: unit.type,
      subtype: unit.subtype,
      parameters: update ? patchedParameters(unit, update) : unit.parameters,
      supplierId: unit.supplierId !== null && !removed.has(unit.supplierId) ? unit.supplierId : null,
    };
  });
  for (const change of changes) {
    if (change.action !== 'ADD_EQUIPMENT') continue;
    const { id, name, type, subtype, parameters, suppliedById } = change.equipment;
    const supplierId =
      suppliedById !== null && live.has(suppliedById) && !removed.has(suppliedById) ? suppliedById : null;
    units.push({ id, name, type, subtype, parameters, supplierId });
  }
  return { units, issues };
}

/** The investment the changes state, EUR. */
export function investmentOf(changes: StoredScenarioChange[]): number {
  return changes.reduce((sum, change) => sum + change.investmentEur, 0);
}
