import type { ValidationIssue } from '../../engine/equipment/types';
import type { InputIssue } from './errors';

/** Engine issues → API issues under `path` (`<path>.parameters.<key>`, or `<path>.subtype`). */
export function toInputIssues(issues: ValidationIssue[], path: string): InputIssue[] {
  return issues.map((issue) => ({
    path: issue.path === 'subtype' ? `${path}.subtype` : `${path}.parameters.${issue.path}`,
    message: issue.message,
    code: issue.code === 'MISSING_REQUIRED' ? 'REQUIRED' : issue.code === 'UNKNOWN_SUBTYPE' ? 'INVALID' : issue.code,
    ...(issue.min !== undefined ? { min: issue.min } : {}),
    ...(issue.max !== undefined ? { max: issue.max } : {}),
  }));
}
