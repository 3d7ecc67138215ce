import { Redis } from 'ioredis';
import type { AppConfig } from './config.js';

/** One shared Redis connection when REDIS_URL is set (several api processes), else null. */
export const REDIS = Symbol('REDIS');
export type RedisConnection = Redis | null;

export function createRedis(config: AppConfig): RedisConnection {
  return config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 3, lazyConnect: false }) : null;
}
