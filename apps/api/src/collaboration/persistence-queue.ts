import type { Logger } from 'pino';
import type { UpdateStore } from './update-store.js';

/** Updates are written within this window after they arrive. */
export const BATCH_WINDOW_MS = 40;
/**
 * While the database is unreachable, accepted updates wait here. Past this bound the rooms
 * stop accepting writes (clients keep their edits and re-send them after reconnecting), so
 * memory stays bounded and nothing acknowledged is dropped.
 */
export const MAX_QUEUED_BYTES = 64 * 1024 * 1024;
export const MAX_QUEUED_UPDATES = 100_000;
const RETRY_MAX_MS = 5_000;

interface Pending {
  documentName: string;
  update: Uint8Array;
  receivedAt: number;
}

export type SaveStatusListener = (saved: boolean) => void;

/**
 * Keeps persistence off the relay's hot path: updates are queued and written as one INSERT
 * per batch window, in arrival order. A failed write is retried (backing off up to 5 s) until
 * it succeeds — never dropped; meanwhile the status is "not saved", which the clients show.
 */
export class PersistenceQueue {
  private pending: Pending[] = [];
  private queuedBytes = 0;
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private failing = false;
  private stopped = false;
  /** Observers of durable writes (the benchmark measures edit → durable lag with it). */
  readonly onDurable = new Set<(documentName: string, receivedAt: number, durableAt: number) => void>();
  readonly onStatus = new Set<SaveStatusListener>();

  constructor(
    private readonly store: UpdateStore,
    private readonly logger: Logger,
    private readonly onAppended: (documentName: string, count: number) => void = () => undefined,
  ) {}

  /** True while writes fail: what is queued is not yet durable. */
  get saving(): boolean {
    return !this.failing;
  }

  /** No room for more until the database is back. */
  isFull(): boolean {
    return this.queuedBytes >= MAX_QUEUED_BYTES || this.pending.length >= MAX_QUEUED_UPDATES;
  }

  get queued(): number {
    return this.pending.length;
  }

  enqueue(documentName: string, update: Uint8Array, receivedAt = performance.now()): void {
    this.pending.push({ documentName, update, receivedAt });
    this.queuedBytes += update.byteLength;
    if (!this.failing) this.timer ??= setTimeout(() => void this.flush(), BATCH_WINDOW_MS);
  }

  /** Writes everything queued so far; resolves when it is durable (or the queue was stopped). */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    // Batches are written one at a time, so the log keeps the arrival order.
    this.flushing = this.flushing.then(() => this.writeQueued());
    return this.flushing;
  }

  /** Forgets queued updates of the documents whose names start with `prefix` (they are being purged). */
  discard(prefix: string): void {
    const purged = (item: Pending) => item.documentName.startsWith(prefix);
    for (const item of this.pending) if (purged(item)) this.queuedBytes -= item.update.byteLength;
    this.pending = this.pending.filter((item) => !purged(item));
  }

  /** Gives up waiting (shutdown): returns how many updates were not written. */
  stop(): number {
    this.stopped = true;
    return this.pending.length;
  }

  private async writeQueued(): Promise<void> {
    for (let attempt = 1; this.pending.length > 0 && !this.stopped; attempt++) {
      const batch = this.pending.slice(0, 2000);
      try {
        await this.store.append(batch);
      } catch (error) {
        if (!this.failing) {
          this.failing = true;
          for (const listener of this.onStatus) listener(false);
        }
        this.logger.error({ err: error instanceof Error ? error.message : String(error), attempt, queued: this.pending.length }, 'writing collaboration updates failed; keeping them queued');
        await new Promise((resolve) => setTimeout(resolve, Math.min(RETRY_MAX_MS, 100 * 2 ** Math.min(attempt, 6))).unref?.());
        continue;
      }
      // By identity, not position: a purge may have discarded queued items meanwhile.
      const written = new Set(batch);
      this.pending = this.pending.filter((item) => {
        if (!written.has(item)) return true;
        this.queuedBytes -= item.update.byteLength;
        return false;
      });
      const durableAt = performance.now();
      const counts = new Map<string, number>();
      for (const item of batch) {
        counts.set(item.documentName, (counts.get(item.documentName) ?? 0) + 1);
        for (const observer of this.onDurable) observer(item.documentName, item.receivedAt, durableAt);
      }
      for (const [name, count] of counts) this.onAppended(name, count);
      attempt = 0;
    }
    if (this.failing && this.pending.length === 0) {
      this.failing = false;
      this.logger.info('collaboration updates written again after a database outage');
      for (const listener of this.onStatus) listener(true);
    }
  }
}
