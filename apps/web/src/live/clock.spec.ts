import { createSessionState, metAndereOgen, reduce, type SessionState } from '@mao/intervisie-method';
import { describe, expect, it } from 'vitest';
import { estimateOffset, formatDuration, offsetOf, spokenDuration, timerView } from './clock';

const MINUTE = 60_000;

function started(at: number): SessionState {
  const created = createSessionState(metAndereOgen, { facilitatorId: 'fien', presenterId: 'piet' });
  if (!created.ok) throw new Error(created.error);
  let state = created.state;
  for (const [actorId, command] of [
    ['fien', { type: 'join' }],
    ['fien', { type: 'start' }],
  ] as const) {
    const result = reduce(state, command, { method: metAndereOgen, actorId, now: at });
    if (!result.ok) throw new Error(result.error);
    state = result.state;
  }
  return state;
}

describe('clock offset', () => {
  it('assumes the server read its clock halfway through the round trip', () => {
    expect(offsetOf({ sentAt: 1000, receivedAt: 1200, serverNow: 6100 })).toBe(5000);
  });

  it('trusts the sample with the shortest round trip', () => {
    const samples = [
      { sentAt: 0, receivedAt: 900, serverNow: 10_000 }, // slow: offset 9550
      { sentAt: 1000, receivedAt: 1040, serverNow: 11_020 }, // fast: offset 10000
      { sentAt: 2000, receivedAt: 2500, serverNow: 12_100 },
    ];
    expect(estimateOffset(samples)).toBe(10_000);
  });

  it('is 0 without usable samples', () => {
    expect(estimateOffset([])).toBe(0);
    expect(estimateOffset([{ sentAt: 10, receivedAt: 5, serverNow: 99 }])).toBe(0);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [1, '0:01'],
    [59_001, '1:00'],
    [5 * MINUTE, '5:00'],
    [4 * MINUTE + 5_000, '4:05'],
    [61 * MINUTE + 3_000, '1:01:03'],
    [-5_000, '0:00'],
  ])('%i ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('speaks whole minutes, and seconds in the last minute', () => {
    expect(spokenDuration(4 * MINUTE + 5_000)).toEqual({ minutes: 4, seconds: 5 });
    expect(spokenDuration(42_000)).toEqual({ minutes: 0, seconds: 42 });
  });
});

describe('timerView', () => {
  const t0 = Date.UTC(2026, 0, 12, 13, 0);
  const state = started(t0); // first step: 10 minutes

  it('counts down in server time, corrected by the offset', () => {
    // This device runs 3 minutes behind the server: at device time t0 + 1 min the server is at t0 + 4 min.
    expect(timerView(state, t0 + MINUTE, 3 * MINUTE)).toEqual({ mode: 'running', ms: 6 * MINUTE, text: '6:00' });
    // Without the correction the same device would show 9 minutes left.
    expect(timerView(state, t0 + MINUTE, 0).text).toBe('9:00');
  });

  it('shows overtime past the deadline', () => {
    expect(timerView(state, t0 + 12 * MINUTE, 0)).toEqual({ mode: 'overtime', ms: 2 * MINUTE, text: '2:00' });
  });

  it('freezes while paused, also in overtime', () => {
    const paused = reduce(state, { type: 'pause' }, { method: metAndereOgen, actorId: 'fien', now: t0 + 4 * MINUTE });
    if (!paused.ok) throw new Error(paused.error);
    expect(timerView(paused.state, t0 + 60 * MINUTE, 0)).toEqual({ mode: 'paused', ms: 6 * MINUTE, text: '6:00' });
    const late = reduce(state, { type: 'pause' }, { method: metAndereOgen, actorId: 'fien', now: t0 + 11 * MINUTE });
    if (!late.ok) throw new Error(late.error);
    expect(timerView(late.state, t0 + 60 * MINUTE, 0)).toMatchObject({ mode: 'paused-overtime', text: '1:00' });
  });

  it('is idle in the lobby', () => {
    const created = createSessionState(metAndereOgen, { facilitatorId: 'fien' });
    if (!created.ok) throw new Error(created.error);
    expect(timerView(created.state, t0, 0).mode).toBe('idle');
  });
});
