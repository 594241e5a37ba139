import { UnauthenticatedError } from '../shared/errors';
import type { User } from './user.entity';

/** Who is asking: resolved once per request from its Authorization header. */
export interface Caller {
  /** The signed-in account; null when anonymous or when the token was not accepted. */
  user: User | null;
  /** Why a presented token was not accepted (null when none was presented or it was). */
  rejected: string | null;
}

export const ANONYMOUS: Caller = { user: null, rejected: null };

/** The signed-in account, or UNAUTHENTICATED (the operation gate refuses such requests earlier; this is the backstop). */
export function signedIn(caller: Caller): User {
  if (!caller.user)
    throw new UnauthenticatedError(caller.rejected ?? 'Sign in first: send Authorization: Bearer <token>');
  return caller.user;
}
