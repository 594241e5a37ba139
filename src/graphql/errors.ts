/**
 * The one error vocabulary of the API. Every GraphQL error leaves the server
 * with `extensions.code` from `ErrorCode`; input problems also carry
 * `extensions.issues` (field path, message, accepted range). Anything
 * unexpected is masked as INTERNAL_SERVER_ERROR (no stack, no SQL) and logged.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { registerEnumType } from 'type-graphql';

export enum ErrorCode {
  /** An argument or input value is invalid; see `issues`. */
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** No record with the given id. */
  NOT_FOUND = 'NOT_FOUND',
  /** A concurrent change won; retry. */
  CONFLICT = 'CONFLICT',
  /** The engine could not analyse the inputs (e.g. a state outside a property formulation). */
  ANALYSIS_FAILED = 'ANALYSIS_FAILED',
  /** The query is syntactically invalid. */
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  /** The query does not match the schema. */
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  /** The query is nested deeper or asks for more than the server allows. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** Something unexpected; details are in the server log under the request id. */
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

registerEnumType(ErrorCode, { name: 'ErrorCode', description: 'Every value `extensions.code` of an error can take.' });

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

export abstract class AppError extends Error {
  abstract readonly code: ErrorCode;
  extensions(): Record<string, unknown> {
    return {};
  }
}

export class InputError extends AppError {
  readonly code = ErrorCode.BAD_USER_INPUT;
  constructor(
    readonly issues: InputIssue[],
    message?: string,
  ) {
    super(message ?? summarise(issues));
  }
  override extensions(): Record<string, unknown> {
    return { issues: this.issues };
  }
}

export class NotFoundError extends AppError {
  readonly code = ErrorCode.NOT_FOUND;
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} ${id} not found`);
  }
  override extensions(): Record<string, unknown> {
    return { entity: this.entity, id: this.id };
  }
}

export class ConflictError extends AppError {
  readonly code = ErrorCode.CONFLICT;
}

export class AnalysisFailedError extends AppError {
  readonly code = ErrorCode.ANALYSIS_FAILED;
}

export class QueryTooComplexError extends AppError {
  readonly code = ErrorCode.QUERY_TOO_COMPLEX;
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

/** True when an error is an expected, client-facing one (not to be masked or logged as a fault). */
export function isClientError(error: unknown): boolean {
  return error instanceof AppError;
}

/** Codes Apollo itself assigns to client mistakes, mapped into our enum. */
const APOLLO_CLIENT_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.GRAPHQL_PARSE_FAILED,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.GRAPHQL_VALIDATION_FAILED,
  BAD_USER_INPUT: ErrorCode.BAD_USER_INPUT,
  BAD_REQUEST: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
  QUERY_TOO_COMPLEX: ErrorCode.QUERY_TOO_COMPLEX,
};

/**
 * Apollo `formatError`: our errors keep their message and get their code,
 * Apollo's own client errors keep theirs, everything else is masked.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof AppError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.extensions() } };
  }
  // Apollo relabels every validation-rule error GRAPHQL_VALIDATION_FAILED; the depth rule's keeps its maxDepth.
  const code = formatted.extensions?.maxDepth !== undefined ? ErrorCode.QUERY_TOO_COMPLEX : formatted.extensions?.code;
  if (typeof code === 'string' && code in APOLLO_CLIENT_CODES) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...base, extensions: { ...extensions, code: APOLLO_CLIENT_CODES[code] } };
  }
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
