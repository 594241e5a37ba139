/**
 * Credentials a request may carry as `Authorization: Bearer <token>`:
 * session tokens (JWT, HS256, with expiry) from register/login, and API
 * tokens (`exl_…`, random, stored only as SHA-256) for scripts.
 */
import { createHash, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';

const ISSUER = 'exergylab';
const AUDIENCE = 'exergylab-api';
const ALGORITHM = 'HS256';
export const API_TOKEN_PREFIX = 'exl_';

/** How long a checked signature is trusted without checking it again, and how many are kept. */
const VERIFIED_FOR_MS = 60_000;
const VERIFIED_MAX = 10_000;

export class SessionTokens {
  private readonly key: KeyObject;
  /**
   * Tokens whose signature and claims were checked: their subject and expiry. A token's signature cannot
   * change, so re-checking it on every request of a session only costs CPU; expiry is still checked on every
   * use, and whether the account exists is the caller's (a database read per request).
   */
  private readonly verified = new Map<string, { userId: string; expiresAtMs: number; checkedAtMs: number }>();

  constructor(
    secret: string,
    readonly ttlSeconds: number,
  ) {
    this.key = createSecretKey(new TextEncoder().encode(secret));
  }

  sign(userId: string): Promise<string> {
    return new SignJWT({})
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }

  /** The user id a valid token names; null for anything else (expired, tampered, another algorithm). */
  async verify(token: string): Promise<string | null> {
    const now = Date.now();
    const known = this.verified.get(token);
    if (known && now - known.checkedAtMs < VERIFIED_FOR_MS) {
      // jose's own expiry rule: expired once `exp` (whole seconds) is not after now.
      return known.expiresAtMs > Math.floor(now / 1000) * 1000 ? known.userId : null;
    }
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: ISSUER,
        audience: AUDIENCE,
        requiredClaims: ['sub', 'exp'],
      });
      if (typeof payload.sub !== 'string') return null;
      this.remember(token, { userId: payload.sub, expiresAtMs: payload.exp! * 1000, checkedAtMs: now });
      return payload.sub;
    } catch {
      return null;
    }
  }

  private remember(token: string, entry: { userId: string; expiresAtMs: number; checkedAtMs: number }): void {
    this.verified.delete(token);
    // A Map iterates in insertion order: the first key is the entry checked longest ago.
    if (this.verified.size >= VERIFIED_MAX) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, entry);
  }
}

/** A new API token's secret (shown once) and the hash that is stored. */
export function newApiToken(): { token: string; tokenHash: string } {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, tokenHash: hashApiToken(token) };
}

/** The secret has 256 random bits: a fast hash is enough (nothing to brute-force). */
export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
