import * as Y from 'yjs';
import { encodeAwareness, encodeAwarenessUpdate, type AwarenessEntry } from './protocol.js';
import { DocumentIndex, type RootZoner } from './document-index.js';
import type { CollabConnection } from './extension.js';

const MERGE_AFTER_UPDATES = 1000;

/**
 * One shared document on this process. It keeps no Y.Doc: accepted updates are relayed as the
 * bytes that arrived and kept as a list merged lazily, only when a client joins and needs the
 * state. The index (document-index.ts) knows enough of the structure to check every update.
 */
export class DocumentRoom {
  readonly connections = new Set<CollabConnection>();
  private merged: Uint8Array;
  private unmerged: Uint8Array[] = [];
  private stateVectorCache: Uint8Array | null = null;
  private readonly awareness = new Map<number, AwarenessEntry>();
  readonly index: DocumentIndex;

  constructor(
    readonly name: string,
    initialState: Uint8Array,
    zoner: RootZoner,
  ) {
    this.merged = initialState;
    this.index = DocumentIndex.fromState(initialState, zoner);
  }

  /** The full document as one update (merging what arrived since the last call). */
  state(): Uint8Array {
    if (this.unmerged.length > 0) {
      this.merged = Y.mergeUpdates([this.merged, ...this.unmerged]);
      this.unmerged = [];
      this.stateVectorCache = null;
    }
    return this.merged;
  }

  stateVector(): Uint8Array {
    const state = this.state();
    this.stateVectorCache ??= Y.encodeStateVectorFromUpdate(state);
    return this.stateVectorCache;
  }

  /** What a client with this state vector lacks. A new client (empty vector) gets the state as it is. */
  missingFor(clientStateVector: Uint8Array): Uint8Array {
    const state = this.state();
    return clientStateVector.length === 1 && clientStateVector[0] === 0 ? state : Y.diffUpdate(state, clientStateVector);
  }

  /** Keeps an accepted update and sends it to everyone here but its sender. */
  apply(update: Uint8Array, message: Uint8Array, except: CollabConnection | undefined): void {
    this.unmerged.push(update);
    // Merging is lazy, but a long busy session must not grow the list without bound.
    if (this.unmerged.length === MERGE_AFTER_UPDATES) setImmediate(() => this.state());
    this.broadcast(message, except);
  }

  /** Awareness entries accepted from a connection (or another process when `connection` is undefined). */
  applyAwareness(entries: readonly AwarenessEntry[], connection: CollabConnection | undefined): void {
    for (const entry of entries) {
      if (entry.state === 'null') {
        this.awareness.delete(entry.clientId);
        connection?.awarenessClients.delete(entry.clientId);
      } else {
        this.awareness.set(entry.clientId, entry);
        connection?.awarenessClients.add(entry.clientId);
      }
    }
  }

  /** Which connection announced this awareness client id, if any. */
  awarenessOwner(clientId: number): CollabConnection | undefined {
    for (const connection of this.connections) if (connection.awarenessClients.has(clientId)) return connection;
    return undefined;
  }

  awarenessMessage(): Uint8Array | null {
    return this.awareness.size > 0 ? encodeAwareness(encodeAwarenessUpdate([...this.awareness.values()])) : null;
  }

  join(connection: CollabConnection): void {
    this.connections.add(connection);
  }

  /** Removes the connection; returns the awareness message telling the others it is gone (or null). */
  leave(connection: CollabConnection): Uint8Array | null {
    this.connections.delete(connection);
    if (connection.awarenessClients.size === 0) return null;
    const removed: AwarenessEntry[] = [];
    for (const clientId of connection.awarenessClients) {
      const entry = this.awareness.get(clientId);
      this.awareness.delete(clientId);
      removed.push({ clientId, clock: (entry?.clock ?? 0) + 1, state: 'null' });
    }
    const message = encodeAwareness(encodeAwarenessUpdate(removed));
    this.broadcast(message, undefined);
    return message;
  }

  broadcast(data: Uint8Array, except: CollabConnection | undefined): void {
    for (const connection of this.connections) {
      if (connection !== except && connection.grant.canRead()) send(connection, data);
    }
  }
}

export function send(connection: CollabConnection, data: Uint8Array): void {
  // 1 = OPEN. Closed sockets are cleaned up by their close handler.
  if (connection.socket.readyState === 1) connection.socket.send(data);
}
