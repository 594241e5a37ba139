/**
 * HTTP caching of the static catalogs. An operation whose every root field is a catalog (or `__typename`)
 * answers the same to every caller until the server's code changes, so an answer without errors may be kept
 * by browsers and shared caches (`public, max-age`) and revalidated with its ETag: `If-None-Match` with that
 * ETag is 304 without a body, for POST as well as GET. Everything else stays `no-store` (graphqlGate).
 * Apollo's cacheControl plugin stays off: its hints would wrap every field resolver of every request.
 */
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from './context';
import { CATALOG_ROOT_FIELDS, operationRootFields } from './auth-gate';

/** One hour: the catalogs change only with a new version of the server, and the ETag catches that. */
export const CATALOG_MAX_AGE_SECONDS = 3600;

/** Weak: compression changes the bytes on the wire, not the answer. */
function etagOf(body: unknown): string {
  return `W/"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;
}

/** RFC 9110 §13.1.2: `*` or a list of tags, compared weakly. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

export function catalogCachePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      let catalogOnly = false;
      return {
        async didResolveOperation({ operation, document }) {
          if (!operation) return;
          const fields = operationRootFields(operation, document);
          catalogOnly =
            operation.operation === 'query' &&
            fields.some((field) => CATALOG_ROOT_FIELDS.has(field)) &&
            fields.every((field) => CATALOG_ROOT_FIELDS.has(field) || field === '__typename');
        },
        async willSendResponse({ request, response }) {
          const { body } = response;
          if (!catalogOnly || body.kind !== 'single' || body.singleResult.errors) return;
          const etag = etagOf(body.singleResult);
          response.http.headers.set('cache-control', `public, max-age=${CATALOG_MAX_AGE_SECONDS}`);
          response.http.headers.set('etag', etag);
          // Express drops the body of a 304 (res.send).
          if (matches(request.http?.headers.get('if-none-match'), etag)) response.http.status = 304;
        },
      };
    },
  };
}
