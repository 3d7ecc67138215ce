import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { UpdateStore } from './update-store.js';

const textOf = (state: Uint8Array) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc.getText('t').toString();
};

/** Edits as separate Yjs updates, the way a client sends them. */
function edits(words: string[], doc = new Y.Doc()): Uint8Array[] {
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (const word of words) doc.getText('t').insert(doc.getText('t').length, word);
  return updates;
}

describe('the update log and its snapshot', () => {
  let t: TestApp;
  let store: UpdateStore;
  beforeAll(async () => {
    t = await startTestApp();
    store = new UpdateStore(t.dataSource);
  });
  afterAll(() => t.close());

  it('loads an unknown document as empty', async () => {
    expect(textOf((await store.load('nothing-here')).state)).toBe('');
  });

  it('compacts the log into a snapshot and loads snapshot + later updates', async () => {
    const doc = new Y.Doc();
    await store.append(edits(['a', 'b', 'c'], doc).map((update) => ({ documentName: 'doc-1', update })));
    expect((await store.load('doc-1')).updatesSinceSnapshot).toBe(3);
    expect(await store.compact('doc-1')).toBe(true);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM collab_updates WHERE document_name = 'doc-1'`);
    expect(n).toBe(0);
    await store.append(edits(['d', 'e'], doc).map((update) => ({ documentName: 'doc-1', update })));
    const loaded = await store.load('doc-1');
    expect(loaded.updatesSinceSnapshot).toBe(2);
    expect(textOf(loaded.state)).toBe('abcde');
    expect(await store.compact('doc-1')).toBe(true);
    expect(textOf((await store.load('doc-1')).state)).toBe('abcde');
    expect(await store.compact('doc-1')).toBe(false); // nothing left to fold
  });

  it('loses nothing when updates are appended while a compaction runs', async () => {
    const doc = new Y.Doc();
    const first = edits(Array.from({ length: 200 }, (_, i) => `${i},`), doc);
    await store.append(first.map((update) => ({ documentName: 'doc-2', update })));
    const later = edits(Array.from({ length: 50 }, (_, i) => `x${i},`), doc);
    await Promise.all([store.compact('doc-2'), ...later.map((update) => store.append([{ documentName: 'doc-2', update }]))]);
    expect(textOf((await store.load('doc-2')).state)).toBe(doc.getText('t').toString());
  });
  it('keeps an update whose INSERT took a lower id but committed after a compaction', async () => {
    // Sequence ids are handed out at INSERT, not at COMMIT: this is the order that lost x45..x49
    // in a CI run when "id <= highest merged id" was the cut-off.
    const doc = new Y.Doc();
    const [a, b, c] = edits(['a', 'b', 'c'], doc);
    await store.append([{ documentName: 'doc-3', update: a as Uint8Array }]);
    const slow = t.dataSource.createQueryRunner();
    await slow.connect();
    await slow.startTransaction();
    await slow.query(`INSERT INTO collab_updates (document_name, update) VALUES ($1, $2)`, ['doc-3', Buffer.from(b as Uint8Array)]);
    await store.append([{ documentName: 'doc-3', update: c as Uint8Array }]); // higher id, committed first
    expect(await store.compact('doc-3')).toBe(true);
    await slow.commitTransaction();
    await slow.release();
    expect(textOf((await store.load('doc-3')).state)).toBe('abc');
    expect(await store.compact('doc-3')).toBe(true); // the late row is folded in by the next compaction
    expect(textOf((await store.load('doc-3')).state)).toBe('abc');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM collab_updates WHERE document_name = 'doc-3'`);
    expect(n).toBe(0);
  });
});
