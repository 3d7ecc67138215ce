import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { LOGGER } from '../../common/logger.js';
import { DOCUMENT_OWNERSHIP, type DocumentOwnership } from '../document-ownership.js';
import type { DocumentRoom } from '../document-room.js';
import { send } from '../document-room.js';
import { CLOSE, CollabRefusal, type AppliedUpdate, type CollabConnection, type CollabExtension, type CollabHost } from '../extension.js';
import { PersistenceQueue } from '../persistence-queue.js';
import { encodeSaveStatus } from '../protocol.js';
import { COMPACT_AFTER_UPDATES, COMPACT_ON_IDLE_AFTER, UpdateStore } from '../update-store.js';

/** How long shutdown waits for queued updates to be written (SIGTERM must finish within 10 s). */
export const SHUTDOWN_FLUSH_MS = 6_000;

/**
 * Storage of shared documents in PostgreSQL: load = snapshot + later updates; every accepted
 * update is appended (by the document's owner process) within a short batch window, and the
 * log is compacted into the snapshot now and then. While the database is unreachable nothing
 * is dropped: updates stay queued, clients are told "not saved" (message type 100), and when
 * the queue is full the rooms refuse writes (`storage_unavailable`, clients retry later).
 */
@Injectable()
export class PersistenceExtension implements CollabExtension {
  private readonly store: UpdateStore;
  /** Public for the metrics extension (durable-write lag) and for tests that wait for a flush. */
  readonly queue: PersistenceQueue;
  private host: CollabHost | undefined;
  private readonly logCounts = new Map<string, number>();

  constructor(
    dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(DOCUMENT_OWNERSHIP) private readonly ownership: DocumentOwnership,
  ) {
    this.store = new UpdateStore(dataSource);
    this.queue = new PersistenceQueue(this.store, logger, (name, count) => this.countLogged(name, count));
    this.queue.onStatus.add((saved) => this.broadcastStatus(saved));
  }

  onConfigure(host: CollabHost): void {
    this.host = host;
  }

  async onLoadDocument(name: string): Promise<Uint8Array> {
    const { state, updatesSinceSnapshot } = await this.store.load(name);
    this.logCounts.set(name, updatesSinceSnapshot);
    return state;
  }

  onRoomOpened(room: DocumentRoom): void {
    this.ownership.track(room.name, () => this.takeOver(room));
  }

  onConnect(connection: CollabConnection): void {
    if (!this.queue.saving) send(connection, encodeSaveStatus(false));
  }

  beforeUpdate(): void {
    if (this.queue.isFull()) throw new CollabRefusal(CLOSE.storageUnavailable, 'update queue full');
  }

  afterUpdate({ room, update, receivedAt }: AppliedUpdate): void {
    // The owner persists what its own clients and other processes send; the others only relay.
    if (this.ownership.isOwner(room.name)) this.queue.enqueue(room.name, update, receivedAt);
  }

  async onRoomClosing(room: DocumentRoom): Promise<void> {
    const logged = this.logCounts.get(room.name) ?? 0;
    this.logCounts.delete(room.name);
    try {
      await this.queue.flush();
      // Nobody is typing: a good moment to fold the log into the snapshot.
      if (logged >= COMPACT_ON_IDLE_AFTER && this.ownership.isOwner(room.name)) await this.store.compact(room.name);
    } finally {
      await this.ownership.release(room.name);
    }
  }

  async onPurge(prefix: string): Promise<void> {
    this.queue.discard(prefix);
    const names = await this.store.namesStartingWith(prefix);
    for (const name of [...this.logCounts.keys()].filter((name) => name.startsWith(prefix))) {
      this.logCounts.delete(name);
      await this.ownership.release(name);
    }
    await this.store.remove(names);
  }

  async onDestroy(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), SHUTDOWN_FLUSH_MS)));
    const outcome = await Promise.race([this.queue.flush().then(() => 'flushed' as const), timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      // The clients still hold these edits and send them again to the next process they reach.
      const unwritten = this.queue.stop();
      this.logger.error({ unwritten }, 'shutdown: collaboration updates not written in time; clients re-send them on reconnect');
    }
    await this.ownership.close();
  }

  /**
   * On becoming a document's owner: write what this process holds that the database lacks
   * (updates a previous owner received but died before writing).
   */
  private async takeOver(room: DocumentRoom): Promise<void> {
    await this.queue.flush();
    const stored = await this.store.load(room.name);
    const missing = Y.diffUpdate(room.state(), Y.encodeStateVectorFromUpdate(stored.state));
    if (!isEmptyUpdate(missing, stored.state)) this.queue.enqueue(room.name, missing);
  }

  private countLogged(name: string, count: number): void {
    if (!this.logCounts.has(name)) return;
    const total = (this.logCounts.get(name) ?? 0) + count;
    this.logCounts.set(name, total);
    if (total >= COMPACT_AFTER_UPDATES) {
      this.logCounts.set(name, 0);
      // Background: compaction never blocks the relay.
      setImmediate(() => void this.store.compact(name).catch((error: unknown) => this.logger.warn({ err: String(error), document: name }, 'compaction failed')));
    }
  }

  private broadcastStatus(saved: boolean): void {
    const message = encodeSaveStatus(saved);
    for (const room of this.host?.rooms() ?? []) for (const connection of room.connections) send(connection, message);
  }
}

/** True when applying `update` to the stored state would change nothing. */
function isEmptyUpdate(update: Uint8Array, stored: Uint8Array): boolean {
  const merged = Y.mergeUpdates([stored, update]);
  return Buffer.compare(Buffer.from(Y.encodeStateVectorFromUpdate(merged)), Buffer.from(Y.encodeStateVectorFromUpdate(stored))) === 0 && deletedCount(merged) === deletedCount(stored);
}

function deletedCount(update: Uint8Array): number {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  let deleted = 0;
  Y.snapshot(doc).ds.clients.forEach((items) => (deleted += items.reduce((sum, item) => sum + item.len, 0)));
  return deleted;
}
