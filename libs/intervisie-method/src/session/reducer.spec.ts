import { describe, expect, it } from 'vitest';
import { incidentmethode } from '../methods/incidentmethode.js';
import { metAndereOgen } from '../methods/met-andere-ogen.js';
import { balintmethode } from '../methods/balintmethode.js';
import { SESSION_ERROR_CODES, SESSION_ERROR_MESSAGES, isSessionErrorCode } from './errors.js';
import type { SessionErrorCode } from './errors.js';
import { MAX_STEP_HISTORY, reduce } from './reducer.js';
import { createSessionState } from './state.js';
import type { SessionState } from './state.js';
import { timeRemaining } from './queries.js';
import { MINUTE, T0, apply, applyAll, context, newSession, runningSession } from './test/fixtures.js';

const method = metAndereOgen; // steps: terugblik, casus, vragen-noteren (drafts), vragenronde, kernvraag, andere-ogen (drafts), ...

const lobby = (): SessionState => applyAll(newSession(method), method, [['fien', { type: 'join' }], ['piet', { type: 'join' }], ['anna', { type: 'join' }]]);
const running = (): SessionState => runningSession(method);
const at = (stepId: string): SessionState => apply(running(), method, 'fien', { type: 'jumpTo', stepId }).state;
const paused = (): SessionState => apply(running(), method, 'fien', { type: 'pause' }, T0 + 2 * MINUTE).state;
const ended = (): SessionState => apply(running(), method, 'fien', { type: 'end' }).state;
const lastStep = (): SessionState => at('evaluatie');
const withHand = (): SessionState => apply(running(), method, 'anna', { type: 'raiseHand' }).state;
const withReady = (): SessionState => apply(running(), method, 'anna', { type: 'markReady' }).state;
const noFacilitator = (): SessionState => newSession(method, { presenterId: 'piet' });
const noPresenter = (): SessionState =>
  applyAll(newSession(method, { facilitatorId: 'fien' }), method, [['fien', { type: 'join' }], ['fien', { type: 'start' }]]);

