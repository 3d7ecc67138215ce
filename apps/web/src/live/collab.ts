import { createContext, useContext, useEffect, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { clearCopiesAfterRefusal, PURGED } from './local-copies';

/**
 * Shared documents (Yjs). A document is opened through a DocOpener so that the app uses the
 * stock y-websocket provider (plus IndexedDB), while tests use documents in memory.
 *
 * Names (the api authorises every name): `session.<sessionId>.step.<stepId>` for a step's board,
 * `session.<sessionId>.step.<stepId>.draft.<userId>` for a private draft.
 */
export function boardDocName(sessionId: string, stepId: string): string {
  return `session.${sessionId}.step.${stepId}`;
}

export function draftDocName(sessionId: string, stepId: string, userId: string): string {
  return `session.${sessionId}.step.${stepId}.draft.${userId}`;
}

export type DocConnection = 'connecting' | 'online' | 'offline' | 'refused';

export interface DocStatus {
  connection: DocConnection;
  /** The server's content has arrived at least once since the last connect. */
  synced: boolean;
  /** Local edits made while not connected, not yet sent to the server. */
  unsynced: boolean;
  /** The server refused the document (close code 44xx): its reason, an error code. */
  refusal: string | null;
  /**
   * The server has written everything it acknowledged to the database. False while it says its
   * storage is unreachable (save-status message 0, or a close with `storage_unavailable`): the
   * edits are kept and written later, but are not saved yet.
   */
  saved: boolean;
  /**
   * The server did not keep an edit of this window: it came after the board closed for its author (the group had moved on
   * for a few seconds, or the session had ended). The screen still shows it; no one else sees it.
   */
  notKept?: boolean;
}

/**
 * The server's save status, a custom y-websocket message: type 100, then one varuint,
 * 0 = not saved yet (the database is unreachable; edits are queued), 1 = saved.
 */
export const SAVE_STATUS_MESSAGE = 100;

/** The server's notice that an edit came when the board was read-only for its author and was not kept: type 101, no payload. */
export const EDIT_NOT_KEPT_MESSAGE = 101;

/**
 * Closes after which a stored local copy must go: the server refused an update in it (could not
 * read it, not the sender's to make, too large). Kept, the copy would send the same update again
 * at every open and the board would stay refused; without it a reload starts from the server's state.
 */
export const DISCARD_LOCAL_COPY_REFUSALS: readonly string[] = ['invalid_update', 'forbidden_change', 'update_too_large'];

/** Transient close (4503): the server could not load or store the document; y-websocket reconnects by itself. */
export const STORAGE_UNAVAILABLE = 'storage_unavailable';

/** lib0's varuint (7 bits per byte, little end first), read from y-websocket's message decoder. */
export function readVarUint(decoder: { arr: Uint8Array; pos: number }): number {
  let value = 0;
  let multiplier = 1;
  while (decoder.pos < decoder.arr.length) {
    const byte = decoder.arr[decoder.pos++] ?? 0;
    value += (byte & 0x7f) * multiplier;
    if (byte < 0x80) return value;
    multiplier *= 128;
    if (value > Number.MAX_SAFE_INTEGER) throw new Error('varuint out of range');
  }
  throw new Error('unexpected end of message');
}

export interface AwarenessUser {
  name: string;
  color: string;
}

/** The part of y-protocols' Awareness the room uses. */
export interface AwarenessLike {
  clientID: number;
  getStates(): Map<number, Record<string, unknown>>;
  setLocalStateField(field: string, value: unknown): void;
  on(event: 'change', listener: () => void): void;
  off(event: 'change', listener: () => void): void;
}

export interface DocHandle {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly awareness: AwarenessLike | null;
  status(): DocStatus;
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

export interface OpenDocOptions {
  user: AwarenessUser;
}

export type DocOpener = (name: string, options: OpenDocOptions) => DocHandle;

const INITIAL: DocStatus = { connection: 'connecting', synced: false, unsynced: false, refusal: null, saved: true };

const sameStatus = (a: DocStatus, b: DocStatus) =>
  a.connection === b.connection &&
  a.synced === b.synced &&
  a.unsynced === b.unsynced &&
  a.refusal === b.refusal &&
  a.saved === b.saved &&
  a.notKept === b.notKept;

/** The real thing: y-websocket to `<origin>/collab`, and a copy in IndexedDB so a closed tab loses nothing. */
export function openProviderDoc(name: string, { user }: OpenDocOptions): DocHandle {
  const doc = new Y.Doc();
  const serverUrl = `${window.location.origin.replace(/^http/, 'ws')}/collab`;
  const persistence = typeof indexedDB === 'undefined' ? null : new IndexeddbPersistence(name, doc);
  const provider = new WebsocketProvider(serverUrl, name, doc, { maxBackoffTime: 5000 });
  provider.awareness.setLocalStateField('user', user);
  const listeners = new Set<() => void>();
  let status: DocStatus = INITIAL;
  const set = (patch: Partial<DocStatus>) => {
    const next = { ...status, ...patch };
    if (sameStatus(next, status)) return;
    status = next;
    for (const listener of listeners) listener();
  };
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === provider || origin === persistence) return;
    if (!provider.wsconnected || !provider.synced) set({ unsynced: true });
  };
  doc.on('update', onUpdate);
  // y-websocket 3.1 keeps its message handlers per provider: the save status is this provider's alone.
  provider.messageHandlers[SAVE_STATUS_MESSAGE] = (_encoder, decoder) => {
    set({ saved: readVarUint(decoder) === 1 });
  };
  provider.messageHandlers[EDIT_NOT_KEPT_MESSAGE] = () => {
    set({ notKept: true });
  };
  provider.on('status', ({ status: connection }) => {
    if (status.refusal) return;
    // A fresh connection starts as saved; a server whose storage is still away says so right after.
    if (connection === 'connected') set({ connection: 'online', saved: true });
    else set({ connection: connection === 'connecting' && status.connection === 'connecting' ? 'connecting' : 'offline' });
  });
  provider.on('sync', (synced: boolean) => {
    // Once synced after a reconnect, the server has asked for (and got) what it lacked.
    set(synced ? { synced: true, unsynced: false } : { synced: false });
  });
  provider.on('connection-close', (event) => {
    if (status.refusal) return;
    // Other transient closes (a restart, an idle timeout) are just a lost connection.
    if (event?.reason === STORAGE_UNAVAILABLE) set({ connection: 'offline', saved: false });
    else if (status.connection === 'connecting') set({ connection: 'offline' });
  });
  provider.on('closed', ({ reason }) => {
    provider.shouldConnect = false;
    if (DISCARD_LOCAL_COPY_REFUSALS.includes(reason) || reason === PURGED) void persistence?.clearData();
    // Purged (the casus's retention period ended): this browser's copies of every board and draft of the session go too.
    void clearCopiesAfterRefusal(name, reason);
    set({ connection: 'refused', refusal: reason || 'forbidden' });
  });
  return {
    name,
    doc,
    awareness: provider.awareness as unknown as AwarenessLike,
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      listeners.clear();
      doc.off('update', onUpdate);
      provider.destroy();
      void persistence?.destroy();
      doc.destroy();
    },
  };
}

