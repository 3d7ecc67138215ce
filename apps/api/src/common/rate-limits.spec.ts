import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { hasRedis, startRedis } from '../test/redis-server.js';
import { LoginRateLimiter, LOGIN_LIMITS } from '../auth/login-rate-limiter.js';
import { RateLimits, tryConsume } from './rate-limits.js';

/** The same limiter logic in one process (memory) and shared by several (Redis). */
describe.each([
  ['memory', false],
  ['redis', true],
])('rate limits in %s', (_name, withRedis) => {
  let redis: Redis | null = null;
  let stopRedis: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (!withRedis || !hasRedis()) return;
    const server = await startRedis();
    stopRedis = server.stop;
    redis = new Redis(server.url, { maxRetriesPerRequest: 3 });
  });
  afterAll(async () => {
    redis?.disconnect();
    await stopRedis?.();
  });

  it.skipIf(withRedis && !hasRedis())('counts atomically: of 40 attempts at once exactly the limit passes', async () => {
    const limits = new RateLimits(redis);
    const limiter = limits.create(`atomic-${withRedis}`, { points: 10, durationSeconds: 60 });
    const results = await Promise.all(Array.from({ length: 40 }, () => tryConsume(limiter, 'key')));
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    const refused = results.find((r) => !r.ok);
    expect(refused && !refused.ok ? refused.refusal.msBeforeNext : 0).toBeGreaterThan(0);
  });

  it.skipIf(withRedis && !hasRedis())('two limiters on one Redis (two api processes) share the count', async () => {
    if (!withRedis) return;
    const a = new LoginRateLimiter(new RateLimits(redis));
    const b = new LoginRateLimiter(new RateLimits(redis));
    const admitted = await Promise.allSettled(Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).admit('shared@example.org', '10.0.0.1', null)));
    expect(admitted.filter((r) => r.status === 'fulfilled')).toHaveLength(LOGIN_LIMITS.pair.points);
  });
});
