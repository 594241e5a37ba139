/**
 * Relay cursor connections, newest first. One builder makes the GraphQL types
 * of every connection (`Connection(Project)` → ProjectConnection/ProjectEdge);
 * the paging itself (cursors, page size, keyset queries) lives in
 * src/modules/shared/paging.ts, used by the services.
 */
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { Page } from '../modules/shared/paging';

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

export interface ConnectionOptions {
  /** GraphQL name of the node type, e.g. `Project` → ProjectConnection and ProjectEdge. */
  name: string;
  description: string;
  totalCountDescription: string;
}

/** The Edge and Connection object types for nodes of `of`; instances are plain `Page<T>` objects. */
export function Connection<T extends object>(of: ClassType<T>, options: ConnectionOptions): ClassType<Page<T>> {
  @ObjectType(`${options.name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => of)
    node!: T;
  }

  @ObjectType(`${options.name}Connection`, { description: options.description })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: options.totalCountDescription })
    totalCount!: number;
  }
  return ConnectionType;
}
