/**
 * Stored JSON documents, typed and versioned. Every row holding a result
 * carries the `schemaVersion` it was written at; a `StoredShape` turns its
 * columns into the current engine types, running one upgrade function per
 * version step, so adding a field to a result never breaks reading old rows.
 *
 * A column is typed `Stored<T>` (the engine type it holds at the current
 * version): it cannot be read except through its shape's `read`, which is the
 * one place where an older document becomes a current one.
 */

/** The version every document is written at now (one number for all stored results). */
export const STORED_SCHEMA_VERSION = 5;

declare const storedBrand: unique symbol;
/** A JSON column as stored: `T` at the current version, an older shape in older rows. */
export type Stored<T> = { readonly [storedBrand]: T };

type Columns<T> = { [K in keyof T]: Stored<T[K]> };

/**
 * JSON text, or the same text as UTF-8 bytes: what an analysis worker hands
 * over (transferred, not copied), so the main thread never decodes it to a
 * string nor encodes it again to write it.
 */
export type JsonText = string | Uint8Array;

/** The value JSON text holds. */
export function parseJsonText(text: JsonText): unknown {
  if (typeof text === 'string') return JSON.parse(text);
  return JSON.parse(Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString('utf8'));
}

/**
 * A column value already serialised (by an analysis worker): written as its
 * text or bytes (db/bulk-insert.ts recognises `serializedJson`), read by
 * parsing it, unless the value it was serialised from is at hand (an analysis
 * run inline keeps it, so answering from it costs no parse).
 */
export class SerializedJson {
  constructor(
    readonly serializedJson: JsonText,
    readonly value?: unknown,
  ) {}

  parsed(): unknown {
    return this.value !== undefined ? this.value : parseJsonText(this.serializedJson);
  }
}

/** A current-version column from its JSON text (and the value it holds, when the caller has it). */
export function storedFromJson<T>(json: JsonText, value?: T): Stored<T> {
  return new SerializedJson(json, value) as unknown as Stored<T>;
}

/** The value a column holds when it is at hand without parsing (an analysis run on this thread kept it). */
export function valueAtHand<T>(column: Stored<T>): T | undefined {
  const value: unknown = column;
  return value instanceof SerializedJson ? (value.value as T | undefined) : undefined;
}

/** An entity holding a document of shape T: its columns and the version they were written at. */
export type StoredRow<T> = { schemaVersion: number } & Columns<T>;

/** Turns the columns of a row written at version `v` into those of version `v + 1`. */
export type Upgrade = (older: Record<string, unknown>) => Record<string, unknown>;

export interface StoredShape<T extends object> {
  readonly name: string;
  /** Columns of a current-version document, ready to assign to an entity. */
  store(document: T): Columns<T>;
  /** The current-version document held by a row (its columns, upgraded from the row's version). */
  read(row: StoredRow<T>): T;
}

/**
 * A current-version document whose columns are read (and parsed) when first asked for: a query showing a run's
 * totals never touches its hotspots. Each key is an enumerable getter, so a spread still copies every column.
 */
function currentDocument<T>(keys: readonly (keyof T & string)[], column: (key: keyof T & string) => unknown): T {
  const document = {} as Record<string, unknown>;
  for (const key of keys) {
    let read = false;
    let value: unknown;
    Object.defineProperty(document, key, {
      enumerable: true,
      get() {
        if (!read) [value, read] = [column(key), true];
        return value;
      },
    });
  }
  return document as T;
}

/**
 * A document of the columns `keys`, with its upgrades: `upgrades[v]` takes
 * version v to v + 1. Versions without an entry did not change this shape.
 */
export function defineStoredShape<T extends object>(
  name: string,
  keys: readonly (keyof T & string)[],
  upgrades: Record<number, Upgrade> = {},
): StoredShape<T> {
  return {
    name,
    store: (document) => document as unknown as Columns<T>,
    read(row) {
      const version = row.schemaVersion;
      if (!Number.isInteger(version) || version < 1 || version > STORED_SCHEMA_VERSION) {
        throw new Error(`${name} stored at schema version ${version}; this server reads 1–${STORED_SCHEMA_VERSION}`);
      }
      const column = (key: keyof T & string): unknown => {
        const value: unknown = row[key];
        return value instanceof SerializedJson ? value.parsed() : value;
      };
      if (version === STORED_SCHEMA_VERSION) return currentDocument<T>(keys, column);
      let document: Record<string, unknown> = {};
      for (const key of keys) document[key] = column(key);
      for (let v = version; v < STORED_SCHEMA_VERSION; v++) document = upgrades[v]?.(document) ?? document;
      return document as T;
    },
  };
}
