/**
 * The Relay `Node` interface (Global Object Identification): every entity a
 * client can cache has an `id` unique across the whole API, so `node(id)`
 * refetches it whatever its type. Ids are the plain UUIDs the API has always
 * returned (random v4, unique across tables), not typed global ids: existing
 * clients and stored ids keep working, and the lookup tries each entity's
 * scoped loader in one batched round (node.resolver.ts).
 */
import { Field, ID, InterfaceType } from 'type-graphql';

/** The GraphQL type of each value node/nodes returned (set by node.resolver.ts). */
const TYPE_OF = new WeakMap<object, string>();

/** Marks `value` as a node of GraphQL type `typeName` and returns it. */
export function asNode<T extends object>(typeName: NodeTypeName, value: T): T {
  TYPE_OF.set(value, typeName);
  return value;
}

export const NODE_TYPES = [
  'Project',
  'Equipment',
  'FactoryAnalysis',
  'AnalysisResult',
  'Interpretation',
  'Scenario',
  'ScenarioAnalysis',
  'User',
  'ApiToken',
] as const;
export type NodeTypeName = (typeof NODE_TYPES)[number];

@InterfaceType('Node', {
  description:
    'An object with an id unique across the API (a UUID): refetch it with node(id) or nodes(ids), and key a client cache by it.',
  resolveType: (value: object) => TYPE_OF.get(value) ?? value.constructor?.name,
})
export abstract class Node {
  @Field(() => ID, { description: 'The object’s id: a UUID, unique across every type.' })
  id!: string;
}
