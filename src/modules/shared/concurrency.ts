import { DeadlockException, LockWaitTimeoutException, UniqueConstraintViolationException } from '@mikro-orm/core';

/**
 * True when a write lost a race with a concurrent one (a unique key taken, a
 * deadlock or lock timeout the database resolved by aborting us): the caller
 * answers CONFLICT, the transaction was rolled back, nothing half-written remains.
 */
export function lostConcurrentWrite(error: unknown): boolean {
  return (
    error instanceof UniqueConstraintViolationException ||
    error instanceof DeadlockException ||
    error instanceof LockWaitTimeoutException
  );
}
