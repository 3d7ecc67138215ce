import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionState } from '@mao/intervisie-method';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { emitAck, liveSessionFixture, liveSocket, waitFor } from '../test/live-fixtures.js';
import { clientAs } from '../test/fixtures.js';

interface JoinAck {
  ok?: true;
  view?: { state: SessionState; serverNow: number; method: { steps: Array<{ id: string }> } };
  error?: { code: string; message: string };
}

describe('live session control over socket.io /live', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses connections without a session cookie or from another origin', async () => {
    const f = await liveSessionFixture(t, 'live-refuse');
    const anonymous = liveSocket(t, t.client());
    const anonymousError = await new Promise<Error & { data?: { code: string } }>((resolve) => anonymous.on('connect_error', resolve));
    expect(anonymousError.data?.code).toBe('unauthenticated');
    anonymous.close();
    const foreign = liveSocket(t, f.facilitator.client, 'https://evil.example.com');
    const foreignError = await new Promise<Error & { data?: { code: string } }>((resolve) => foreign.on('connect_error', resolve));
    expect(foreignError.data?.code).toBe('origin_not_allowed');
    foreign.close();
  });

  it('lets only participants join; an outsider learns nothing', async () => {
    const f = await liveSessionFixture(t, 'live-join');
    const outsider = liveSocket(t, f.outsider.client);
    expect(await emitAck<JoinAck>(outsider, 'join', { sessionId: f.sessionId })).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
    const bystander = liveSocket(t, f.bystander.client);
    expect((await emitAck<JoinAck>(bystander, 'join', { sessionId: f.sessionId })).error?.code).toBe('not_participant');
    expect((await emitAck<JoinAck>(bystander, 'join', { sessionId: 'nope' })).error?.code).toBe('validation_failed');
    expect((await emitAck<JoinAck>(bystander, 'command', { sessionId: f.sessionId, type: 'advance' })).error?.code).toBe('not_joined');
    const participant = liveSocket(t, f.participant.client);
    const joined = await emitAck<JoinAck>(participant, 'join', { sessionId: f.sessionId });
    expect(joined.ok).toBe(true);
    expect(joined.view?.state.status).toBe('lobby');
    expect(joined.view?.state.presentUserIds).toEqual([f.participant.user.id]);
    expect(Math.abs((joined.view?.serverNow ?? 0) - Date.now())).toBeLessThan(5000);
    for (const socket of [outsider, bystander, participant]) socket.close();
  });

  it('runs the session: only the facilitator moves the group, back undoes advance, state is broadcast and persisted', async () => {
    const f = await liveSessionFixture(t, 'live-run');
    const facilitator = liveSocket(t, f.facilitator.client);
    const participant = liveSocket(t, f.participant.client);
    await emitAck(facilitator, 'join', { sessionId: f.sessionId });
    await emitAck(participant, 'join', { sessionId: f.sessionId });
    const seen: SessionState[] = [];
    participant.on('state', (message: { state: SessionState }) => seen.push(message.state));

    expect(await emitAck(participant, 'command', { sessionId: f.sessionId, type: 'start' })).toMatchObject({ error: { code: 'not_facilitator' } });
    expect(await emitAck(facilitator, 'command', { sessionId: f.sessionId, type: 'start' })).toEqual({ ok: true });
    await waitFor(() => seen.at(-1)?.status === 'running', 5000, 'running state');
    expect(await emitAck(facilitator, 'command', { sessionId: f.sessionId, type: 'advance' })).toEqual({ ok: true });
    await waitFor(() => seen.at(-1)?.currentStepIndex === 1, 5000, 'advance');
    expect(await emitAck(facilitator, 'command', { sessionId: f.sessionId, type: 'back' })).toEqual({ ok: true });
    await waitFor(() => seen.at(-1)?.currentStepIndex === 0, 5000, 'back');
    expect(await emitAck(participant, 'command', { sessionId: f.sessionId, type: 'raiseHand' })).toEqual({ ok: true });
    await waitFor(() => seen.at(-1)?.raisedHands.includes(f.participant.user.id) === true, 5000, 'hand');
    expect(await emitAck(participant, 'command', { sessionId: f.sessionId, type: 'teleport' })).toMatchObject({ error: { code: 'invalid_command' } });

    const [row] = await t.dataSource.query(`SELECT status, started_at, live_state FROM sessions WHERE id = $1`, [f.sessionId]);
    expect(row.status).toBe('live');
    expect(row.started_at).not.toBeNull();
    expect(row.live_state.currentStepIndex).toBe(0);
    const transitions = await t.dataSource.query(`SELECT type, payload FROM session_transitions WHERE session_id = $1 ORDER BY id`, [f.sessionId]);
    expect(transitions.map((r: { type: string }) => r.type)).toEqual(expect.arrayContaining(['session_started', 'step_changed', 'hand_raised']));
    expect(transitions.filter((r: { type: string }) => r.type === 'step_changed').map((r: { payload: { reason: string } }) => r.payload.reason)).toEqual(['advance', 'back']);
    facilitator.close();
    participant.close();
  });

  it('resumes exactly where the session was after a server restart', async () => {
    const f = await liveSessionFixture(t, 'live-restart');
    const facilitator = liveSocket(t, f.facilitator.client);
    await emitAck(facilitator, 'join', { sessionId: f.sessionId });
    await emitAck(facilitator, 'command', { sessionId: f.sessionId, type: 'start' });
    await emitAck(facilitator, 'command', { sessionId: f.sessionId, type: 'advance' });
    await emitAck(facilitator, 'command', { sessionId: f.sessionId, type: 'advance' });
    facilitator.close();
    // A second api process on the same database, as after a restart.
    const again = await startTestApp({}, { databaseUrl: t.databaseUrl });
    try {
      const socket = liveSocket(again, await clientAs(again, f.facilitator.user));
      const joined = await emitAck<JoinAck>(socket, 'join', { sessionId: f.sessionId });
      expect(joined.view?.state.status).toBe('running');
      expect(joined.view?.state.currentStepIndex).toBe(2);
      socket.close();
    } finally {
      await again.close();
    }
  });
});

