import { Injectable } from '@nestjs/common';
import { Reservoir } from '../../common/reservoir.js';
import type { CollabConnection, CollabExtension, CollabRefusal } from '../extension.js';
import { PersistenceExtension } from './persistence.extension.js';

/**
 * Counters of the collaboration server for /health/metrics, the benchmark and tests: open
 * sockets, updates relayed, updates dropped from read-only sockets, refusals per reason, and
 * the time from receiving an update to its durable write.
 */
@Injectable()
export class MetricsExtension implements CollabExtension {
  readonly stats = { connections: 0, relayedUpdates: 0, droppedUpdates: 0, refused: {} as Record<string, number> };
  readonly durableLagMs = new Reservoir(50_000);

  constructor(persistence: PersistenceExtension) {
    persistence.queue.onDurable.add((_name, receivedAt, durableAt) => this.durableLagMs.record(durableAt - receivedAt));
  }

  onConnect(): void {
    this.stats.connections++;
  }

  onDisconnect(): void {
    this.stats.connections--;
  }

  afterUpdate(): void {
    this.stats.relayedUpdates++;
  }

  onReadOnlyDrop(): void {
    this.stats.droppedUpdates++;
  }

  onRefused(_connection: CollabConnection, refusal: CollabRefusal): void {
    this.stats.refused[refusal.close.reason] = (this.stats.refused[refusal.close.reason] ?? 0) + 1;
  }
}
