/**
 * Keyset paging shared by every service that returns a Relay connection. A
 * cursor is the base64url of `<ISO timestamp>|<id>`: stable while rows are
 * added, newest first.
 */
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { ValidatorFn } from 'type-graphql';
import { InputError, type InputIssue } from './errors';
import { isUuid } from './ids';
import { TEXT, textIssues } from './text';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** `totalCount` of a page whose count nobody selected (never serialised). */
export const NOT_COUNTED = -1;

export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`, 'utf8').toString('base64url');
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
/** `Date#toISOString` of years 0001–9999: every timestamp this API stores, all inside PostgreSQL's range. */
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Why `cursor` is not one this API returned, or null. */
function cursorProblem(cursor: string): string | null {
  if (!BASE64URL.test(cursor)) return 'not a cursor returned by this API (not base64url)';
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (parts.length !== 2) return 'not a cursor returned by this API (not <timestamp>|<id>)';
  const [iso, id] = parts;
  const at = new Date(iso);
  if (!ISO.test(iso) || Number.isNaN(at.getTime()) || at.toISOString() !== iso || at.getUTCFullYear() < 1) {
    return 'not a cursor returned by this API (its timestamp is not a valid date from year 1 to 9999)';
  }
  if (!isUuid(id)) return 'not a cursor returned by this API (its id is not a UUID)';
  return null;
}

/** The issues of a cursor argument: the text rule, then its shape. */
export function cursorIssues(cursor: unknown, argName = 'after'): InputIssue[] {
  if (typeof cursor !== 'string') return [];
  const text = textIssues(argName, cursor, TEXT.cursor);
  if (text.length) return text;
  const problem = cursorProblem(cursor);
  return problem ? [{ path: argName, code: 'INVALID', message: problem }] : [];
}

/** A type-graphql `validateFn` for a cursor argument. */
export function cursorArg(argName = 'after'): ValidatorFn {
  return (value) => {
    const issues = cursorIssues(value, argName);
    if (issues.length) throw new InputError(issues);
  };
}

export function decodeCursor(cursor: string, argName = 'after'): { at: Date; id: string } {
  const issues = cursorIssues(cursor, argName);
  if (issues.length) throw new InputError(issues);
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  return { at: new Date(iso), id: id.toLowerCase() };
}

export function checkPageSize(first: number | null | undefined, argName = 'first'): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new InputError([
      {
        path: argName,
        code: 'OUT_OF_RANGE',
        message: `must be an integer from 0 to ${MAX_PAGE_SIZE}`,
        min: 0,
        max: MAX_PAGE_SIZE,
      },
    ]);
  }
  return size;
}

/** The Relay paging arguments of a connection: `first`/`after` forwards, `last`/`before` backwards. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** A checked page request: its size, its direction and the decoded cursor, if any. */
export interface PageRequest {
  size: number;
  /** True for `last`/`before`: the page ends at the cursor (or at the end of the list). */
  backward: boolean;
  cursor: { at: Date; id: string } | null;
  /** Whether a cursor was given. */
  hasCursor: boolean;
}

function comboIssue(path: string, message: string): InputError {
  return new InputError([{ path, code: 'INVALID', message }]);
}

/**
 * Checks the combination and sizes: forwards (`first`, `after`) or
 * backwards (`last`, `before`), never both; sizes 0–MAX_PAGE_SIZE;
 * neither size: the first DEFAULT_PAGE_SIZE.
 */
export function checkPageArgs(args: PageArgs): PageRequest {
  const has = (value: unknown) => value !== null && value !== undefined;
  if (has(args.first) && has(args.last)) {
    throw comboIssue(
      'last',
      'give first (with after) to page forwards or last (with before) to page backwards, not both',
    );
  }
  if (has(args.first) && has(args.before)) {
    throw comboIssue('before', 'before pages backwards: use it with last, or use after with first');
  }
  if (has(args.last) && has(args.after)) {
    throw comboIssue('after', 'after pages forwards: use it with first, or use before with last');
  }
  if (has(args.after) && has(args.before)) {
    throw comboIssue('before', 'give after or before, not both');
  }
  const backward = has(args.last) || has(args.before);
  const size = backward ? checkPageSize(args.last, 'last') : checkPageSize(args.first, 'first');
  const raw = backward ? args.before : args.after;
  return {
    size,
    backward,
    cursor: raw ? decodeCursor(raw, backward ? 'before' : 'after') : null,
    hasCursor: Boolean(raw),
  };
}

