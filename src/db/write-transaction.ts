/**
 * A write transaction on the connection itself, for the immutable records an
 * analysis appends (bulk inserts and a few plain statements): no unit of work
 * to compute, and errors converted to MikroORM's exception classes (unique
 * key, deadlock, lock timeout …) so callers tell a lost race from a fault.
 */
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';

export interface WriteTransaction {
  trx: Knex.Transaction;
  /** Rows of a plain statement with bound parameters. */
  rows<R>(sql: string, params?: readonly Knex.Value[]): Promise<R[]>;
  /** PostgreSQL: locks the row (`select … for update`); SQLite serialises writers by itself. */
  lockRow(table: string, id: string): Promise<void>;
}

export async function inWriteTransaction<T>(
  em: SqlEntityManager,
  work: (tx: WriteTransaction) => Promise<T>,
): Promise<T> {
  const postgres = em.getPlatform() instanceof PostgreSqlPlatform;
  try {
    return await em.getKnex().transaction(async (trx) => {
      const rows = async <R>(sql: string, params: readonly Knex.Value[] = []): Promise<R[]> => {
        const result = await trx.raw(sql, params as Knex.Value[]);
        return Array.isArray(result) ? result : result.rows;
      };
      return work({
        trx,
        rows,
        async lockRow(table, id) {
          if (postgres) await rows(`select id from ${trx.client.wrapIdentifier(table)} where id = ? for update`, [id]);
        },
      });
    });
  } catch (error) {
    throw error instanceof Error ? em.getPlatform().getExceptionConverter().convertException(error) : error;
  }
}
