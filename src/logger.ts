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
