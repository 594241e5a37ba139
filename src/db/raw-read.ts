/**
 * Read-only loading of entities with one plain statement: the columns of the
 * entity (lazy ones left out), bound parameters, rows mapped to instances of
 * the entity class without the EntityManager. Loaders use it for what a read
 * request only shows: MikroORM's find costs about eight times a plain
 * statement here (query building, hydration, identity map and change-tracking
 * snapshots), none of which a read needs. Instances it returns are never
 * flushed; services that change data load managed entities themselves.
 *
 * They are plain objects under a prototype of their own (`rowPrototype`)
 * whose data properties shadow the change-tracking setters MikroORM puts on
 * the entity's prototype: assigning a column then stores it, where the setter
 * would build a WrappedEntity and two closures per property on every row
 * (a third of a 70-unit read's CPU went to that and its garbage). A JSON
 * column is parsed the first time its property is read: a run's hotspots and
 * integration opportunities (80 KB at 70 units) are not parsed for a query
 * that shows its totals.
 */
import { ReferenceKind, type EntityClass, type EntityMetadata, type Ref } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { allPrepared, isSqliteConnection } from './sqlite-statements';

type Convert = (value: unknown) => unknown;
/** A column and where a row keeps it: its property, or for JSON the hidden slot its text waits in. */
interface Field {
  column: string;
  property: string;
  convert: Convert;
  slot: string | symbol;
}
interface Mapping {
  select: string;
  table: string;
  fields: Field[];
  /** The prototype of the rows: the entity's, with every mapped property a plain data property (JSON: parsed on read). */
  rowPrototype: object;
}

const mappings = new WeakMap<EntityMetadata, Map<boolean, Mapping>>();

/** SQLite stores milliseconds; PostgreSQL's driver (as MikroORM sets it up) returns timestamptz as text. */
const asDate: Convert = (v) => {
  if (v === null || v === undefined || v instanceof Date) return v ?? null;
  if (typeof v === 'number' || /^\d+$/.test(String(v))) return new Date(Number(v));
  return new Date(
    String(v)
      .replace(' ', 'T')
      .replace(/([+-]\d\d)$/, '$1:00'),
  );
};
const asBoolean: Convert = (v) => (v === null || v === undefined ? null : v === true || Number(v) === 1);
/** SQLite returns JSON columns as text, PostgreSQL as parsed values. */
export const asJson: Convert = (v) => (typeof v === 'string' ? JSON.parse(v) : (v ?? null));
const asReference: Convert = (v) => (v === null || v === undefined ? null : { id: v });
const asIs: Convert = (v) => v;

