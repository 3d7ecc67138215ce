import { describe, expect, it } from 'vitest';
import { balintmethode } from '../methods/balintmethode.js';
import { metAndereOgen } from '../methods/met-andere-ogen.js';
import { reduce, type SessionContext } from '../session/reducer.js';
import { canRead, canWrite } from '../session/queries.js';
import { sessionStateProblems, type SessionState } from '../session/state.js';
import { newSession } from '../session/test/fixtures.js';
import { defaultAsyncStepIds, defaultWindows, nextClockAction, planSpan, windowPlanProblems, type StepWindow, type WindowPlan } from './windows.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A Monday 09:00 in Amsterdam; every time below is built from it. */
const T0 = Date.UTC(2027, 2, 8, 8, 0);
const method = metAndereOgen;
const ids = method.steps.map((step) => step.id);
/** The value, which the test knows is there. */
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing in the fixture');
  return value;
}
const codes = (plan: WindowPlan) => windowPlanProblems(method, plan).map((problem) => `${problem.code}${problem.stepId ? `@${problem.stepId}` : ''}`);

describe('planning windows', () => {
  it('async defaults: back to back from the start, every step its kind’s default length, and sound', () => {
    const windows = defaultWindows(method, { mode: 'async', startsAt: T0, meetingMinutes: 0 });
    expect(windows.map((window) => window.stepId)).toEqual(ids);
    expect(windows[0]?.opensAt).toBe(T0);
    for (let i = 1; i < windows.length; i++) expect(windows[i]?.opensAt).toBe(windows[i - 1]?.closesAt);
    expect(windows.every((window) => window.closesAt - window.opensAt >= 24 * HOUR)).toBe(true);
    expect(windowPlanProblems(method, { mode: 'async', startsAt: T0, meetingMinutes: 0, windows })).toEqual([]);
    expect(planSpan({ mode: 'async', startsAt: T0, meetingMinutes: 0, windows })).toEqual({ startsAt: T0, endsAt: windows.at(-1)?.closesAt });
  });

  it('mixed defaults: writing steps before the meeting end at its start, harvest and evaluation open at its end', () => {
    expect(defaultAsyncStepIds(method)).toEqual(['terugblik', 'casus', 'vragen-noteren', 'oogst', 'evaluatie']);
    const meeting = T0 + 7 * DAY;
    const windows = defaultWindows(method, { mode: 'mixed', startsAt: meeting, meetingMinutes: 90 });
    expect(windows.find((window) => window.stepId === 'vragen-noteren')?.closesAt).toBe(meeting);
    expect(windows.find((window) => window.stepId === 'oogst')?.opensAt).toBe(meeting + 90 * 60_000);
    expect(windowPlanProblems(method, { mode: 'mixed', startsAt: meeting, meetingMinutes: 90, windows })).toEqual([]);
  });

  it('mixed defaults squeeze the steps before the meeting between now and its start', () => {
    const meeting = T0 + 30 * HOUR;
    const windows = defaultWindows(method, { mode: 'mixed', startsAt: meeting, meetingMinutes: 90, earliest: T0 + 7 * 60_000 });
    const before = windows.filter((window) => window.closesAt <= meeting);
    expect(before[0]?.opensAt).toBeGreaterThanOrEqual(T0);
    expect(before.at(-1)?.closesAt).toBe(meeting);
    // On quarter hours, not at odd minutes.
    for (const window of before.slice(0, -1)) expect(window.closesAt % (15 * 60_000)).toBe(0);
    expect(windowPlanProblems(method, { mode: 'mixed', startsAt: meeting, meetingMinutes: 90, windows })).toEqual([]);
  });

  it('refuses what the clock cannot run, naming the step', () => {
    const windows = defaultWindows(method, { mode: 'async', startsAt: T0, meetingMinutes: 0 });
    const plan = (changed: StepWindow[]): WindowPlan => ({ mode: 'async', startsAt: T0, meetingMinutes: 0, windows: changed });
    expect(codes(plan(windows.slice(1).map((w, i) => (i === 0 ? { ...w, opensAt: T0 } : w))))).toContain('window_missing@terugblik');
    expect(codes(plan([{ ...must(windows[0]), stepId: 'bestaat-niet' }, ...windows.slice(1)]))).toContain('unknown_step@bestaat-niet');
    expect(codes(plan([...windows, must(windows[2])]))).toContain('duplicate_window@vragen-noteren');
    expect(codes(plan(windows.map((w, i) => (i === 0 ? { ...w, closesAt: w.opensAt + 10 * 60_000 } : w))))).toContain('window_too_short@terugblik');
    expect(codes(plan(windows.map((w, i) => (i === 0 ? { ...w, closesAt: w.opensAt + 40 * DAY } : w))))).toContain('window_too_long@terugblik');
    expect(codes(plan(windows.map((w, i) => (i === 3 ? { ...w, opensAt: w.opensAt + HOUR } : w))))).toEqual(['windows_not_contiguous@vragenronde']);
    expect(codes(plan([must(windows[1]), must(windows[0]), ...windows.slice(2)]))).toContain('windows_out_of_order');
    expect(codes({ ...plan(windows), startsAt: T0 - HOUR })).toEqual(['first_window_not_at_start@terugblik']);
    expect(codes({ mode: 'live', startsAt: T0, meetingMinutes: 90, windows })).toEqual(['live_has_windows']);
    expect(windowPlanProblems(method, plan(windows))).toEqual([]);
  });

  it('steps that need everyone at once (roles, rotation) are never asynchronous', () => {
    const balint = balintmethode;
    const windows = defaultWindows(balint, { mode: 'async', startsAt: T0, meetingMinutes: 0 });
    expect(windowPlanProblems(balint, { mode: 'async', startsAt: T0, meetingMinutes: 0, windows }).map((p) => `${p.code}@${p.stepId}`)).toEqual(['step_not_async@rollen']);
    expect(windowPlanProblems(balint, { mode: 'async', startsAt: T0, meetingMinutes: 0, windows })[0]?.message.nl).toMatch(/alleen live/);
  });

  it('mixed: the live steps are one meeting, the windows stay out of it', () => {
    const meeting = T0 + 7 * DAY;
    const windows = defaultWindows(method, { mode: 'mixed', startsAt: meeting, meetingMinutes: 90 });
    const mixed = (changed: StepWindow[]): WindowPlan => ({ mode: 'mixed', startsAt: meeting, meetingMinutes: 90, windows: changed });
    const middle: StepWindow = { stepId: 'kernvraag', opensAt: meeting + DAY, closesAt: meeting + 2 * DAY };
    expect(codes(mixed([...windows.slice(0, 3), middle, ...windows.slice(3)]))).toContain('live_steps_not_contiguous');
    const lateBefore = windows.map((w) => (w.stepId === 'vragen-noteren' ? { ...w, closesAt: meeting + HOUR } : w));
    expect(codes(mixed(lateBefore))).toContain('window_overlaps_meeting@vragen-noteren');
    const earlyAfter = windows.map((w) => (w.stepId === 'oogst' ? { ...w, opensAt: meeting + 30 * 60_000 } : w));
    expect(codes(mixed(earlyAfter))).toContain('window_overlaps_meeting@oogst');
    const everyStep = defaultWindows(method, { mode: 'async', startsAt: T0, meetingMinutes: 0 });
    expect(codes({ mode: 'mixed', startsAt: T0, meetingMinutes: 90, windows: everyStep })).toContain('no_live_step');
  });
});

