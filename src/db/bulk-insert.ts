/**
 * Inserts many new entities with a few multi-row statements whose values are
 * bound, not inlined. MikroORM's own path inlines every value into the SQL
 * text (then the SQLite driver scans that text), which for the kilobytes of
 * JSON an analysis writes per unit costs more than the analysis itself.
 *
 * Columns come from the entity metadata, so the statement follows the entity.
 * The rows are not managed by the EntityManager afterwards: they are
 * immutable records (analysis results), read back through loaders.
 */
import { ReferenceKind, type EntityClass, type EntityProperty } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';

/** SQLite allows 32,766 bound variables per statement; stay well below. */
const MAX_VARIABLES = 5000; // also keeps each statement's binding work on the event loop short

type Column = { name: string; read: (entity: Record<string, unknown>) => Knex.Value };

function columnsOf(em: SqlEntityManager, entity: EntityClass<object>): Column[] {
  const sqlite = !(em.getPlatform() instanceof PostgreSqlPlatform);
  const toDb = (prop: EntityProperty, value: unknown): Knex.Value => {
    if (value === undefined || value === null) return null;
    if (value instanceof Date) return sqlite ? value.getTime() : value;
    // Serialised already (an analysis worker did it, off the event loop).
    if (typeof value === 'object' && typeof (value as { serializedJson?: unknown }).serializedJson === 'string') {
      return (value as { serializedJson: string }).serializedJson;
    }
    if (typeof value === 'boolean') return sqlite ? Number(value) : value;
    if (String(prop.type).toLowerCase().startsWith('json') || typeof value === 'object') return JSON.stringify(value);
    return value as Knex.Value;
  };
  return em
    .getMetadata()
    .get(entity.name)
    .props.filter((prop) => prop.persist !== false && !prop.formula)
    .flatMap((prop): Column[] => {
      if (prop.kind === ReferenceKind.SCALAR) {
        return [{ name: prop.fieldNames[0], read: (e) => toDb(prop, e[prop.name]) }];
      }
      if (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) {
        return [{ name: prop.fieldNames[0], read: (e) => (e[prop.name] as { id?: string } | null)?.id ?? null }];
      }
      return [];
    });
}

/** Inserts `rows` (new instances of `entity`) inside the EntityManager's current transaction, if any. */
export async function bulkInsert<T extends object>(
  em: SqlEntityManager,
  entity: EntityClass<T>,
  rows: readonly T[],
  /** The transaction to write in; the EntityManager's current one (or none) otherwise. */
  transaction?: Knex.Transaction,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = columnsOf(em, entity);
  const table = em.getMetadata().get(entity.name).tableName;
  const knex = transaction ?? em.getTransactionContext<Knex.Transaction>() ?? em.getKnex();
  const perStatement = Math.max(1, Math.floor(MAX_VARIABLES / columns.length));
  const head = `insert into ${knex.client.wrapIdentifier(table)} (${columns
    .map((c) => knex.client.wrapIdentifier(c.name))
    .join(', ')}) values `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const bindings = chunk.flatMap((row) => columns.map((column) => column.read(row as Record<string, unknown>)));
    try {
      await knex.raw(head + chunk.map(() => tuple).join(', '), bindings);
    } catch (error) {
      // The same exception classes MikroORM's own statements raise (unique key, deadlock …).
      throw error instanceof Error ? em.getPlatform().getExceptionConverter().convertException(error) : error;
    }
  }
}