/** `property` on rows under `prototype`: parsed from the text in `slot` when first read, then a plain data property. */
function defineParsedOnRead(prototype: object, property: string, slot: symbol): void {
  const settle = (row: object, value: unknown) =>
    Object.defineProperty(row, property, { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(prototype, property, {
    configurable: true,
    get(this: Record<symbol, unknown>) {
      const value = asJson(this[slot]);
      settle(this, value);
      return value;
    },
    set(this: object, value: unknown) {
      settle(this, value);
    },
  });
}

function mappingOf(em: SqlEntityManager, entity: EntityClass<object>, knex: Knex): Mapping {
  const meta = em.getMetadata().get(entity.name);
  const sqlite = !(em.getPlatform() instanceof PostgreSqlPlatform);
  let byPlatform = mappings.get(meta);
  if (!byPlatform) mappings.set(meta, (byPlatform = new Map()));
  const known = byPlatform.get(sqlite);
  if (known) return known;
  const fields = meta.props
    .filter((prop) => prop.persist !== false && !prop.lazy && !prop.formula)
    .flatMap((prop) => {
      const column = prop.fieldNames?.[0];
      if (!column) return [];
      if (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) {
        return [{ column, property: prop.name, convert: asReference, slot: prop.name }];
      }
      if (prop.kind !== ReferenceKind.SCALAR) return [];
      const type = String(prop.type).toLowerCase();
      const convert = type.startsWith('json')
        ? asJson
        : type.includes('date')
          ? asDate
          : type === 'boolean'
            ? sqlite
              ? asBoolean
              : asIs
            : asIs;
      // JSON waits as text in a slot of its own until its property is read (asJson then runs once).
      const slot = convert === asJson ? Symbol(prop.name) : prop.name;
      return [{ column, property: prop.name, convert: convert === asJson ? asIs : convert, slot }];
    });
  const rowPrototype = Object.create(entity.prototype) as object;
  for (const field of fields) {
    if (typeof field.slot === 'symbol') defineParsedOnRead(rowPrototype, field.property, field.slot);
    else Object.defineProperty(rowPrototype, field.property, { value: undefined, writable: true, configurable: true });
  }
  const mapping = {
    table: knex.client.wrapIdentifier(meta.tableName),
    select: fields.map((f) => knex.client.wrapIdentifier(f.column)).join(', '),
    fields,
    rowPrototype,
  };
  byPlatform.set(sqlite, mapping);
  return mapping;
}

/**
 * Rows of `entity` matching `where` (SQL over column names, `?` placeholders),
 * e.g. `rawFind(em, Equipment, 'project_id in (?, ?) and removed_at is null', ids, 'created_at, id')`.
 */
export async function rawFind<T extends object>(
  em: SqlEntityManager,
  entity: EntityClass<T>,
  where: string,
  params: readonly Knex.Value[],
  orderBy?: string,
  /** Read inside this transaction (it then sees what the transaction locked). */
  transaction?: Knex.Transaction,
): Promise<T[]> {
  const knex = transaction ?? em.getKnex();
  const mapping = mappingOf(em, entity, knex);
  const sql = `select ${mapping.select} from ${mapping.table} where ${where}${orderBy ? ` order by ${orderBy}` : ''}`;
  const rows = await rawRows<Record<string, unknown>>(knex, sql, params);
  return rows.map((row) => instanceOf<T>(mapping, row));
}

function instanceOf<T>(mapping: Mapping, row: Record<string, unknown>): T {
  const instance = Object.create(mapping.rowPrototype) as Record<string | symbol, unknown>;
  for (const field of mapping.fields) instance[field.slot] = field.convert(row[field.column]);
  return instance as T;
}

/**
 * The first row of `entity` matching `where`, and beside it the value of `also` (an SQL expression, e.g. a
 * subselect) read in the same statement, so both come from one state of the database; null when no row matches.
 */
export async function rawFindOneWith<T extends object>(
  em: SqlEntityManager,
  entity: EntityClass<T>,
  where: string,
  params: readonly Knex.Value[],
  also: string,
  /** Read inside this transaction (it then sees what the transaction locked). */
  transaction?: Knex.Transaction,
): Promise<{ row: T; also: unknown } | null> {
  const knex = transaction ?? em.getKnex();
  const mapping = mappingOf(em, entity, knex);
  const sql = `select ${mapping.select}, ${also} as ${ALSO} from ${mapping.table} where ${where} limit 1`;
  const [row] = await rawRows<Record<string, unknown>>(knex, sql, params);
  return row ? { row: instanceOf<T>(mapping, row), also: row[ALSO] } : null;
}

/** The column rawFindOneWith reads its expression into (no entity has a column of that name). */
const ALSO = 'raw_read_also';

/**
 * Every row of a large result, `pageSize` rows per statement (`orderBy` must
 * be a total order): between pages the event loop serves other requests.
 */
export async function rawFindAll<T extends object>(
  em: SqlEntityManager,
  entity: EntityClass<T>,
  where: string,
  params: readonly Knex.Value[],
  orderBy: string,
  transaction?: Knex.Transaction,
  pageSize = 1000,
): Promise<T[]> {
  const all: T[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await rawFind(em, entity, where, params, `${orderBy} limit ${pageSize} offset ${offset}`, transaction);
    all.push(...page);
    if (page.length < pageSize) return all;
  }
}

/** A reference to a row by id, as rawFind maps foreign keys (`.id` is all the code reads of one). */
export function plainReference<T extends object>(id: string): Ref<T> {
  return { id } as unknown as Ref<T>;
}

/** The rows of a plain statement with bound parameters (SQLite answers an array, PostgreSQL `{ rows }`). */
export async function rawRows<R>(knex: Knex, sql: string, params: readonly Knex.Value[] = []): Promise<R[]> {
  const result = (
    canRunDirectly(knex, sql, params)
      ? await runDirectly(knex, sql, params)
      : await knex.raw(sql, params as Knex.Value[])
  ) as R[] | { rows: R[] };
  return Array.isArray(result) ? result : result.rows;
}

/** Knex's client below its query builder: what `knex.raw` ends in. */
type RawQuery = { sql: string; bindings: readonly Knex.Value[]; method: 'raw' };
interface KnexClient {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
  query(connection: unknown, query: RawQuery): Promise<{ response: unknown }>;
  emit(event: 'query', query: RawQuery): void;
}

/** Statements of data (never BEGIN, COMMIT, DDL or pragmas: knex and the migrator keep those). */
const DATA_STATEMENT = /^\s*(select|insert|update|delete)\s/i;
const isPlain = (value: Knex.Value) =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value) || Buffer.isBuffer(value);

/**
 * A statement of data with plain values bound can skip knex's runner and Raw builder (a hundred-odd
 * microseconds a statement, as much as SQLite itself takes) and go to the client's `query`, which knex.raw
 * ends in anyway: the same pool, placeholders, 'query' event and error messages. In a transaction the client
 * is the transaction's: it hands out the transaction's one connection and keeps it; a transaction that has
 * ended is left to knex, which refuses the statement. On SQLite it goes one step further, to a prepared
 * statement (sqlite-statements.ts): the transaction's statements run one after another on its connection.
 */
function canRunDirectly(knex: Knex, sql: string, params: readonly Knex.Value[]): boolean {
  if (knex.isTransaction && (knex as Knex.Transaction).isCompleted()) return false;
  return DATA_STATEMENT.test(sql) && params.every(isPlain);
}

async function runDirectly(knex: Knex, sql: string, params: readonly Knex.Value[]): Promise<unknown> {
  const client = knex.client as KnexClient;
  const connection = await client.acquireConnection();
  try {
    if (!isSqliteConnection(connection)) {
      return (await client.query(connection, { sql, bindings: params, method: 'raw' })).response;
    }
    // What client.query does around the driver call: the 'query' event, the statement in an error's message.
    client.emit('query', { sql, bindings: params, method: 'raw' });
    try {
      return await allPrepared(connection, sql, params);
    } catch (error) {
      if (error instanceof Error) error.message = `${sql} - ${error.message}`;
      throw error;
    }
  } finally {
    await client.releaseConnection(connection);
  }
}

/** `?, ?, …` for a list of `count` parameters. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

/** The connection `em` speaks through: its open transaction, if any, so plain statements join it. */
export function knexOf(em: SqlEntityManager): Knex {
  return em.getTransactionContext<Knex.Transaction>() ?? em.getKnex();
}
