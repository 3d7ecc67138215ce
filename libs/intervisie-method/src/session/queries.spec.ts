import { describe, expect, it } from 'vitest';
import { metAndereOgen } from '../methods/met-andere-ogen.js';
import { balintmethode } from '../methods/balintmethode.js';
import type { Role } from '../method/types.js';
import {
  PRESENTER_BANNERS,
  boardIdFor,
  canRead,
  canWrite,
  canWriteLate,
  LATE_EDIT_GRACE_MS,
  currentStep,
  draftBoardId,
  effectiveRoles,
  everyoneReady,
  instructionFor,
  navigation,
  parseBoardId,
  perspectiveOf,
  presenterInstruction,
  readiness,
  timeRemaining,
  writableBoards,
} from './queries.js';
import type { SessionState } from './state.js';
import { MINUTE, T0, apply, applyAll, newSession, runningSession } from './test/fixtures.js';

const method = metAndereOgen;
const at = (stepId: string, state = runningSession(method)): SessionState =>
  state.currentStepId === stepId ? state : apply(state, method, 'fien', { type: 'jumpTo', stepId }).state;

describe('timeRemaining', () => {
  const running = runningSession(method);
  it.each([
    ['before the deadline', T0 + 4 * MINUTE, 6 * MINUTE, 0],
    ['at the deadline', T0 + 10 * MINUTE, 0, 0],
    ['in overtime', T0 + 13 * MINUTE, 0, 3 * MINUTE],
    ['with a clock that runs behind', T0 - MINUTE, 11 * MINUTE, 0],
  ])('while running, %s', (_name, now, remainingMs, overtimeMs) => {
    expect(timeRemaining(running, now)).toEqual({ remainingMs, overtimeMs, running: true });
  });

  it('is zero and stopped in the lobby and after the end', () => {
    expect(timeRemaining(newSession(method), T0)).toEqual({ remainingMs: 0, overtimeMs: 0, running: false });
    const ended = apply(running, method, 'fien', { type: 'end' }).state;
    expect(timeRemaining(ended, T0)).toEqual({ remainingMs: 0, overtimeMs: 0, running: false });
  });

  it('is frozen while paused', () => {
    const paused = apply(running, method, 'fien', { type: 'pause' }, T0 + 4 * MINUTE).state;
    expect(timeRemaining(paused, T0 + 50 * MINUTE)).toEqual({ remainingMs: 6 * MINUTE, overtimeMs: 0, running: false });
  });
});

describe('readiness and everyoneReady', () => {
  it('counts everyone present except the facilitator', () => {
    let state = runningSession(method);
    expect(readiness(state)).toEqual({ stepId: 'terugblik', ready: [], waiting: ['piet', 'anna', 'bram'] });
    state = applyAll(state, method, [
      ['anna', { type: 'markReady' }],
      ['piet', { type: 'markReady' }],
    ]);
    expect(everyoneReady(state)).toBe(false);
    state = apply(state, method, 'bram', { type: 'markReady' }).state;
    expect(everyoneReady(state)).toBe(true);
    state = apply(state, method, 'cees', { type: 'join' }).state;
    expect(everyoneReady(state)).toBe(false);
    state = apply(state, method, 'cees', { type: 'leave' }).state;
    expect(everyoneReady(state)).toBe(true);
  });

  it('is false with nobody but the facilitator, and outside a live session', () => {
    const alone = applyAll(newSession(method), method, [
      ['fien', { type: 'join' }],
      ['fien', { type: 'start' }],
    ]);
    expect(everyoneReady(alone)).toBe(false);
    expect(everyoneReady(newSession(method))).toBe(false);
  });
});

