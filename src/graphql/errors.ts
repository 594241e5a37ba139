/**
 * The one error vocabulary of the API. Every GraphQL error leaves the server
 * with `extensions.code` from `ErrorCode`; input problems also carry
 * `extensions.issues` (field path, message, accepted range). Anything
 * unexpected is masked as INTERNAL_SERVER_ERROR (no stack, no SQL) and logged.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { registerEnumType } from 'type-graphql';
import { DomainError, type DomainErrorKind } from '../modules/shared/errors';

export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  ANALYSIS_FAILED = 'ANALYSIS_FAILED',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  RATE_LIMITED = 'RATE_LIMITED',
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  BAD_REQUEST = 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  ROUTE_NOT_FOUND = 'ROUTE_NOT_FOUND',
  METHOD_NOT_ALLOWED = 'METHOD_NOT_ALLOWED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** What each code means (the enum values' descriptions in the schema). */
export const ERROR_CODE_DESCRIPTIONS: Record<ErrorCode, string> = {
  BAD_USER_INPUT: 'An argument or input value is invalid; see `issues`.',
  NOT_FOUND: 'No record with the given id.',
  CONFLICT: 'A concurrent change won; retry.',
  ANALYSIS_FAILED: 'The engine could not analyse the inputs (e.g. a state outside a property formulation).',
  UNAUTHENTICATED:
    'No token, or a token that is invalid, expired or revoked (HTTP 401 when the whole operation is refused).',
  FORBIDDEN: "The caller's role in the project does not allow this change (see `role`, `requiredRole`).",
  RATE_LIMITED: 'Too many login or registration attempts; retry after `retryAfterSeconds`.',
  GRAPHQL_PARSE_FAILED: 'The query is syntactically invalid.',
  GRAPHQL_VALIDATION_FAILED: 'The query does not match the schema.',
  QUERY_TOO_COMPLEX: 'The query is nested deeper or asks for more than the server allows.',
  BAD_REQUEST:
    'The HTTP request is not a GraphQL request the server accepts: malformed JSON body, no query, or refused by CSRF prevention (send `content-type: application/json` or an `apollo-require-preflight` header). HTTP 400 (415 for an unsupported encoding).',
  PERSISTED_QUERY_NOT_FOUND:
    "An automatic persisted query whose hash the server does not know (yet): send the query with its hash once, as Apollo Client's persisted-queries link does on this code.",
  PAYLOAD_TOO_LARGE: 'The request body is over the limit (2 MB). HTTP 413.',
  ROUTE_NOT_FOUND: 'No endpoint at this path (the API is /graphql, plus /healthz and /readyz). HTTP 404.',
  METHOD_NOT_ALLOWED: 'The endpoint does not accept this HTTP method (/graphql: GET and POST; see `Allow`). HTTP 405.',
  INTERNAL_SERVER_ERROR: 'Something unexpected; details are in the server log under the request id.',
};

registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description: 'Every value `extensions.code` of an error can take.',
  valuesConfig: Object.fromEntries(
    Object.values(ErrorCode).map((code) => [code, { description: ERROR_CODE_DESCRIPTIONS[code] }]),
  ),
});

/** The one mapping of domain errors to API codes; a new kind is a compile error until it is mapped here. */
export function codeOf(kind: DomainErrorKind): ErrorCode {
  switch (kind) {
    case 'INVALID_INPUT':
      return ErrorCode.BAD_USER_INPUT;
    case 'NOT_FOUND':
      return ErrorCode.NOT_FOUND;
    case 'CONFLICT':
      return ErrorCode.CONFLICT;
    case 'ANALYSIS_FAILED':
      return ErrorCode.ANALYSIS_FAILED;
    case 'TOO_COMPLEX':
      return ErrorCode.QUERY_TOO_COMPLEX;
    case 'UNAUTHENTICATED':
      return ErrorCode.UNAUTHENTICATED;
    case 'FORBIDDEN':
      return ErrorCode.FORBIDDEN;
    case 'RATE_LIMITED':
      return ErrorCode.RATE_LIMITED;
    default:
      return unreachable(kind);
  }
}

function unreachable(kind: never): never {
  throw new Error(`unmapped domain error kind ${String(kind)}`);
}

/** graphql-js aborts a document longer than `parseOptions.maxTokens` with this message. */
function tokenLimitOf(message: string): number | null {
  // (graphql 16 spells it "more that").
  const match = /Document contains more tha[nt] (\d+) tokens/.exec(message);
  return match ? Number(match[1]) : null;
}

/** True when an error is an expected, client-facing one (not to be masked or logged as a fault). */
export function isClientError(error: unknown): boolean {
  return error instanceof DomainError;
}

/** Codes Apollo itself assigns to client mistakes, mapped into our enum. */
const APOLLO_CLIENT_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.GRAPHQL_PARSE_FAILED,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.GRAPHQL_VALIDATION_FAILED,
  BAD_USER_INPUT: ErrorCode.BAD_USER_INPUT,
  BAD_REQUEST: ErrorCode.BAD_REQUEST,
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.PERSISTED_QUERY_NOT_FOUND,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_REQUEST,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
  QUERY_TOO_COMPLEX: ErrorCode.QUERY_TOO_COMPLEX,
};

/** Apollo refuses some malformed requests with a bare GraphQLError that carries only an HTTP 4xx status. */
function isBareRequestRefusal(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions?.code !== undefined) return false;
  const status = (error.extensions?.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** True when `formatError` masks the error as INTERNAL_SERVER_ERROR (such errors are logged). */
export function isUnexpected(error: GraphQLError): boolean {
  const original = error.originalError ?? error;
  if (original instanceof DomainError) return false;
  if (error.extensions?.maxDepth !== undefined) return false;
  if (isBareRequestRefusal(error)) return false;
  const code = error.extensions?.code;
  return !(typeof code === 'string' && code in APOLLO_CLIENT_CODES);
}

/**
 * Apollo `formatError`: our errors keep their message and get their code,
 * Apollo's own client errors keep theirs, everything else is masked.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: codeOf(original.kind), ...original.details() } };
  }
  // The parser's token limit surfaces as a syntax error: it is a size limit, reported as such.
  const maxTokens = tokenLimitOf(formatted.message);
  if (maxTokens !== null) {
    return {
      ...base,
      message: `The query has more than ${maxTokens} tokens; at most ${maxTokens} are allowed.`,
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, tokensAtLeast: maxTokens + 1, maxTokens },
    };
  }
  if (isBareRequestRefusal(error)) return { ...base, extensions: { code: ErrorCode.BAD_REQUEST } };
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
