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

export interface PageOptions<R, T> {
  /** The timestamp the cursor carries. */
  at: (row: R) => Date;
  node: (row: R) => T;
  totalCount: number;
  hasNextPage: boolean;
  after: string | null | undefined;
}

/** A connection page of `rows` (already cut to the page size). */
export function pageOf<R extends { id: string }, T>(rows: R[], options: PageOptions<R, T>): Page<T> {
  const edges = rows.map((row) => ({ cursor: encodeCursor(options.at(row), row.id), node: options.node(row) }));
  return {
    edges,
    totalCount: options.totalCount,
    pageInfo: {
      hasNextPage: options.hasNextPage,
      hasPreviousPage: Boolean(options.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/**
 * One page of `entity` matching `where`, ordered by `orderField` desc then id
 * desc: the page (one row more than asked) and the count, in two statements.
 */
export async function paginate<T extends { id: string }>(
  em: EntityManager,
  entity: new () => T,
  /** A factory: raw SQL fragments in a filter are single-use, and the filter is used twice. */
  where: () => FilterQuery<T>,
  orderField: keyof T & string,
  first: number | null | undefined,
  after: string | null | undefined,
  /** Count the matching rows (a second statement) only when the client selected `totalCount`. */
  withCount = true,
): Promise<Page<T>> {
  const size = checkPageSize(first);
  const conditions: FilterQuery<T>[] = [where()];
  if (after) {
    const { at, id } = decodeCursor(after);
    conditions.push({
      $or: [{ [orderField]: { $lt: at } }, { [orderField]: at, id: { $lt: id } }],
    } as FilterQuery<T>);
  }
  const [rows, totalCount] = await Promise.all([
    em.find(entity, { $and: conditions } as FilterQuery<T>, {
      orderBy: { [orderField]: 'desc', id: 'desc' } as never,
      limit: size + 1,
    }),
    withCount ? em.count(entity, where()) : Promise.resolve(NOT_COUNTED),
  ]);
  return pageOf(rows.slice(0, size), {
    at: (row) => row[orderField] as Date,
    node: (row) => row,
    totalCount,
    hasNextPage: rows.length > size,
    after,
  });
}
