import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { emitAck, liveSessionFixture, liveSocket, rawCollabClose, synced, waitFor, yClient } from '../test/live-fixtures.js';
import { CollabServer } from './collab-server.js';
import { PersistenceExtension } from './extensions/persistence.extension.js';
import { UpdateStore } from './update-store.js';
import { MetricsExtension } from './extensions/metrics.extension.js';
import { LATE_EDIT_GRACE_MS } from '@mao/intervisie-method';
import { MESSAGE_EDIT_NOT_KEPT } from './protocol.js';

const board = (sessionId: string, stepId: string) => `session.${sessionId}.step.${stepId}`;
const draft = (sessionId: string, stepId: string, userId: string) => `session.${sessionId}.step.${stepId}.draft.${userId}`;

describe('shared documents over the y-websocket protocol (/collab)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function startedSession(prefix: string) {
    const f = await liveSessionFixture(t, prefix);
    const facilitator = liveSocket(t, f.facilitator.client);
    await emitAck(facilitator, 'join', { sessionId: f.sessionId });
    const command = async (type: string, extra: Record<string, unknown> = {}) => {
      const ack = await emitAck(facilitator, 'command', { sessionId: f.sessionId, type, ...extra });
      if (!('ok' in ack)) throw new Error(`${type}: ${JSON.stringify(ack)}`);
    };
    await command('start');
    return { ...f, facilitatorSocket: facilitator, command };
  }

  it('refuses unauthenticated, wrong-origin, non-participant and unknown documents with clear close codes', async () => {
    const f = await liveSessionFixture(t, 'collab-refuse');
    const name = board(f.sessionId, 'terugblik');
    expect(await rawCollabClose(t, name, {})).toEqual({ code: 4401, reason: 'unauthenticated' });
    expect(await rawCollabClose(t, name, { cookie: f.participant.client.sessionCookie ?? '', origin: 'https://evil.example.com' })).toEqual({ code: 4403, reason: 'origin_not_allowed' });
    expect(await rawCollabClose(t, name, { cookie: f.outsider.client.sessionCookie ?? '' })).toEqual({ code: 4404, reason: 'not_found' });
    expect(await rawCollabClose(t, name, { cookie: f.bystander.client.sessionCookie ?? '' })).toEqual({ code: 4403, reason: 'forbidden' });
    expect(await rawCollabClose(t, board(f.sessionId, 'no-such-step'), { cookie: f.participant.client.sessionCookie ?? '' })).toEqual({ code: 4404, reason: 'not_found' });
    expect(await rawCollabClose(t, 'something-else', { cookie: f.participant.client.sessionCookie ?? '' })).toEqual({ code: 4400, reason: 'validation_failed' });
  });

  it('syncs edits between stock y-websocket clients and persists them in PostgreSQL', async () => {
    const s = await startedSession('collab-sync');
    const name = board(s.sessionId, 'terugblik');
    const a = yClient(t, s.facilitator.client, name);
    const b = yClient(t, s.participant.client, name);
    await Promise.all([synced(a.provider), synced(b.provider)]);
    a.doc.getText('notes').insert(0, 'Afspraak van vorige keer: ');
    b.doc.getText('notes').insert(0, 'Iedereen was er. ');
    await waitFor(() => a.doc.getText('notes').toString() === b.doc.getText('notes').toString() && a.doc.getText('notes').length > 30, 5000, 'convergence');
    await t.app.get(PersistenceExtension).queue.flush();
    const stored = await new UpdateStore(t.dataSource).load(name);
    const fromDb = new Y.Doc();
    Y.applyUpdate(fromDb, stored.state);
    expect(fromDb.getText('notes').toString()).toBe(a.doc.getText('notes').toString());
    a.provider.destroy();
    b.provider.destroy();
    s.facilitatorSocket.close();
  });

  it('drops updates from a connection that may not write in this step (read-only), and counts them', async () => {
    const s = await startedSession('collab-readonly');
    await s.command('advance'); // step "casus": only the presenter writes
    const name = board(s.sessionId, 'casus');
    const presenter = yClient(t, s.presenter.client, name);
    const participant = yClient(t, s.participant.client, name);
    await Promise.all([synced(presenter.provider), synced(participant.provider)]);
    const dropped = t.app.get(MetricsExtension).stats.droppedUpdates;
    participant.doc.getText('notes').insert(0, 'Dit mag ik niet schrijven');
    presenter.doc.getText('notes').insert(0, 'Casus van de inbrenger');
    await waitFor(() => t.app.get(MetricsExtension).stats.droppedUpdates > dropped, 5000, 'drop counted');
    const observer = yClient(t, s.facilitator.client, name);
    await synced(observer.provider);
    await waitFor(() => observer.doc.getText('notes').toString() === 'Casus van de inbrenger', 5000, 'presenter text');
    expect(presenter.doc.getText('notes').toString()).toBe('Casus van de inbrenger');
    for (const c of [presenter, participant, observer]) c.provider.destroy();
    s.facilitatorSocket.close();
  });

  it('takes an edit on its way when the group moves on, and tells the writer when an edit comes too late to keep', async () => {
    const s = await startedSession('collab-late');
    const name = board(s.sessionId, 'terugblik');
    const writer = yClient(t, s.participant.client, name);
    let notKept = 0;
    writer.provider.messageHandlers[MESSAGE_EDIT_NOT_KEPT] = () => {
      notKept++;
    };
    await synced(writer.provider);
    t.clock.set(new Date());
    try {
      await s.command('advance');
      // Sent a moment after the move, as a card typed just before it reaches the server after it: kept.
      writer.doc.getText('notes').insert(0, 'Net op tijd');
      await waitFor(async () => (await t.app.get(CollabServer).snapshot(name)).getText('notes').toString() === 'Net op tijd', 5000, 'late edit kept');
      expect(notKept).toBe(0);
      t.clock.advance(LATE_EDIT_GRACE_MS + 1);
      const dropped = t.app.get(MetricsExtension).stats.droppedUpdates;
      writer.doc.getText('notes').insert(0, 'Te laat ');
      await waitFor(() => notKept === 1, 5000, 'writer told');
      expect(t.app.get(MetricsExtension).stats.droppedUpdates).toBeGreaterThan(dropped);
      // The next keystroke continues the dropped one: not kept either, told again, and the socket stays open for reading.
      writer.doc.getText('notes').insert(0, '!');
      await waitFor(() => notKept === 2, 5000, 'writer told again');
      expect(writer.provider.wsconnected).toBe(true);
      expect((await t.app.get(CollabServer).snapshot(name)).getText('notes').toString()).toBe('Net op tijd');
    } finally {
      t.clock.release();
      writer.provider.destroy();
      s.facilitatorSocket.close();
    }
  });

  it('keeps private drafts private until the facilitator reveals them', async () => {
    const s = await startedSession('collab-drafts');
    await s.command('advance');
    await s.command('advance'); // "vragen-noteren": silent writing in private drafts
    const mine = draft(s.sessionId, 'vragen-noteren', s.participant.user.id);
    expect(await rawCollabClose(t, mine, { cookie: s.presenter.client.sessionCookie ?? '' })).toEqual({ code: 4403, reason: 'forbidden' });
    const owner = yClient(t, s.participant.client, mine);
    await synced(owner.provider);
    const key = `${s.participant.user.id}/q1`;
    owner.doc.getMap('cardsByAuthor').set(key, { text: 'Wat heb je al geprobeerd?', createdAt: 1 });
    await t.app.get(PersistenceExtension).queue.flush();
    await waitFor(async () => (await t.app.get(CollabServer).snapshot(mine)).getMap('cardsByAuthor').size === 1, 5000, 'draft stored');
    await s.command('revealDrafts');
    const reader = yClient(t, s.presenter.client, mine);
    await synced(reader.provider);
    await waitFor(() => reader.doc.getMap('cardsByAuthor').size === 1, 5000, 'revealed draft');
    expect(reader.doc.getMap('cardsByAuthor').toJSON()).toEqual({ [key]: { text: 'Wat heb je al geprobeerd?', createdAt: 1 } });
    owner.provider.destroy();
    reader.provider.destroy();
    s.facilitatorSocket.close();
  });

  it('makes everything read-only after the session closes', async () => {
    const s = await startedSession('collab-closed');
    const name = board(s.sessionId, 'terugblik');
    const writer = yClient(t, s.facilitator.client, name);
    await synced(writer.provider);
    writer.doc.getText('notes').insert(0, 'Voor het einde');
    await waitFor(async () => (await t.app.get(CollabServer).snapshot(name)).getText('notes').toString() === 'Voor het einde', 5000, 'written');
    await s.command('end');
    const dropped = t.app.get(MetricsExtension).stats.droppedUpdates;
    writer.doc.getText('notes').insert(0, 'Na het einde ');
    await waitFor(() => t.app.get(MetricsExtension).stats.droppedUpdates > dropped, 5000, 'dropped after close');
    expect((await t.app.get(CollabServer).snapshot(name)).getText('notes').toString()).toBe('Voor het einde');
    const [row] = await t.dataSource.query(`SELECT status, closed_at FROM sessions WHERE id = $1`, [s.sessionId]);
    expect(row.status).toBe('closed');
    expect(row.closed_at).not.toBeNull();
    writer.provider.destroy();
    s.facilitatorSocket.close();
  });

  it('answers upgrades on unknown paths with 404 instead of leaving them hanging', async () => {
    const result = await new Promise<string>((resolve) => {
      const socket = new WebSocket(`${t.baseUrl.replace('http', 'ws')}/elsewhere`);
      socket.on('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
      socket.on('error', (error) => resolve(error.message));
    });
    expect(result).toContain('404');
  });
});
