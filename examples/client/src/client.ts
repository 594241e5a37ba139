/**
 * A typed GraphQL client in a few lines: fetch plus the generated TypedDocumentNodes. The document fixes both the
 * variables a call must pass and the shape of `data`, so `request(ProjectDetailDocument, { id })` returns exactly the
 * selected fields with the schema's enums as string unions. No runtime dependency beyond graphql (for `print`).
 */
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

export interface GraphQLErrorPayload {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; issues?: { path: string; code: string; message: string }[] } & Record<string, unknown>;
}

/** The server refused the operation (validation, a bad input, a missing project …): every error it sent. */
export class GraphQLRequestError extends Error {
  constructor(readonly errors: readonly GraphQLErrorPayload[]) {
    super(errors.map((e) => (e.extensions?.code ? `${e.extensions.code}: ${e.message}` : e.message)).join('; '));
  }
}

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** An API token or session token; sent as `Authorization: Bearer …`. */
  token?: string;
}

/** Variables may be omitted when the operation takes none (or only optional ones). */
type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

export function createClient({ url, token }: ClientOptions) {
  return async function request<Result, Variables>(
    document: TypedDocumentNode<Result, Variables>,
    ...[variables]: VariablesArg<Variables>
  ): Promise<Result> {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        // Apollo's CSRF prevention: a non-simple request.
        'apollo-require-preflight': 'true',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
    });
    const body = (await response.json()) as { data?: Result | null; errors?: GraphQLErrorPayload[] };
    if (body.errors?.length) throw new GraphQLRequestError(body.errors);
    if (body.data === undefined || body.data === null)
      throw new GraphQLRequestError([{ message: `HTTP ${response.status}` }]);
    return body.data;
  };
}
