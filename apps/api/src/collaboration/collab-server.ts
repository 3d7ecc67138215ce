import { Inject, Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { WebSocketServer, type RawData } from 'ws';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { LOGGER } from '../common/logger.js';
import { DocumentRoom, send } from './document-room.js';
import { UpdateRefused } from './document-index.js';
import { boardZoner } from './board-zones.js';
import {
  CLOSE,
  COLLAB_EXTENSIONS,
  CollabRefusal,
  type CloseReason,
  type CollabConnection,
  type CollabExtension,
  type CollabHost,
  type UpgradeContext,
} from './extension.js';
import { asUpdateMessage, decodeAwarenessUpdate, encodeAwareness, encodeAwarenessUpdate, encodeEditNotKept, encodeSyncStep1, encodeSyncStep2, parseMessage } from './protocol.js';
import { emptyUpdate } from './update-store.js';

export const COLLAB_PATH = '/collab/';
export { CLOSE } from './extension.js';

/** Largest websocket frame accepted at all; updates are bounded more tightly by validation. */
const MAX_FRAME_BYTES = 4 * 1024 * 1024;
/**
 * Largest update a client may send. A whole board (dozens of cards, long notes) is far below
 * this; a client that sends more is broken or hostile, and its update would go to everyone.
 */
export const MAX_UPDATE_BYTES = 512 * 1024;
/**
 * Most awareness entries one message may carry. A client announces itself, but the stock
 * client also re-sends everyone's changed states (a full room at most); thousands is a flood.
 */
export const MAX_AWARENESS_ENTRIES = 256;
const ROOM_IDLE_MS = 30_000;
/** A socket that does not answer a ping within this time is closed (dead network, sleeping laptop). */
export const PING_INTERVAL_MS = 30_000;

interface Connection extends CollabConnection {
  alive: boolean;
}

/**
 * The Yjs endpoint at /collab/<documentName>, speaking the y-websocket protocol so the stock
 * client works. This class is the protocol and the room lifecycle only; every decision is an
 * extension's (see extension.ts): the upgrade runs the extensions' onUpgrade hooks, each
 * update is decoded and inspected here, then the beforeUpdate hooks decide, and only an
 * accepted update is relayed, stored and counted.
 */
@Injectable()
export class CollabServer implements BeforeApplicationShutdown, CollabHost {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  private readonly loaded = new Map<string, DocumentRoom>();
  private readonly loading = new Map<string, Promise<DocumentRoom>>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  private readonly pingTimer: NodeJS.Timeout;
  private closing = false;

  constructor(
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(COLLAB_EXTENSIONS) private readonly extensions: CollabExtension[],
  ) {
    for (const extension of extensions) extension.onConfigure?.(this);
    this.pingTimer = setInterval(() => this.pingAll(), PING_INTERVAL_MS);
    this.pingTimer.unref();
  }

  /* ------------------------------------------------------------ host interface */

  rooms(): Iterable<DocumentRoom> {
    return this.loaded.values();
  }

  openRoom(name: string): DocumentRoom | undefined {
    return this.loaded.get(name);
  }

  receiveRemote(name: string, message: Uint8Array): void {
    const room = this.loaded.get(name);
    if (!room) {
      // Still loading: apply it once loaded, in order, so the index does not miss it.
      void this.loading.get(name)?.then(() => this.receiveRemote(name, message)).catch(() => undefined);
      return;
    }
    try {
      const parsed = parseMessage(message);
      if (parsed.type === 'sync-step-2' || parsed.type === 'sync-update') {
        // Checked by the process that received it; inspected here to keep the index complete.
        const inspected = room.index.inspect(parsed.update);
        if (inspected.isEmpty) return;
        room.index.commit(inspected, null);
        const relayed = parsed.type === 'sync-step-2' ? asUpdateMessage(message) : message;
        room.apply(parsed.update, relayed, undefined);
        for (const extension of this.extensions) extension.afterUpdate?.({ room, update: parsed.update, message: relayed, receivedAt: performance.now() });
      } else if (parsed.type === 'awareness') {
        room.applyAwareness(decodeAwarenessUpdate(parsed.update, MAX_AWARENESS_ENTRIES), undefined);
        room.broadcast(message, undefined);
      }
    } catch (error) {
      this.logger.warn({ document: name, err: errorText(error) }, 'relayed collaboration message dropped');
    }
  }

  /* ------------------------------------------------------------ upgrade */

  /** Hooks the endpoint into the HTTP server's upgrade handling. */
  attach(server: Server): void {
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      const path = (request.url ?? '').split('?')[0] ?? '';
      if (path.startsWith(COLLAB_PATH)) {
        let name: string;
        try {
          name = decodeURIComponent(path.slice(COLLAB_PATH.length));
        } catch {
          name = '';
        }
        void this.handleUpgrade(request, socket, head, name);
      } else if (!path.startsWith('/socket.io/')) {
        // socket.io is told not to destroy foreign upgrades, so unknown paths are answered here.
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      }
    });
  }

  private async handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer, documentName: string): Promise<void> {
    const refuse = (close: CloseReason) => this.wss.handleUpgrade(request, socket, head, (ws) => ws.close(close.code, close.reason));
    if (this.closing) return refuse(CLOSE.shuttingDown);
    const context: UpgradeContext = { request, documentName };
    let room: DocumentRoom;
    try {
      for (const extension of this.extensions) await extension.onUpgrade?.(context);
      if (!context.user || !context.document || !context.grant || context.tokenHash === undefined) throw new CollabRefusal(CLOSE.forbidden, 'upgrade incomplete');
      room = await this.room(documentName);
    } catch (error) {
      for (const extension of this.extensions) extension.onUpgradeFailed?.(context);
      if (error instanceof CollabRefusal) return refuse(error.close);
      this.logger.error({ err: errorText(error), document: documentName }, 'collaboration upgrade failed');
      return refuse(CLOSE.storageUnavailable);
    }
    const { user, document, grant, tokenHash } = context;
    this.wss.handleUpgrade(request, socket, head, (ws) => {
      let closed = false;
      const connection: Connection = {
        socket: ws,
        documentName,
        document,
        user,
        tokenHash,
        grant,
        awarenessClients: new Set(),
        alive: true,
        close: (reason) => {
          if (closed) return;
          closed = true;
          ws.close(reason.code, reason.reason);
        },
      };
      this.accept(connection, room);
    });
  }

  private accept(connection: Connection, room: DocumentRoom): void {
    const ws = connection.socket;
    ws.binaryType = 'nodebuffer';
    this.cancelIdle(room.name);
    ws.on('pong', () => (connection.alive = true));
    ws.on('message', (data: RawData) => this.receive(connection, room, toBytes(data)));
    ws.on('close', () => {
      const message = room.leave(connection);
      if (message) for (const extension of this.extensions) extension.afterAwareness?.(room, message, connection);
      for (const extension of this.extensions) extension.onDisconnect?.(connection, room);
      if (room.connections.size === 0) this.scheduleIdle(room.name);
    });
    ws.on('error', () => ws.terminate());
    room.join(connection);
    for (const extension of this.extensions) extension.onConnect?.(connection, room);
    // Ask the client for what we lack (its edits made offline); it asks us with its own step 1.
    send(connection, encodeSyncStep1(room.stateVector()));
    const awareness = room.awarenessMessage();
    if (awareness) send(connection, awareness);
  }

  /* ------------------------------------------------------------ messages */

  private receive(connection: Connection, room: DocumentRoom, data: Uint8Array): void {
    connection.alive = true;
    if (!connection.grant.canRead()) return connection.close(CLOSE.accessEnded);
    try {
      const message = parseMessage(data);
      switch (message.type) {
        case 'sync-step-1':
          send(connection, encodeSyncStep2(room.missingFor(message.stateVector)));
          return;
        case 'sync-step-2':
        case 'sync-update':
          return this.receiveUpdate(connection, room, message.update, message.type === 'sync-step-2' ? asUpdateMessage(data) : data, message.type === 'sync-step-2' ? 'sync' : 'update');
        case 'awareness':
          return this.receiveAwareness(connection, room, message.update);
        case 'query-awareness': {
          const awareness = room.awarenessMessage();
          if (awareness) send(connection, awareness);
          return;
        }
        default:
          throw new CollabRefusal(CLOSE.invalidUpdate, 'unknown message type');
      }
    } catch (error) {
      const refusal = toRefusal(error);
      // Never the content: who, which document, why.
      this.logger.warn({ document: room.name, userId: connection.user.id, reason: refusal.close.reason, detail: refusal.detail }, 'collaboration message refused');
      for (const extension of this.extensions) extension.onRefused?.(connection, refusal);
      connection.close(refusal.close);
    }
  }

  private receiveUpdate(connection: Connection, room: DocumentRoom, update: Uint8Array, relayed: Uint8Array, kind: 'update' | 'sync'): void {
    const receivedAt = performance.now();
    // A client with nothing new answers the server's step 1 with an empty update.
    if (update.length === 2 && update[0] === 0 && update[1] === 0) return;
    if (update.length > MAX_UPDATE_BYTES) throw new CollabRefusal(CLOSE.updateTooLarge, `${update.length} bytes`);
    const writable = connection.grant.canWrite();
    if (!writable && !connection.grant.canModerate()) {
      // Read-only now (another step, a closed session): dropped, the socket stays for reading. An update with anything new
      // in it is an edit its author still sees and no one else will: the client is told, so it can say so.
      for (const extension of this.extensions) extension.onReadOnlyDrop?.(connection);
      if (carriesNew(room, update)) send(connection, encodeEditNotKept());
      return;
    }
    const inspected = room.index.inspect(update);
    if (inspected.isEmpty) return;
    const context = { room, connection, update, inspected, kind, moderationOnly: !writable };
    for (const extension of this.extensions) extension.beforeUpdate?.(context);
    // Only a client's own live edits tell whose Yjs client id it is; a sync may carry others'.
    room.index.commit(inspected, kind === 'update' ? connection.user.id : null);
    room.apply(update, relayed, connection);
    for (const extension of this.extensions) extension.afterUpdate?.({ room, update, message: relayed, connection, receivedAt });
  }

  private receiveAwareness(connection: Connection, room: DocumentRoom, payload: Uint8Array): void {
    let entries;
    try {
      entries = decodeAwarenessUpdate(payload, MAX_AWARENESS_ENTRIES);
    } catch {
      throw new CollabRefusal(CLOSE.invalidAwareness, 'undecodable awareness, or more entries than a room holds');
    }
    const context = { room, connection, entries };
    for (const extension of this.extensions) extension.beforeAwareness?.(context);
    if (context.entries.length === 0) return;
    room.applyAwareness(context.entries, connection);
    const message = encodeAwareness(encodeAwarenessUpdate(context.entries));
    room.broadcast(message, connection);
    for (const extension of this.extensions) extension.afterAwareness?.(room, message, connection);
  }

  /* ------------------------------------------------------------ rooms */

  private room(name: string): Promise<DocumentRoom> {
    const open = this.loaded.get(name);
    if (open) return Promise.resolve(open);
    let loading = this.loading.get(name);
    if (!loading) {
      loading = this.loadRoom(name).finally(() => this.loading.delete(name));
      this.loading.set(name, loading);
    }
    return loading;
  }

  private async loadRoom(name: string): Promise<DocumentRoom> {
    let state: Uint8Array | undefined;
    for (const extension of this.extensions) {
      state = await extension.onLoadDocument?.(name);
      if (state) break;
    }
    const room = new DocumentRoom(name, state ?? emptyUpdate(), boardZoner);
    this.loaded.set(name, room);
    for (const extension of this.extensions) extension.onRoomOpened?.(room);
    return room;
  }

  /** The current content of a document as a Y.Doc (summaries, harvest, tests). */
  async snapshot(name: string): Promise<Y.Doc> {
    const open = this.loaded.get(name);
    let state = open?.state();
    if (!state) {
      for (const extension of this.extensions) {
        state = await extension.onLoadDocument?.(name);
        if (state) break;
      }
    }
    const doc = new Y.Doc();
    if (state) Y.applyUpdate(doc, state);
    return doc;
  }

  private scheduleIdle(name: string): void {
    this.cancelIdle(name);
    this.idleTimers.set(
      name,
      setTimeout(() => {
        this.idleTimers.delete(name);
        void this.unload(name);
      }, ROOM_IDLE_MS).unref(),
    );
  }

  private async unload(name: string): Promise<void> {
    const room = this.loaded.get(name);
    if (!room || room.connections.size > 0) return;
    this.loaded.delete(name);
    for (const extension of this.extensions) {
      await extension.onRoomClosing?.(room).catch((error: unknown) => this.logger.warn({ err: errorText(error), document: name }, 'closing a room failed'));
    }
  }

  private cancelIdle(name: string): void {
    const timer = this.idleTimers.get(name);
    if (timer) clearTimeout(timer);
    this.idleTimers.delete(name);
  }

  /**
   * Purges every document whose name starts with `prefix` (a session's boards and drafts after
   * the retention period): open sockets close with 4410 `purged`, the rooms are dropped, and
   * the storage extension removes them.
   */
  async purgeDocuments(prefix: string): Promise<void> {
    for (const [name, room] of this.loaded) {
      if (!name.startsWith(prefix)) continue;
      this.cancelIdle(name);
      this.loaded.delete(name);
      for (const connection of room.connections) connection.close(CLOSE.purged);
    }
    for (const extension of this.extensions) await extension.onPurge?.(prefix);
  }

  /** Closes every socket that fails the test, with the reason (access changes, logout). */
  closeWhere(test: (connection: CollabConnection) => CloseReason | null): number {
    let closed = 0;
    for (const room of this.loaded.values()) {
      for (const connection of room.connections) {
        const reason = test(connection);
        if (reason) {
          connection.close(reason);
          closed++;
        }
      }
    }
    return closed;
  }

  private pingAll(): void {
    for (const room of this.loaded.values()) {
      for (const connection of room.connections as Set<Connection>) {
        if (!connection.alive) {
          connection.close(CLOSE.idleTimeout);
          connection.socket.terminate();
          continue;
        }
        connection.alive = false;
        if (connection.socket.readyState === 1) connection.socket.ping();
      }
    }
  }

  /** Before any module shuts down: the database must still be there to take the last updates. */
  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    clearInterval(this.pingTimer);
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    for (const client of this.wss.clients) client.close(CLOSE.shuttingDown.code, CLOSE.shuttingDown.reason);
    for (const extension of this.extensions) {
      await extension.onDestroy?.().catch((error: unknown) => this.logger.warn({ err: errorText(error) }, 'collaboration extension failed to stop'));
    }
    for (const client of this.wss.clients) client.terminate();
  }
}

/** Whether an update holds anything the room lacks; one that continues content the room never took (an edit dropped before) does. */
function carriesNew(room: DocumentRoom, update: Uint8Array): boolean {
  try {
    return !room.index.inspect(update).isEmpty;
  } catch (error) {
    if (error instanceof UpdateRefused && error.missingContent) return true;
    throw error;
  }
}

function toRefusal(error: unknown): CollabRefusal {
  if (error instanceof CollabRefusal) return error;
  // Missing content: retryable (the client reconnects and syncs); anything else is malformed.
  if (error instanceof UpdateRefused) return new CollabRefusal(error.missingContent ? CLOSE.syncPending : CLOSE.invalidUpdate, error.detail);
  return new CollabRefusal(CLOSE.invalidUpdate, 'malformed message');
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
