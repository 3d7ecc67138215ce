import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../database/embedded-database.js';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { emitAck, liveSessionFixture, liveSocket, waitFor, yClient } from '../test/live-fixtures.js';
import { PersistenceExtension } from './extensions/persistence.extension.js';
import { UpdateStore } from './update-store.js';
import { MESSAGE_SAVE_STATUS } from './protocol.js';

const tokensOf = (doc: Y.Doc) => doc.getText('notes').toString().split(' ').filter(Boolean);

/**
 * PostgreSQL dies while people type (kill -9 of the postmaster). The supervisor starts it
 * again; meanwhile updates stay queued and clients are told "not saved"; afterwards every
 * edit is in the database and clients and database are identical. Runs on its own embedded
 * cluster, so killing it does not disturb the other test files.
 */
describe('a database outage while people type', () => {
  let dir: string;
  let database: EmbeddedDatabase;
  let t: TestApp;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'intervisie-outage-pg-'));
    fs.chmodSync(dir, 0o755);
    database = await startEmbeddedDatabase({ dataDir: path.join(dir, 'pg'), persistent: false, superviseEveryMs: 200 });
    t = await startTestApp({}, { databaseUrl: database.url });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await database?.stop().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every edit queued, says "not saved", and writes everything once PostgreSQL is back', async () => {
    const f = await liveSessionFixture(t, 'outage');
    const control = liveSocket(t, f.facilitator.client);
    await emitAck(control, 'join', { sessionId: f.sessionId });
    expect(await emitAck(control, 'command', { sessionId: f.sessionId, type: 'start' })).toEqual({ ok: true });

    const name = `session.${f.sessionId}.step.terugblik`;
    const writers = [f.facilitator.client, f.participant.client, f.presenter.client].map((client, i) => ({ label: String.fromCharCode(65 + i), ...yClient(t, client, name) }));
    const statuses: number[] = [];
    const first = writers[0];
    if (!first) throw new Error('no writer');
    (first.provider as unknown as { messageHandlers: unknown[] }).messageHandlers[MESSAGE_SAVE_STATUS] = (_encoder: unknown, decoder: decoding.Decoder) => statuses.push(decoding.readVarUint(decoder));
    await waitFor(() => writers.every((w) => w.provider.synced), 10_000, 'initial sync');

    const typed = new Set<string>();
    let counter = 0;
    const typing = setInterval(() => {
      for (const w of writers) {
        const token = `${w.label}${counter}`;
        const notes = w.doc.getText('notes');
        notes.insert(notes.length, `${token} `);
        typed.add(token);
      }
      counter++;
    }, 15);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const pid = database.pid();
    if (pid === null) throw new Error('no postmaster pid');
    process.kill(pid, 'SIGKILL');
    await waitFor(() => statuses.includes(0), 15_000, '"not saved" shown while the database is down');
    await waitFor(() => database.restarts >= 1, 30_000, 'supervisor restarted PostgreSQL');
    await new Promise((resolve) => setTimeout(resolve, 300));
    clearInterval(typing);

    await waitFor(() => writers.every((w) => tokensOf(w.doc).length === typed.size), 15_000, 'clients converge');
    await waitFor(() => statuses.at(-1) === 1, 30_000, '"saved" again');
    const persistence = t.app.get(PersistenceExtension);
    await persistence.queue.flush();
    const fromDb = new Y.Doc();
    Y.applyUpdate(fromDb, (await new UpdateStore(t.dataSource).load(name)).state);
    const expected = [...typed].sort();
    expect(tokensOf(fromDb).sort()).toEqual(expected);
    for (const w of writers) expect(w.doc.getText('notes').toString()).toBe(fromDb.getText('notes').toString());
    for (const w of writers) w.provider.destroy();
    control.close();
  }, 120_000);
});