export interface PageOptions<R, T> {
  /** The timestamp the cursor carries. */
  at: (row: R) => Date;
  node: (row: R) => T;
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** A connection page of `rows` (already cut to the page size, in list order). */
export function pageOf<R extends { id: string }, T>(rows: R[], options: PageOptions<R, T>): Page<T> {
  const edges = rows.map((row) => ({ cursor: encodeCursor(options.at(row), row.id), node: options.node(row) }));
  return {
    edges,
    totalCount: options.totalCount,
    pageInfo: {
      hasNextPage: options.hasNextPage,
      hasPreviousPage: options.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/**
 * One page of `entity` matching `where`, in the list's order (`orderField`
 * then id, `order` desc: newest first; asc: oldest first): the page (one
 * row more than asked, to know whether the list goes on) and the count, in
 * two statements. A backward page reads the other way from its cursor (or
 * from the end) and is put back in list order, so paging backwards through
 * a list gives the forward pages reversed. With a cursor, a third statement
 * (one row at most) tells whether rows lie on its other side, the cursor's
 * own row included: pageInfo is exact both ways, even for the cursor of a
 * row deleted since.
 */
export async function paginate<T extends { id: string }>(
  em: EntityManager,
  entity: new () => T,
  /** A factory: raw SQL fragments in a filter are single-use, and the filter is used twice. */
  where: () => FilterQuery<T>,
  orderField: keyof T & string,
  args: PageArgs,
  /** Count the matching rows (a second statement) only when the client selected `totalCount`. */
  withCount = true,
  order: 'asc' | 'desc' = 'desc',
): Promise<Page<T>> {
  const { size, backward, cursor } = checkPageArgs(args);
  const readOrder = backward ? (order === 'desc' ? 'asc' : 'desc') : order;
  const beyond = readOrder === 'desc' ? '$lt' : '$gt';
  const conditions: FilterQuery<T>[] = [where()];
  if (cursor) {
    conditions.push({
      $or: [{ [orderField]: { [beyond]: cursor.at } }, { [orderField]: cursor.at, id: { [beyond]: cursor.id } }],
    } as FilterQuery<T>);
  }
  /** Whether any row lies on the cursor's other side (the cursor's own row included): one row at most. */
  const behind = (at: Date, id: string) =>
    em
      .find(
        entity,
        {
          $and: [
            where(),
            {
              $or: [
                { [orderField]: { [beyond === '$lt' ? '$gt' : '$lt']: at } },
                { [orderField]: at, id: { [beyond === '$lt' ? '$gte' : '$lte']: id } },
              ],
            },
          ],
        } as FilterQuery<T>,
        { limit: 1 },
      )
      .then((found) => found.length > 0);
  const [rows, totalCount, rowsBehind] = await Promise.all([
    em.find(entity, { $and: conditions } as FilterQuery<T>, {
      orderBy: { [orderField]: readOrder, id: readOrder } as never,
      limit: size + 1,
    }),
    withCount ? em.count(entity, where()) : Promise.resolve(NOT_COUNTED),
    cursor ? behind(cursor.at, cursor.id) : Promise.resolve(false),
  ]);
  const more = rows.length > size;
  const page = rows.slice(0, size);
  if (backward) page.reverse();
  return pageOf(page, {
    at: (row) => row[orderField] as Date,
    node: (row) => row,
    totalCount,
    hasNextPage: backward ? rowsBehind : more,
    hasPreviousPage: backward ? more : rowsBehind,
  });
}
