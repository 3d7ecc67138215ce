/**
 * The browser's copies of shared documents. y-indexeddb keeps every board and draft a person
 * opened in an IndexedDB database named after the document (`session.<sessionId>.step.<stepId>`,
 * `….draft.<userId>`), so a closed tab loses nothing. Those copies hold what was written about a
 * child, so they go when they are no longer needed:
 *
 * - on logout and after the account was deleted: every copy (this browser may be shared);
 * - when the server reports a session's boards purged (a socket closed with 4410 `purged`, or
 *   410 `case_purged` for its casus): that session's copies.
 *
 * A copy still open in this page (its provider not yet destroyed) is deleted as soon as it closes:
 * IndexedDB keeps the delete request waiting, so nothing here waits for it.
 */

const SESSION_DOCUMENT = /^session\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.step\.[a-z0-9][a-z0-9-]*(?:\.draft\.[0-9a-f-]{36})?$/;

/** The session a document belongs to, or null when the name is not one of ours. */
export function sessionOfDocument(name: string): string | null {
  return SESSION_DOCUMENT.exec(name)?.[1] ?? null;
}

/** Which of these IndexedDB databases are board copies to remove: all of them, or one session's. */
export function boardCopiesToClear(databaseNames: readonly (string | undefined)[], sessionId?: string): string[] {
  const names = new Set<string>();
  for (const name of databaseNames) {
    if (!name) continue;
    const session = sessionOfDocument(name);
    if (session !== null && (sessionId === undefined || session === sessionId)) names.add(name);
  }
  return [...names].sort();
}

/** The part of IDBFactory used here (tests pass their own). */
export type IndexedDbLike = Pick<IDBFactory, 'deleteDatabase'> & { databases?: () => Promise<Array<{ name?: string }>> };

function currentIndexedDb(): IndexedDbLike | null {
  return typeof indexedDB === 'undefined' ? null : indexedDB;
}

function deleteDatabase(idb: IndexedDbLike, name: string): Promise<void> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = idb.deleteDatabase(name);
    } catch {
      resolve();
      return;
    }
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    // Open in this page: deleted once it closes; do not wait for that.
    request.onblocked = () => resolve();
  });
}

/**
 * Deletes this browser's board copies: every one, or those of `sessionId`. Resolves with the
 * names it deleted (or asked to delete). Never throws: a browser without IndexedDB has nothing
 * to clear.
 */
export async function clearBoardCopies(options: { sessionId?: string; idb?: IndexedDbLike | null } = {}): Promise<string[]> {
  const idb = options.idb === undefined ? currentIndexedDb() : options.idb;
  if (!idb?.databases) return [];
  let listed: Array<{ name?: string }>;
  try {
    listed = await idb.databases();
  } catch {
    return [];
  }
  const names = boardCopiesToClear(listed.map((database) => database.name), options.sessionId);
  await Promise.all(names.map((name) => deleteDatabase(idb, name)));
  return names;
}

/** A socket of this document was closed with this reason: the session's boards are gone for good (4410). */
export const PURGED = 'purged';

/** After the server refused `documentName` with `reason`: clears the session's copies when it was purged. */
export function clearCopiesAfterRefusal(documentName: string, reason: string, clear: typeof clearBoardCopies = clearBoardCopies): Promise<string[]> | null {
  if (reason !== PURGED) return null;
  const sessionId = sessionOfDocument(documentName);
  return sessionId ? clear({ sessionId }) : null;
}
