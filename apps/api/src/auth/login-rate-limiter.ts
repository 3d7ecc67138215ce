import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Redis } from 'ioredis';
import { DomainError } from '../common/domain-error.js';

export const LOGIN_FAILURES_ALLOWED = 10;
export const LOGIN_WINDOW_SECONDS = 15 * 60;

/**
 * Counts failed logins per account and per IP address. After 10 failures within 15 minutes
 * further attempts get 429 with Retry-After. Shared through Redis when several api processes run.
 */
export class LoginRateLimiter {
  private readonly limiter: RateLimiterAbstract;

  constructor(redis?: Redis) {
    const options = { keyPrefix: 'login-fail', points: LOGIN_FAILURES_ALLOWED, duration: LOGIN_WINDOW_SECONDS };
    this.limiter = redis ? new RateLimiterRedis({ ...options, storeClient: redis }) : new RateLimiterMemory(options);
  }

  private keys(email: string, ip: string) {
    return [`email:${email}`, `ip:${ip}`];
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    for (const key of this.keys(email, ip)) {
      const state = await this.limiter.get(key);
      if (state && state.consumedPoints >= LOGIN_FAILURES_ALLOWED) {
        const retryAfter = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
        throw new DomainError('rate_limited', undefined, { retryAfterSeconds: retryAfter }, { 'Retry-After': String(retryAfter) });
      }
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    for (const key of this.keys(email, ip)) {
      await this.limiter.penalty(key, 1);
    }
  }

  async recordSuccess(email: string): Promise<void> {
    await this.limiter.delete(`email:${email}`);
  }
}
