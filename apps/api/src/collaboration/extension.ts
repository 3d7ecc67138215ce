import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import type { UserEntity } from '../users/user.entity.js';
import type { DocumentGrant } from './document-access.js';
import type { DocumentName } from './document-name.js';
import type { InspectedUpdate } from './document-index.js';
import type { AwarenessEntry } from './protocol.js';
import type { DocumentRoom } from './document-room.js';

/**
 * The collaboration server is protocol + room lifecycle only. Everything else — who connects,
 * which messages are acceptable, who may change what, storage, other processes, metrics — is
 * an extension on this one hook interface, run in a fixed order (see collaboration.module.ts),
 * the way Hocuspocus's `Extension` hooks are built.
 */

/** How a socket is closed: 4000 + the HTTP status it mirrors; the reason is an error code. */
export interface CloseReason {
  readonly code: number;
  readonly reason: string;
}

/**
 * Close codes. y-websocket ≥ 3 does not reconnect after 4400–4499 (a decision reconnecting
 * cannot fix) and does reconnect after 4500–4599 ("try again later").
 */
export const CLOSE = {
  invalidDocument: { code: 4400, reason: 'validation_failed' },
  invalidUpdate: { code: 4400, reason: 'invalid_update' },
  invalidAwareness: { code: 4400, reason: 'invalid_awareness' },
  unauthenticated: { code: 4401, reason: 'unauthenticated' },
  originNotAllowed: { code: 4403, reason: 'origin_not_allowed' },
  forbidden: { code: 4403, reason: 'forbidden' },
  forbiddenChange: { code: 4403, reason: 'forbidden_change' },
  accessEnded: { code: 4403, reason: 'access_ended' },
  notFound: { code: 4404, reason: 'not_found' },
  updateTooLarge: { code: 4413, reason: 'update_too_large' },
  tooManyConnections: { code: 4429, reason: 'too_many_connections' },
  rateLimited: { code: 4429, reason: 'rate_limited' },
  storageUnavailable: { code: 4503, reason: 'storage_unavailable' },
  /** A sync carried other people's edits the server lost in a crash: try again once they re-sent them. */
  syncPending: { code: 4509, reason: 'sync_pending' },
  idleTimeout: { code: 4508, reason: 'idle_timeout' },
  shuttingDown: { code: 4503, reason: 'server_restarting' },
  /** The document was purged (the retention period of its casus ended): nothing to reconnect to. */
  purged: { code: 4410, reason: 'purged' },
} as const satisfies Record<string, CloseReason>;

/** Thrown by a hook to refuse: the upgrade is answered, or the socket closed, with this reason. */
export class CollabRefusal extends Error {
  constructor(readonly close: CloseReason, readonly detail = close.reason) {
    super(`${close.reason}: ${detail}`);
  }
}

/** Filled in by the upgrade hooks, in order. */
export interface UpgradeContext {
  readonly request: IncomingMessage;
  readonly documentName: string;
  document?: DocumentName;
  user?: UserEntity;
  /** The login session the socket belongs to (logout closes exactly its sockets). */
  tokenHash?: string;
  grant?: DocumentGrant;
}

export interface CollabConnection {
  readonly socket: WebSocket;
  readonly documentName: string;
  readonly document: DocumentName;
  readonly user: UserEntity;
  readonly tokenHash: string;
  readonly grant: DocumentGrant;
  /** Awareness client ids this connection announced, removed for the others when it leaves. */
  readonly awarenessClients: Set<number>;
  /** Closes the socket with a reason (idempotent). */
  close(reason: CloseReason): void;
}

export interface UpdateContext {
  readonly room: DocumentRoom;
  readonly connection: CollabConnection;
  readonly update: Uint8Array;
  readonly inspected: InspectedUpdate;
  /**
   * 'update': the client's own new edits. 'sync': its answer to the server's step 1 — what it
   * holds that the server lacks, which after a server crash can include other people's edits
   * it received before the crash (the server relayed them but had not yet stored them).
   */
  readonly kind: 'update' | 'sync';
  /** The sender may not write here now, only moderate (hide, delete): see DocumentGrant.canModerate. */
  readonly moderationOnly: boolean;
}

export interface AwarenessContext {
  readonly room: DocumentRoom;
  readonly connection: CollabConnection;
  /** The decoded entries; a hook may replace states (e.g. the name shown comes from the roster). */
  entries: AwarenessEntry[];
}

export interface AppliedUpdate {
  readonly room: DocumentRoom;
  readonly update: Uint8Array;
  /** The message as relayed to clients (a sync update). */
  readonly message: Uint8Array;
  /** Set when a client of this process sent it; undefined when another process relayed it. */
  readonly connection?: CollabConnection;
  readonly receivedAt: number;
}

/** What extensions may ask of the server (given once, in onConfigure). */
export interface CollabHost {
  /** Rooms open on this process. */
  rooms(): Iterable<DocumentRoom>;
  /** The room if it is open here. */
  openRoom(name: string): DocumentRoom | undefined;
  /** Applies a message another process relayed to the local room, if it is open here. */
  receiveRemote(name: string, message: Uint8Array): void;
  /** Closes every socket for which `test` gives a reason; returns how many. */
  closeWhere(test: (connection: CollabConnection) => CloseReason | null): number;
}

export interface CollabExtension {
  onConfigure?(host: CollabHost): void;
  /** Decide on an upgrade: fill the context, or throw CollabRefusal. */
  onUpgrade?(context: UpgradeContext): Promise<void> | void;
  /** An upgrade that passed the hooks failed later (its room could not load): undo reservations. */
  onUpgradeFailed?(context: UpgradeContext): void;
  /** The stored state of a document (the first extension that answers wins). */
  onLoadDocument?(name: string): Promise<Uint8Array | undefined>;
  onRoomOpened?(room: DocumentRoom): void;
  onConnect?(connection: CollabConnection, room: DocumentRoom): void;
  /** A client's update, decoded and inspected: throw CollabRefusal to drop it and close the socket. */
  beforeUpdate?(context: UpdateContext): void;
  /** A client's awareness entries: throw CollabRefusal to drop them and close the socket. */
  beforeAwareness?(context: AwarenessContext): void;
  /** An update was accepted into a room (relay, persist, count). */
  afterUpdate?(applied: AppliedUpdate): void;
  afterAwareness?(room: DocumentRoom, message: Uint8Array, connection?: CollabConnection): void;
  /** A client's message was refused and its socket is being closed (count it, never log content). */
  onRefused?(connection: CollabConnection, refusal: CollabRefusal): void;
  /** An update from a connection that may only read now was dropped (the socket stays). */
  onReadOnlyDrop?(connection: CollabConnection): void;
  onDisconnect?(connection: CollabConnection, room: DocumentRoom): void;
  /** The room is being unloaded (nobody left for a while). Awaited before it is dropped. */
  onRoomClosing?(room: DocumentRoom): Promise<void>;
  /** Documents whose names start with `prefix` are being purged: forget them (queued updates included) and remove them from storage. */
  onPurge?(prefix: string): Promise<void>;
  onDestroy?(): Promise<void>;
}

export const COLLAB_EXTENSIONS = Symbol('COLLAB_EXTENSIONS');
