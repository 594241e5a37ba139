/**
 * Relay cursor connections, newest first. One builder makes the GraphQL types
 * of every connection (`Connection(Project)` → ProjectConnection/ProjectEdge);
 * the paging itself (cursors, page size, keyset queries) lives in
 * src/modules/shared/paging.ts, used by the services.
 */
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { cursorArg, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Page } from '../modules/shared/paging';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when rows follow this page (page on with first/after: endCursor).' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when rows precede this page (page back with last/before: startCursor).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of the page; null for an empty page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the page; null for an empty page.' })
  endCursor!: string | null;
}

/**
 * The four Relay paging arguments every connection takes: forwards with
 * `first` (default DEFAULT_PAGE_SIZE) and `after`, or backwards with `last`
 * and `before` (the page that ends just before the cursor, or the list's
 * last page). Mixing the two directions is refused (BAD_USER_INPUT).
 */
export const FIRST = {
  nullable: true,
  description: `Page size forwards, 0–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE} when last is not given either).`,
} as const;
export const AFTER = {
  nullable: true,
  validateFn: cursorArg('after'),
  description: 'Page forwards from this cursor (an edge cursor or pageInfo.endCursor); with first only.',
} as const;
export const LAST = {
  nullable: true,
  description: `Page size backwards, 0–${MAX_PAGE_SIZE}: the last rows before \`before\`, or of the whole list; not with first.`,
} as const;
export const BEFORE = {
  nullable: true,
  validateFn: cursorArg('before'),
  description: 'Page backwards from this cursor (an edge cursor or pageInfo.startCursor); with last only.',
} as const;

export interface ConnectionOptions {
  /** GraphQL name of the node type, e.g. `Project` → ProjectConnection and ProjectEdge. */
  name: string;
  description: string;
  totalCountDescription: string;
}

/** The Edge and Connection object types for nodes of `of`; instances are plain `Page<T>` objects. */
export function Connection<T extends object>(of: ClassType<T>, options: ConnectionOptions): ClassType<Page<T>> {
  @ObjectType(`${options.name}Edge`, { description: `One ${options.name} of a page, with its cursor.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque cursor of this edge: give it as after or before to page from here.' })
    cursor!: string;

    @Field(() => of, { description: `The ${options.name}.` })
    node!: T;
  }

  @ObjectType(`${options.name}Connection`, { description: options.description })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The page, in the list’s order.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Where the page sits in the list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: options.totalCountDescription })
    totalCount!: number;
  }
  return ConnectionType;
}