describe('board ids', () => {
  it.each([
    ['oogst', { stepId: 'oogst', draftOwnerId: null }],
    ['vragen-noteren:draft:anna', { stepId: 'vragen-noteren', draftOwnerId: 'anna' }],
    ['vragen-noteren:draft:user:with:colons', { stepId: 'vragen-noteren', draftOwnerId: 'user:with:colons' }],
  ])('parses %s', (boardId, expected) => {
    expect(parseBoardId(boardId)).toEqual(expected);
  });

  it('round-trips', () => {
    expect(parseBoardId(draftBoardId('andere-ogen', 'anna'))).toEqual({ stepId: 'andere-ogen', draftOwnerId: 'anna' });
    expect(boardIdFor('oogst')).toBe('oogst');
  });
});

describe('effectiveRoles', () => {
  const state = runningSession(method);
  it.each<[string, Role, Role[]]>([
    ['fien', 'participant', ['facilitator']],
    ['piet', 'participant', ['presenter']],
    ['anna', 'participant', ['participant']],
    ['anna', 'notetaker', ['participant', 'notetaker']],
    ['anna', 'timekeeper', ['participant', 'timekeeper']],
    // Claiming a role does not grant it: the state decides who facilitates and presents.
    ['anna', 'facilitator', ['participant']],
    ['anna', 'presenter', ['participant']],
  ])('%s claiming %s holds %j', (userId, role, expected) => {
    expect(effectiveRoles(state, userId, role)).toEqual(expected);
  });
});

describe('canWriteLate', () => {
  const lookBack = at('terugblik');
  const moved = apply(lookBack, method, 'fien', { type: 'advance' }, T0 + MINUTE).state;
  const left = { state: lookBack, at: T0 + MINUTE };

  it('takes edits on the board just left for a short while, from those who could write there', () => {
    expect(moved.currentStepId).not.toBe('terugblik');
    expect(canWrite(moved, method, 'anna', 'participant', 'terugblik')).toBe(false);
    expect(canWriteLate(left, moved, method, 'anna', 'participant', 'terugblik', T0 + MINUTE + 1_000)).toBe(true);
    expect(canWriteLate(left, moved, method, 'anna', 'participant', 'terugblik', T0 + MINUTE + LATE_EDIT_GRACE_MS)).toBe(true);
  });

  it('not after the grace period, nor before the move, nor on another board', () => {
    expect(canWriteLate(left, moved, method, 'anna', 'participant', 'terugblik', T0 + MINUTE + LATE_EDIT_GRACE_MS + 1)).toBe(false);
    expect(canWriteLate(left, moved, method, 'anna', 'participant', 'terugblik', T0)).toBe(false);
    expect(canWriteLate(left, moved, method, 'anna', 'participant', 'oogst', T0 + MINUTE + 1_000)).toBe(false);
    expect(canWriteLate(null, moved, method, 'anna', 'participant', 'terugblik', T0 + MINUTE + 1_000)).toBe(false);
  });

  it('follows the rules of the step left: who wrote there, and drafts only their owner', () => {
    const casus = at('casus');
    const afterCasus = apply(casus, method, 'fien', { type: 'advance' }, T0 + MINUTE).state;
    const leftCasus = { state: casus, at: T0 + MINUTE };
    expect(canWriteLate(leftCasus, afterCasus, method, 'piet', 'participant', 'casus', T0 + MINUTE + 1_000)).toBe(true);
    expect(canWriteLate(leftCasus, afterCasus, method, 'anna', 'participant', 'casus', T0 + MINUTE + 1_000)).toBe(false);
    const drafting = at('vragen-noteren');
    const afterDrafting = apply(drafting, method, 'fien', { type: 'advance' }, T0 + MINUTE).state;
    const leftDrafting = { state: drafting, at: T0 + MINUTE };
    expect(canWriteLate(leftDrafting, afterDrafting, method, 'anna', 'participant', 'vragen-noteren:draft:anna', T0 + MINUTE + 1_000)).toBe(true);
    expect(canWriteLate(leftDrafting, afterDrafting, method, 'anna', 'participant', 'vragen-noteren:draft:bram', T0 + MINUTE + 1_000)).toBe(false);
  });

  it('not in a draft revealed since: the others may be reading it', () => {
    const drafting = at('vragen-noteren');
    const revealed = apply(drafting, method, 'fien', { type: 'revealDrafts' }, T0 + MINUTE).state;
    const moved = apply(revealed, method, 'fien', { type: 'advance' }, T0 + MINUTE).state;
    expect(canWriteLate({ state: drafting, at: T0 + MINUTE }, moved, method, 'anna', 'participant', 'vragen-noteren:draft:anna', T0 + MINUTE + 1_000)).toBe(false);
  });

  it('not once the session has ended: the summary is made from what was there', () => {
    const ended = apply(lookBack, method, 'fien', { type: 'end' }, T0 + MINUTE).state;
    expect(canWriteLate(left, ended, method, 'anna', 'participant', 'terugblik', T0 + MINUTE + 1_000)).toBe(false);
  });
});

