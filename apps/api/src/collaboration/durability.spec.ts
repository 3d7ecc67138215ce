import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { io } from 'socket.io-client';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { emitAck, liveSessionFixture, waitFor, yClient } from '../test/live-fixtures.js';
import { startChildApi, hasBuiltApi, type ChildApi } from '../test/child-api.js';
import { UpdateStore } from './update-store.js';

/**
 * Issue 5's durability promise: SIGKILL the server while clients are typing, restart it,
 * let the clients reconnect, and every client and the database end identical with every edit.
 */
/** What the writers typed into the shared notes: one token per insert, space separated. */
const tokensOf = (doc: Y.Doc) => doc.getText('notes').toString().split(' ').filter(Boolean);

describe('durability of shared documents across a SIGKILL', () => {
  let t: TestApp;
  beforeAll(async () => {
    if (!hasBuiltApi()) throw new Error('This test runs the built api as a separate process: run `npm run build` first (npm test does).');
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('loses no edit when the server is killed mid-typing and restarted', async () => {
    const f = await liveSessionFixture(t, 'durable');
    let server: ChildApi = await startChildApi({ DATABASE_URL: t.databaseUrl });
    const port = server.port;
    // The facilitator starts the session on the child server.
    const control = io(`${server.baseUrl}/live`, { transports: ['websocket'], extraHeaders: { cookie: f.facilitator.client.sessionCookie ?? '' } });
    await emitAck(control, 'join', { sessionId: f.sessionId });
    expect(await emitAck(control, 'command', { sessionId: f.sessionId, type: 'start' })).toEqual({ ok: true });
    control.close();

    const name = `session.${f.sessionId}.step.terugblik`;
    const target = { ...t, baseUrl: server.baseUrl };
    const writers = [f.facilitator.client, f.participant.client, f.presenter.client].map((client, i) => ({ label: String.fromCharCode(65 + i), ...yClient(target, client, name) }));
    await waitFor(() => writers.every((w) => w.provider.synced), 10_000, 'initial sync');

    const typed = new Set<string>();
    let counter = 0;
    const type = () => {
      for (const w of writers) {
        const token = `${w.label}${counter}`;
        const notes = w.doc.getText('notes');
        notes.insert(notes.length, `${token} `);
        typed.add(token);
      }
      counter++;
    };
    // Type steadily, kill the server in the middle of it, keep typing while it is down.
    const typing = setInterval(type, 15);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await server.kill('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 300));
    server = await startChildApi({ DATABASE_URL: t.databaseUrl, PORT: port });
    await new Promise((resolve) => setTimeout(resolve, 400));
    clearInterval(typing);

    await waitFor(() => writers.every((w) => w.provider.wsconnected && w.provider.synced), 15_000, 'reconnect');
    await waitFor(() => writers.every((w) => tokensOf(w.doc).length === typed.size), 15_000, 'convergence');
    const contents = writers.map((w) => tokensOf(w.doc).sort());
    expect(contents[0]?.length).toBe(typed.size);
    expect(new Set(contents[0])).toEqual(typed);
    for (const c of contents) expect(c).toEqual(contents[0]);

    // The database holds the same: wait past the batch window, then read snapshot + log.
    const store = new UpdateStore(t.dataSource);
    await waitFor(async () => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, (await store.load(name)).state);
      return tokensOf(doc).length === typed.size;
    }, 10_000, 'durable in PostgreSQL');
    const fromDb = new Y.Doc();
    Y.applyUpdate(fromDb, (await store.load(name)).state);
    expect(tokensOf(fromDb).sort()).toEqual(contents[0]);

    for (const w of writers) w.provider.destroy();
    await server.kill();
  }, 90_000);
});
