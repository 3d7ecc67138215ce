import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { io, type Socket } from 'socket.io-client';
import type { SessionState } from '@mao/intervisie-method';
import { startTestApp, TestClient, type TestApp } from '../test/test-app.js';
import { emitAck, liveSessionFixture, waitFor, yClient } from '../test/live-fixtures.js';
import { hasBuiltApi, startChildApi, type ChildApi } from '../test/child-api.js';
import { hasRedis, startRedis } from '../test/redis-server.js';
import { UpdateStore } from './update-store.js';

// Without Debian's redis-server these cannot run; `npm test` says so plainly and CI installs it.
const skip = process.env.INTERVISIE_SKIP_REDIS === '1';

/** What was typed into the shared notes: one token per insert, space separated. */
const tokensOf = (doc: Y.Doc) => doc.getText('notes').toString().split(' ').filter(Boolean);

describe.skipIf(skip)('two api processes joined through Redis', () => {
  let t: TestApp;
  let redis: { url: string; stop(): Promise<void> };
  let p1: ChildApi;
  let p2: ChildApi;

  beforeAll(async () => {
    if (!hasBuiltApi()) throw new Error('These tests run the built api: run `npm run build` first (npm test does).');
    if (!hasRedis()) throw new Error('redis-server is not installed (apt-get install -y redis-server).');
    t = await startTestApp();
    redis = await startRedis();
    p1 = await startChildApi({ DATABASE_URL: t.databaseUrl, REDIS_URL: redis.url });
    p2 = await startChildApi({ DATABASE_URL: t.databaseUrl, REDIS_URL: redis.url });
  }, 60_000);
  afterAll(async () => {
    await p1?.kill();
    await p2?.kill();
    await redis?.stop();
    await t?.close();
  });

  const socketTo = (server: ChildApi, cookie: string | undefined): Socket =>
    io(`${server.baseUrl}/live`, { transports: ['websocket'], forceNew: true, extraHeaders: { cookie: cookie ?? '' } });

  it('crosses control events and write rules between processes, and converges documents', async () => {
    const f = await liveSessionFixture(t, 'scale');
    const facilitator = socketTo(p1, f.facilitator.client.sessionCookie);
    const participant = socketTo(p2, f.participant.client.sessionCookie);
    await emitAck(facilitator, 'join', { sessionId: f.sessionId });
    await emitAck(participant, 'join', { sessionId: f.sessionId });
    const seen: SessionState[] = [];
    participant.on('state', (message: { state: SessionState }) => seen.push(message.state));
    expect(await emitAck(facilitator, 'command', { sessionId: f.sessionId, type: 'start' })).toEqual({ ok: true });
    await waitFor(() => seen.at(-1)?.status === 'running', 5000, 'state on the other process');
    // A command on process 2 applies to the state process 1 stored.
    expect(await emitAck(participant, 'command', { sessionId: f.sessionId, type: 'raiseHand' })).toEqual({ ok: true });
    await waitFor(() => seen.at(-1)?.raisedHands.includes(f.participant.user.id) === true, 5000, 'hand');

    const name = `session.${f.sessionId}.step.terugblik`;
    const a = yClient({ ...t, baseUrl: p1.baseUrl }, f.facilitator.client, name);
    const b = yClient({ ...t, baseUrl: p2.baseUrl }, f.participant.client, name);
    await waitFor(() => a.provider.synced && b.provider.synced, 10_000, 'sync');
    a.doc.getText('notes').insert(0, 'via proces een. ');
    b.doc.getText('notes').insert(0, 'via proces twee. ');
    await waitFor(() => a.doc.getText('notes').toString() === b.doc.getText('notes').toString() && a.doc.getText('notes').length > 30, 5000, 'cross-process convergence');

    // The facilitator moves on (process 1); process 2 must now refuse the participant's write on "casus".
    expect(await emitAck(facilitator, 'command', { sessionId: f.sessionId, type: 'advance' })).toEqual({ ok: true });
    await waitFor(() => seen.at(-1)?.currentStepId === 'casus', 5000, 'advance seen');
    const casus = `session.${f.sessionId}.step.casus`;
    const presenter = yClient({ ...t, baseUrl: p1.baseUrl }, f.presenter.client, casus);
    const intruder = yClient({ ...t, baseUrl: p2.baseUrl }, f.participant.client, casus);
    await waitFor(() => presenter.provider.synced && intruder.provider.synced, 10_000, 'sync casus');
    await new Promise((resolve) => setTimeout(resolve, 200));
    intruder.doc.getText('notes').insert(0, 'niet toegestaan');
    presenter.doc.getText('notes').insert(0, 'van de inbrenger');
    const checker = yClient({ ...t, baseUrl: p2.baseUrl }, f.facilitator.client, casus);
    await waitFor(() => checker.doc.getText('notes').toString() === 'van de inbrenger', 5000, 'only the presenter text');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(checker.doc.getText('notes').toString()).toBe('van de inbrenger');

    for (const c of [a, b, presenter, intruder, checker]) c.provider.destroy();
    facilitator.close();
    participant.close();
  }, 60_000);

  it('an access change made on one process closes sockets on the other', async () => {
    const f = await liveSessionFixture(t, 'scale-access');
    const control = socketTo(p1, f.facilitator.client.sessionCookie);
    await emitAck(control, 'join', { sessionId: f.sessionId });
    expect(await emitAck(control, 'command', { sessionId: f.sessionId, type: 'start' })).toEqual({ ok: true });
    const board = yClient({ ...t, baseUrl: p2.baseUrl }, f.participant.client, `session.${f.sessionId}.step.terugblik`);
    await waitFor(() => board.provider.synced, 10_000, 'sync on process 2');
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      board.provider.once('connection-close', (event: { code: number; reason: string } | null) => resolve({ code: event?.code ?? 0, reason: event?.reason ?? '' })),
    );
    // The facilitator removes the participant through process 1.
    const token = f.facilitator.client.sessionCookie?.slice('mao_session='.length) ?? '';
    const viaP1 = new TestClient(p1.baseUrl).withSessionToken(token);
    expect((await viaP1.delete(`/api/communities/${f.community.id}/members/${f.participant.user.id}`)).status).toBe(204);
    expect(await closed).toEqual({ code: 4403, reason: 'access_ended' });
    board.provider.destroy();
    control.close();
  }, 60_000);

  it('loses no edit when one process is killed: its clients reconnect through the other, every update stored once', async () => {
    const f = await liveSessionFixture(t, 'scale-kill');
    const control = socketTo(p2, f.facilitator.client.sessionCookie);
    await emitAck(control, 'join', { sessionId: f.sessionId });
    await emitAck(control, 'command', { sessionId: f.sessionId, type: 'start' });
    const name = `session.${f.sessionId}.step.terugblik`;
    const victim = await startChildApi({ DATABASE_URL: t.databaseUrl, REDIS_URL: redis.url });
    const onVictim = yClient({ ...t, baseUrl: victim.baseUrl }, f.participant.client, name);
    const onSurvivor = yClient({ ...t, baseUrl: p2.baseUrl }, f.presenter.client, name);
    await waitFor(() => onVictim.provider.synced && onSurvivor.provider.synced, 10_000, 'sync');
    const typed = new Set<string>();
    let n = 0;
    const typing = setInterval(() => {
      for (const [label, c] of [['V', onVictim], ['S', onSurvivor]] as const) {
        const notes = c.doc.getText('notes');
        notes.insert(notes.length, `${label}${n} `);
        typed.add(`${label}${n}`);
      }
      n++;
    }, 15);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await victim.kill('SIGKILL');
    // The browser on the dead process reconnects through the load balancer to the survivor.
    onVictim.provider.destroy();
    const reconnected = yClient({ ...t, baseUrl: p2.baseUrl }, f.participant.client, name, { doc: onVictim.doc });
    await new Promise((resolve) => setTimeout(resolve, 300));
    clearInterval(typing);
    await waitFor(() => reconnected.provider.synced, 10_000, 'reconnect');
    await waitFor(() => tokensOf(onVictim.doc).length === typed.size && tokensOf(onSurvivor.doc).length === typed.size, 10_000, 'convergence');
    expect(new Set(tokensOf(onSurvivor.doc))).toEqual(typed);

    const store = new UpdateStore(t.dataSource);
    await waitFor(async () => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, (await store.load(name)).state);
      return tokensOf(doc).length === typed.size;
    }, 10_000, 'durable');
    // Every stored row is a distinct update: relaying processes never write what they did not receive.
    const rows = await t.dataSource.query(`SELECT count(*)::int AS n, count(DISTINCT md5(update))::int AS distinct_n FROM collab_updates WHERE document_name = $1`, [name]);
    expect(rows[0].n).toBe(rows[0].distinct_n);
    reconnected.provider.destroy();
    onSurvivor.provider.destroy();
    control.close();
  }, 60_000);
});
