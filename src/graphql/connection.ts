/**
 * Relay cursor connections, newest first. A cursor is the base64url of
 * `<createdAt ISO>|<id>`: keyset pagination, stable while rows are added.
 */
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { InputError } from '../modules/shared/errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

interface Keyed {
  id: string;
}

export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, argName = 'after'): { at: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(iso ?? '');
  if (!id || Number.isNaN(at.getTime())) {
    throw new InputError([{ path: argName, code: 'INVALID', message: 'not a cursor returned by this API' }]);
  }
  return { at, id };
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

/**
 * One page of `entity` matching `where`, ordered by `orderField` desc then id
 * desc. Two statements: the page (one row more than asked, to know if there is
 * a next page) and the count.
 */
export async function paginate<T extends Keyed>(
  em: EntityManager,
  entity: new () => T,
  /** A factory: raw SQL fragments in a filter are single-use, and the filter is used twice. */
  where: () => FilterQuery<T>,
  orderField: keyof T & string,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<T>> {
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
    em.count(entity, where()),
  ]);
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(node[orderField] as unknown as Date, node.id), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
