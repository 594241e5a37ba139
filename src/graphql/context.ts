import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import { createLoaders, type Loaders } from './loaders';
import type { InterpretationProvider } from '../modules/interpretation/providers';
import type { AnalysisPool } from '../modules/analysis/analysis-pool';
import type { RequestLimits } from '../config';

/** What every resolver gets: one EntityManager fork and one set of loaders per request. */
export interface GraphQLContext {
  em: SqlEntityManager;
  loaders: Loaders;
  requestId: string;
  logger: Logger;
  interpreter: InterpretationProvider;
  /** Where analyses are computed (worker threads for large plants). */
  analysisPool: AnalysisPool;
  limits: RequestLimits;
}

export function createContext(
  root: SqlEntityManager,
  requestId: string,
  logger: Logger,
  interpreter: InterpretationProvider,
  analysisPool: AnalysisPool,
  limits: RequestLimits,
): GraphQLContext {
  const em = root.fork();
  return { em, loaders: createLoaders(em), requestId, logger, interpreter, analysisPool, limits };
}
