import { randomBytes } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { ServerSetting } from './server-setting.entity';
import { SessionTokens } from './tokens';
import { RateLimiter } from './rate-limit';

/** How the server signs sessions and throttles logins; one per server process. */
export interface AuthSettings {
  sessions: SessionTokens;
  /** Login and registration attempts, keyed per email and per client address. */
  attempts: RateLimiter;
}

export interface AuthOptions {
  /** JWT_SECRET; without it (development only) one is generated and kept in the database. */
  jwtSecret?: string | null;
  /** JWT_TTL in seconds (default 7 days). */
  jwtTtlSeconds?: number;
  /** LOGIN_RATE_LIMIT: attempts per minute per email and per address (default 10). */
  loginRateLimit?: number;
}

export const DEFAULT_JWT_TTL_SECONDS = 7 * 24 * 3600;
export const DEFAULT_LOGIN_RATE_LIMIT = 10;
const SECRET_SETTING = 'jwt_secret';

/**
 * The development signing secret: generated on the first start and stored,
 * so restarts (and other processes on the same database) keep sessions valid.
 */
export async function storedSecret(em: SqlEntityManager): Promise<string> {
  const existing = await em.fork().findOne(ServerSetting, { name: SECRET_SETTING });
  if (existing) return existing.value;
  const fork = em.fork();
  fork.create(ServerSetting, {
    name: SECRET_SETTING,
    value: randomBytes(48).toString('base64url'),
    createdAt: new Date(),
  });
  try {
    await fork.flush();
  } catch (error) {
    // Another process starting at the same time stored its secret first: use that one.
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
  }
  return (await em.fork().findOneOrFail(ServerSetting, { name: SECRET_SETTING })).value;
}

export async function authSettings(em: SqlEntityManager, options: AuthOptions = {}): Promise<AuthSettings> {
  const secret = options.jwtSecret || (await storedSecret(em));
  return {
    sessions: new SessionTokens(secret, options.jwtTtlSeconds ?? DEFAULT_JWT_TTL_SECONDS),
    attempts: new RateLimiter(options.loginRateLimit ?? DEFAULT_LOGIN_RATE_LIMIT),
  };
}
