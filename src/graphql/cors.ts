/**
 * Cross-origin access to /graphql for the browser pages the operator allows
 * (CORS_ORIGINS). Requests carry their token in the Authorization header, never
 * a cookie, so credentials stay off; preflights are answered 204.
 */
import cors from 'cors';
import type { RequestHandler } from 'express';

/** `http://localhost:*` → /^http:\/\/localhost:[^/]*$/ (a `*` never spans a `/`). */
function originPattern(origin: string): RegExp {
  const escaped = origin.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  return new RegExp(`^${escaped}$`);
}

export function corsMiddleware(allowed: readonly string[]): RequestHandler {
  const patterns = allowed.map(originPattern);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && patterns.some((p) => p.test(origin))),
    methods: ['GET', 'POST'],
    allowedHeaders: [
      'content-type',
      'authorization',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      'x-request-id',
    ],
    exposedHeaders: ['x-request-id'],
    credentials: false,
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
}
