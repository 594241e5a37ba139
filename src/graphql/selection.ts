import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * True when the client selected `field` directly under the current field
 * (through inline fragments and named fragments too), so a resolver can skip
 * work nobody asked for, such as counting rows for `totalCount`.
 */
export function selects(info: GraphQLResolveInfo, field: string): boolean {
  const seen = new Set<string>();
  const inSet = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((node) => {
      if (node.kind === Kind.FIELD) return node.name.value === field;
      if (node.kind === Kind.INLINE_FRAGMENT) return inSet(node.selectionSet);
      const name = node.name.value;
      if (seen.has(name)) return false;
      seen.add(name);
      return inSet(info.fragments[name]?.selectionSet);
    });
  return info.fieldNodes.some((node) => inSet(node.selectionSet));
}
