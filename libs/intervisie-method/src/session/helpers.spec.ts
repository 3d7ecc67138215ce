import { describe, expect, it } from 'vitest';
import { metAndereOgen } from '../methods/met-andere-ogen.js';
import { canWrite, effectiveRoles } from './queries.js';
import { reduce } from './reducer.js';
import { sessionStateProblems } from './state.js';
import { MINUTE, T0, apply, context, newSession, runningSession } from './test/fixtures.js';

/**
 * Issue 15: the timekeeper and the notetaker, assigned by the facilitator (in the lobby or
 * later). The timekeeper may run the clock; the notetaker writes wherever the method names
 * the notetaker as a writer (the casus step's notes, for one).
 */
const method = metAndereOgen;

describe('timekeeper and notetaker', () => {
  it('are assigned by the facilitator in the lobby, never to the facilitator or the inbrenger, and can be taken back', () => {
    let state = newSession(method);
    state = apply(state, method, 'fien', { type: 'assignHelper', role: 'timekeeper', userId: 'anna' }).state;
    const assigned = apply(state, method, 'fien', { type: 'assignHelper', role: 'notetaker', userId: 'bram' });
    state = assigned.state;
    expect(assigned.events).toEqual([{ type: 'helper_assigned', at: T0, by: 'fien', role: 'notetaker', from: null, to: 'bram' }]);
    expect({ timekeeper: state.timekeeperId, notetaker: state.notetakerId }).toEqual({ timekeeper: 'anna', notetaker: 'bram' });
    expect(effectiveRoles(state, 'anna', 'participant')).toEqual(['participant', 'timekeeper']);
    expect(effectiveRoles(state, 'bram', 'participant')).toEqual(['participant', 'notetaker']);

    const refusals = [
      reduce(state, { type: 'assignHelper', role: 'timekeeper', userId: 'piet' }, context(method, 'fien')),
      reduce(state, { type: 'assignHelper', role: 'notetaker', userId: 'fien' }, context(method, 'fien')),
      reduce(state, { type: 'assignHelper', role: 'timekeeper', userId: 'bram' }, context(method, 'anna')),
      reduce(state, { type: 'assignHelper', role: 'timekeeper', userId: 'anna' }, context(method, 'fien')),
      reduce(state, { type: 'assignHelper', role: 'chairman', userId: 'anna' } as never, context(method, 'fien')),
    ];
    expect(refusals.map((result) => (result.ok ? 'ok' : result.error))).toEqual(['helper_has_main_role', 'helper_has_main_role', 'not_facilitator', 'no_change', 'invalid_command']);

    state = apply(state, method, 'fien', { type: 'assignHelper', role: 'timekeeper', userId: null }).state;
    expect(state.timekeeperId).toBeNull();
    expect(sessionStateProblems(state, method)).toEqual([]);
    expect(sessionStateProblems({ ...state, notetakerId: 42 }, method)).toContain('invalid notetaker');
  });

  it('the timekeeper runs the clock; other participants may not', () => {
    let state = runningSession(method);
    state = apply(state, method, 'fien', { type: 'assignHelper', role: 'timekeeper', userId: 'anna' }, T0 + 1000).state;
    state = apply(state, method, 'anna', { type: 'pause' }, T0 + MINUTE).state;
    expect(state.status).toBe('paused');
    state = apply(state, method, 'anna', { type: 'resume' }, T0 + 2 * MINUTE).state;
    state = apply(state, method, 'anna', { type: 'extendTimer', minutes: 2 }, T0 + 3 * MINUTE).state;
    state = apply(state, method, 'anna', { type: 'setTimer', minutes: 4 }, T0 + 4 * MINUTE).state;
    expect(state.deadline).toBe(T0 + 8 * MINUTE);
    const refused = reduce(state, { type: 'pause' }, context(method, 'bram', T0 + 5 * MINUTE));
    expect(refused).toEqual({ ok: false, error: 'not_facilitator' });
    // Moving the group stays the facilitator's.
    expect(reduce(state, { type: 'advance' }, context(method, 'anna', T0 + 5 * MINUTE))).toEqual({ ok: false, error: 'not_facilitator' });
  });

  it('the notetaker writes where the method names the notetaker, as on the casus step', () => {
    let state = runningSession(method);
    state = apply(state, method, 'fien', { type: 'assignHelper', role: 'notetaker', userId: 'anna' }, T0 + 1000).state;
    state = apply(state, method, 'fien', { type: 'jumpTo', stepId: 'casus' }, T0 + MINUTE).state;
    expect(canWrite(state, method, 'anna', 'participant', 'casus')).toBe(true);
    expect(canWrite(state, method, 'bram', 'participant', 'casus')).toBe(false);
    expect(canWrite(state, method, 'piet', 'participant', 'casus')).toBe(true);
  });
});
