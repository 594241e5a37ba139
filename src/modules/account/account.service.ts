/**
 * Accounts: registration, login, API tokens, deletion, and turning a
 * request's Authorization header into a Caller. Messages never say whether
 * an address has an account (login answers the same for both).
 */
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { knexOf, rawFind, rawFindOneWith, rawRows } from '../../db/raw-read';
import { DATA_VERSION_SQL } from '../../db/data-version.entity';
import { ConflictError, InputError, NotFoundError, RateLimitedError, UnauthenticatedError } from '../shared/errors';
import { assertKnownIdShape } from '../shared/ids';
import { TEXT, textIssues } from '../shared/text';
import { User } from './user.entity';
import { ApiToken } from './api-token.entity';
import { decoyHash, hashPassword, verifyPassword } from './password';
import { API_TOKEN_PREFIX, hashApiToken, newApiToken } from './tokens';
import type { AuthSettings } from './auth-settings';
import type { AccountLifecycle } from './account-lifecycle';
import type { RegisterInput } from './account.inputs';
import { ANONYMOUS, type Caller } from './caller';

const WRONG_CREDENTIALS = 'Email or password is wrong';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export class AccountService {
  constructor(
    private readonly em: SqlEntityManager,
    private readonly settings: AuthSettings,
    private readonly lifecycle: AccountLifecycle,
  ) {}

  /**
   * The caller an `Authorization` header names; never throws (a bad token is reported, not raised). A session's
   * account comes with the database's data version, read in the same statement (`dataVersion`; null otherwise).
   */
  async authenticate(header: string | undefined): Promise<{ caller: Caller; dataVersion: string | null }> {
    const withoutVersion = (caller: Caller) => ({ caller, dataVersion: null });
    if (!header) return withoutVersion(ANONYMOUS);
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) return withoutVersion({ user: null, rejected: 'The Authorization header must be "Bearer <token>"' });
    const token = match[1]!;
    if (token.startsWith(API_TOKEN_PREFIX)) {
      const [user] = await rawFind(
        this.em,
        User,
        'id = (select user_id from api_token where token_hash = ? and revoked_at is null)',
        [hashApiToken(token)],
      );
      return withoutVersion(
        user ? { user, rejected: null } : { user: null, rejected: 'The API token is unknown or revoked' },
      );
    }
    const userId = await this.settings.sessions.verify(token);
    if (!userId) {
      return withoutVersion({ user: null, rejected: 'The session token is invalid or expired; log in again' });
    }
    const found = await rawFindOneWith(this.em, User, 'id = ?', [userId], DATA_VERSION_SQL);
    if (!found) return withoutVersion({ user: null, rejected: 'The account of this token no longer exists' });
    return { caller: { user: found.row, rejected: null }, dataVersion: String(found.also) };
  }

  async register(input: RegisterInput, clientAddress: string): Promise<{ token: string; user: User }> {
    this.throttle(`register:${clientAddress}`);
    const email = normaliseEmail(input.email);
    const passwordHash = await hashPassword(input.password);
    const user = await this.em.transactional(async (tx) => {
      // Registrations one at a time, so exactly one of them is the first account.
      if (tx.getPlatform() instanceof PostgreSqlPlatform) {
        await rawRows(knexOf(tx), 'lock table app_user in share row exclusive mode');
      }
      const first = (await tx.count(User, {})) === 0;
      const user = tx.create(User, { email, name: input.name.trim(), passwordHash, createdAt: new Date() });
      try {
        await tx.flush();
      } catch (error) {
        if (error instanceof UniqueConstraintViolationException) {
          throw new ConflictError(`An account with the email ${email} exists already`);
        }
        throw error;
      }
      await this.lifecycle.registered(tx, user.id, first);
      return user;
    });
    return { token: await this.settings.sessions.sign(user.id), user };
  }

  async login(email: string, password: string, clientAddress: string): Promise<{ token: string; user: User }> {
    const address = normaliseEmail(email);
    // A too-short password is just a wrong one here: only the upper bound (hashing cost) is a rule.
    const issues = [
      ...textIssues('email', email, TEXT.email),
      ...textIssues('password', password, { max: TEXT.password.max }),
    ];
    if (issues.length) throw new InputError(issues);
    this.throttle(`login-address:${clientAddress}`);
    this.throttle(`login-email:${address}`);
    const user = await this.em.findOne(User, { email: address }, { populate: ['passwordHash'] });
    const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
    if (!user || !valid) throw new UnauthenticatedError(WRONG_CREDENTIALS);
    return { token: await this.settings.sessions.sign(user.id), user };
  }

  async createApiToken(user: User, name: string): Promise<{ token: string; apiToken: ApiToken }> {
    const { token, tokenHash } = newApiToken();
    const apiToken = this.em.create(ApiToken, { user: user.id, name: name.trim(), tokenHash, createdAt: new Date() });
    await this.em.flush();
    return { token, apiToken };
  }

  /** Revokes one of the caller's own tokens (someone else's is NOT_FOUND); revoking twice is harmless. */
  async revokeApiToken(user: User, id: string): Promise<boolean> {
    assertKnownIdShape('ApiToken', id);
    const apiToken = await this.em.findOne(ApiToken, { id, user: user.id });
    if (!apiToken) throw new NotFoundError('ApiToken', id);
    apiToken.revokedAt ??= new Date();
    await this.em.flush();
    return true;
  }

  apiTokens(user: User): Promise<ApiToken[]> {
    return this.em.find(ApiToken, { user: user.id }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  }

  /** Deletes the account after checking its password; projects it alone owns go with it. */
  async deleteAccount(user: User, password: string): Promise<boolean> {
    const stored = await this.em.findOneOrFail(User, { id: user.id }, { populate: ['passwordHash'] });
    if (!(await verifyPassword(password, stored.passwordHash))) throw new UnauthenticatedError('The password is wrong');
    await this.em.transactional(async (tx) => {
      await this.lifecycle.deleting(tx, user.id);
      await tx.nativeDelete(User, { id: user.id });
    });
    return true;
  }

  private throttle(key: string): void {
    const retryAfterSeconds = this.settings.attempts.hit(key);
    if (retryAfterSeconds !== null) {
      throw new RateLimitedError(
        `Too many attempts (at most ${this.settings.attempts.perMinute} per minute); retry in ${retryAfterSeconds} s`,
        retryAfterSeconds,
      );
    }
  }
}
