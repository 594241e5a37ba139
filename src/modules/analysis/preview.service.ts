/**
 * The stateless single-unit analyses: a preview of one unit and the what-if of two parameter sets. Nothing
 * is read or written: the input is checked as addEquipment checks it (same codes and paths), analysed as
 * analyzeEquipment analyses it, in the context of the given settings (design defaults where omitted).
 */
import { compareEquipmentResults } from '../../engine/compare';
import type { AnalysisContext, AnyEquipmentResult } from '../../engine/equipment';
import type { EquipmentInput } from '../equipment/equipment.inputs';
import type { EquipmentType } from '../equipment/equipment-type.enum';
import { checkEquipment, checkParameterSet } from '../equipment/equipment-validation';
import { analysisContextOf, settingsWith } from '../project/analysis-context';
import type { AnalysisSettingsInput } from '../project/project.inputs';
import { AnalysisFailedError, InputError, type InputIssue } from '../shared/errors';
import { analyseUnit, type PlantUnit } from './plant-analysis';
import { AnalysisPreview, EquipmentComparison } from './preview.types';

/** A preview has no plant, so a supplier cannot be named: refused rather than ignored, so no one reads a supplied unit's figures into it. */
const NO_SUPPLIER: InputIssue = {
  path: 'input.suppliedById',
  code: 'INVALID',
  message: 'a preview analyses the unit alone, without a plant: it has no supplier; leave suppliedById out',
};

export function previewEquipment(
  input: EquipmentInput,
  settings: AnalysisSettingsInput | null | undefined,
): AnalysisPreview {
  const context = analysisContextOf(settingsWith(settings));
  const checked = checkEquipment(input.type, input.subtype, input.parameters, 'input', context);
  const issues = input.suppliedById != null ? [NO_SUPPLIER, ...checked.issues] : checked.issues;
  if (issues.length) throw new InputError(issues);
  const name = input.name.trim();
  const result = analysed(
    { name, type: input.type, subtype: checked.subtype, parameters: checked.parameters },
    context,
  );
  return previewOf(name, result);
}

export interface WhatIf {
  type: EquipmentType;
  subtype: string | null | undefined;
  baseline: unknown;
  scenario: unknown;
  settings: AnalysisSettingsInput | null | undefined;
}

export function compareEquipment(whatIf: WhatIf): EquipmentComparison {
  const context = analysisContextOf(settingsWith(whatIf.settings));
  const sides = (['baseline', 'scenario'] as const).map((side) => ({
    side,
    ...checkParameterSet(whatIf.type, whatIf.subtype, whatIf[side], { subtype: 'subtype', parameters: side }, context),
  }));
  const issues = distinct(sides.flatMap((s) => s.issues));
  if (issues.length) throw new InputError(issues);
  const [baseline, scenario] = sides.map(({ side, subtype, parameters }) =>
    analysed({ name: side, type: whatIf.type, subtype, parameters }, context),
  );
  const figures = compareEquipmentResults(baseline, scenario);
  return Object.assign(new EquipmentComparison(), {
    type: whatIf.type,
    subtype: baseline.subtype,
    baseline: previewOf('Baseline', baseline),
    scenario: previewOf('Scenario', scenario),
    ...figures,
  });
}

/** An unknown subtype is wrong on both sides alike: reported once. */
function distinct(issues: InputIssue[]): InputIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = JSON.stringify([issue.path, issue.code, issue.message]);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function analysed(unit: Omit<PlantUnit, 'id' | 'supplierId'>, context: AnalysisContext): AnyEquipmentResult {
  const outcome = analyseUnit(unit, context);
  if (outcome.ok) return outcome.result;
  throw outcome.kind === 'INVALID_INPUT' ? new InputError(outcome.issues) : new AnalysisFailedError(outcome.message);
}

function previewOf(name: string, result: AnyEquipmentResult): AnalysisPreview {
  return new AnalysisPreview(name, { headline: result, detail: () => Promise.resolve(result) });
}
