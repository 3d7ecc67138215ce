import { describe, expect, it, vi } from 'vitest';
import { boardCopiesToClear, clearBoardCopies, clearCopiesAfterRefusal, sessionOfDocument, type IndexedDbLike } from './local-copies';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const USER = '33333333-3333-4333-8333-333333333333';

const NAMES = [
  `session.${A}.step.terugblik`,
  `session.${A}.step.vragen-noteren.draft.${USER}`,
  `session.${B}.step.oogst`,
  'some-other-app-db',
  `session.${A}`,
  `session.${A}.step.casus.extra`,
];

/** An IndexedDB that lists databases and records what was deleted (a delete may be blocked by an open copy). */
function fakeIndexedDb(names: string[], options: { blocked?: string[] } = {}) {
  const present = new Set(names);
  const deleted: string[] = [];
  const idb: IndexedDbLike = {
    databases: () => Promise.resolve([...present].map((name) => ({ name, version: 1 }))),
    deleteDatabase(name: string) {
      const request = {} as IDBOpenDBRequest;
      queueMicrotask(() => {
        deleted.push(name);
        if (options.blocked?.includes(name)) request.onblocked?.call(request, new Event('blocked') as IDBVersionChangeEvent);
        else {
          present.delete(name);
          request.onsuccess?.call(request, new Event('success'));
        }
      });
      return request;
    },
  };
  return { idb, deleted, present };
}

describe('the browser’s copies of boards (IndexedDB)', () => {
  it('knows which databases are board copies, and of which session', () => {
    expect(sessionOfDocument(`session.${A}.step.terugblik`)).toBe(A);
    expect(sessionOfDocument(`session.${A}.step.vragen-noteren.draft.${USER}`)).toBe(A);
    expect(sessionOfDocument('some-other-app-db')).toBeNull();
    expect(sessionOfDocument(`session.${A}`)).toBeNull();
    expect(boardCopiesToClear(NAMES)).toEqual([`session.${A}.step.terugblik`, `session.${A}.step.vragen-noteren.draft.${USER}`, `session.${B}.step.oogst`]);
    expect(boardCopiesToClear(NAMES, A)).toEqual([`session.${A}.step.terugblik`, `session.${A}.step.vragen-noteren.draft.${USER}`]);
    expect(boardCopiesToClear([undefined, `session.${B}.step.oogst`, `session.${B}.step.oogst`], B)).toEqual([`session.${B}.step.oogst`]);
  });

  it('clears every board copy (logout) and leaves other databases alone', async () => {
    const { idb, present } = fakeIndexedDb(NAMES);
    const cleared = await clearBoardCopies({ idb });
    expect(cleared).toHaveLength(3);
    expect([...present].sort()).toEqual(['some-other-app-db', `session.${A}`, `session.${A}.step.casus.extra`].sort());
  });

  it('clears one session’s copies when its boards were purged, also one still open in this page', async () => {
    const open = `session.${A}.step.terugblik`;
    const { idb, deleted, present } = fakeIndexedDb(NAMES, { blocked: [open] });
    await clearCopiesAfterRefusal(`session.${A}.step.casus`, 'purged', (options) => clearBoardCopies({ ...options, idb }));
    expect(deleted.sort()).toEqual([open, `session.${A}.step.vragen-noteren.draft.${USER}`]);
    expect(present.has(`session.${B}.step.oogst`)).toBe(true);
  });

  it('does nothing for other refusals, and never throws without IndexedDB', async () => {
    const clear = vi.fn(() => Promise.resolve([]));
    expect(clearCopiesAfterRefusal(`session.${A}.step.casus`, 'access_ended', clear)).toBeNull();
    expect(clearCopiesAfterRefusal(`session.${A}.step.casus`, 'forbidden', clear)).toBeNull();
    expect(clear).not.toHaveBeenCalled();
    expect(await clearBoardCopies({ idb: null })).toEqual([]);
    expect(await clearBoardCopies({ idb: { deleteDatabase: () => ({}) as IDBOpenDBRequest } })).toEqual([]);
    expect(await clearBoardCopies({ idb: { databases: () => Promise.reject(new Error('denied')), deleteDatabase: () => ({}) as IDBOpenDBRequest } })).toEqual([]);
  });
});
