import { createContext, useContext, useEffect, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

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

const INITIAL: DocStatus = { connection: 'connecting', synced: false, unsynced: false, refusal: null };

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
    if (next.connection === status.connection && next.synced === status.synced && next.unsynced === status.unsynced && next.refusal === status.refusal) return;
    status = next;
    for (const listener of listeners) listener();
  };
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === provider || origin === persistence) return;
    if (!provider.wsconnected || !provider.synced) set({ unsynced: true });
  };
  doc.on('update', onUpdate);
  provider.on('status', ({ status: connection }) => {
    if (status.refusal) return;
    set({ connection: connection === 'connected' ? 'online' : connection === 'connecting' && status.connection === 'connecting' ? 'connecting' : 'offline' });
  });
  provider.on('sync', (synced: boolean) => {
    // Once synced after a reconnect, the server has asked for (and got) what it lacked.
    set(synced ? { synced: true, unsynced: false } : { synced: false });
  });
  provider.on('connection-close', () => {
    if (!status.refusal && status.connection === 'connecting') set({ connection: 'offline' });
  });
  provider.on('closed', ({ reason }) => {
    provider.shouldConnect = false;
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
export function memoryDocOpener(options: { refuse?: Record<string, string>; docs?: Map<string, Y.Doc> } = {}): DocOpener & { docs: Map<string, Y.Doc> } {
  const docs = options.docs ?? new Map<string, Y.Doc>();
  const opener = (name: string): DocHandle => {
    let doc = docs.get(name);
    if (!doc) {
      doc = new Y.Doc();
      docs.set(name, doc);
    }
    const refusal = options.refuse?.[name] ?? null;
    const status: DocStatus = refusal
      ? { connection: 'refused', synced: false, unsynced: false, refusal }
      : { connection: 'online', synced: true, unsynced: false, refusal: null };
    const noop = () => undefined;
    // Memory documents outlive a component: another "person" may open the same name later.
    return { name, doc, awareness: null, status: () => status, subscribe: () => noop, destroy: noop };
  };
  return Object.assign(opener, { docs });
}
