#!/usr/bin/env node
// Micro-benchmark of what the collaboration server does per update, without sockets: decode,
// inspect against the document index, commit, keep in the room. A stream of realistic updates
// (8 clients typing one character each into `notes`, every client applying the others' edits
// first, so origins point at other people's characters) is replayed through a fresh index.
//   node tests/bench/realtime/micro-index.mjs [--updates=4000] [--rounds=5]   (after npm run build)
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import * as Y from 'yjs';
import { root } from './servers.mjs';

// Internals of the built api (not part of its package exports), loaded by path the way
// servers.mjs starts the built main.js.
const built = (file) => import(pathToFileURL(path.join(root, 'apps/api/dist/collaboration', file)).href);
const { DocumentIndex } = await built('document-index.js');
const { DocumentRoom } = await built('document-room.js');
const { boardZoner } = await built('board-zones.js');

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? 'true']));
const UPDATES = Number(args.updates ?? 4000);
const ROUNDS = Number(args.rounds ?? 5);

export function typingStream(count, clients = 8) {
  const docs = Array.from({ length: clients }, () => new Y.Doc());
  const updates = [];
  for (let i = 0; i < count; i++) {
    const doc = docs[i % clients];
    const captured = [];
    const listener = (update) => captured.push(update);
    doc.on('update', listener);
    const text = doc.getText('notes');
    text.insert(text.length, String.fromCharCode(97 + (i % 26)));
    doc.off('update', listener);
    const update = captured[0];
    updates.push(update);
    // Everyone sees it before typing next (as at 200 ms intervals on a fast relay).
    for (const other of docs) if (other !== doc) Y.applyUpdate(other, update);
  }
  return updates;
}

function time(label, fn) {
  const samples = [];
  for (let r = 0; r < ROUNDS; r++) {
    const started = performance.now();
    fn();
    samples.push(((performance.now() - started) * 1000) / UPDATES);
  }
  samples.sort((a, b) => a - b);
  console.log(`${label.padEnd(46)} ${samples[Math.floor(samples.length / 2)].toFixed(2)} µs/update (median of ${ROUNDS}, min ${samples[0].toFixed(2)})`);
}

const updates = typingStream(UPDATES);
const empty = Y.encodeStateAsUpdate(new Y.Doc());
console.log(`${UPDATES} single-character updates, ${Math.round(updates.reduce((s, u) => s + u.length, 0) / UPDATES)} bytes on average`);
time('Y.decodeUpdate', () => { for (const u of updates) Y.decodeUpdate(u); });
time('index.inspect', () => {
  const index = DocumentIndex.fromState(empty, boardZoner);
  for (const u of updates) index.commit(index.inspect(u), 'u1');
});
time('room: inspect + commit + apply (no sockets)', () => {
  const room = new DocumentRoom('bench', empty, boardZoner);
  for (const u of updates) {
    room.index.commit(room.index.inspect(u), 'u1');
    room.apply(u, u, undefined);
  }
  room.state();
});
time('Y.mergeUpdates of the whole stream', () => { Y.mergeUpdates([empty, ...updates]); });
globalThis.gc?.();
const before = process.memoryUsage();
const rooms = [];
for (let r = 0; r < 100; r++) {
  const room = new DocumentRoom(`bench-${r}`, empty, boardZoner);
  // Each its own bytes, as each arrives in its own socket read on the server.
  for (const u of updates.slice(0, 800).map((x) => x.slice())) { room.index.commit(room.index.inspect(u), 'u1'); room.apply(u, u, undefined); }
  rooms.push(room);
}
globalThis.gc?.();
const after = process.memoryUsage();
console.log(`${rooms.length} rooms after 800 updates each (unmerged): heap +${((after.heapUsed - before.heapUsed) / 2 ** 20).toFixed(1)} MiB, array buffers +${((after.arrayBuffers - before.arrayBuffers) / 2 ** 20).toFixed(1)} MiB${globalThis.gc ? '' : ' (run with --expose-gc for a settled figure)'}`);
for (const room of rooms) room.state();
globalThis.gc?.();
const merged = process.memoryUsage();
console.log(`the same rooms merged: heap +${((merged.heapUsed - before.heapUsed) / 2 ** 20).toFixed(1)} MiB`);
