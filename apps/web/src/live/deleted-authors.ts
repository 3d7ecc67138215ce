import { useSyncExternalStore } from 'react';
import { request } from '../api/client';

/**
 * Which board authors are deleted accounts. Boards store user ids, never names; the room names an
 * author from its roster, and a deleted account is on no roster. For an id the roster cannot name
 * the room asks the api once (`GET /api/users/deleted?ids=…`, batched, at most 200 ids a call);
 * a deleted account's entries then read "verwijderd lid", anyone else who is not (or no longer)
 * in the session the neutral "Deelnemer". The answer is only "deleted or not": no names.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BATCH = 200;

/** id → whether it is a deleted account (absent: not asked yet). */
const known = new Map<string, boolean>();
const waiting = new Set<string>();
const listeners = new Set<() => void>();
let version = 0;
let scheduled = false;

function notify(): void {
  version++;
  for (const listener of listeners) listener();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(flush, 0);
}

function flush(): void {
  scheduled = false;
  const ids = [...waiting].slice(0, BATCH);
  for (const id of ids) waiting.delete(id);
  if (waiting.size > 0) schedule();
  if (ids.length === 0) return;
  request<{ ids: string[] }>('GET', `/api/users/deleted?ids=${ids.join(',')}`).then(
    ({ ids: deleted }) => {
      for (const id of ids) known.set(id, deleted.includes(id));
      notify();
    },
    // No answer: these stay "Deelnemer" (and are not asked again in this page's life).
    () => {
      for (const id of ids) known.set(id, false);
    },
  );
}

/** Whether this author id is a deleted account; asks the api (once) when it is not known yet. */
export function isDeletedAuthor(userId: string): boolean {
  const answer = known.get(userId);
  if (answer !== undefined) return answer;
  if (UUID.test(userId) && !waiting.has(userId)) {
    waiting.add(userId);
    schedule();
  }
  return false;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Re-renders the caller when answers about deleted authors arrive. */
export function useDeletedAuthors(): void {
  useSyncExternalStore(subscribe, () => version, () => version);
}

/** For tests: forget every answer. */
export function resetDeletedAuthors(): void {
  known.clear();
  waiting.clear();
  notify();
}
