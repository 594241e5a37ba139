import type { SqlEntityManager } from '@mikro-orm/knex';

/**
 * What other modules do when an account comes or goes, inside the same
 * transaction (the project module owns memberships, which sit above accounts).
 */
export interface AccountLifecycle {
  /** `first`: no other account exists (projects from before accounts then become its own). */
  registered(em: SqlEntityManager, userId: string, first: boolean): Promise<void>;
  /** Before the account row goes (its memberships and tokens go with it by cascade). */
  deleting(em: SqlEntityManager, userId: string): Promise<void>;
}
