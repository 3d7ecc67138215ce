import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WebSocketServer, type WebSocket, type RawData } from 'ws';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { LOGGER } from '../common/logger.js';
import { AuthService } from '../auth/auth.service.js';
import { readSessionToken } from '../auth/session-cookie.js';
import { DOCUMENT_ACCESS_POLICY, type DocumentAccessPolicy } from './document-access.js';
import { parseDocumentName } from './document-name.js';
import { DocumentRoom, type Connection } from './document-room.js';
import { PersistenceQueue } from './persistence-queue.js';
import { COMPACT_AFTER_UPDATES, COMPACT_ON_IDLE_AFTER, UpdateStore } from './update-store.js';
import { COLLAB_RELAY, type CollabRelay } from './collab-relay.js';
import { DOCUMENT_OWNERSHIP, type DocumentOwnership } from './document-ownership.js';
import * as Y from 'yjs';
import { encodeSyncStep2 } from './protocol.js';
import { Reservoir } from '../common/reservoir.js';

export const COLLAB_PATH = '/collab/';

/** Close codes: 4000 + the HTTP status they mirror; the reason is the error code. */
export const CLOSE = {
  invalidDocument: { code: 4400, reason: 'validation_failed' },
  unauthenticated: { code: 4401, reason: 'unauthenticated' },
  originNotAllowed: { code: 4403, reason: 'origin_not_allowed' },
  forbidden: { code: 4403, reason: 'forbidden' },
  notFound: { code: 4404, reason: 'not_found' },
  accessEnded: { code: 4403, reason: 'access_ended' },
} as const;

const ROOM_IDLE_MS = 30_000;

/**
 * The Yjs endpoint at /collab/<documentName>, speaking the y-websocket protocol. Upgrades are
 * authenticated with the session cookie, the Origin is checked and the document is authorised
 * before the socket is accepted; writes are checked per update against the method's rules.
 */