describe('the clock runs an asynchronous session', () => {
  const windows = defaultWindows(method, { mode: 'async', startsAt: T0, meetingMinutes: 0 });
  const clockContext = (now: number, extra: Partial<SessionContext> = {}): SessionContext => ({ method, actorId: 'clock', now, windows, byClock: true, ...extra });
  const run = (state: SessionState, command: unknown, context: SessionContext): SessionState => {
    const result = reduce(state, command, context);
    if (!result.ok) throw new Error(result.error);
    expect(sessionStateProblems(result.state, method)).toEqual([]);
    return result.state;
  };

  it('opens the first window, closes each at its time, reveals drafts at close, and ends after the last', () => {
    let state = newSession(method);
    expect(nextClockAction(state, method, windows)).toEqual({ kind: 'start', at: T0 });
    state = run(state, { type: 'start' }, clockContext(T0));
    // The step's clock is its window: it closes when the window closes.
    expect(state.deadline).toBe(windows[0]?.closesAt);
    for (const window of windows) {
      const action = nextClockAction(state, method, windows);
      expect(action).toEqual({ kind: 'close', at: window.closesAt, stepId: window.stepId });
      const step = must(method.steps.find((candidate) => candidate.id === window.stepId));
      // Inside the window the board is writable, and private drafts are private.
      expect(canWrite(state, method, 'anna', 'participant', step.privateDrafts ? `${step.id}:draft:anna` : step.id)).toBe(step.board !== 'none' && step.writers.includes('participant'));
      if (step.privateDrafts) expect(canRead(state, method, 'bram', `${step.id}:draft:anna`)).toBe(false);
      state = run(state, { type: 'closeWindow', stepId: window.stepId }, clockContext(window.closesAt));
      // After the close: read-only, and drafts readable by all.
      expect(canWrite(state, method, 'anna', 'participant', step.id)).toBe(false);
      if (step.privateDrafts) {
        expect(state.revealedStepIds).toContain(step.id);
        expect(canRead(state, method, 'bram', `${step.id}:draft:anna`)).toBe(true);
      }
    }
    expect(state.status).toBe('ended');
    expect(nextClockAction(state, method, windows)).toBeNull();
  });

  it('the facilitator may move on early; the next step keeps its planned close', () => {
    let state = run(newSession(method), { type: 'start' }, clockContext(T0));
    state = run(state, { type: 'advance' }, { method, actorId: 'fien', now: T0 + HOUR, windows });
    expect(state.currentStepId).toBe(ids[1]);
    expect(state.deadline).toBe(windows[1]?.closesAt);
  });

  it('moving on early from a step in writing reveals its private drafts, as its close would', () => {
    let state = run(newSession(method), { type: 'start' }, clockContext(T0));
    state = run(state, { type: 'jumpTo', stepId: 'vragen-noteren' }, { method, actorId: 'fien', now: T0 + HOUR, windows });
    expect(state.revealedStepIds).not.toContain('vragen-noteren');
    const result = reduce(state, { type: 'advance' }, { method, actorId: 'fien', now: T0 + 2 * HOUR, windows });
    if (!result.ok) throw new Error(result.error);
    expect(result.state.revealedStepIds).toContain('vragen-noteren');
    expect(result.events.map((event) => event.type)).toEqual(['drafts_revealed', 'step_changed']);
    // In a live session the facilitator reveals by hand: moving on reveals nothing.
    const live = reduce(state, { type: 'advance' }, { method, actorId: 'fien', now: T0 + 2 * HOUR });
    expect(live.ok && live.state.revealedStepIds.includes('vragen-noteren')).toBe(false);
  });

  it('only the clock closes a window, only the current one, and only a step that has a window', () => {
    const state = run(newSession(method), { type: 'start' }, clockContext(T0));
    expect(reduce(state, { type: 'closeWindow', stepId: ids[0] }, { method, actorId: 'fien', now: T0, windows })).toEqual({ ok: false, error: 'not_facilitator' });
    expect(reduce(state, { type: 'closeWindow', stepId: ids[1] }, clockContext(T0))).toEqual({ ok: false, error: 'window_not_current' });
    expect(reduce(state, { type: 'closeWindow', stepId: ids[0] }, clockContext(T0, { windows: [] }))).toEqual({ ok: false, error: 'no_window' });
    // A client cannot claim to be the clock: byClock is the api's, not part of any command.
    expect(reduce(state, { type: 'closeWindow', stepId: ids[0], byClock: true }, { method, actorId: 'anna', now: T0, windows })).toEqual({ ok: false, error: 'invalid_command' });
  });

  it('the clock of a step in writing is its window: no timer set or extended', () => {
    const state = run(newSession(method), { type: 'start' }, clockContext(T0));
    expect(reduce(state, { type: 'setTimer', minutes: 10 }, { method, actorId: 'fien', now: T0 + HOUR, windows })).toEqual({ ok: false, error: 'step_has_window' });
    expect(reduce(state, { type: 'extendTimer', minutes: 5 }, { method, actorId: 'fien', now: T0 + HOUR, windows })).toEqual({ ok: false, error: 'step_has_window' });
    expect(reduce(state, { type: 'setTimer', minutes: 10 }, { method, actorId: 'fien', now: T0 + HOUR }).ok).toBe(true);
  });

  it('a window that closed while paused waits for the facilitator', () => {
    let state = run(newSession(method), { type: 'start' }, clockContext(T0));
    state = run(state, { type: 'pause' }, { method, actorId: 'fien', now: T0 + HOUR, windows });
    expect(nextClockAction(state, method, windows)).toBeNull();
    state = run(state, { type: 'resume' }, { method, actorId: 'fien', now: T0 + 3 * HOUR, windows });
    expect(nextClockAction(state, method, windows)).toEqual({ kind: 'close', at: (windows[0]?.closesAt ?? 0) + 2 * HOUR, stepId: ids[0] });
  });

  it('without an inbrenger the clock does not move into a step about the case', () => {
    let state = run(newSession(method, { facilitatorId: 'fien', presenterId: null }), { type: 'start' }, clockContext(T0));
    expect(state.currentStepId).toBe('terugblik');
    expect(reduce(state, { type: 'closeWindow', stepId: 'terugblik' }, clockContext(must(windows[0]).closesAt))).toEqual({ ok: false, error: 'no_presenter' });
    state = run(state, { type: 'assignPresenter', userId: 'piet' }, { method, actorId: 'fien', now: must(windows[0]).closesAt + HOUR, windows });
    state = run(state, { type: 'closeWindow', stepId: 'terugblik' }, clockContext(must(windows[0]).closesAt + HOUR));
    expect(state.currentStepId).toBe('casus');
  });
});

