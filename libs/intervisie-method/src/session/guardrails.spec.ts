import { describe, expect, it } from 'vitest';
import { metAndereOgen } from '../methods/met-andere-ogen.js';
import { presenterInstruction, showsCase } from './queries.js';
import { reduce } from './reducer.js';
import { sessionStateProblems, type SessionState } from './state.js';
import { MINUTE, T0, apply, context, runningSession } from './test/fixtures.js';

/**
 * Issue 15's facilitator guardrails, as rules of the session: a jump marks the steps it passes
 * as skipped, a step's clock continues where it was left, the perspectives are handed out when
 * their step starts, and the inbrenger's banner only where the inbrenger is at the centre.
 */
const method = metAndereOgen;
const stepIndex = (id: string) => method.steps.findIndex((step) => step.id === id);
const remainingMs = (state: SessionState, now: number) => (state.deadline ?? 0) - now;

describe('facilitator guardrails', () => {
  it('a jump forward marks the steps it passes as skipped until the group visits them', () => {
    let state = runningSession(method);
    state = apply(state, method, 'fien', { type: 'jumpTo', stepId: 'kernvraag' }).state;
    const passed = method.steps.slice(1, stepIndex('kernvraag')).map((step) => step.id);
    expect(state.skippedStepIds).toEqual(passed);
    // Back to one of them: it is no longer skipped; the others still are.
    state = apply(state, method, 'fien', { type: 'jumpTo', stepId: 'vragenronde' }, T0 + MINUTE).state;
    expect(state.skippedStepIds).toEqual(passed.filter((id) => id !== 'vragenronde'));
    // Next and back never mark anything skipped.
    state = apply(state, method, 'fien', { type: 'advance' }, T0 + 2 * MINUTE).state;
    expect(state.skippedStepIds).toEqual(passed.filter((id) => id !== 'vragenronde' && id !== 'kernvraag'));
  });

  it('going back continues the step’s clock instead of restarting its timebox, also in overtime', () => {
    let state = runningSession(method);
    const first = method.steps[0];
    // Four minutes into the first step, on to the next; two minutes later back.
    state = apply(state, method, 'fien', { type: 'advance' }, T0 + 4 * MINUTE).state;
    state = apply(state, method, 'fien', { type: 'back' }, T0 + 6 * MINUTE).state;
    expect(state.currentStepId).toBe(first?.id);
    expect(remainingMs(state, T0 + 6 * MINUTE)).toBe(((first?.timeboxMinutes ?? 0) - 4) * MINUTE);
    // Forward again: the second step continues with what it had left (its timebox minus two minutes).
    const second = method.steps[1];
    state = apply(state, method, 'fien', { type: 'advance' }, T0 + 7 * MINUTE).state;
    expect(remainingMs(state, T0 + 7 * MINUTE)).toBe(((second?.timeboxMinutes ?? 0) - 2) * MINUTE);
    // Left three minutes over time and come back: still three minutes over.
    const overAt = T0 + 7 * MINUTE + ((second?.timeboxMinutes ?? 0) - 2 + 3) * MINUTE;
    state = apply(state, method, 'fien', { type: 'advance' }, overAt).state;
    state = apply(state, method, 'fien', { type: 'back' }, overAt + MINUTE).state;
    expect(remainingMs(state, overAt + MINUTE)).toBe(-3 * MINUTE);
    // Paused on return keeps the same figures.
    state = apply(state, method, 'fien', { type: 'pause' }, overAt + 2 * MINUTE).state;
    state = apply(state, method, 'fien', { type: 'advance' }, overAt + 3 * MINUTE).state;
    state = apply(state, method, 'fien', { type: 'back' }, overAt + 4 * MINUTE).state;
    expect({ remaining: state.pausedRemainingMs, overtime: state.pausedOvertimeMs }).toEqual({ remaining: 0, overtime: 4 * MINUTE });
  });

  it('hands out the perspectives when their step starts (never one’s own domain), only when none are set', () => {
    let state = runningSession(method);
    const backgrounds = [
      { userId: 'fien', background: 'jeugdhulp' as const },
      { userId: 'piet', background: 'onderwijs' as const },
      { userId: 'anna', background: 'zorg' as const },
      { userId: 'bram', background: 'ouder' as const },
    ];
    const result = reduce(state, { type: 'jumpTo', stepId: 'andere-ogen' }, context(method, 'fien', T0 + MINUTE, { backgrounds }));
    if (!result.ok) throw new Error(result.error);
    expect(sessionStateProblems(result.state, method)).toEqual([]);
    state = result.state;
    const assigned = Object.fromEntries(state.perspectiveAssignments.map((entry) => [entry.userId, entry.perspective]));
    // The facilitator and the inbrenger get none; anna (zorg) and bram (ouder) never their own.
    expect(Object.keys(assigned).sort()).toEqual(['anna', 'bram']);
    expect(assigned['anna']).not.toBe('zorg');
    expect(assigned['bram']).not.toBe('ouder');
    expect(result.events.filter((event) => event.type === 'perspective_assigned')).toHaveLength(2);
    // The facilitator changes one; leaving and coming back keeps the change.
    state = apply(state, method, 'fien', { type: 'assignPerspective', userId: 'anna', perspective: 'gemeente' }, T0 + 2 * MINUTE).state;
    const back = reduce(state, { type: 'back' }, context(method, 'fien', T0 + 3 * MINUTE, { backgrounds }));
    const again = back.ok ? reduce(back.state, { type: 'advance' }, context(method, 'fien', T0 + 4 * MINUTE, { backgrounds })) : back;
    if (!again.ok) throw new Error(again.error);
    expect(again.state.perspectiveAssignments.find((entry) => entry.userId === 'anna')?.perspective).toBe('gemeente');
  });

  it('shows the inbrenger’s banner in the steps about the case, not in terugblik, oogst or evaluatie', () => {
    let state = runningSession(method);
    const banners: Record<string, string | undefined> = {};
    for (const [index, step] of method.steps.entries()) {
      if (index > 0) state = apply(state, method, 'fien', { type: 'advance' }, T0 + index * MINUTE).state;
      banners[step.id] = presenterInstruction(state, method)?.mode;
    }
    expect(banners['terugblik']).toBeUndefined();
    expect(banners['oogst']).toBeUndefined();
    expect(banners['evaluatie']).toBeUndefined();
    expect(banners['casus']).toBe('speaks');
    expect(banners['vragen-noteren']).toBe('listens');
    expect(banners['vragenronde']).toBe('answers');
  });

  it('shows the casus openly in the steps that work on it', () => {
    const open = method.steps.filter(showsCase).map((step) => step.id);
    expect(open).toEqual(['casus', 'vragen-noteren', 'vragenronde', 'kernvraag', 'andere-ogen', 'adviesronde', 'reactie']);
  });

  it('refuses stored states with skipped or clock entries for steps the method does not have', () => {
    const state = runningSession(method);
    expect(sessionStateProblems({ ...state, skippedStepIds: ['bestaat-niet'] }, method)).toContain('invalid skipped steps');
    expect(sessionStateProblems({ ...state, stepTimeLeft: [{ stepId: 'terugblik', netMs: Number.NaN }] }, method)).toContain('invalid step clocks');
    expect(sessionStateProblems({ ...state, stepTimeLeft: [{ stepId: 'terugblik', netMs: 1 }, { stepId: 'terugblik', netMs: 2 }] }, method)).toContain('invalid step clocks');
    // States stored before these fields existed are still sound.
    const { skippedStepIds: _skipped, stepTimeLeft: _clocks, ...older } = state;
    expect(sessionStateProblems(older, method)).toEqual([]);
  });
});
