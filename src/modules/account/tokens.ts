/**
 * Credentials a request may carry as `Authorization: Bearer <token>`:
 * session tokens (JWT, HS256, with expiry) from register/login, and API
 * tokens (`exl_…`, random, stored only as SHA-256) for scripts.
 */
import { createHash, randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';

const ISSUER = 'exergylab';
const AUDIENCE = 'exergylab-api';
const ALGORITHM = 'HS256';
export const API_TOKEN_PREFIX = 'exl_';

export class SessionTokens {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
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
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: ISSUER,
        audience: AUDIENCE,
        requiredClaims: ['sub', 'exp'],
      });
      return typeof payload.sub === 'string' ? payload.sub : null;
    } catch {
      return null;
    }
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