describe('reduce: refusals', () => {
  it.each<[string, () => SessionState, string, unknown, SessionErrorCode]>([
    ['garbage command', running, 'fien', 'advance', 'invalid_command'],
    ['null command', running, 'fien', null, 'invalid_command'],
    ['unknown command type', running, 'fien', { type: 'dance' }, 'invalid_command'],
    ['prototype key as type', running, 'fien', { type: 'toString' }, 'invalid_command'],
    ['extra field', running, 'fien', { type: 'advance', force: true }, 'invalid_command'],
    ['missing step id', running, 'fien', { type: 'jumpTo' }, 'invalid_command'],
    ['textual minutes', running, 'fien', { type: 'setTimer', minutes: '5' }, 'invalid_command'],
    ['infinite minutes', running, 'fien', { type: 'setTimer', minutes: Infinity }, 'invalid_command'],
    ['empty user id', running, 'fien', { type: 'assignPresenter', userId: '' }, 'invalid_command'],
    ['advance in the lobby', lobby, 'fien', { type: 'advance' }, 'not_started'],
    ['advance after the end', ended, 'fien', { type: 'advance' }, 'already_ended'],
    ['advance by a participant', running, 'anna', { type: 'advance' }, 'not_facilitator'],
    ['advance by the presenter', running, 'piet', { type: 'advance' }, 'not_facilitator'],
    ['advance past the last step', lastStep, 'fien', { type: 'advance' }, 'no_next_step'],
    ['advance into a case step without presenter', noPresenter, 'fien', { type: 'advance' }, 'no_presenter'],
    ['back at the first step', running, 'fien', { type: 'back' }, 'no_previous_step'],
    ['back by a participant', () => at('casus'), 'anna', { type: 'back' }, 'not_facilitator'],
    ['back in the lobby', lobby, 'fien', { type: 'back' }, 'not_started'],
    ['jump to an unknown step', running, 'fien', { type: 'jumpTo', stepId: 'dansen' }, 'unknown_step'],
    ['jump to the current step', running, 'fien', { type: 'jumpTo', stepId: 'terugblik' }, 'already_on_step'],
    ['jump into a case step without presenter', noPresenter, 'fien', { type: 'jumpTo', stepId: 'reactie' }, 'no_presenter'],
    ['jump by a participant', running, 'anna', { type: 'jumpTo', stepId: 'oogst' }, 'not_facilitator'],
    ['start twice', running, 'fien', { type: 'start' }, 'already_started'],
    ['start after the end', ended, 'fien', { type: 'start' }, 'already_ended'],
    ['start by a participant', lobby, 'anna', { type: 'start' }, 'not_facilitator'],
    ['start without facilitator', noFacilitator, 'piet', { type: 'start' }, 'no_facilitator'],
    ['pause twice', paused, 'fien', { type: 'pause' }, 'already_paused'],
    ['pause by a participant', running, 'anna', { type: 'pause' }, 'not_facilitator'],
    ['pause in the lobby', lobby, 'fien', { type: 'pause' }, 'not_started'],
    ['resume while running', running, 'fien', { type: 'resume' }, 'not_paused'],
    ['set a zero timer', running, 'fien', { type: 'setTimer', minutes: 0 }, 'invalid_duration'],
    ['set a negative timer', running, 'fien', { type: 'setTimer', minutes: -3 }, 'invalid_duration'],
    ['set a timer over four hours', running, 'fien', { type: 'setTimer', minutes: 241 }, 'invalid_duration'],
    ['extend by nothing', running, 'fien', { type: 'extendTimer', minutes: 0.001 }, 'invalid_duration'],
    ['set a timer as participant', running, 'anna', { type: 'setTimer', minutes: 5 }, 'not_facilitator'],
    ['reveal without drafts', running, 'fien', { type: 'revealDrafts' }, 'no_private_drafts'],
    ['reveal a future step', running, 'fien', { type: 'revealDrafts', stepId: 'andere-ogen' }, 'step_not_reached'],
    ['reveal an unknown step', running, 'fien', { type: 'revealDrafts', stepId: 'nergens' }, 'unknown_step'],
    ['reveal as participant', () => at('vragen-noteren'), 'anna', { type: 'revealDrafts' }, 'not_facilitator'],
    [
      'reveal twice',
      () => apply(at('vragen-noteren'), method, 'fien', { type: 'revealDrafts' }).state,
      'fien',
      { type: 'revealDrafts' },
      'already_revealed',
    ],
    ['raise a hand while absent', running, 'zoe', { type: 'raiseHand' }, 'not_present'],
    ['raise a hand twice', withHand, 'anna', { type: 'raiseHand' }, 'hand_already_raised'],
    ['raise a hand in the lobby', lobby, 'anna', { type: 'raiseHand' }, 'not_started'],
    ['lower a hand that is down', running, 'anna', { type: 'lowerHand' }, 'hand_not_raised'],
    ["lower someone else's hand", withHand, 'bram', { type: 'lowerHand', userId: 'anna' }, 'not_facilitator'],
    ['mark ready twice', withReady, 'anna', { type: 'markReady' }, 'already_ready'],
    ['mark ready while absent', running, 'zoe', { type: 'markReady' }, 'not_present'],
    ['unmark without mark', running, 'anna', { type: 'unmarkReady' }, 'not_ready'],
    ['presenter as facilitator', running, 'fien', { type: 'assignPresenter', userId: 'fien' }, 'presenter_is_facilitator'],
    ['same presenter again', running, 'fien', { type: 'assignPresenter', userId: 'piet' }, 'no_change'],
    ['presenter by a participant', running, 'anna', { type: 'assignPresenter', userId: 'bram' }, 'not_facilitator'],
    ['remove presenter during a case step', () => at('casus'), 'fien', { type: 'assignPresenter', userId: null }, 'no_presenter'],
    ['presenter after the end', ended, 'fien', { type: 'assignPresenter', userId: 'anna' }, 'already_ended'],
    ['facilitator as presenter', running, 'fien', { type: 'assignFacilitator', userId: 'piet' }, 'presenter_is_facilitator'],
    ['facilitator by a participant', running, 'anna', { type: 'assignFacilitator', userId: 'anna' }, 'not_facilitator'],
    ['same facilitator', running, 'fien', { type: 'assignFacilitator', userId: 'fien' }, 'no_change'],
    ['hand over to the presenter', running, 'fien', { type: 'handOverFacilitation', userId: 'piet' }, 'presenter_is_facilitator'],
    ['hand over to someone absent', running, 'fien', { type: 'handOverFacilitation', userId: 'zoe' }, 'not_present'],
    ['hand over by a participant', running, 'anna', { type: 'handOverFacilitation', userId: 'anna' }, 'not_facilitator'],
    ['hand over to yourself', running, 'fien', { type: 'handOverFacilitation', userId: 'fien' }, 'no_change'],
    ['rotate into one person', running, 'fien', { type: 'rotateRoles', presenterId: 'anna', facilitatorId: 'anna' }, 'presenter_is_facilitator'],
    ['rotate to the same roles', running, 'fien', { type: 'rotateRoles', presenterId: 'piet', facilitatorId: 'fien' }, 'no_change'],
    ['rotate to an absent facilitator', running, 'fien', { type: 'rotateRoles', presenterId: 'fien', facilitatorId: 'zoe' }, 'not_present'],
    ['rotate as participant', running, 'anna', { type: 'rotateRoles', presenterId: 'anna', facilitatorId: 'bram' }, 'not_facilitator'],
    ['unknown perspective', running, 'fien', { type: 'assignPerspective', userId: 'anna', perspective: 'politie' }, 'unknown_perspective'],
    ['perspective by a participant', running, 'anna', { type: 'assignPerspective', userId: 'anna', perspective: 'kind' }, 'not_facilitator'],
    ['remove a perspective nobody has', running, 'fien', { type: 'assignPerspective', userId: 'anna', perspective: null }, 'no_change'],
    ['join twice', running, 'anna', { type: 'join' }, 'already_present'],
    ['join after the end', ended, 'zoe', { type: 'join' }, 'already_ended'],
    ['leave while absent', running, 'zoe', { type: 'leave' }, 'not_present'],
    ['end twice', ended, 'fien', { type: 'end' }, 'already_ended'],
    ['end by a participant', running, 'anna', { type: 'end' }, 'not_facilitator'],
  ])('refuses %s', (_name, makeState, actorId, command, expected) => {
    const state = makeState();
    const before = structuredClone(state);
    const result = reduce(state, command, context(method, actorId, T0 + 3 * MINUTE));
    expect(result).toEqual({ ok: false, error: expected });
    expect(state).toEqual(before);
  });

  it('refuses a case-first method without presenter', () => {
    const state = applyAll(newSession(incidentmethode, { facilitatorId: 'fien' }), incidentmethode, [['fien', { type: 'join' }]]);
    expect(reduce(state, { type: 'start' }, context(incidentmethode, 'fien'))).toEqual({ ok: false, error: 'no_presenter' });
  });

  it.each<[string, unknown]>([
    ['no context', undefined],
    ['a non-numeric time', { method, actorId: 'fien', now: 'nu' }],
    ['an infinite time', { method, actorId: 'fien', now: Infinity }],
    ['no actor', { method, actorId: '', now: T0 }],
    ['no method', { actorId: 'fien', now: T0 }],
    ['a method without steps', { method: { ...method, steps: [] }, actorId: 'fien', now: T0 }],
  ])('refuses %s as invalid_context', (_name, badContext) => {
    expect(reduce(running(), { type: 'advance' }, badContext as never)).toEqual({ ok: false, error: 'invalid_context' });
  });

  it.each<[string, unknown, SessionErrorCode]>([
    ['another method', { ...newSession(balintmethode, {}) }, 'method_mismatch'],
    ['another version', { ...running(), methodVersion: running().methodVersion + 1 }, 'method_mismatch'],
    ['a step index out of range', { ...running(), currentStepIndex: 99 }, 'invalid_state'],
    ['a facilitator who presents', { ...running(), presenterId: 'fien' }, 'invalid_state'],
    ['a negative paused timer', { ...paused(), pausedRemainingMs: -1 }, 'invalid_state'],
    ['a number', 42, 'invalid_state'],
    ['null', null, 'invalid_state'],
  ])('refuses a state with %s', (_name, badState, expected) => {
    expect(reduce(badState as SessionState, { type: 'advance' }, context(method, 'fien'))).toEqual({ ok: false, error: expected });
  });
});

