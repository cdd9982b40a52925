import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { TokenGrant, TokenStore } from '../../storage/types.js';

export type { TokenGrant } from '../../storage/types.js';

export interface IssuedToken {
  token: string;
  expiresIn: number;
}

/** 256 random bits, URL-safe (it travels in the streamUrl query). */
export function newSecretString(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

const secretDigests = new Map<string, Buffer>();

/** Constant-time comparison of a presented secret with the configured one. */
export function secretMatches(presented: string, secret: string | undefined): boolean {
  if (!secret) return false;
  let b = secretDigests.get(secret);
  if (!b) {
    b = createHash('sha256').update(secret).digest();
    secretDigests.set(secret, b);
  }
  return timingSafeEqual(createHash('sha256').update(presented).digest(), b);
}

/**
 * Direct Line tokens: random, bound to one conversation, expiring. Only their SHA-256 is stored (a copy of the
 * store does not let anyone into a conversation). Verified ones are cached in memory by the token itself: every
 * Direct Line request presents one, and hashing it again each time was ~2.5 % of a turn's CPU. The process sees the
 * tokens in every request anyway; what must not hold them, the store and the logs, still does not. A token issued
 * by another instance is found in the shared store (Redis) and cached here from then on.
 */
export class DirectLineTokens {
  private readonly cache = new Map<string, TokenGrant>();

  constructor(
    private readonly store: TokenStore,
    private readonly ttlSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Issues a token for the conversation; resolves once it is durable. */
  async issue(conversationId: string, userId?: string): Promise<IssuedToken> {
    const token = newSecretString();
    const grant: TokenGrant = { conversationId, userId, expiresAt: this.now() + this.ttlSeconds * 1000 };
    await this.store.save(hashToken(token), grant);
    this.remember(token, grant);
    return { token, expiresIn: this.ttlSeconds };
  }

  /** The grant of a token verified before and not expired, without hashing it or reading the store. */
  cached(token: string): TokenGrant | undefined {
    const grant = this.cache.get(token);
    return grant && grant.expiresAt > this.now() ? grant : undefined;
  }

  /** The grant of a valid, unexpired token, or undefined. */
  async verify(token: string): Promise<TokenGrant | undefined> {
    if (token.length < 20 || token.length > 200) return undefined;
    let grant = this.cache.get(token);
    if (!grant) {
      grant = await this.store.find(hashToken(token));
      if (!grant) return undefined;
      this.remember(token, grant);
    }
    return grant.expiresAt > this.now() ? grant : undefined;
  }

  /** Drops expired tokens from the cache (the store purges its own). */
  forgetExpired(now: number): void {
    for (const [token, grant] of this.cache) if (grant.expiresAt <= now) this.cache.delete(token);
  }

  private remember(token: string, grant: TokenGrant): void {
    // A bounded cache: the oldest entry goes first (Map keeps insertion order).
    if (this.cache.size >= 50_000) {
      const oldest = this.cache.keys().next();
      if (!oldest.done) this.cache.delete(oldest.value);
    }
    this.cache.set(token, grant);
  }
}
