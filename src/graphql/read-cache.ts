/**
 * Answers of queries kept and served again while the database has not changed. An answer is keyed by who
 * asked (the account, or the reason a token was refused), the document (Apollo's hash of it), the operation
 * name and the variables, and it is held with the data version it was computed at (src/db/data-version.entity.ts:
 * the database moves that version on inside every transaction that changes anything, whoever writes). A
 * request reads the version first (a signed-in one in the statement that reads its account) and is answered
 * from the cache only when its answer was computed at that same version, so it never sees anything older than
 * what was committed before it began: read-your-writes holds after every mutation, from any server process
 * (tests/api/read-cache.test.ts). An answer computed while a write committed is kept under the version read
 * before it, which the next request no longer reads, so at worst it is computed again.
 *
 * Only queries without errors are kept, and only up to `maxBytes` of their JSON in all (least recently used
 * out first; an answer larger than an eighth of that is not kept). READ_CACHE_MB=0 turns it off.
 */
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { FormattedExecutionResult } from 'graphql';
import { DATA_VERSION_SQL } from '../db/data-version.entity';
import { rawRows } from '../db/raw-read';
import type { GraphQLContext } from './context';

/** The database's data version (text: PostgreSQL's bigint and SQLite's integer alike). */
export async function readDataVersion(em: SqlEntityManager): Promise<string> {
  const rows = await rawRows<{ version: number | string }>(em.getKnex(), `select ${DATA_VERSION_SQL} as version`);
  if (rows.length !== 1 || rows[0].version === null) {
    throw new Error('data_version has no row: the database was not migrated');
  }
  return String(rows[0].version);
}

interface Entry {
  version: string;
  result: FormattedExecutionResult;
  bytes: number;
}

export class ReadCache {
  /** Insertion order is recency: a hit moves its entry to the end. */
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(readonly maxBytes: number) {}

  get size(): number {
    return this.entries.size;
  }

  get heldBytes(): number {
    return this.bytes;
  }

  lookup(key: string, version: string): FormattedExecutionResult | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.version !== version) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.result;
  }

  keep(key: string, version: string, result: FormattedExecutionResult, bytes: number): void {
    this.forget(key);
    if (bytes > this.maxBytes / 8) return;
    this.entries.set(key, { version, result, bytes });
    this.bytes += bytes;
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.forget(oldest);
    }
  }

  private forget(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}

function keyOf({ contextValue, queryHash, operationName, request }: GraphQLRequestContext<GraphQLContext>): string {
  const { caller } = contextValue;
  const who = caller.user ? `user:${caller.user.id}` : `anonymous:${caller.rejected ?? ''}`;
  return `${who}\n${queryHash}\n${operationName ?? ''}\n${JSON.stringify(request.variables ?? {})}`;
}

export function readCachePlugin(cache: ReadCache): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      /** Set on a query answered by execution: where its answer goes, at the version read before it ran. */
      let pending: { key: string; version: string } | null = null;
      return {
        async responseForOperation(requestContext) {
          if (requestContext.operation?.operation !== 'query') return null;
          const key = keyOf(requestContext);
          const { dataVersion, em } = requestContext.contextValue;
          const version = dataVersion ?? (await readDataVersion(em));
          const result = cache.lookup(key, version);
          if (result)
            return {
              http: { status: undefined, headers: new HeaderMap() },
              body: { kind: 'single', singleResult: result },
            };
          pending = { key, version };
          return null;
        },
        async willSendResponse({ response }) {
          if (!pending || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors || result.data === undefined || result.data === null) return;
          if (response.http.status !== undefined && response.http.status !== 200) return;
          cache.keep(pending.key, pending.version, result, JSON.stringify(result).length);
        },
      };
    },
  };
}