describe('reduce: moving through steps', () => {
  it('starts the first step with its timebox', () => {
    const result = apply(lobby(), method, 'fien', { type: 'start' }, T0);
    expect(result.state).toMatchObject({ status: 'running', startedAt: T0, stepStartedAt: T0, deadline: T0 + 10 * MINUTE, revision: 4 });
    expect(result.events).toEqual([{ type: 'session_started', at: T0, by: 'fien', stepId: 'terugblik', deadline: T0 + 10 * MINUTE }]);
  });

  it('advances with a new deadline and an audit event, lowering hands', () => {
    const result = apply(withHand(), method, 'fien', { type: 'advance' }, T0 + 12 * MINUTE);
    expect(result.state).toMatchObject({
      currentStepIndex: 1,
      currentStepId: 'casus',
      stepStartedAt: T0 + 12 * MINUTE,
      deadline: T0 + 17 * MINUTE,
      raisedHands: [],
      stepHistory: [0],
    });
    expect(result.events).toEqual([
      {
        type: 'step_changed',
        at: T0 + 12 * MINUTE,
        by: 'fien',
        from: 'terugblik',
        to: 'casus',
        fromIndex: 0,
        toIndex: 1,
        reason: 'advance',
        deadline: T0 + 17 * MINUTE,
        loweredHands: ['anna'],
      },
    ]);
  });

  it('goes back along the route taken, jumps included', () => {
    let state = running();
    state = apply(state, method, 'fien', { type: 'advance' }).state; // 0 → 1
    state = apply(state, method, 'fien', { type: 'jumpTo', stepId: 'oogst' }).state; // 1 → 8
    state = apply(state, method, 'fien', { type: 'advance' }).state; // 8 → 9
    const backs = [8, 1, 0].map((expected) => {
      const result = apply(state, method, 'fien', { type: 'back' });
      state = result.state;
      expect(state.currentStepIndex).toBe(expected);
      return result.events[0];
    });
    expect(backs.map((event) => event?.type === 'step_changed' && event.reason)).toEqual(['back', 'back', 'back']);
    expect(reduce(state, { type: 'back' }, context(method, 'fien'))).toEqual({ ok: false, error: 'no_previous_step' });
  });

  it('goes back one step when there is no route (a session resumed without history)', () => {
    const state = { ...at('kernvraag'), stepHistory: [] };
    const result = apply(state, method, 'fien', { type: 'back' });
    expect(result.state.currentStepId).toBe('vragenronde');
    expect(result.state.stepHistory).toEqual([]);
  });

  it('keeps the route bounded', () => {
    let state = running();
    for (let index = 0; index < MAX_STEP_HISTORY + 20; index += 1) {
      state = apply(state, method, 'fien', { type: 'jumpTo', stepId: index % 2 === 0 ? 'oogst' : 'terugblik' }).state;
    }
    expect(state.stepHistory).toHaveLength(MAX_STEP_HISTORY);
  });

  it('ends from any step, stopping the clock', () => {
    const result = apply(withHand(), method, 'fien', { type: 'end' }, T0 + MINUTE);
    expect(result.state).toMatchObject({ status: 'ended', endedAt: T0 + MINUTE, deadline: null, stepStartedAt: null, raisedHands: [] });
    expect(result.events).toEqual([{ type: 'session_ended', at: T0 + MINUTE, by: 'fien', stepId: 'terugblik' }]);
  });

  it('lets the api end a session or take over facilitation for an absent facilitator', () => {
    const state = running();
    const takeOver = { actorMayTakeOver: true };
    expect(reduce(state, { type: 'end' }, context(method, 'coördinator', T0, takeOver)).ok).toBe(true);
    const result = reduce(state, { type: 'assignFacilitator', userId: 'anna' }, context(method, 'coördinator', T0, takeOver));
    expect(result.ok && result.state.facilitatorId).toBe('anna');
  });
});

