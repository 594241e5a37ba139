/**
 * A write transaction on the connection itself, for the immutable records an
 * analysis appends (bulk inserts and a few plain statements): no unit of work
 * to compute, and errors converted to MikroORM's exception classes (unique
 * key, deadlock, lock timeout …) so callers tell a lost race from a fault.
 */
import { DeadlockException, DriverException, LockWaitTimeoutException } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { rawRows } from './raw-read';

export interface WriteTransaction {
  trx: Knex.Transaction;
  /** Rows of a plain statement with bound parameters. */
  rows<R>(sql: string, params?: readonly Knex.Value[]): Promise<R[]>;
  /**
   * Takes the write lock before reading, so what the transaction reads stays as read until it commits:
   * PostgreSQL locks the row (`select … for update`); SQLite takes its one writer lock (a write statement
   * that matches nothing), so the transaction is in effect an immediate one.
   */
  lockRow(table: string, id: string): Promise<void>;
}

/** An error the driver raised (SQLITE_… or a PostgreSQL SQLSTATE), not yet converted; others pass as they are. */
function fromDatabase(error: unknown): error is Error & { code: string } {
  return (
    error instanceof Error &&
    !(error instanceof DriverException) &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}

/** Attempts of a transaction the database aborted to resolve a deadlock or a lock wait. */
export const TRANSACTION_ATTEMPTS = 3;

/**
 * Runs `work` in a write transaction. A deadlock or lock timeout (the database
 * rolled the transaction back, nothing of it stays) is retried after a short
 * random pause, up to TRANSACTION_ATTEMPTS times; then its error is thrown
 * (callers answer CONFLICT). `work` must therefore only touch the database.
 */
export async function inWriteTransaction<T>(
  em: SqlEntityManager,
  work: (tx: WriteTransaction) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptTransaction(em, work);
    } catch (error) {
      const retry = error instanceof DeadlockException || error instanceof LockWaitTimeoutException;
      if (!retry || attempt >= TRANSACTION_ATTEMPTS) throw error;
      // Jitter, growing with each attempt, so the contenders do not collide again in step.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

async function attemptTransaction<T>(em: SqlEntityManager, work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
  const postgres = em.getPlatform() instanceof PostgreSqlPlatform;
  try {
    return await em.getKnex().transaction(async (trx) => {
      const rows = <R>(sql: string, params: readonly Knex.Value[] = []) => rawRows<R>(trx, sql, params);
      return work({
        trx,
        rows,
        async lockRow(table, id) {
          const name = trx.client.wrapIdentifier(table);
          if (postgres) await rows(`select id from ${name} where id = ? for update`, [id]);
          else await rows(`delete from ${name} where 0 = 1`);
        },
      });
    });
  } catch (error) {
    throw fromDatabase(error) ? em.getPlatform().getExceptionConverter().convertException(error) : error;
  }
}
