/**
 * Anonymous callers may register, log in and read the catalogs; any other
 * root field refuses the whole operation with UNAUTHENTICATED (HTTP 401)
 * before a resolver runs. The scoping layer (ProjectAccess) is the second
 * line: without an account it sees no project at all.
 */
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from './context';
import { UnauthenticatedError } from '../modules/shared/errors';

/** The static catalogs: the same answer for every caller until the server's code changes (catalog-cache.ts). */
export const CATALOG_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'equipmentTypes',
  'processTypes',
  'batReferences',
  'fuels',
  'errorCodes',
]);

/** Root fields open to everyone (introspection included, so Sandbox can show the schema before sign-in). */
export const PUBLIC_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'register',
  'login',
  ...CATALOG_ROOT_FIELDS,
  '__typename',
  '__schema',
  '__type',
]);

/** The root field names `operation` selects, through fragments and inline fragments. */
export function operationRootFields(operation: OperationDefinitionNode, document: DocumentNode): string[] {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return rootFieldNames(operation.selectionSet, fragments);
}

function rootFieldNames(
  selections: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): string[] {
  return selections.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFieldNames(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    const fragment = fragments.get(name);
    if (!fragment || seen.has(name)) return [];
    seen.add(name);
    return rootFieldNames(fragment.selectionSet, fragments, seen);
  });
}

export function authGatePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document }) {
          const { caller } = contextValue;
          if (caller.user || !operation) return;
          const closed = operationRootFields(operation, document).filter((f) => !PUBLIC_ROOT_FIELDS.has(f));
          if (closed.length === 0) return;
          const reason =
            caller.rejected ?? 'Sign in first: send `Authorization: Bearer <token>` (a token from register or login)';
          throw new GraphQLError(reason, {
            originalError: new UnauthenticatedError(reason),
            extensions: { http: { status: 401 } },
          });
        },
      };
    },
  };
}
