/**
 * Argument validation for type-graphql: runs class-validator on input objects
 * and throws one InputError listing every problem with its dotted path
 * (`input.name`, `inputs[2].name`) and, where the decorator declares it in
 * `context`, the accepted range.
 */
import { validate, type ValidationError } from 'class-validator';
import type { ResolverData } from 'type-graphql';
import { InputError, type InputIssue } from '../modules/shared/errors';

function toIssues(errors: ValidationError[], prefix: string): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const error of errors) {
    // a list's items are children named by their index: `changes[2]`, not `changes.2`
    const path = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : `${prefix}.${error.property}`;
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      const range = (error.contexts?.[constraint] ?? {}) as { min?: number; max?: number };
      issues.push({
        path,
        message,
        code: range.min !== undefined || range.max !== undefined ? 'OUT_OF_RANGE' : 'INVALID',
        ...(range.min !== undefined ? { min: range.min } : {}),
        ...(range.max !== undefined ? { max: range.max } : {}),
      });
    }
    if (error.children?.length) issues.push(...toIssues(error.children, path));
  }
  return issues;
}

export async function validateArgument(
  argValue: unknown,
  _argType: unknown,
  resolverData: ResolverData,
): Promise<void> {
  if (argValue === null || typeof argValue !== 'object') return;
  // type-graphql hands over the converted instance, not the raw arg: find its name by content.
  const json = JSON.stringify(argValue);
  const argName =
    Object.entries(resolverData.args).find(([, value]) => value === argValue || JSON.stringify(value) === json)?.[0] ??
    'input';
  const items: [string, object][] = Array.isArray(argValue)
    ? argValue.map((item, index) => [`${argName}[${index}]`, item as object])
    : [[argName, argValue]];
  const issues: InputIssue[] = [];
  for (const [path, item] of items) {
    if (item === null || typeof item !== 'object') continue;
    issues.push(...toIssues(await validate(item, { forbidUnknownValues: false }), path));
  }
  if (issues.length) throw new InputError(issues);
}
