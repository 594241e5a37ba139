import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import { createLoaders, type Loaders } from './loaders';
import type { InterpretationProvider } from '../modules/interpretation/providers';
import type { AnalysisPool } from '../modules/analysis/analysis-pool';
import type { RequestLimits } from '../config';
import type { Caller } from '../modules/account/caller';
import { AccountService } from '../modules/account/account.service';
import type { AuthSettings } from '../modules/account/auth-settings';
import { ProjectAccess } from '../modules/project/project-access';
import { projectLifecycle } from '../modules/project/project-membership.service';

/** What every resolver gets: one EntityManager fork, one caller and its access, one set of loaders per request. */
export interface GraphQLContext {
  em: SqlEntityManager;
  loaders: Loaders;
  requestId: string;
  logger: Logger;
  interpreter: InterpretationProvider;
  /** Where analyses are computed (worker threads for large plants). */
  analysisPool: AnalysisPool;
  limits: RequestLimits;
  /** Who is asking (null user: anonymous, or a token that was not accepted). */
  caller: Caller;
  /** What the caller may see and change; every loader and service goes through it. */
  access: ProjectAccess;
  accounts: AccountService;
  /** The client's address, for login rate limits. */
  clientAddress: string;
  /** The database's data version, read with the caller's account (read-cache.ts); null when it was not. */
  dataVersion: string | null;
}

/** What the server holds for all requests. */
export interface ServerServices {
  interpreter: InterpretationProvider;
  analysisPool: AnalysisPool;
  limits: RequestLimits;
  auth: AuthSettings;
}

/** What one HTTP request brings. */
export interface RequestFacts {
  requestId: string;
  logger: Logger;
  authorization: string | undefined;
  clientAddress: string;
}

/** The facts of an Express request (the request id and logger the access-log middleware put on `res.locals`). */
export function requestFactsOf(
  req: { header(name: string): string | undefined; ip?: string; socket: { remoteAddress?: string } },
  res: { locals: Record<string, unknown> },
): RequestFacts {
  return {
    requestId: res.locals.requestId as string,
    logger: res.locals.logger as Logger,
    authorization: req.header('authorization'),
    clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
  };
}

export async function createContext(
  root: SqlEntityManager,
  request: RequestFacts,
  services: ServerServices,
): Promise<GraphQLContext> {
  const em = root.fork();
  const accounts = new AccountService(em, services.auth, projectLifecycle);
  const { caller, dataVersion } = await accounts.authenticate(request.authorization);
  const access = new ProjectAccess(em, caller.user?.id ?? null);
  return {
    em,
    loaders: createLoaders(em, access),
    requestId: request.requestId,
    logger: request.logger,
    interpreter: services.interpreter,
    analysisPool: services.analysisPool,
    limits: services.limits,
    caller,
    access,
    accounts,
    dataVersion,
    clientAddress: request.clientAddress,
  };
}
