import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/**
 * Exactly one api process persists a given document at a time: its owner. The owner writes
 * every update of the document, whether its own clients sent it or another process relayed
 * it; the others only relay. When an owner dies its lease runs out and another process takes
 * over, first writing whatever it holds that the database lacks — so an update that reached
 * any surviving process is never lost, and none is written twice.
 */
export interface DocumentOwnership {
  /** Starts competing for the document; `onAcquired` runs each time this process becomes owner. */
  track(documentName: string, onAcquired: () => Promise<void>): void;
  release(documentName: string): Promise<void>;
  isOwner(documentName: string): boolean;
  close(): Promise<void>;
}

/** One process: it owns everything it opens. */
export class LocalOwnership implements DocumentOwnership {
  private readonly owned = new Set<string>();
  /** Nothing to take over: no other process could have held updates the database lacks. */
  track(documentName: string): void {
    this.owned.add(documentName);
  }
  async release(documentName: string): Promise<void> {
    this.owned.delete(documentName);
  }
  isOwner(documentName: string): boolean {
    return this.owned.has(documentName);
  }
  async close(): Promise<void> {
    // nothing to close: no connection was opened
  }
}

const LEASE_MS = 3000;
const RENEW_EVERY_MS = 1000;
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
const keyOf = (documentName: string) => `collab:owner:${documentName}`;

/** Leases in Redis (SET NX PX, renewed while the document is open here). */
export class RedisOwnership implements DocumentOwnership {
  private readonly me = randomBytes(8).toString('hex');
  private readonly redis: Redis;
  private readonly tracked = new Map<string, { owner: boolean; onAcquired: () => Promise<void> }>();
  private readonly timer: NodeJS.Timeout;

  constructor(url: string, private readonly logger: Logger) {
    this.redis = new Redis(url, { maxRetriesPerRequest: null });
    this.redis.on('error', (error) => logger.warn({ err: String(error) }, 'redis ownership error'));
    this.timer = setInterval(() => void this.renewAll(), RENEW_EVERY_MS);
    this.timer.unref();
  }

  track(documentName: string, onAcquired: () => Promise<void>): void {
    if (this.tracked.has(documentName)) return;
    this.tracked.set(documentName, { owner: false, onAcquired });
    void this.tryAcquire(documentName);
  }

  async release(documentName: string): Promise<void> {
    const entry = this.tracked.get(documentName);
    this.tracked.delete(documentName);
    if (entry?.owner) await this.redis.eval(RELEASE, 1, keyOf(documentName), this.me).catch(() => undefined);
  }

  isOwner(documentName: string): boolean {
    return this.tracked.get(documentName)?.owner ?? false;
  }

  private async tryAcquire(documentName: string): Promise<void> {
    const entry = this.tracked.get(documentName);
    if (!entry) return;
    const acquired = await this.redis.set(keyOf(documentName), this.me, 'PX', LEASE_MS, 'NX').catch(() => null);
    if (acquired === 'OK' && this.tracked.get(documentName) === entry) {
      entry.owner = true;
      await entry.onAcquired().catch((error: unknown) => this.logger.error({ err: String(error), document: documentName }, 'taking over a document failed'));
    }
  }

  private async renewAll(): Promise<void> {
    for (const [documentName, entry] of this.tracked) {
      if (entry.owner) {
        const renewed = await this.redis.eval(RENEW, 1, keyOf(documentName), this.me, String(LEASE_MS)).catch(() => 0);
        if (renewed !== 1) entry.owner = false;
      } else {
        await this.tryAcquire(documentName);
      }
    }
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all([...this.tracked.keys()].map((name) => this.release(name)));
    await this.redis.quit().catch(() => undefined);
  }
}

export const DOCUMENT_OWNERSHIP = Symbol('DOCUMENT_OWNERSHIP');
