import pino, { type Logger } from 'pino';

/** Structured JSON logs on stdout. Secrets never reach a log line (see `redact`). */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'exergylab-graphql' },
    redact: {
      paths: ['*.apiKey', '*.authorization', '*.headers.authorization', 'apiKey', 'authorization'],
      censor: '[redacted]',
    },
  });
}

/** Upper bound of a logged error message, in characters. */
export const MAX_LOGGED_MESSAGE = 1024;
/** Upper bound of the logged stack frames, in characters (the stack's message line is never logged). */
export const MAX_LOGGED_STACK = 768;

/** An SQL statement at the start of a message (MikroORM/knex put the statement, values inlined, first). */
const SQL_START =
  /^\s*\(?\s*(select|insert|update|delete|with|create|drop|alter|truncate|pragma|begin|commit|rollback|savepoint|release)\b/i;
/** An SQL statement anywhere in a message. */
const SQL_ANYWHERE = /\b(select\s.+\sfrom|insert\s+into|update\s+\S+\s+set|delete\s+from)\b/is;

function bound(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * A message fit for the log: no SQL statement (knex prefixes the driver's
 * message with the statement and its inlined values: `<sql> - <driver message>`),
 * no quoted literal (drivers quote the offending value: `invalid input syntax
 * for type uuid: "…"`), one line, at most `MAX_LOGGED_MESSAGE` characters.
 */
export function sanitizeErrorMessage(message: string): string {
  let text = message.split('\n', 1)[0] ?? '';
  if (SQL_START.test(text)) {
    const cut = text.lastIndexOf(' - ');
    text = cut >= 0 ? `[sql omitted] - ${text.slice(cut + 3)}` : '[sql omitted]';
  }
  const inline = SQL_ANYWHERE.exec(text);
  if (inline) text = `${text.slice(0, inline.index)}[sql omitted]`;
  text = text.replace(/'[^']*'?/g, "'?'").replace(/([:=]\s*)"[^"]*"?/g, '$1"?"');
  return bound(text, MAX_LOGGED_MESSAGE);
}

export interface LoggedError {
  /** The error's class, e.g. `TableNotFoundException`. */
  errorClass: string;
  /** The driver's or Node's code (`SQLITE_ERROR`, `42P01`, `ECONNREFUSED`), when a short token. */
  errorCode?: string;
  message: string;
  /** Stack frames only (the stack's first line repeats the message), bounded. */
  stack?: string;
}

/**
 * The fields under which an unexpected error is logged. Never the error object
 * itself: driver errors carry the SQL, its parameters (`detail`, `parameters`,
 * `sql`) and the whole message in `stack`.
 */
export function describeError(error: unknown): LoggedError {
  if (!(error instanceof Error)) {
    return { errorClass: typeof error, message: sanitizeErrorMessage(String(error)) };
  }
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .map((line) => line.trim())
    .join('\n');
  return {
    errorClass: bound(error.constructor?.name || error.name || 'Error', 100),
    ...(typeof code === 'string' && /^[A-Za-z0-9_.-]{1,40}$/.test(code) ? { errorCode: code } : {}),
    message: sanitizeErrorMessage(error.message),
    ...(frames ? { stack: bound(frames, MAX_LOGGED_STACK) } : {}),
  };
}
