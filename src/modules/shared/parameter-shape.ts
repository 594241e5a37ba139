import type { InputIssue } from '../shared/errors';
import { textIssues } from '../shared/text';

export type PlainParameters = Record<string, number | string | boolean>;

/**
 * The shape every `parameters` JSON must have before the catalog looks at it:
 * an object of finite numbers, strings and booleans. Strings that spell a
 * non-number ("NaN", "Infinity") are rejected here so they can never reach a
 * calculation as a number.
 */
export function checkParameterShape(value: unknown, path: string): InputIssue[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [{ path, code: 'WRONG_TYPE', message: 'must be a JSON object of named values' }];
  }
  const issues: InputIssue[] = [];
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const at = `${path}.${key}`;
    if (!/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/.test(key)) {
      issues.push({ path: at, code: 'INVALID', message: 'parameter names are letters, digits and _ (max 64)' });
    } else if (typeof item === 'number') {
      if (!Number.isFinite(item)) issues.push({ path: at, code: 'WRONG_TYPE', message: 'must be a finite number' });
    } else if (typeof item === 'string') {
      if (/^\s*[+-]?(nan|inf(inity)?)\s*$/i.test(item)) {
        issues.push({ path: at, code: 'WRONG_TYPE', message: `"${item}" is not a number; give a finite number` });
      } else {
        issues.push(...textIssues(at, item, { max: 200 }));
      }
    } else if (typeof item !== 'boolean') {
      issues.push({ path: at, code: 'WRONG_TYPE', message: 'must be a number, string or boolean' });
    }
  }
  return issues;
}