export const DocOpenerContext = createContext<DocOpener>(openProviderDoc);

const USER_COLORS = ['#1f5f5b', '#8a4a12', '#1f4f7a', '#6b2c6b', '#1d6b3a', '#9a3412', '#3f4a9a', '#7a5a00'];

/** A stable colour per person, so the same person has the same colour on every screen. */
export function colorFor(userId: string): string {
  let hash = 0;
  for (let index = 0; index < userId.length; index++) hash = (hash * 31 + userId.charCodeAt(index)) | 0;
  return USER_COLORS[Math.abs(hash) % USER_COLORS.length] ?? '#1f5f5b';
}

/**
 * Opens a document for as long as the component shows it (null name: nothing). The handle
 * changes when the name changes; the status re-renders the component.
 */
export function useSharedDoc(name: string | null, user: AwarenessUser): { handle: DocHandle | null; status: DocStatus } {
  const open = useContext(DocOpenerContext);
  const [handle, setHandle] = useState<DocHandle | null>(null);
  const [status, setStatus] = useState<DocStatus>(INITIAL);
  const userKey = `${user.name}|${user.color}`;
  useEffect(() => {
    if (!name) {
      setHandle(null);
      return;
    }
    const opened = open(name, { user });
    setHandle(opened);
    setStatus(opened.status());
    const unsubscribe = opened.subscribe(() => setStatus(opened.status()));
    return () => {
      unsubscribe();
      opened.destroy();
    };
    // The user is compared by value (userKey): a new object with the same name must not reopen.
  }, [name, open, userKey]);
  return { handle: handle && handle.name === name ? handle : null, status };
}

