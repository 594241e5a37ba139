/**
 * What one request may cost, checked before anything runs: the number of
 * aliases, and an estimated cost where every field costs 1 (expensive ones
 * declare more with type-graphql's `complexity`) and a list multiplies its
 * selection by its `first` argument, or by DEFAULT_LIST_SIZE when it has
 * none. (The parser's token limit is Apollo's `parseOptions.maxTokens`.)
 * Refusals answer QUERY_TOO_COMPLEX with the measured value and the limit.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { getNullableType, GraphQLError, isListType, Kind, visit, type DocumentNode } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode } from './errors';
import { DEFAULT_PAGE_SIZE } from '../modules/shared/paging';

/** What a list without `first` is assumed to hold (catalog entries, streams, recommendations …). */
export const DEFAULT_LIST_SIZE = 10;

/** What a plant-sized list (a project's equipment, a run's results) is assumed to hold. */
export const PLANT_LIST_SIZE = 200;

/** The `complexity` of a field returning a plant-sized list without paging. */
export const plantSizedList: ComplexityEstimator = ({ childComplexity }) => 1 + PLANT_LIST_SIZE * childComplexity;

export interface CostLimits {
  maxCost: number;
  maxAliases: number;
}

/** Own cost (1, or the field's declared `complexity`) plus its selection times the list size. */
const estimator: ComplexityEstimator = (options) => {
  const { field, args, childComplexity } = options;
  const declared = field.extensions?.complexity;
  if (typeof declared === 'function') return (declared as ComplexityEstimator)(options) ?? 1;
  const own = typeof declared === 'number' ? declared : 1;
  const first = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : null;
  // A connection's `first` counts its page once; its `edges` list is that page, not a further multiple.
  const list = isListType(getNullableType(field.type)) && field.name !== 'edges';
  // A connection given neither `first` nor `last` holds its default page (`last` multiplies like `first`).
  const connection = field.args.some((arg) => arg.name === 'first') && field.args.some((arg) => arg.name === 'last');
  const size = first ?? (connection ? DEFAULT_PAGE_SIZE : list ? DEFAULT_LIST_SIZE : 1);
  return own + size * childComplexity;
};

export function countAliases(document: DocumentNode): number {
  let aliases = 0;
  visit(document, {
    [Kind.FIELD](node) {
      if (node.alias) aliases += 1;
    },
  });
  return aliases;
}

/**
 * What decides an operation's cost besides its document: the operation chosen and the variables that are
 * numbers (`first`, `last`), booleans (@include/@skip) or null. Ids, strings and inputs never change it.
 */
function costKey(operationName: string | null | undefined, variables: Record<string, unknown> | undefined): string {
  const deciding = Object.entries(variables ?? {}).filter(
    ([, value]) => value === null || typeof value === 'number' || typeof value === 'boolean',
  );
  return JSON.stringify([operationName ?? null, deciding]);
}

/**
 * Costs already estimated, per parsed document (Apollo keeps one parsed document per query text, so a
 * client repeating its queries is estimated once per shape, not once per request).
 */
const estimated = new WeakMap<DocumentNode, { aliases: number; costs: Map<string, number> }>();
const COSTS_PER_DOCUMENT = 64;

function tooComplex(message: string, measured: Record<string, number>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, ...measured, http: { status: 400 } },
  });
}

export function costLimitsPlugin(limits: CostLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let known = estimated.get(document);
          if (!known) estimated.set(document, (known = { aliases: countAliases(document), costs: new Map() }));
          const { aliases } = known;
          if (aliases > limits.maxAliases) {
            throw tooComplex(`The query has ${aliases} aliases; at most ${limits.maxAliases} are allowed.`, {
              aliases,
              maxAliases: limits.maxAliases,
            });
          }
          const key = costKey(request.operationName, request.variables);
          let cost = known.costs.get(key);
          if (cost === undefined) {
            try {
              cost = getComplexity({
                schema,
                query: document,
                operationName: request.operationName ?? undefined,
                variables: request.variables ?? {},
                estimators: [estimator],
              });
            } catch {
              return; // invalid variables: execution refuses them with BAD_USER_INPUT and their path
            }
            if (known.costs.size >= COSTS_PER_DOCUMENT) known.costs.clear();
            known.costs.set(key, cost);
          }
          if (cost > limits.maxCost) {
            throw tooComplex(`The query's estimated cost is ${cost}; at most ${limits.maxCost} is allowed.`, {
              cost,
              maxCost: limits.maxCost,
            });
          }
        },
      };
    },
  };
}

/** The `complexity` of a list field whose length is fixed by the schema (a radar's six axes, a comparison's metrics). */
export function fixedSizeList(size: number): ComplexityEstimator {
  return ({ childComplexity }) => 1 + size * childComplexity;
}