describe('canWrite', () => {
  it.each<[string, string, string, Role, string, boolean]>([
    ['everyone writes the look-back', 'terugblik', 'anna', 'participant', 'terugblik', true],
    ['the facilitator writes the look-back', 'terugblik', 'fien', 'participant', 'terugblik', true],
    ['not another step', 'terugblik', 'anna', 'participant', 'oogst', false],
    ['not an unknown board', 'terugblik', 'anna', 'participant', 'onbekend', false],
    ['the presenter writes the case', 'casus', 'piet', 'participant', 'casus', true],
    ['the notetaker writes the case', 'casus', 'anna', 'notetaker', 'casus', true],
    ['a participant does not write the case', 'casus', 'anna', 'participant', 'casus', false],
    ['own draft in silent writing', 'vragen-noteren', 'anna', 'participant', 'vragen-noteren:draft:anna', true],
    ["not someone else's draft", 'vragen-noteren', 'anna', 'participant', 'vragen-noteren:draft:bram', false],
    ['not the shared board before reveal', 'vragen-noteren', 'anna', 'participant', 'vragen-noteren', false],
    ['not a draft where there are none', 'terugblik', 'anna', 'participant', 'terugblik:draft:anna', false],
    ['the presenter does not write in the advice round', 'adviesronde', 'piet', 'participant', 'adviesronde', false],
    ['a participant writes advice', 'adviesronde', 'bram', 'participant', 'adviesronde', true],
    ['the presenter writes the key question', 'kernvraag', 'piet', 'participant', 'kernvraag', true],
  ])('%s', (_name, stepId, userId, role, boardId, expected) => {
    expect(canWrite(at(stepId), method, userId, role, boardId)).toBe(expected);
  });

  it('opens the shared board and freezes drafts after reveal', () => {
    const revealed = apply(at('vragen-noteren'), method, 'fien', { type: 'revealDrafts' }).state;
    expect(canWrite(revealed, method, 'anna', 'participant', 'vragen-noteren')).toBe(true);
    expect(canWrite(revealed, method, 'anna', 'participant', 'vragen-noteren:draft:anna')).toBe(false);
    expect(writableBoards(revealed, method, 'anna', 'participant')).toEqual(['vragen-noteren']);
  });

  it('keeps writing possible during a pause but not in the lobby or after the end', () => {
    const paused = apply(at('terugblik'), method, 'fien', { type: 'pause' }).state;
    expect(canWrite(paused, method, 'anna', 'participant', 'terugblik')).toBe(true);
    expect(canWrite(newSession(method), method, 'anna', 'participant', 'terugblik')).toBe(false);
    const ended = apply(at('terugblik'), method, 'fien', { type: 'end' }).state;
    expect(canWrite(ended, method, 'anna', 'participant', 'terugblik')).toBe(false);
    expect(writableBoards(ended, method, 'anna', 'participant')).toEqual([]);
  });

  it('gives no board on a step without one', () => {
    const state = applyAll(newSession(balintmethode, { facilitatorId: 'fien' }), balintmethode, [
      ['fien', { type: 'join' }],
      ['fien', { type: 'start' }],
      ['fien', { type: 'advance' }],
    ]);
    expect(currentStep(state, balintmethode)?.board).toBe('none');
    expect(writableBoards(state, balintmethode, 'fien', 'participant')).toEqual([]);
  });

  it('answers nothing for a state whose step is not in the method', () => {
    const broken = { ...runningSession(method), currentStepIndex: 42 };
    expect(writableBoards(broken, method, 'anna', 'participant')).toEqual([]);
    expect(canWrite(broken, method, 'anna', 'participant', 'terugblik')).toBe(false);
    expect(instructionFor(broken, method, 'anna')).toBeNull();
    expect(presenterInstruction(broken, method)).toBeNull();
  });
});