describe('reduce: the clock', () => {
  it('pauses and resumes with the remaining time kept', () => {
    const pausedState = apply(running(), method, 'fien', { type: 'pause' }, T0 + 4 * MINUTE);
    expect(pausedState.state).toMatchObject({ status: 'paused', deadline: null, pausedRemainingMs: 6 * MINUTE, pausedOvertimeMs: 0 });
    expect(pausedState.events[0]).toMatchObject({ type: 'session_paused', remainingMs: 6 * MINUTE, overtimeMs: 0 });
    const resumed = apply(pausedState.state, method, 'fien', { type: 'resume' }, T0 + 30 * MINUTE);
    expect(resumed.state).toMatchObject({ status: 'running', deadline: T0 + 36 * MINUTE, pausedRemainingMs: null });
    expect(resumed.events[0]).toMatchObject({ type: 'session_resumed', deadline: T0 + 36 * MINUTE });
  });

  it('keeps overtime through a pause', () => {
    const pausedState = apply(running(), method, 'fien', { type: 'pause' }, T0 + 13 * MINUTE).state;
    expect(timeRemaining(pausedState, T0 + 99 * MINUTE)).toEqual({ remainingMs: 0, overtimeMs: 3 * MINUTE, running: false });
    const resumed = apply(pausedState, method, 'fien', { type: 'resume' }, T0 + 20 * MINUTE).state;
    expect(resumed.deadline).toBe(T0 + 17 * MINUTE);
  });

  it('sets the timer from now', () => {
    const result = apply(running(), method, 'fien', { type: 'setTimer', minutes: 3 }, T0 + 20 * MINUTE);
    expect(result.state.deadline).toBe(T0 + 23 * MINUTE);
    expect(result.events[0]).toMatchObject({ type: 'timer_set', durationMs: 3 * MINUTE, remainingMs: 3 * MINUTE, overtimeMs: 0 });
  });

  it('extends from the deadline, eating overtime first', () => {
    const result = apply(running(), method, 'fien', { type: 'extendTimer', minutes: 5 }, T0 + 12 * MINUTE);
    expect(result.state.deadline).toBe(T0 + 15 * MINUTE);
    expect(result.events[0]).toMatchObject({ type: 'timer_extended', durationMs: 5 * MINUTE, remainingMs: 3 * MINUTE });
  });

  it.each([
    ['sets', { type: 'setTimer', minutes: 2 } as const, 2 * MINUTE, 0],
    ['extends out of overtime', { type: 'extendTimer', minutes: 1 } as const, 0, 2 * MINUTE],
    ['extends past overtime', { type: 'extendTimer', minutes: 5 } as const, 2 * MINUTE, 0],
  ])('%s while paused without starting the clock', (_name, command, remainingMs, overtimeMs) => {
    const pausedState = apply(running(), method, 'fien', { type: 'pause' }, T0 + 13 * MINUTE).state;
    const result = apply(pausedState, method, 'fien', command, T0 + 14 * MINUTE);
    expect(result.state).toMatchObject({ status: 'paused', deadline: null, pausedRemainingMs: remainingMs, pausedOvertimeMs: overtimeMs });
  });

  it('gives a step moved to while paused its full time, still paused', () => {
    const result = apply(paused(), method, 'fien', { type: 'advance' }, T0 + 5 * MINUTE);
    expect(result.state).toMatchObject({ status: 'paused', pausedRemainingMs: 5 * MINUTE, pausedOvertimeMs: 0, deadline: null });
    expect(result.events[0]).toMatchObject({ type: 'step_changed', deadline: null });
  });
});

