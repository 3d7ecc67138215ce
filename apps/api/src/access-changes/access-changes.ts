import { Inject, Injectable, Optional, type OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { LOGGER } from '../common/logger.js';

/**
 * Something changed who may do what. Use cases announce it right after their transaction
 * commits; the live room and the collaboration server listen, recompute rights and close the
 * sockets that lost access, with the reason as close code / disconnect reason. With several
 * api processes (REDIS_URL) every announcement reaches the listeners of every process.
 *
 * - `login-ended`: one login session ended (logout). Its sockets close.
 * - `user-sessions-ended`: every login session of the user ended (password reset or change,
 *   account deletion, deactivation). All of the user's sockets close.
 * - `membership-changed`: a member joined, left, was removed or changed role in a CoP.
 * - `session-changed`: a scheduled session changed (presenter, facilitator, method,
 *   cancellation, an RSVP): its live copy is reloaded and its roster recomputed.
 */
export type AccessChange =
  | { kind: 'login-ended'; userId: string; tokenHash: string }
  | { kind: 'user-sessions-ended'; userId: string }
  | { kind: 'membership-changed'; communityId: string; userId: string }
  | { kind: 'session-changed'; sessionId: string };

export type AccessChangeListener = (change: AccessChange) => Promise<void> | void;

const CHANNEL = 'access-changes';
const KINDS = new Set(['login-ended', 'user-sessions-ended', 'membership-changed', 'session-changed']);

@Injectable()
export class AccessChanges implements OnApplicationShutdown {
  private readonly listeners = new Set<AccessChangeListener>();
  private readonly origin = randomUUID();
  private readonly pub: Redis | null = null;
  private readonly sub: Redis | null = null;

  constructor(@Optional() @Inject(APP_CONFIG) config?: AppConfig, @Optional() @Inject(LOGGER) private readonly logger?: Logger) {
    if (!config?.redisUrl) return;
    this.pub = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
    this.sub = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
    for (const client of [this.pub, this.sub]) client.on('error', (error) => logger?.warn({ err: String(error) }, 'redis access-changes error'));
    this.sub.on('message', (_channel: string, raw: string) => void this.receive(raw));
    void this.sub.subscribe(CHANNEL).catch((error: unknown) => logger?.warn({ err: String(error) }, 'access-changes subscribe failed'));
  }

  subscribe(listener: AccessChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells every listener here (and waits for them, so a REST answer comes after sockets were dealt with) and every other process. */
  async publish(change: AccessChange): Promise<void> {
    if (this.pub) {
      await this.pub.publish(CHANNEL, JSON.stringify({ origin: this.origin, change })).catch((error: unknown) => this.logger?.warn({ err: String(error) }, 'access-changes publish failed'));
    }
    await this.notify(change);
  }

  private async receive(raw: string): Promise<void> {
    let message: { origin?: unknown; change?: { kind?: unknown } };
    try {
      message = JSON.parse(raw) as typeof message;
    } catch {
      return;
    }
    if (message.origin === this.origin || !message.change || !KINDS.has(String(message.change.kind))) return;
    await this.notify(message.change as AccessChange).catch((error: unknown) => this.logger?.warn({ err: String(error) }, 'access change from another process failed'));
  }

  private async notify(change: AccessChange): Promise<void> {
    await Promise.all([...this.listeners].map(async (listener) => listener(change)));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.pub?.quit(), this.sub?.quit()].map((quit) => quit?.catch(() => undefined)));
  }
}