describe('canRead', () => {
  const drafting = at('vragen-noteren');
  it.each([
    ['a shared board, by anyone', 'oogst', 'bram', true],
    ['an unknown board', 'nergens', 'bram', false],
    ['your own draft', 'vragen-noteren:draft:anna', 'anna', true],
    ["someone else's draft", 'vragen-noteren:draft:anna', 'bram', false],
    ["someone else's draft, as facilitator", 'vragen-noteren:draft:anna', 'fien', true],
    ['a draft of a step without drafts', 'oogst:draft:anna', 'anna', false],
  ])('%s', (_name, boardId, userId, expected) => {
    expect(canRead(drafting, method, userId, boardId)).toBe(expected);
  });

  it('opens drafts to everyone once revealed', () => {
    const revealed = apply(drafting, method, 'fien', { type: 'revealDrafts' }).state;
    expect(canRead(revealed, method, 'bram', 'vragen-noteren:draft:anna')).toBe(true);
  });
});

describe('presenterInstruction', () => {
  it.each([
    ['casus', 'speaks'],
    ['vragenronde', 'answers'],
    ['andere-ogen', 'listens'],
    ['adviesronde', 'listens'],
  ] as const)('at %s the inbrenger %s', (stepId, mode) => {
    const instruction = presenterInstruction(at(stepId), method);
    expect(instruction).toMatchObject({ stepId, mode, banner: PRESENTER_BANNERS[mode] });
    expect(instruction?.instruction).toEqual(method.steps.find((step) => step.id === stepId)?.instructions.presenter);
  });

  it('shows the listen-only banner in Dutch and English', () => {
    expect(presenterInstruction(at('adviesronde'), method)?.banner).toEqual({
      nl: 'De inbrenger luistert alleen',
      en: 'The presenter only listens',
    });
  });

  it('is null outside a live session and while nobody presents', () => {
    expect(presenterInstruction(newSession(method), method)).toBeNull();
    expect(presenterInstruction({ ...runningSession(method), presenterId: null }, method)).toBeNull();
  });
});

describe('instructionFor, perspectiveOf and navigation', () => {
  it('gives each person the instruction of the role they hold', () => {
    const state = at('kernvraag');
    const step = method.steps[4];
    expect(instructionFor(state, method, 'fien')).toEqual(step?.instructions.facilitator);
    expect(instructionFor(state, method, 'piet')).toEqual(step?.instructions.presenter);
    expect(instructionFor(state, method, 'anna')).toEqual(step?.instructions.participants);
  });

  it('finds an assigned perspective', () => {
    const state = apply(runningSession(method), method, 'fien', { type: 'assignPerspective', userId: 'anna', perspective: 'kind' }).state;
    expect(perspectiveOf(state, 'anna')).toBe('kind');
    expect(perspectiveOf(state, 'bram')).toBeNull();
  });

  it.each([
    ['the lobby', () => newSession(method), { canAdvance: false, canGoBack: false, isLastStep: false }],
    ['the first step', () => runningSession(method), { canAdvance: true, canGoBack: false, isLastStep: false }],
    ['a middle step', () => at('kernvraag'), { canAdvance: true, canGoBack: true, isLastStep: false }],
    ['the last step', () => at('evaluatie'), { canAdvance: false, canGoBack: true, isLastStep: true }],
  ])('tells what the facilitator can do in %s', (_name, makeState, expected) => {
    expect(navigation(makeState(), method)).toEqual(expected);
  });
});
