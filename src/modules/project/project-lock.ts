/**
 * The one lock order of the write paths: a change of a project (its settings,
 * equipment or members) and an analysis of it first take the project's row
 * lock, then touch anything else. An analysis therefore reads one consistent
 * state of the plant, and two writers cannot deadlock over a project.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { knexOf, rawRows } from '../../db/raw-read';

/** Takes the row lock inside `tx`'s transaction (SQLite: its one writer lock, as an immediate transaction would). */
export async function lockProjectRow(tx: SqlEntityManager, projectId: string): Promise<void> {
  if (tx.getPlatform() instanceof PostgreSqlPlatform) {
    await rawRows(knexOf(tx), 'select id from project where id = ? for update', [projectId]);
  } else {
    await rawRows(knexOf(tx), 'delete from project where 0 = 1');
  }
}

/** Runs `work` in a transaction that holds the project's row lock from its first statement. */
export function withProjectLock<T>(
  em: SqlEntityManager,
  projectId: string,
  work: (tx: SqlEntityManager) => Promise<T>,
): Promise<T> {
  return em.transactional(async (tx) => {
    await lockProjectRow(tx, projectId);
    return work(tx);
  });
}
