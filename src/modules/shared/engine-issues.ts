import type { ValidationIssue } from '../../engine/equipment/types';
import type { InputIssue } from './errors';

/** Where a parameter set's issues are reported: the subtype's path and the path the parameter keys go under. */
export interface IssuePaths {
  subtype: string;
  parameters: string;
}

/** Engine issues → API issues under `path` (`<path>.parameters.<key>`, or `<path>.subtype`). */
export function toInputIssues(issues: ValidationIssue[], path: string): InputIssue[] {
  return toInputIssuesAt(issues, { subtype: `${path}.subtype`, parameters: `${path}.parameters` });
}

/** Engine issues → API issues at `paths` (`<paths.parameters>.<key>`, or `paths.subtype`). */
export function toInputIssuesAt(issues: ValidationIssue[], paths: IssuePaths): InputIssue[] {
  return issues.map((issue) => ({
    path: issue.path === 'subtype' ? paths.subtype : `${paths.parameters}.${issue.path}`,
    message: issue.message,
    code: issue.code === 'MISSING_REQUIRED' ? 'REQUIRED' : issue.code === 'UNKNOWN_SUBTYPE' ? 'INVALID' : issue.code,
    ...(issue.min !== undefined ? { min: issue.min } : {}),
    ...(issue.max !== undefined ? { max: issue.max } : {}),
  }));
}
