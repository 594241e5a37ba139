/**
 * Domain errors: what services and the engine adapter throw. They know nothing
 * of GraphQL; `src/graphql/errors.ts` maps each kind to its `ErrorCode`.
 */

export type IssueCode = 'REQUIRED' | 'UNKNOWN_PARAMETER' | 'WRONG_TYPE' | 'OUT_OF_RANGE' | 'INCONSISTENT' | 'INVALID';

/** One problem with one input field. */
export interface InputIssue {
  /** Dotted path from the argument, e.g. `input.parameters.power_kW` or `inputs[2].name`. */
  path: string;
  message: string;
  code: IssueCode;
  /** Accepted range where one applies. */
  min?: number | null;
  max?: number | null;
}

export type DomainErrorKind =
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'ANALYSIS_FAILED'
  | 'TOO_COMPLEX'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED';

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  /** Machine-readable details a client may use (never internals). */
  details(): Record<string, unknown> {
    return {};
  }
}

/** Every problem of an input at once. */
export class InputError extends DomainError {
  readonly kind = 'INVALID_INPUT';
  constructor(
    readonly issues: InputIssue[],
    message?: string,
  ) {
    super(message ?? summarise(issues));
  }
  override details(): Record<string, unknown> {
    return { issues: this.issues };
  }
}

/** No record with that id visible to the caller. */
export class NotFoundError extends DomainError {
  readonly kind = 'NOT_FOUND';
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} ${id} not found`);
  }
  override details(): Record<string, unknown> {
    return { entity: this.entity, id: this.id };
  }
}

/** A concurrent change won; the client may retry. */
export class ConflictError extends DomainError {
  readonly kind = 'CONFLICT';
}

/** The engine could not analyse inputs that passed validation. */
export class AnalysisFailedError extends DomainError {
  readonly kind = 'ANALYSIS_FAILED';
}

/** A request asks for more than the server allows. */
export class TooComplexError extends DomainError {
  readonly kind = 'TOO_COMPLEX';
  constructor(
    message: string,
    readonly measured?: Record<string, number>,
  ) {
    super(message);
  }
  override details(): Record<string, unknown> {
    return this.measured ? { ...this.measured } : {};
  }
}

/** No credentials, or credentials that are not (or no longer) valid. */
export class UnauthenticatedError extends DomainError {
  readonly kind = 'UNAUTHENTICATED';
}

/** The caller sees the record, but its role does not allow this change. */
export class ForbiddenError extends DomainError {
  readonly kind = 'FORBIDDEN';
  constructor(
    message: string,
    readonly role: string,
    readonly requiredRole: string,
  ) {
    super(message);
  }
  override details(): Record<string, unknown> {
    return { role: this.role, requiredRole: this.requiredRole };
  }
}

/** Too many attempts in a short time; the client may try again after `retryAfterSeconds`. */
export class RateLimitedError extends DomainError {
  readonly kind = 'RATE_LIMITED';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
  override details(): Record<string, unknown> {
    return { retryAfterSeconds: this.retryAfterSeconds };
  }
}

function summarise(issues: InputIssue[]): string {
  if (issues.length === 0) return 'Invalid input';
  const first = `${issues[0].path}: ${issues[0].message}`;
  return issues.length === 1 ? `Invalid input — ${first}` : `Invalid input (${issues.length} problems) — ${first}; …`;
}

/** Prefixes every issue path, e.g. `power_kW` → `input.parameters.power_kW`. */
export function prefixIssues(prefix: string, issues: InputIssue[]): InputIssue[] {
  return issues.map((issue) => ({ ...issue, path: issue.path ? `${prefix}.${issue.path}` : prefix }));
}
