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

type Column = {
  name: string;
  read: (entity: Record<string, unknown>) => Knex.Value;
  /** The placeholder for a value `read` returned (JSON handed over as UTF-8 bytes is converted by the database). */
  placeholder: (value: Knex.Value) => string;
};

/** Serialised already (an analysis worker did it, off the event loop): its text or UTF-8 bytes. */
const serialized = (value: object): string | Buffer | undefined => {
  const json = (value as { serializedJson?: unknown }).serializedJson;
  if (typeof json === 'string') return json;
  // a view, not a copy: the driver copies the bytes once, when it binds them
  return json instanceof Uint8Array ? Buffer.from(json.buffer, json.byteOffset, json.byteLength) : undefined;
};

const isJsonColumn = (prop: EntityProperty) => String(prop.type).toLowerCase().startsWith('json');

/** How a column's value is written: one converter per column, chosen once from its type. */
function writerOf(prop: EntityProperty, sqlite: boolean): (value: unknown) => Knex.Value {
  const json = isJsonColumn(prop);
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

/**
 * A JSON column takes UTF-8 bytes through a conversion (node-sqlite3 and pg bind a Buffer as a blob / bytea
 * with one copy, where a string costs a UTF-8 encoding on the event loop); anything else binds as it is.
 */
function placeholderOf(prop: EntityProperty, sqlite: boolean): Column['placeholder'] {
  if (!isJsonColumn(prop)) return () => '?';
  const fromBytes = sqlite ? 'cast(? as text)' : `convert_from(?::bytea, 'UTF8')::${prop.columnTypes[0] ?? 'jsonb'}`;
  return (value) => (Buffer.isBuffer(value) ? fromBytes : '?');
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
        return [
          { name: prop.fieldNames[0], read: (e) => write(e[prop.name]), placeholder: placeholderOf(prop, sqlite) },
        ];
      }
      if (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) {
        const read = (e: Record<string, unknown>) => (e[prop.name] as { id?: string } | null)?.id ?? null;
        return [{ name: prop.fieldNames[0], read, placeholder: () => '?' }];
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
  for (let start = 0; start < rows.length; start += perStatement) {
    const bindings: Knex.Value[] = [];
    const tuples: string[] = [];
    for (const row of rows.slice(start, start + perStatement)) {
      const values = columns.map((column) => column.read(row as Record<string, unknown>));
      tuples.push(`(${values.map((value, i) => columns[i].placeholder(value)).join(', ')})`);
      for (const value of values) bindings.push(value);
    }
    try {
      await rawRows(knex, head + tuples.join(', '), bindings);
    } catch (error) {
      // The same exception classes MikroORM's own statements raise (unique key, deadlock …).
      throw error instanceof Error ? em.getPlatform().getExceptionConverter().convertException(error) : error;
    }
  }
}
