/**
 * The one rule for free text a client sends (names, sector, description,
 * labels, search filters, cursors): no control characters (U+0000–U+001F and
 * U+007F; multi-line fields may hold \n \r \t), well-formed Unicode, and at
 * most `max` characters (code points, as PostgreSQL's varchar counts them).
 * Input classes use the `@Text` decorator; scalar arguments use `textArg`.
 * Either way a refusal is an InputError issue with the argument's path.
 */
import { registerDecorator } from 'class-validator';
import type { ValidatorFn } from 'type-graphql';
import { InputError, type InputIssue } from './errors';

export interface TextRule {
  max: number;
  /** Fewest characters (names: 1); reported with `max` as the accepted range. */
  min?: number;
  /** Allows line feed, carriage return and tab. */
  multiline?: boolean;
}

/** Every text limit of the API, in one place. */
export const TEXT = {
  name: { min: 1, max: 255 },
  sector: { max: 100 }, // the column's length
  subtype: { max: 50 },
  description: { max: 10_000, multiline: true },
  processLabel: { max: 255 },
  processSubcategory: { max: 100 },
  search: { max: 255 },
  cursor: { max: 200 },
  email: { min: 3, max: 254 }, // RFC 5321's path limit
  password: { min: 10, max: 256 }, // bounded: each character costs hashing time
  personName: { min: 1, max: 100 },
  tokenName: { min: 1, max: 100 },
} as const satisfies Record<string, TextRule>;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Line feed, carriage return and tab: allowed in multi-line fields. */
const LINE_CHARACTERS = new Set([0x0a, 0x0d, 0x09]);

/** The first control character (U+0000–U+001F, U+007F) of `value` and its index, or null. */
function findControl(value: string, multiline: boolean | undefined): { code: number; index: number } | null {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if ((code <= 0x1f || code === 0x7f) && !(multiline && LINE_CHARACTERS.has(code))) return { code, index };
  }
  return null;
}

function codePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Characters, counted as code points. */
export function textLength(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

/** Why `value` is not acceptable text, or null. */
export function characterProblem(value: string, rule: Pick<TextRule, 'multiline'>): string | null {
  const found = findControl(value, rule.multiline);
  if (found) {
    const allowed = rule.multiline ? ' other than line feed, carriage return and tab' : '';
    return `must not contain control characters${allowed} (found ${codePoint(found.code)} at position ${found.index})`;
  }
  if (LONE_SURROGATE.test(value)) return 'must be well-formed Unicode text (a lone surrogate was found)';
  return null;
}

export function lengthProblem(value: string, rule: TextRule): string | null {
  const length = textLength(value);
  if (length <= rule.max && length >= (rule.min ?? 0)) return null;
  return rule.min
    ? `must be ${rule.min} to ${rule.max} characters long (got ${length})`
    : `must be at most ${rule.max} characters long (got ${length})`;
}

/** The issues of `value` at `path` under `rule` (none when it is null or not a string). */
export function textIssues(path: string, value: unknown, rule: TextRule): InputIssue[] {
  if (typeof value !== 'string') return [];
  const issues: InputIssue[] = [];
  const character = characterProblem(value, rule);
  if (character) issues.push({ path, code: 'INVALID', message: character });
  const length = lengthProblem(value, rule);
  if (length) {
    issues.push({
      path,
      code: 'OUT_OF_RANGE',
      message: length,
      ...(rule.min !== undefined ? { min: rule.min } : {}),
      max: rule.max,
    });
  }
  return issues;
}

/**
 * Free text under `rule`, for input class fields. Two class-validator
 * constraints: characters (→ INVALID) and length (its `context` carries the
 * range, → OUT_OF_RANGE with min/max in src/graphql/validation.ts).
 */
export function Text(rule: TextRule): PropertyDecorator {
  return (target, propertyName) => {
    const common = { target: target.constructor, propertyName: propertyName as string };
    registerDecorator({
      ...common,
      name: 'textCharacters',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || characterProblem(value, rule) === null,
        defaultMessage: (args) => `${args?.property} ${characterProblem(String(args?.value), rule)}`,
      },
    });
    registerDecorator({
      ...common,
      name: 'textLength',
      options: { context: { ...(rule.min !== undefined ? { min: rule.min } : {}), max: rule.max } },
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || lengthProblem(value, rule) === null,
        defaultMessage: (args) => `${args?.property} ${lengthProblem(String(args?.value), rule)}`,
      },
    });
  };
}

/** A type-graphql `validateFn` for a scalar string argument named `argName`. */
export function textArg(argName: string, rule: TextRule, extra?: (value: string) => InputIssue[]): ValidatorFn {
  return (value) => {
    const issues = textIssues(argName, value, rule);
    if (!issues.length && typeof value === 'string' && extra) issues.push(...extra(value));
    if (issues.length) throw new InputError(issues);
  };
}