@Injectable()
export class CollabServer implements OnApplicationShutdown {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 2 * 1024 * 1024 });
  private readonly rooms = new Map<string, Promise<DocumentRoom>>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  private readonly logCounts = new Map<string, number>();
  readonly store: UpdateStore;
  readonly persistence: PersistenceQueue;
  /** Observable counters (tests and the benchmark read them). */
  readonly stats = { droppedUpdates: 0, relayedUpdates: 0, connections: 0 };
  /** Time from receiving an update to its durable write, for /health/metrics and the benchmark. */
  readonly durableLagMs = new Reservoir(50_000);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(DOCUMENT_ACCESS_POLICY) private readonly policy: DocumentAccessPolicy,
    @Inject(COLLAB_RELAY) private readonly relay: CollabRelay,
    @Inject(DOCUMENT_OWNERSHIP) private readonly ownership: DocumentOwnership,
    private readonly auth: AuthService,
    dataSource: DataSource,
  ) {
    this.store = new UpdateStore(dataSource);
    this.persistence = new PersistenceQueue(this.store, logger, (name, count) => this.countLogged(name, count));
    this.persistence.onDurable.add((_name, receivedAt, durableAt) => this.durableLagMs.record(durableAt - receivedAt));
    relay.onMessage((name, message) =>
      void this.rooms.get(name)?.then((room) => {
        const update = room.receiveRemote(message);
        // The owner persists what other processes relay; they never write it themselves.
        if (update && this.ownership.isOwner(name)) this.persistence.enqueue(name, update);
      }),
    );
    relay.onStateRequest((name) => void this.rooms.get(name)?.then((room) => relay.publish(name, encodeSyncStep2(room.state()))));
  }

  /** Hooks the endpoint into the HTTP server's upgrade handling. */
  attach(server: Server): void {
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      const path = (request.url ?? '').split('?')[0] ?? '';
      if (path.startsWith(COLLAB_PATH)) {
        void this.handleUpgrade(request, socket, head, decodeURIComponent(path.slice(COLLAB_PATH.length)));
      } else if (!path.startsWith('/socket.io/')) {
        // socket.io is told not to destroy foreign upgrades, so unknown paths are answered here.
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      }
    });
  }

  private async handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer, documentName: string): Promise<void> {
    const refuse = (close: { code: number; reason: string }) =>
      this.wss.handleUpgrade(request, socket, head, (ws) => ws.close(close.code, close.reason));
    try {
      const origin = request.headers.origin;
      if (origin !== undefined && !this.config.allowedOrigins.includes(origin)) return refuse(CLOSE.originNotAllowed);
      const found = await this.auth.userForToken(readSessionToken(request.headers.cookie));
      if (!found) return refuse(CLOSE.unauthenticated);
      const document = parseDocumentName(documentName);
      if (!document) return refuse(CLOSE.invalidDocument);
      const grant = await this.policy.grant(found.user, document);
      if (grant === 'not_found') return refuse(CLOSE.notFound);
      if (grant === 'forbidden') return refuse(CLOSE.forbidden);
      const room = await this.room(documentName);
      this.wss.handleUpgrade(request, socket, head, (ws) => this.accept(ws, room, { socket: ws, userId: found.user.id, grant, awarenessClients: new Set() }));
    } catch (error) {
      this.logger.error({ err: String(error) }, 'collaboration upgrade failed');
      socket.destroy();
    }
  }

  private accept(ws: WebSocket, room: DocumentRoom, connection: Connection): void {
    ws.binaryType = 'nodebuffer';
    this.stats.connections++;
    this.cancelIdle(room.name);
    ws.on('message', (data: RawData) => {
      const bytes = toBytes(data);
      if (!connection.grant.canRead()) {
        ws.close(CLOSE.accessEnded.code, CLOSE.accessEnded.reason);
        return;
      }
      try {
        room.receive(connection, bytes);
      } catch (error) {
        // A malformed message is the client's problem, never the room's.
        this.logger.warn({ err: String(error), document: room.name }, 'malformed collaboration message');
      }
    });
    ws.on('close', () => {
      this.stats.connections--;
      room.leave(connection);
      if (room.connections.size === 0) this.scheduleIdle(room.name);
    });
    ws.on('error', () => ws.terminate());
    room.join(connection);
  }

  private room(name: string): Promise<DocumentRoom> {
    let room = this.rooms.get(name);
    if (!room) {
      room = this.store.load(name).then(({ state, updatesSinceSnapshot }) => {
        this.logCounts.set(name, updatesSinceSnapshot);
        return new DocumentRoom(name, state, {
          onLocalUpdate: (documentName, update, message) => {
            if (this.ownership.isOwner(documentName)) this.persistence.enqueue(documentName, update);
            this.relay.publish(documentName, message);
            this.stats.relayedUpdates++;
          },
          onLocalAwareness: (documentName, message) => this.relay.publish(documentName, message),
          onDroppedUpdate: (documentName, userId) => {
            this.stats.droppedUpdates++;
            this.logger.debug({ document: documentName, userId }, 'update from a read-only connection dropped');
          },
        });
      });
      room.catch(() => this.rooms.delete(name));
      this.rooms.set(name, room);
      this.ownership.track(name, () => this.takeOver(name));
      // Subscribe before asking, so the answers from other processes are not missed.
      void this.relay
        .subscribe(name)
        .then(() => this.relay.requestState(name))
        .catch((error: unknown) => this.logger.warn({ err: String(error), document: name }, 'relay subscribe failed'));
    }
    return room;
  }

  /** Closes sockets whose read access ended (e.g. drafts hidden again) — called by the live feature. */
  async revalidate(documentPrefix: string): Promise<void> {
    for (const [name, roomPromise] of this.rooms) {
      if (!name.startsWith(documentPrefix)) continue;
      const room = await roomPromise;
      for (const connection of room.connections) {
        if (!connection.grant.canRead()) connection.socket.close(CLOSE.accessEnded.code, CLOSE.accessEnded.reason);
      }
    }
  }

  /** The current content of a document as a Y.Doc (summaries, harvest, tests). */
  async snapshot(name: string): Promise<Y.Doc> {
    const loaded = this.rooms.get(name);
    const state = loaded ? (await loaded).state() : (await this.store.load(name)).state;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    return doc;
  }

  /**
   * On becoming a document's owner: write what this process holds that the database lacks
   * (updates a previous owner received but died before writing).
   */
  private async takeOver(name: string): Promise<void> {
    const room = await this.rooms.get(name);
    if (!room) return;
    await this.persistence.flush();
    const stored = await this.store.load(name);
    const missing = Y.diffUpdate(room.state(), Y.encodeStateVectorFromUpdate(stored.state));
    if (!isEmptyUpdate(missing, stored.state)) this.persistence.enqueue(name, missing);
  }

  private countLogged(name: string, count: number): void {
    const total = (this.logCounts.get(name) ?? 0) + count;
    this.logCounts.set(name, total);
    if (total >= COMPACT_AFTER_UPDATES) {
      this.logCounts.set(name, 0);
      // Background: compaction never blocks the relay.
      setImmediate(() => void this.store.compact(name).catch((error: unknown) => this.logger.warn({ err: String(error), document: name }, 'compaction failed')));
    }
  }

  private scheduleIdle(name: string): void {
    this.cancelIdle(name);
    this.idleTimers.set(name, setTimeout(() => {
      this.idleTimers.delete(name);
      void this.rooms.get(name)?.then((room) => {
        if (room.connections.size === 0) {
          this.rooms.delete(name);
          void this.relay.unsubscribe(name).catch(() => undefined);
          const logged = this.logCounts.get(name) ?? 0;
          this.logCounts.delete(name);
          void this.persistence
            .flush()
            .then(async () => {
              // Nobody is typing: a good moment to fold the log into the snapshot.
              if (logged >= COMPACT_ON_IDLE_AFTER && this.ownership.isOwner(name)) await this.store.compact(name);
            })
            .catch((error: unknown) => this.logger.warn({ err: String(error), document: name }, 'compaction on idle failed'))
            .finally(() => void this.ownership.release(name));
        }
      });
    }, ROOM_IDLE_MS).unref());
  }

  private cancelIdle(name: string): void {
    const timer = this.idleTimers.get(name);
    if (timer) clearTimeout(timer);
    this.idleTimers.delete(name);
  }

  async onApplicationShutdown(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    await this.persistence.flush();
    await this.ownership.close();
    await this.relay.close();
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** True when applying `update` to the stored state would change nothing. */
function isEmptyUpdate(update: Uint8Array, stored: Uint8Array): boolean {
  const merged = Y.mergeUpdates([stored, update]);
  return Buffer.compare(Buffer.from(Y.encodeStateVectorFromUpdate(merged)), Buffer.from(Y.encodeStateVectorFromUpdate(stored))) === 0 && snapshotDeletes(merged) === snapshotDeletes(stored);
}

function snapshotDeletes(update: Uint8Array): number {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  let deleted = 0;
  Y.snapshot(doc).ds.clients.forEach((items) => (deleted += items.reduce((sum, item) => sum + item.len, 0)));
  return deleted;
}
