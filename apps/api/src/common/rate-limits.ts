import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { REDIS, type RedisConnection } from '../config/redis.provider.js';
import type { ErrorCode } from '@mao/domain';
import { DomainError } from './domain-error.js';

export interface LimitSpec {
  /** Attempts allowed per window. */
  points: number;
  /** The window, in seconds (fixed: it starts with the first attempt). */
  durationSeconds: number;
  /** Once over the limit, stay refused this long (seconds); 0: until the window ends. */
  blockSeconds?: number;
}

/**
 * Every counted limit of the api (logins, reset mails, invitation mails). Counting is atomic —
 * `consume` counts the attempt and answers whether it is within the limit in one step (an
 * INCR in Redis), so parallel requests cannot all pass a check made before any of them was
 * counted. In one process the counters live in memory; with REDIS_URL every process shares
 * them (and falls back to its own memory while Redis is away, rather than failing requests).
 */
@Injectable()
export class RateLimits {
  constructor(@Inject(REDIS) private readonly redis: RedisConnection) {}

  create(name: string, spec: LimitSpec): RateLimiterAbstract {
    const options = { keyPrefix: `limit:${name}`, points: spec.points, duration: spec.durationSeconds, blockDuration: spec.blockSeconds ?? 0 };
    if (!this.redis) return new RateLimiterMemory(options);
    return new RateLimiterRedis({ ...options, storeClient: this.redis, insuranceLimiter: new RateLimiterMemory(options) });
  }
}

/** Counts one attempt; over the limit it throws 429 (`code`) with Retry-After. */
export async function consumeOrRefuse(limiter: RateLimiterAbstract, key: string, code: ErrorCode = 'rate_limited', points = 1): Promise<RateLimiterRes> {
  try {
    return await limiter.consume(key, points);
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) throw tooMany(refusal, code);
    throw refusal;
  }
}

/** Counts one attempt; resolves to the refusal (with its wait) instead of throwing. */
export async function tryConsume(limiter: RateLimiterAbstract, key: string, points = 1): Promise<{ ok: true; res: RateLimiterRes } | { ok: false; refusal: RateLimiterRes }> {
  try {
    return { ok: true, res: await limiter.consume(key, points) };
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return { ok: false, refusal };
    throw refusal;
  }
}

export function retryAfterSeconds(refusal: RateLimiterRes): number {
  return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
}

export function tooMany(refusal: RateLimiterRes, code: ErrorCode = 'rate_limited'): DomainError {
  const seconds = retryAfterSeconds(refusal);
  return new DomainError(code, undefined, { retryAfterSeconds: seconds }, { 'Retry-After': String(seconds) });
}
