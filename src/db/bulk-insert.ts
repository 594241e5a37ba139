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
import { ReferenceKind, type EntityClass, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { rawRows } from './raw-read';

/** SQLite allows 32,766 bound variables per statement; stay well below. */
const MAX_VARIABLES = 5000; // also keeps each statement's binding work on the event loop short

type Column = { name: string; read: (entity: Record<string, unknown>) => Knex.Value };

/** Serialised already (an analysis worker did it, off the event loop). */
const serialized = (value: object): string | undefined => {
  const json = (value as { serializedJson?: unknown }).serializedJson;
  return typeof json === 'string' ? json : undefined;
};

/** How a column's value is written: one converter per column, chosen once from its type. */
function writerOf(prop: EntityProperty, sqlite: boolean): (value: unknown) => Knex.Value {
  const json = String(prop.type).toLowerCase().startsWith('json');
  return (value) => {
    if (value === undefined || value === null) return null;
    if (typeof value === 'object') {
      if (value instanceof Date) return sqlite ? value.getTime() : value;
      return serialized(value) ?? JSON.stringify(value);
    }
    if (typeof value === 'boolean') return sqlite ? Number(value) : value;
    return json ? JSON.stringify(value) : (value as Knex.Value);
  };
}

const columnsByEntity = new WeakMap<EntityMetadata, Map<boolean, Column[]>>();

/** The entity's columns and how each is read off an instance, worked out once per entity and platform. */
function columnsOf(em: SqlEntityManager, entity: EntityClass<object>): Column[] {
  const sqlite = !(em.getPlatform() instanceof PostgreSqlPlatform);
  const meta = em.getMetadata().get(entity.name);
  let byPlatform = columnsByEntity.get(meta);
  if (!byPlatform) columnsByEntity.set(meta, (byPlatform = new Map()));
  const known = byPlatform.get(sqlite);
  if (known) return known;
  const columns = meta.props
    .filter((prop) => prop.persist !== false && !prop.formula)
    .flatMap((prop): Column[] => {
      if (prop.kind === ReferenceKind.SCALAR) {
        const write = writerOf(prop, sqlite);
        return [{ name: prop.fieldNames[0], read: (e) => write(e[prop.name]) }];
      }
      if (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) {
        return [{ name: prop.fieldNames[0], read: (e) => (e[prop.name] as { id?: string } | null)?.id ?? null }];
      }
      return [];
    });
  byPlatform.set(sqlite, columns);
  return columns;
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
      await rawRows(knex, head + chunk.map(() => tuple).join(', '), bindings);
    } catch (error) {
      // The same exception classes MikroORM's own statements raise (unique key, deadlock …).
      throw error instanceof Error ? em.getPlatform().getExceptionConverter().convertException(error) : error;
    }
  }
}