/** Several documents at once (the drafts of a step); keyed by name. */
export function useSharedDocs(names: readonly string[], user: AwarenessUser): Map<string, { handle: DocHandle; status: DocStatus }> {
  const open = useContext(DocOpenerContext);
  const [handles, setHandles] = useState<DocHandle[]>([]);
  const [, setVersion] = useState(0);
  const key = names.join('\n');
  const userKey = `${user.name}|${user.color}`;
  useEffect(() => {
    const list = key ? key.split('\n') : [];
    const opened = list.map((name) => open(name, { user }));
    setHandles(opened);
    const unsubscribes = opened.map((handle) => handle.subscribe(() => setVersion((version) => version + 1)));
    return () => {
      unsubscribes.forEach((unsubscribe) => unsubscribe());
      opened.forEach((handle) => handle.destroy());
    };
  }, [key, open, userKey]);
  return new Map(handles.filter((handle) => names.includes(handle.name)).map((handle) => [handle.name, { handle, status: handle.status() }]));
}

/**
 * Re-renders the component after every change to any of these documents; returns a counter
 * that changes with them. The component then reads the documents directly.
 */
export function useDocsVersion(docs: readonly (Y.Doc | null | undefined)[]): number {
  const [version, setVersion] = useState(0);
  const present = docs.filter((doc): doc is Y.Doc => Boolean(doc));
  const key = present.map((doc) => doc.guid).join(',');
  useEffect(() => {
    const bump = () => setVersion((value) => value + 1);
    present.forEach((doc) => doc.on('update', bump));
    bump();
    return () => present.forEach((doc) => doc.off('update', bump));
    // Keyed by the documents' ids: a new array with the same documents must not resubscribe.
  }, [key]);
  return version;
}

export interface PresentUser extends AwarenessUser {
  clientId: number;
  typing: boolean;
}

/** Who else has this document open (awareness), and who is typing. */
export function usePresence(awareness: AwarenessLike | null): PresentUser[] {
  const [users, setUsers] = useState<PresentUser[]>([]);
  useEffect(() => {
    if (!awareness) {
      setUsers([]);
      return;
    }
    const read = () => {
      const list: PresentUser[] = [];
      awareness.getStates().forEach((state, clientId) => {
        if (clientId === awareness.clientID) return;
        const user = state['user'] as Partial<AwarenessUser> | undefined;
        if (user && typeof user.name === 'string') {
          list.push({ clientId, name: user.name, color: typeof user.color === 'string' ? user.color : '#1f5f5b', typing: state['typing'] === true });
        }
      });
      setUsers(list);
    };
    read();
    awareness.on('change', read);
    return () => awareness.off('change', read);
  }, [awareness]);
  return users;
}

/* ---------------------------------------------------------------- in memory (tests, storybook-like use) */

/**
 * Documents kept in memory: the same name gives the same Y.Doc, so two components (two
 * "people") see each other's edits. No network, no IndexedDB.
 */
export function memoryDocOpener(
  options: { refuse?: Record<string, string>; saved?: Record<string, boolean>; docs?: Map<string, Y.Doc> } = {},
): DocOpener & { docs: Map<string, Y.Doc> } {
  const docs = options.docs ?? new Map<string, Y.Doc>();
  const opener = (name: string): DocHandle => {
    let doc = docs.get(name);
    if (!doc) {
      doc = new Y.Doc();
      docs.set(name, doc);
    }
    const refusal = options.refuse?.[name] ?? null;
    const status: DocStatus = refusal
      ? { connection: 'refused', synced: false, unsynced: false, refusal, saved: true }
      : { connection: 'online', synced: true, unsynced: false, refusal: null, saved: options.saved?.[name] ?? true };
    const noop = () => undefined;
    // Memory documents outlive a component: another "person" may open the same name later.
    return { name, doc, awareness: null, status: () => status, subscribe: () => noop, destroy: noop };
  };
  return Object.assign(opener, { docs });
}
