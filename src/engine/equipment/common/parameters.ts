/**
 * Catalog checks of an equipment's parameters (unknown key, missing required,
 * wrong type, non-finite, out of range incl. subtype ranges and exclusive
 * bounds, unknown enum option, unknown subtype) and defaults resolution.
 */
import type { EquipmentModule, ParameterDefinition, ParameterValue, ParameterValues, ValidationIssue } from '../types';

export class EquipmentValidationError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(`invalid equipment input: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.name = 'EquipmentValidationError';
  }
}

/**
 * The "physically impossible input" rejection: one INCONSISTENT issue per input it names, either all with one
 * message or each with its own, so the client can mark every field that takes part in the contradiction.
 */
export function inconsistent(paths: readonly string[], message: string): EquipmentValidationError;
export function inconsistent(issues: readonly { path: string; message: string }[]): EquipmentValidationError;
export function inconsistent(
  targets: readonly (string | { path: string; message: string })[],
  message?: string,
): EquipmentValidationError {
  const issues = targets.map((target) => (typeof target === 'string' ? { path: target, message: message! } : target));
  return new EquipmentValidationError(issues.map(({ path, message }) => ({ path, code: 'INCONSISTENT', message })));
}

type AnyModule = Pick<EquipmentModule, 'type' | 'subtypes' | 'parameters'>;

function rangeOf(
  module: AnyModule,
  subtype: string,
  definition: ParameterDefinition,
): { min: number | null; max: number | null } {
  const override = module.subtypes.find((s) => s.key === subtype)?.parameterRanges?.[definition.key];
  return { min: override?.min ?? definition.min, max: override?.max ?? definition.max };
}

function describeRange(definition: ParameterDefinition, min: number | null, max: number | null): string {
  const unit = definition.unit && definition.unit !== '-' ? ` ${definition.unit}` : '';
  const low = min === null ? '−∞' : `${min}`;
  const high = max === null ? '∞' : `${max}`;
  return `${definition.minExclusive ? '(' : '['}${low}, ${high}${definition.maxExclusive ? ')' : ']'}${unit}`;
}

/** Parameter definitions that apply to a subtype. */
export function definitionsFor(module: AnyModule, subtype: string): ParameterDefinition[] {
  return module.parameters.filter((d) => !d.subtypes || d.subtypes.includes(subtype));
}

export function validateParameters(module: AnyModule, subtype: string, params: ParameterValues): ValidationIssue[] {
  if (!module.subtypes.some((s) => s.key === subtype)) {
    return [
      {
        path: 'subtype',
        code: 'UNKNOWN_SUBTYPE',
        message: `unknown ${module.type} subtype "${subtype}"; one of ${module.subtypes.map((s) => s.key).join(', ')}`,
      },
    ];
  }
  const issues: ValidationIssue[] = [];
  const definitions = definitionsFor(module, subtype);
  const known = new Map(definitions.map((d) => [d.key, d]));
  for (const key of Object.keys(params)) {
    if (!known.has(key))
      issues.push({ path: key, code: 'UNKNOWN_PARAMETER', message: `not a ${module.type}/${subtype} parameter` });
  }
  for (const definition of definitions) {
    const value = params[definition.key];
    if (value === undefined) {
      if (definition.required)
        issues.push({
          path: definition.key,
          code: 'MISSING_REQUIRED',
          message: `required (${definition.labelEn}, ${definition.unit ?? ''})`.replace(', )', ')'),
        });
      continue;
    }
    issues.push(...checkValue(module, subtype, definition, value));
  }
  return issues;
}

function checkValue(
  module: AnyModule,
  subtype: string,
  definition: ParameterDefinition,
  value: ParameterValue,
): ValidationIssue[] {
  const key = definition.key;
  if (definition.kind === 'boolean') {
    return typeof value === 'boolean' ? [] : [{ path: key, code: 'WRONG_TYPE', message: 'must be true or false' }];
  }
  if (definition.kind === 'enum') {
    const options = definition.options?.map((o) => o.value) ?? [];
    return typeof value === 'string' && options.includes(value)
      ? []
      : [{ path: key, code: 'WRONG_TYPE', message: `must be one of ${options.join(', ')}` }];
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return [{ path: key, code: 'WRONG_TYPE', message: 'must be a finite number' }];
  }
  if (definition.kind === 'integer' && !Number.isInteger(value)) {
    return [{ path: key, code: 'WRONG_TYPE', message: 'must be a whole number' }];
  }
  const { min, max } = rangeOf(module, subtype, definition);
  const tooLow = min !== null && (definition.minExclusive ? value <= min : value < min);
  const tooHigh = max !== null && (definition.maxExclusive ? value >= max : value > max);
  if (tooLow || tooHigh) {
    return [
      { path: key, code: 'OUT_OF_RANGE', message: `must be in ${describeRange(definition, min, max)}`, min, max },
    ];
  }
  return [];
}

/** Parameters with subtype defaults, then definition defaults, applied; typed getters. */
export class ResolvedParameters {
  private readonly values: Record<string, ParameterValue | null>;

  constructor(
    module: AnyModule,
    subtype: string,
    readonly given: ParameterValues,
  ) {
    const subtypeDefaults = module.subtypes.find((s) => s.key === subtype)?.parameterDefaults ?? {};
    this.values = {};
    for (const definition of definitionsFor(module, subtype)) {
      this.values[definition.key] = given[definition.key] ?? subtypeDefaults[definition.key] ?? definition.defaultValue;
    }
  }

  /** The number, or the fallback when the parameter has no value (no default). */
  num(key: string, fallback?: number): number {
    const value = this.values[key];
    if (typeof value === 'number') return value;
    if (fallback !== undefined) return fallback;
    throw new Error(`parameter ${key} has no value and no default`);
  }

  optionalNum(key: string): number | null {
    const value = this.values[key];
    return typeof value === 'number' ? value : null;
  }

  str(key: string): string {
    const value = this.values[key];
    if (typeof value !== 'string') throw new Error(`parameter ${key} is not text`);
    return value;
  }

  bool(key: string): boolean {
    return this.values[key] === true;
  }

  /** True when the client gave the parameter (not a default). */
  has(key: string): boolean {
    return this.given[key] !== undefined;
  }
}
