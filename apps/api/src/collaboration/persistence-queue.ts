import type { Logger } from 'pino';
import type { UpdateStore } from './update-store.js';

/** Updates are written within this window after they arrive (the issue allows at most 100 ms). */
export const BATCH_WINDOW_MS = 40;

interface Pending {
  documentName: string;
  update: Uint8Array;
  receivedAt: number;
}

/**
 * Keeps persistence off the relay's hot path: updates are queued and written as one
 * INSERT per batch window. A crash loses at most the open batch; clients hold those edits
 * and re-send them through Yjs sync when they reconnect.
 */
export class PersistenceQueue {
  private pending: Pending[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  /** Observers of durable writes (the benchmark measures edit → durable lag with it). */
  readonly onDurable = new Set<(documentName: string, receivedAt: number, durableAt: number) => void>();

  constructor(
    private readonly store: UpdateStore,
    private readonly logger: Logger,
    private readonly onAppended: (documentName: string, count: number) => void = () => undefined,
  ) {}

  enqueue(documentName: string, update: Uint8Array): void {
    this.pending.push({ documentName, update, receivedAt: performance.now() });
    this.timer ??= setTimeout(() => void this.flush(), BATCH_WINDOW_MS);
  }

  /** Writes everything queued so far; resolves when it is durable. */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const batch = this.pending;
    this.pending = [];
    // Batches are written in order, one at a time, so the log keeps the arrival order.
    this.flushing = this.flushing.then(() => this.write(batch));
    return this.flushing;
  }

  private async write(batch: Pending[]): Promise<void> {
    if (batch.length === 0) return;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.store.append(batch);
        break;
      } catch (error) {
        this.logger.error({ err: String(error), attempt, updates: batch.length }, 'writing collaboration updates failed');
        if (attempt >= 5) return;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
    const durableAt = performance.now();
    const counts = new Map<string, number>();
    for (const item of batch) {
      counts.set(item.documentName, (counts.get(item.documentName) ?? 0) + 1);
      for (const observer of this.onDurable) observer(item.documentName, item.receivedAt, durableAt);
    }
    for (const [name, count] of counts) this.onAppended(name, count);
  }
}