describe('the clock in a mixed session', () => {
  const meeting = T0 + 7 * DAY;
  const windows = defaultWindows(method, { mode: 'mixed', startsAt: meeting, meetingMinutes: 90, earliest: T0 });
  const clock = (now: number): SessionContext => ({ method, actorId: 'clock', now, windows, byClock: true });
  const fien = (now: number): SessionContext => ({ method, actorId: 'fien', now, windows });
  const ok = (result: ReturnType<typeof reduce>): SessionState => {
    if (!result.ok) throw new Error(result.error);
    return result.state;
  };

  it('writes before, meets live with timeboxes, and opens the harvest after the meeting', () => {
    let state = ok(reduce(newSession(method), { type: 'start' }, clock(must(windows[0]).opensAt)));
    for (const window of windows.filter((w) => w.closesAt <= meeting)) state = ok(reduce(state, { type: 'closeWindow', stepId: window.stepId }, clock(window.closesAt)));
    // At the meeting's start: the first live step with its own timebox, led by the facilitator.
    const live = must(method.steps.find((step) => step.id === 'vragenronde'));
    expect(state.currentStepId).toBe(live.id);
    expect(state.deadline).toBe(meeting + live.timeboxMinutes * 60_000);
    expect(nextClockAction(state, method, windows)).toBeNull();
    while (state.currentStepId !== 'reactie') state = ok(reduce(state, { type: 'advance' }, fien(meeting + 60 * 60_000)));
    // The meeting is over and the facilitator did not move on: the clock opens the harvest.
    const harvest = must(windows.find((w) => w.stepId === 'oogst'));
    expect(nextClockAction(state, method, windows)).toEqual({ kind: 'open_after_meeting', at: harvest.opensAt, stepId: 'oogst' });
    state = ok(reduce(state, { type: 'advance' }, clock(harvest.opensAt)));
    expect(state.currentStepId).toBe('oogst');
    expect(state.deadline).toBe(harvest.closesAt);
  });
});
