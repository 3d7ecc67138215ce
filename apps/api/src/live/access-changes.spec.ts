import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { startTestApp, type TestApp, type TestClient } from '../test/test-app.js';
import { emitAck, liveSessionFixture, liveSocket, synced, waitFor, yClient } from '../test/live-fixtures.js';
import { MAX_COLLAB_SOCKETS_PER_USER } from '../collaboration/extensions/connection-limits.extension.js';
import { COMMANDS_PER_WINDOW } from './live-sessions.service.js';
import { MAX_LIVE_SOCKETS_PER_USER } from './live.gateway.js';

const board = (sessionId: string, stepId: string) => `session.${sessionId}.step.${stepId}`;

/** Resolves with the close code and reason of a y-websocket provider's socket. */
function closeOf(provider: ReturnType<typeof yClient>['provider']): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => provider.once('connection-close', (event: { code: number; reason: string } | null) => resolve({ code: event?.code ?? 0, reason: event?.reason ?? '' })));
}

function accessEnded(socket: Socket): Promise<{ sessionId: string; code: string }> {
  return new Promise((resolve) => socket.once('access_ended', resolve));
}

/**
 * Access changes made anywhere reach open sockets at once: removal from the CoP, an RSVP
 * "no", a presenter change over REST while the room waits, and logging out.
 */
