import type { Duplex } from 'node:stream';
import * as Y from 'yjs';
import { encodeAwareness, encodeAwarenessUpdate, type AwarenessEntry } from './protocol.js';
import { DocumentIndex, type RootZoner } from './document-index.js';
import type { CollabConnection } from './extension.js';

const MERGE_AFTER_UPDATES = 1000;
/** …or once this many bytes wait (a few large updates, such as pasted text). */
const MERGE_AFTER_BYTES = 1024 * 1024;
/**
 * Y.mergeUpdates re-sorts all its inputs for every struct it writes, so merging n small updates
 * at once costs about n²: 1,000 keystrokes took 14 ms in one call, 4 ms as 16 groups of 64 merged
 * first (tests/bench/realtime/micro-index.mjs). Same bytes either way.
 */
const MERGE_GROUP = 64;

/**
 * Accepted updates waiting to be merged, copied into one growing buffer: a keystroke's update
 * is about 20 bytes, kept as its own Uint8Array it costs ~190 bytes of heap and holds on to the
 * socket read buffer it arrived in.
 */
class PendingUpdates {
  private bytes = new Uint8Array(0);
  private ends: number[] = [];
  private used = 0;

  get count(): number {
    return this.ends.length;
  }

  get byteLength(): number {
    return this.used;
  }

  push(update: Uint8Array): void {
    if (this.used + update.byteLength > this.bytes.byteLength) {
      const grown = new Uint8Array(Math.max(1024, this.bytes.byteLength * 2, this.used + update.byteLength));
      grown.set(this.bytes.subarray(0, this.used));
      this.bytes = grown;
    }
    this.bytes.set(update, this.used);
    this.used += update.byteLength;
    this.ends.push(this.used);
  }

  /** The pending updates, merged in groups (views into the buffer: use them before clear()). */
  groups(): Uint8Array[] {
    const groups: Uint8Array[] = [];
    for (let first = 0; first < this.ends.length; first += MERGE_GROUP) {
      const group: Uint8Array[] = [];
      for (let i = first; i < Math.min(first + MERGE_GROUP, this.ends.length); i++) group.push(this.bytes.subarray(i === 0 ? 0 : (this.ends[i - 1] as number), this.ends[i]));
      groups.push(group.length === 1 ? (group[0] as Uint8Array) : Y.mergeUpdates(group));
    }
    return groups;
  }

  clear(): void {
    this.ends = [];
    this.used = 0;
    // Keep a small buffer for the next updates; give a large one (a paste) back.
    if (this.bytes.byteLength > 16 * 1024) this.bytes = new Uint8Array(0);
  }
}

/**
 * One shared document on this process. It keeps no Y.Doc: accepted updates are relayed as the
 * bytes that arrived and kept as a list merged lazily, only when a client joins and needs the
 * state. The index (document-index.ts) knows enough of the structure to check every update.
 */
export class DocumentRoom {
  readonly connections = new Set<CollabConnection>();
  private merged: Uint8Array;
  private readonly pending = new PendingUpdates();
  private mergeScheduled = false;
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
    if (this.pending.count > 0) {
      // Never mergeUpdates of a single input (it returns that input, a view into the pending buffer).
      this.merged = Y.mergeUpdates([this.merged, ...this.pending.groups()]);
      this.pending.clear();
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
    this.pending.push(update);
    // Merging is lazy, but a long busy session must not grow the list without bound.
    if (!this.mergeScheduled && (this.pending.count >= MERGE_AFTER_UPDATES || this.pending.byteLength >= MERGE_AFTER_BYTES)) {
      this.mergeScheduled = true;
      setImmediate(() => {
        this.mergeScheduled = false;
        this.state();
      });
    }
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
    // One frame for every peer (ws would frame the message again for each).
    let frame: Buffer | undefined;
    for (const connection of this.connections) {
      if (connection !== except && connection.grant.canRead()) sendFrame(connection, (frame ??= binaryFrame(data)), data);
    }
  }
}

/**
 * Everything sent to one socket during one turn of the event loop leaves in one write. A busy
 * room sends every keystroke and cursor to all its peers; written one by one, each message is
 * a syscall per socket, and the syscalls were most of the server's CPU under load (profile in
 * docs/benchmarks/README.md). The first send of a turn corks the socket and a setImmediate
 * uncorks every corked socket after the turn's I/O callbacks: same frames, same order per
 * socket (close frames and pings included, which ws writes to the same corked stream).
 */
const corked = new Set<Duplex>();
let uncorkScheduled = false;

function uncorkAll(): void {
  uncorkScheduled = false;
  for (const socket of corked) socket.uncork();
  corked.clear();
}

/** What the server writes to a socket is one unmasked binary frame per message (RFC 6455 §5.2). */
export function binaryFrame(data: Uint8Array): Buffer {
  const length = data.byteLength;
  const header = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(header + length);
  frame[0] = 0x82; // FIN, opcode 2 (binary)
  if (length < 126) {
    frame[1] = length;
  } else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
    frame.writeUInt32BE(length >>> 0, 6);
  }
  frame.set(data, header);
  return frame;
}

/** The parts of ws's WebSocket this module relies on beyond its typed API (ws 8). */
interface WsInternals {
  _socket?: Duplex;
  _sender?: { _state?: number; _queue?: unknown[] };
}

export function send(connection: CollabConnection, data: Uint8Array): void {
  sendFrame(connection, undefined, data);
}

/**
 * Writes a message framed once (`frame`, shared by every peer of a broadcast) straight to the
 * socket. ws's own send frames each message per socket (a header buffer and a two-part write);
 * with compression off its sender does nothing else for a binary message, so writing the same
 * frame ourselves is the same bytes — unless ws is in the middle of something (then ws sends).
 */
function sendFrame(connection: CollabConnection, frame: Buffer | undefined, data: Uint8Array): void {
  const ws = connection.socket;
  // 1 = OPEN. Closed sockets are cleaned up by their close handler.
  if (ws.readyState !== 1) return;
  const { _socket: raw, _sender: sender } = ws as unknown as WsInternals;
  if (!raw || !sender || sender._state !== 0 || (sender._queue?.length ?? 0) > 0) {
    ws.send(data);
    return;
  }
  if (!corked.has(raw)) {
    raw.cork();
    corked.add(raw);
    if (!uncorkScheduled) {
      uncorkScheduled = true;
      setImmediate(uncorkAll);
    }
  }
  raw.write(frame ?? binaryFrame(data));
}
