import type { ParameterDefinition, SubtypeDefinition } from '../../engine/equipment/types';
import { type ParameterKind, type ParameterInfo, type SubtypeInfo } from './catalog.types';

export function toParameterInfo(definition: ParameterDefinition): ParameterInfo {
  return {
    key: definition.key,
    kind: definition.kind as ParameterKind,
    unit: definition.unit,
    default: definition.defaultValue,
    min: definition.min,
    max: definition.max,
    minExclusive: definition.minExclusive ?? false,
    maxExclusive: definition.maxExclusive ?? false,
    required: definition.required,
    labelEn: definition.labelEn,
    labelTr: definition.labelTr,
    description: definition.description,
    options: definition.options ?? [],
    subtypes: definition.subtypes ?? null,
  };
}

export function toSubtypeInfo(subtype: SubtypeDefinition): SubtypeInfo {
  const keys = new Set([
    ...Object.keys(subtype.parameterDefaults ?? {}),
    ...Object.keys(subtype.parameterRanges ?? {}),
  ]);
  return {
    key: subtype.key,
    label: subtype.labelEn,
    labelEn: subtype.labelEn,
    labelTr: subtype.labelTr,
    overrides: [...keys].sort().map((key) => ({
      key,
      default: subtype.parameterDefaults?.[key] ?? null,
      min: subtype.parameterRanges?.[key]?.min ?? null,
      max: subtype.parameterRanges?.[key]?.max ?? null,
    })),
  };
}