describe('reduce: people', () => {
  it('keeps raised hands in order and lets the facilitator lower them', () => {
    let state = applyAll(running(), method, [
      ['bram', { type: 'raiseHand' }],
      ['anna', { type: 'raiseHand' }],
      ['fien', { type: 'raiseHand' }],
    ]);
    expect(state.raisedHands).toEqual(['bram', 'anna', 'fien']);
    const lowered = apply(state, method, 'fien', { type: 'lowerHand', userId: 'bram' });
    expect(lowered.events).toEqual([{ type: 'hand_lowered', at: T0, by: 'fien', userId: 'bram' }]);
    state = apply(lowered.state, method, 'anna', { type: 'lowerHand' }).state;
    expect(state.raisedHands).toEqual(['fien']);
  });

  it('marks readiness per step and keeps it when coming back', () => {
    let state = apply(running(), method, 'anna', { type: 'markReady' }).state;
    expect(state.readyMarks).toEqual([{ stepId: 'terugblik', userId: 'anna' }]);
    state = apply(state, method, 'fien', { type: 'advance' }).state;
    state = apply(state, method, 'anna', { type: 'markReady' }).state;
    state = apply(state, method, 'fien', { type: 'back' }).state;
    const unmarked = apply(state, method, 'anna', { type: 'unmarkReady' });
    expect(unmarked.state.readyMarks).toEqual([{ stepId: 'casus', userId: 'anna' }]);
    expect(unmarked.events[0]).toMatchObject({ type: 'ready_unmarked', stepId: 'terugblik', userId: 'anna' });
  });

  it('reveals drafts of the current or an earlier step', () => {
    let state = at('vragen-noteren');
    const revealed = apply(state, method, 'fien', { type: 'revealDrafts' });
    expect(revealed.events).toEqual([{ type: 'drafts_revealed', at: T0, by: 'fien', stepId: 'vragen-noteren' }]);
    state = apply(at('vragen-noteren'), method, 'fien', { type: 'advance' }).state;
    expect(apply(state, method, 'fien', { type: 'revealDrafts', stepId: 'vragen-noteren' }).state.revealedStepIds).toEqual([
      'vragen-noteren',
    ]);
  });

  it('assigns presenter and facilitator in the lobby, where nobody facilitates yet', () => {
    let state = newSession(method, {});
    const presenter = apply(state, method, 'piet', { type: 'assignPresenter', userId: 'piet' });
    expect(presenter.events).toEqual([{ type: 'presenter_assigned', at: T0, by: 'piet', from: null, to: 'piet' }]);
    state = apply(presenter.state, method, 'fien', { type: 'assignFacilitator', userId: 'fien' }).state;
    expect(state).toMatchObject({ facilitatorId: 'fien', presenterId: 'piet', pastPresenterIds: [] });
    state = apply(state, method, 'fien', { type: 'assignPresenter', userId: null }).state;
    expect(state.presenterId).toBeNull();
  });

  it('remembers past presenters when the presenter changes during the session', () => {
    const state = apply(running(), method, 'fien', { type: 'assignPresenter', userId: 'anna' }).state;
    expect(state.pastPresenterIds).toEqual(['piet']);
  });

  it('hands facilitation over to someone present', () => {
    const result = apply(running(), method, 'fien', { type: 'handOverFacilitation', userId: 'anna' });
    expect(result.state.facilitatorId).toBe('anna');
    expect(result.events).toEqual([{ type: 'facilitator_assigned', at: T0, by: 'fien', from: 'fien', to: 'anna', handover: true }]);
  });

  it('rotates both roles at once', () => {
    const result = apply(running(), method, 'fien', { type: 'rotateRoles', presenterId: 'fien', facilitatorId: 'piet' });
    expect(result.state).toMatchObject({ presenterId: 'fien', facilitatorId: 'piet', pastPresenterIds: ['piet'] });
    expect(result.events.map((event) => event.type)).toEqual(['presenter_assigned', 'facilitator_assigned']);
    const presenterOnly = apply(running(), method, 'fien', { type: 'rotateRoles', presenterId: 'anna', facilitatorId: 'fien' });
    expect(presenterOnly.events.map((event) => event.type)).toEqual(['presenter_assigned']);
  });

  it('assigns, changes and removes perspectives', () => {
    let state = apply(running(), method, 'fien', { type: 'assignPerspective', userId: 'anna', perspective: 'kind' }).state;
    state = apply(state, method, 'fien', { type: 'assignPerspective', userId: 'bram', perspective: 'ouder' }).state;
    state = apply(state, method, 'fien', { type: 'assignPerspective', userId: 'anna', perspective: 'gemeente' }).state;
    expect(state.perspectiveAssignments).toEqual([
      { userId: 'bram', perspective: 'ouder' },
      { userId: 'anna', perspective: 'gemeente' },
    ]);
    const removed = apply(state, method, 'fien', { type: 'assignPerspective', userId: 'bram', perspective: null });
    expect(removed.state.perspectiveAssignments).toEqual([{ userId: 'anna', perspective: 'gemeente' }]);
    expect(removed.events[0]).toMatchObject({ type: 'perspective_assigned', userId: 'bram', perspective: null });
  });

  it('lets people leave and rejoin, taking their hand down but not their role', () => {
    const left = apply(apply(running(), method, 'piet', { type: 'raiseHand' }).state, method, 'piet', { type: 'leave' });
    expect(left.state).toMatchObject({ presenterId: 'piet', raisedHands: [] });
    expect(left.state.presentUserIds).not.toContain('piet');
    expect(left.events).toEqual([{ type: 'participant_left', at: T0, by: 'piet', userId: 'piet' }]);
    const back = apply(left.state, method, 'piet', { type: 'join' });
    expect(back.state.presentUserIds.at(-1)).toBe('piet');
    expect(apply(ended(), method, 'anna', { type: 'leave' }).state.presentUserIds).not.toContain('anna');
  });
});

describe('createSessionState', () => {
  it.each([
    ['the same person in both roles', { facilitatorId: 'fien', presenterId: 'fien' }, 'presenter_is_facilitator'],
    ['an empty user id', { facilitatorId: '' }, 'invalid_command'],
  ] as const)('refuses %s', (_name, roles, error) => {
    expect(createSessionState(method, roles)).toEqual({ ok: false, error });
  });

  it('refuses a method without steps', () => {
    expect(createSessionState({ ...method, steps: [] })).toEqual({ ok: false, error: 'invalid_context' });
  });

  it('creates a JSON-serialisable lobby', () => {
    const state = newSession(method);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(state).toMatchObject({ status: 'lobby', currentStepIndex: 0, currentStepId: 'terugblik', revision: 0 });
  });
});

describe('error vocabulary', () => {
  it('has a Dutch and English message for every code', () => {
    for (const code of SESSION_ERROR_CODES) {
      expect(SESSION_ERROR_MESSAGES[code].nl).toMatch(/\S/);
      expect(SESSION_ERROR_MESSAGES[code].en).toMatch(/\S/);
      expect(isSessionErrorCode(code)).toBe(true);
    }
    expect(isSessionErrorCode('whatever')).toBe(false);
  });
});

