import * as Y from 'yjs';
import type { WebSocket } from 'ws';
import {
  asUpdateMessage,
  decodeAwarenessUpdate,
  encodeAwareness,
  encodeAwarenessUpdate,
  encodeSyncStep1,
  encodeSyncStep2,
  parseMessage,
  type AwarenessEntry,
} from './protocol.js';
import type { DocumentGrant } from './document-access.js';

const MERGE_AFTER_UPDATES = 1000;

export interface Connection {
  socket: WebSocket;
  userId: string;
  grant: DocumentGrant;
  /** Awareness client ids this connection announced, removed for the others when it leaves. */
  awarenessClients: Set<number>;
}

export interface RoomHooks {
  /** A write accepted from a local client: persist it and relay it to other processes. */
  onLocalUpdate(documentName: string, update: Uint8Array, message: Uint8Array): void;
  onLocalAwareness(documentName: string, message: Uint8Array): void;
  onDroppedUpdate(documentName: string, userId: string): void;
}

/**
 * One shared document on this process. It keeps no Y.Doc: the relay forwards the bytes it
 * receives, and the document state is kept as Yjs updates that are merged lazily, only when
 * a client joins and needs the state. That keeps every keystroke cheap.
 */
export class DocumentRoom {
  readonly connections = new Set<Connection>();
  private merged: Uint8Array;
  private unmerged: Uint8Array[] = [];
  private readonly awareness = new Map<number, AwarenessEntry>();

  constructor(
    readonly name: string,
    initialState: Uint8Array,
    private readonly hooks: RoomHooks,
  ) {
    this.merged = initialState;
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

  private stateVectorCache: Uint8Array | null = null;

  private stateVector(): Uint8Array {
    const state = this.state();
    this.stateVectorCache ??= Y.encodeStateVectorFromUpdate(state);
    return this.stateVectorCache;
  }

  /** What a client with this state vector lacks. A new client (empty vector) gets the state as it is. */
  private missingFor(clientStateVector: Uint8Array): Uint8Array {
    const state = this.state();
    return clientStateVector.length === 1 && clientStateVector[0] === 0 ? state : Y.diffUpdate(state, clientStateVector);
  }

  join(connection: Connection): void {
    this.connections.add(connection);
    // Ask the client for what we lack (its edits made offline) and send what it lacks on its step 1.
    send(connection, encodeSyncStep1(this.stateVector()));
    if (this.awareness.size > 0) send(connection, encodeAwareness(encodeAwarenessUpdate([...this.awareness.values()])));
  }

  leave(connection: Connection): void {
    this.connections.delete(connection);
    if (connection.awarenessClients.size === 0) return;
    const removed: AwarenessEntry[] = [];
    for (const clientId of connection.awarenessClients) {
      const entry = this.awareness.get(clientId);
      this.awareness.delete(clientId);
      removed.push({ clientId, clock: (entry?.clock ?? 0) + 1, state: 'null' });
    }
    const message = encodeAwareness(encodeAwarenessUpdate(removed));
    this.broadcast(message, undefined);
    this.hooks.onLocalAwareness(this.name, message);
  }

  receive(connection: Connection, data: Uint8Array): void {
    const message = parseMessage(data);
    switch (message.type) {
      case 'sync-step-1': {
        if (!connection.grant.canRead()) return;
        send(connection, encodeSyncStep2(this.missingFor(message.stateVector)));
        return;
      }
      case 'sync-step-2':
      case 'sync-update': {
        if (!connection.grant.canWrite()) {
          this.hooks.onDroppedUpdate(this.name, connection.userId);
          return;
        }
        // A client with nothing new answers the server's step 1 with an empty update: nothing to relay or store.
        if (isEmptyUpdate(message.update)) return;
        const relayed = message.type === 'sync-step-2' ? asUpdateMessage(data) : data;
        this.remember(message.update);
        this.broadcast(relayed, connection);
        this.hooks.onLocalUpdate(this.name, message.update, relayed);
        return;
      }
      case 'awareness': {
        for (const entry of decodeAwarenessUpdate(message.update)) {
          if (entry.state === 'null') {
            this.awareness.delete(entry.clientId);
            connection.awarenessClients.delete(entry.clientId);
          } else {
            this.awareness.set(entry.clientId, entry);
            connection.awarenessClients.add(entry.clientId);
          }
        }
        this.broadcast(data, connection);
        this.hooks.onLocalAwareness(this.name, data);
        return;
      }
      case 'query-awareness': {
        send(connection, encodeAwareness(encodeAwarenessUpdate([...this.awareness.values()])));
        return;
      }
      default:
        return;
    }
  }

  /** An update or awareness message relayed from another api process; returns the update it carried, if any. */
  receiveRemote(data: Uint8Array): Uint8Array | undefined {
    const message = parseMessage(data);
    if (message.type === 'sync-step-2') data = asUpdateMessage(data);
    const update = message.type === 'sync-update' || message.type === 'sync-step-2' ? message.update : undefined;
    if (update) this.remember(update);
    if (message.type === 'awareness') {
      for (const entry of decodeAwarenessUpdate(message.update)) {
        if (entry.state === 'null') this.awareness.delete(entry.clientId);
        else this.awareness.set(entry.clientId, entry);
      }
    }
    this.broadcast(data, undefined);
    return update;
  }

  /**
   * Keeps an update for later joiners. Merging happens lazily, but never lets the list grow
   * without bound in a long, busy session: past a limit it is merged after the current
   * message, off the relay's critical moment.
   */
  private remember(update: Uint8Array): void {
    this.unmerged.push(update);
    if (this.unmerged.length === MERGE_AFTER_UPDATES) setImmediate(() => this.state());
  }

  private broadcast(data: Uint8Array, except: Connection | undefined): void {
    for (const connection of this.connections) {
      if (connection !== except && connection.grant.canRead()) send(connection, data);
    }
  }
}

function send(connection: Connection, data: Uint8Array): void {
  // 1 = OPEN. Closed sockets are cleaned up by their close handler.
  if (connection.socket.readyState === 1) connection.socket.send(data);
}

/** Yjs encodes "no structs, no deletions" as two zero bytes. */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}