describe('access changes while sockets are open', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  async function inTheRoom(prefix: string, start = true) {
    const f = await liveSessionFixture(t, prefix);
    const control = liveSocket(t, f.facilitator.client);
    await emitAck(control, 'join', { sessionId: f.sessionId });
    if (start) expect(await emitAck(control, 'command', { sessionId: f.sessionId, type: 'start' })).toEqual({ ok: true });
    const participantLive = liveSocket(t, f.participant.client);
    expect(await emitAck(participantLive, 'join', { sessionId: f.sessionId })).toMatchObject({ ok: true });
    const participantBoard = yClient(t, f.participant.client, board(f.sessionId, 'terugblik'));
    await synced(participantBoard.provider);
    return { ...f, control, participantLive, participantBoard };
  }

  const close = (...things: Array<{ close(): unknown } | { provider: { destroy(): void } }>) => {
    for (const thing of things) {
      if ('provider' in thing) thing.provider.destroy();
      else thing.close();
    }
  };

  it('removing a member from the CoP closes their board and takes them out of the live room', async () => {
    const s = await inTheRoom('removed');
    const boardClosed = closeOf(s.participantBoard.provider);
    const liveEnded = accessEnded(s.participantLive);
    expect((await s.facilitator.client.delete(`/api/communities/${s.community.id}/members/${s.participant.user.id}`)).status).toBe(204);
    expect(await boardClosed).toEqual({ code: 4403, reason: 'access_ended' });
    expect(await liveEnded).toEqual({ sessionId: s.sessionId, code: 'access_ended' });
    expect(await emitAck(s.participantLive, 'command', { sessionId: s.sessionId, type: 'raiseHand' })).toMatchObject({ error: { code: 'not_joined' } });
    expect(await emitAck(s.participantLive, 'join', { sessionId: s.sessionId })).toMatchObject({ error: { code: 'not_found' } });
    const again = yClient(t, s.participant.client, board(s.sessionId, 'terugblik'));
    expect(await closeOf(again.provider)).toEqual({ code: 4404, reason: 'not_found' });
    close(again, s.participantBoard, s.participantLive, s.control);
  });

  it('an RSVP "no" takes a participant out of the live room and the boards at once', async () => {
    const s = await inTheRoom('rsvp-no');
    const boardClosed = closeOf(s.participantBoard.provider);
    const liveEnded = accessEnded(s.participantLive);
    expect((await s.participant.client.put(`/api/sessions/${s.sessionId}/rsvp`, { response: 'no' })).status).toBe(200);
    expect(await boardClosed).toEqual({ code: 4403, reason: 'access_ended' });
    expect((await liveEnded).code).toBe('access_ended');
    expect(await emitAck(s.participantLive, 'join', { sessionId: s.sessionId })).toMatchObject({ error: { code: 'not_participant' } });
    // The session is live, so an RSVP is closed; the facilitator's view of the roster no longer lists them.
    const view = await emitAck<{ ok: true; view: { roster: Array<{ userId: string }> } }>(s.control, 'join', { sessionId: s.sessionId });
    expect(view.view.roster.map((entry) => entry.userId)).not.toContain(s.participant.user.id);
    close(s.participantBoard, s.participantLive, s.control);
  });

  it('a presenter changed over REST while the room waits in the lobby is the presenter at the start, and stays', async () => {
    const s = await inTheRoom('presenter', false);
    // The participant becomes the presenter over REST while everyone waits.
    const changed = await s.facilitator.client.patch(`/api/sessions/${s.sessionId}`, { presenterId: s.participant.user.id });
    expect(changed.status).toBe(200);
    const lobbyView = await emitAck<{ ok: true; view: { state: { presenterId: string } } }>(s.control, 'join', { sessionId: s.sessionId });
    expect(lobbyView.view.state.presenterId).toBe(s.participant.user.id);
    expect(await emitAck(s.control, 'command', { sessionId: s.sessionId, type: 'start' })).toEqual({ ok: true });
    const [row] = await t.dataSource.query(`SELECT presenter_id, live_state->>'presenterId' AS state_presenter FROM sessions WHERE id = $1`, [s.sessionId]);
    expect(row).toEqual({ presenter_id: s.participant.user.id, state_presenter: s.participant.user.id });
    close(s.participantBoard, s.participantLive, s.control);
  });

  it('roles go only to people on the roster: not a bystander, not someone from another CoP, not an unknown id', async () => {
    const s = await inTheRoom('roles', false);
    for (const userId of [s.bystander.user.id, s.outsider.user.id, '00000000-0000-4000-8000-000000000000']) {
      expect(await emitAck(s.control, 'command', { sessionId: s.sessionId, type: 'assignPresenter', userId })).toMatchObject({ error: { code: 'not_participant' } });
      expect(await emitAck(s.control, 'command', { sessionId: s.sessionId, type: 'assignFacilitator', userId })).toMatchObject({ error: { code: 'not_participant' } });
    }
    close(s.participantBoard, s.participantLive, s.control);
  });

  it('logging out closes that login’s sockets', async () => {
    const s = await inTheRoom('logout');
    const boardClosed = closeOf(s.participantBoard.provider);
    const liveGone = new Promise<void>((resolve) => s.participantLive.once('disconnect', () => resolve()));
    expect((await s.participant.client.post('/api/auth/logout')).status).toBeLessThan(300);
    expect(await boardClosed).toEqual({ code: 4401, reason: 'unauthenticated' });
    await liveGone;
    close(s.participantBoard, s.participantLive, s.control);
  });

  it('limits live commands per person and sockets per person', async () => {
    const s = await inTheRoom('limits');
    const answers = await Promise.all(Array.from({ length: COMMANDS_PER_WINDOW + 10 }, () => emitAck(s.participantLive, 'command', { sessionId: s.sessionId, type: 'raiseHand' })));
    const limited = answers.filter((answer) => (answer as { error?: { code: string } }).error?.code === 'rate_limited');
    // Joining the room was the first command of the window (the server applies a 'join').
    expect(limited.length).toBe(11);

    const extra: Socket[] = [];
    const refusals: string[] = [];
    for (let i = 0; i < MAX_LIVE_SOCKETS_PER_USER + 2; i++) {
      const socket = liveSocket(t, s.participant.client);
      extra.push(socket);
      const outcome = await new Promise<string>((resolve) => {
        socket.once('connect', () => resolve('connected'));
        socket.once('connect_error', (error: Error & { data?: { code?: string } }) => resolve(error.data?.code ?? error.message));
      });
      if (outcome !== 'connected') refusals.push(outcome);
    }
    // One /live socket was already open: everything past the limit is refused.
    expect(refusals).toEqual(['too_many_connections', 'too_many_connections', 'too_many_connections']);
    for (const socket of extra) socket.close();

    const boards = await openBoards(t, s.participant.client, board(s.sessionId, 'terugblik'), MAX_COLLAB_SOCKETS_PER_USER + 3);
    expect(boards.refused).toEqual(Array.from({ length: 4 }, () => 'too_many_connections'));
    for (const provider of boards.providers) provider.destroy();
    close(s.participantBoard, s.participantLive, s.control);
  }, 60_000);
});

async function openBoards(t: TestApp, client: TestClient, name: string, count: number) {
  const providers: Array<ReturnType<typeof yClient>['provider']> = [];
  const refused: string[] = [];
  for (let i = 0; i < count; i++) {
    const { provider } = yClient(t, client, name);
    providers.push(provider);
    const outcome = await Promise.race([
      waitFor(() => provider.synced, 5000, 'sync').then(() => 'synced'),
      closeOf(provider).then((event) => event.reason),
    ]);
    if (outcome !== 'synced') refused.push(outcome);
  }
  return { providers, refused };
}
