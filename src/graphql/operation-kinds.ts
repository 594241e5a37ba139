/**
 * A validation rule for the operation kinds this API has: queries and mutations.
 * A subscription would otherwise pass validation (graphql-js checks it against
 * a root type only at execution) and fail there as an internal error.
 */
import { GraphQLError, OperationTypeNode, type ASTVisitor, type ValidationContext } from 'graphql';

export function queriesAndMutationsOnlyRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation === OperationTypeNode.SUBSCRIPTION) {
        context.reportError(
          new GraphQLError('This API has no subscriptions; send a query or a mutation', { nodes: [node] }),
        );
      }
    },
  };
}
