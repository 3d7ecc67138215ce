import { expect } from 'vitest';
import type { Method } from '../../method/types.js';
import type { SessionCommand } from '../commands.js';
import type { SessionEvent } from '../events.js';
import { reduce } from '../reducer.js';
import type { SessionContext } from '../reducer.js';
import { createSessionState, sessionStateProblems } from '../state.js';
import type { SessionRoles, SessionState } from '../state.js';

export const T0 = Date.UTC(2025, 2, 14, 13, 0); // 14:00 in Amsterdam
export const MINUTE = 60_000;

export function newSession(method: Method, roles: SessionRoles = { facilitatorId: 'fien', presenterId: 'piet' }): SessionState {
  const created = createSessionState(method, roles);
  if (!created.ok) throw new Error(`cannot create session: ${created.error}`);
  return created.state;
}

export function context(method: Method, actorId: string, now = T0, extra: Partial<SessionContext> = {}): SessionContext {
  return { method, actorId, now, ...extra };
}

/** Applies a command that must succeed, checks the result is sound, and returns it. */
export function apply(
  state: SessionState,
  method: Method,
  actorId: string,
  command: SessionCommand,
  now = T0,
): { state: SessionState; events: readonly SessionEvent[] } {
  const result = reduce(state, command, context(method, actorId, now));
  if (!result.ok) throw new Error(`${command.type} by ${actorId} refused: ${result.error}`);
  expect(sessionStateProblems(result.state, method)).toEqual([]);
  return result;
}

/** Applies commands in order, one second apart, and returns the final state. */
export function applyAll(
  state: SessionState,
  method: Method,
  steps: ReadonlyArray<readonly [string, SessionCommand]>,
  now = T0,
): SessionState {
  return steps.reduce((current, [actorId, command], index) => apply(current, method, actorId, command, now + index * 1000).state, state);
}

/** A running session with fien facilitating, piet presenting and anna and bram taking part. */
export function runningSession(method: Method, now = T0): SessionState {
  return applyAll(
    newSession(method),
    method,
    [
      ['fien', { type: 'join' }],
      ['piet', { type: 'join' }],
      ['anna', { type: 'join' }],
      ['bram', { type: 'join' }],
      ['fien', { type: 'start' }],
    ],
    now - 4000, // so that start happens exactly at `now`
  );
}
