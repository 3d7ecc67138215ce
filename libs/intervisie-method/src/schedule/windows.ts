import { STEP_KINDS } from '../method/step-kinds.js';
import type { LocalizedText, Method, MethodStep } from '../method/types.js';
import type { SessionState } from '../session/state.js';
import type { SessionMode } from '@mao/domain';

/**
 * How a session runs (`SessionMode`, defined with the contracts in @mao/domain) through its method:
 * - `live`: one meeting; the facilitator moves the group from step to step (as always).
 * - `async`: every step has a window (opens, closes — hours or days); people write on the
 *   step's board whenever it suits them, and the clock moves the session on when a window closes.
 * - `mixed`: one live meeting (a run of consecutive live steps) with asynchronous steps before
 *   it (questions in silence in the days before) and/or after it (the harvest afterwards).
 */

/** The actor of the commands the schedule's clock sends (`byClock`); never a user id. */
export const CLOCK_ACTOR = 'clock';

export const SESSION_MODE_LABELS: Readonly<Record<SessionMode, LocalizedText>> = {
  live: { nl: 'Live bijeenkomst', en: 'Live meeting' },
  async: { nl: 'Asynchroon (over dagen, schriftelijk)', en: 'Asynchronous (over days, in writing)' },
  mixed: { nl: 'Gemengd (stappen vooraf of achteraf schriftelijk)', en: 'Mixed (steps before or after in writing)' },
};

/** The window in which a step is open for writing; epoch milliseconds. */
export interface StepWindow {
  readonly stepId: string;
  readonly opensAt: number;
  readonly closesAt: number;
}

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const QUARTER_MS = 15 * MINUTE_MS;
export const MIN_WINDOW_MINUTES = 30;
export const MAX_WINDOW_DAYS = 31;
/** From the first window's opening to the last one's closing. */
export const MAX_PLAN_DAYS = 92;

export interface WindowPlan {
  readonly mode: SessionMode;
  /** Live and mixed: when the meeting starts. Async: when the first window opens. */
  readonly startsAt: number;
  /** Live and mixed: the meeting's length. Async: ignored (the windows span the session). */
  readonly meetingMinutes: number;
  /** Async: one per step, in the method's order. Mixed: one per asynchronous step. Live: none. */
  readonly windows: readonly StepWindow[];
}

export function suitsAsync(step: MethodStep): boolean {
  return STEP_KINDS[step.kind]?.asynchronous.suits ?? false;
}

export function defaultWindowHours(step: MethodStep): number {
  return STEP_KINDS[step.kind]?.asynchronous.defaultHours ?? 0;
}

export function windowOf(windows: readonly StepWindow[] | undefined, stepId: string): StepWindow | undefined {
  return windows?.find((window) => window.stepId === stepId);
}

/**
 * A sensible default split for a mixed session: the leading steps that are writing on one's own
 * (terugblik, the casus told in writing, questions in silence, choosing a case) happen in the
 * days before; the harvest and evaluation afterwards; the conversation itself live. At least one
 * step stays live.
 */
export function defaultAsyncStepIds(method: Method): string[] {
  const before = new Set(['check-in', 'case-selection', 'case-presentation', 'silent-writing']);
  const after = new Set(['harvest', 'evaluation']);
  const steps = method.steps;
  const writesBefore = (step: MethodStep | undefined) => step !== undefined && before.has(step.kind) && suitsAsync(step);
  const writesAfter = (step: MethodStep | undefined) => step !== undefined && after.has(step.kind) && suitsAsync(step);
  let first = 0;
  while (writesBefore(steps[first])) first++;
  let last = steps.length - 1;
  while (last >= first && writesAfter(steps[last])) last--;
  // Every step is a writing step: keep the last of the leading ones for the meeting.
  if (last < first) {
    first = Math.max(0, first - 1);
    last = first;
  }
  return [...steps.slice(0, first), ...steps.slice(last + 1)].map((step) => step.id);
}

function hoursOf(step: MethodStep): number {
  return Math.max(1, defaultWindowHours(step) || 1);
}

/**
 * Default windows. Async: back to back from `startsAt`, each its kind's default length. Mixed:
 * the steps before the meeting back to back ending at its start (squeezed proportionally when
 * they would open before `earliest`, usually now), the steps after it back to back from its end.
 */
export function defaultWindows(method: Method, plan: { mode: SessionMode; startsAt: number; meetingMinutes: number; asyncStepIds?: readonly string[]; earliest?: number }): StepWindow[] {
  if (plan.mode === 'live') return [];
  if (plan.mode === 'async') {
    let opensAt = plan.startsAt;
    return method.steps.map((step) => {
      const window = { stepId: step.id, opensAt, closesAt: opensAt + hoursOf(step) * HOUR_MS };
      opensAt = window.closesAt;
      return window;
    });
  }
  const asyncIds = new Set(plan.asyncStepIds ?? defaultAsyncStepIds(method));
  const firstLive = method.steps.findIndex((step) => !asyncIds.has(step.id));
  if (firstLive < 0) return [];
  let lastLive = firstLive;
  const isLiveStep = (index: number) => index < method.steps.length && !asyncIds.has(method.steps[index]?.id ?? '');
  while (isLiveStep(lastLive + 1)) lastLive++;
  const before = method.steps.slice(0, firstLive);
  const after = method.steps.slice(lastLive + 1).filter((step) => asyncIds.has(step.id));
  const windows: StepWindow[] = [];
  const beforeHours = before.reduce((sum, step) => sum + hoursOf(step), 0);
  const available = plan.earliest === undefined ? Infinity : Math.max(0, plan.startsAt - plan.earliest);
  const scale = beforeHours * HOUR_MS > available ? available / (beforeHours * HOUR_MS) : 1;
  let opensAt = plan.startsAt - Math.round(beforeHours * HOUR_MS * scale);
  // Squeezed windows start and end on quarter hours ("di 09:15", not "di 09:07"): readable in mails and calendars.
  const grain = scale < 1 ? QUARTER_MS : MINUTE_MS;
  opensAt = Math.ceil(opensAt / grain) * grain;
  before.forEach((beforeStep, index) => {
    const closesAt = index === before.length - 1 ? plan.startsAt : Math.round((opensAt + hoursOf(beforeStep) * HOUR_MS * scale) / grain) * grain;
    windows.push({ stepId: beforeStep.id, opensAt, closesAt });
    opensAt = closesAt;
  });
  opensAt = plan.startsAt + plan.meetingMinutes * MINUTE_MS;
  for (const step of after) {
    const window = { stepId: step.id, opensAt, closesAt: opensAt + hoursOf(step) * HOUR_MS };
    windows.push(window);
    opensAt = window.closesAt;
  }
  return windows;
}

export const WINDOW_PROBLEM_CODES = [
  'unknown_step',
  'duplicate_window',
  'window_missing',
  'step_not_async',
  'window_too_short',
  'window_too_long',
  'plan_too_long',
  'windows_out_of_order',
  'windows_not_contiguous',
  'first_window_not_at_start',
  'no_live_step',
  'live_steps_not_contiguous',
  'window_overlaps_meeting',
  'live_has_windows',
] as const;
export type WindowProblemCode = (typeof WINDOW_PROBLEM_CODES)[number];

export interface WindowProblem {
  readonly code: WindowProblemCode;
  readonly stepId?: string;
  readonly message: LocalizedText;
}

const MESSAGES: Readonly<Record<WindowProblemCode, LocalizedText>> = {
  unknown_step: { nl: 'Deze stap zit niet in de methode.', en: 'This step is not part of the method.' },
  duplicate_window: { nl: 'Deze stap heeft twee periodes.', en: 'This step has two windows.' },
  window_missing: { nl: 'In een asynchrone sessie heeft elke stap een periode.', en: 'In an asynchronous session every step has a window.' },
  step_not_async: {
    nl: 'Deze stap kan alleen live: rollen verdelen en wisselen doe je samen. Kies "gemengd" en houd deze stap in de bijeenkomst.',
    en: 'This step can only be done live: roles are handed out together. Choose "mixed" and keep this step in the meeting.',
  },
  window_too_short: { nl: `Een periode duurt minstens ${MIN_WINDOW_MINUTES} minuten.`, en: `A window lasts at least ${MIN_WINDOW_MINUTES} minutes.` },
  window_too_long: { nl: `Een periode duurt hoogstens ${MAX_WINDOW_DAYS} dagen.`, en: `A window lasts at most ${MAX_WINDOW_DAYS} days.` },
  plan_too_long: { nl: `Een sessie duurt van de eerste tot de laatste periode hoogstens ${MAX_PLAN_DAYS} dagen.`, en: `A session lasts at most ${MAX_PLAN_DAYS} days from the first to the last window.` },
  windows_out_of_order: { nl: 'De periodes volgen de volgorde van de stappen.', en: 'The windows follow the order of the steps.' },
  windows_not_contiguous: {
    nl: 'Een stap gaat open zodra de vorige sluit: laat deze periode beginnen waar de vorige eindigt.',
    en: 'A step opens when the previous one closes: start this window where the previous one ends.',
  },
  first_window_not_at_start: { nl: 'De eerste periode begint bij de start van de sessie.', en: 'The first window opens when the session starts.' },
  no_live_step: { nl: 'Een gemengde sessie heeft minstens één stap in de live bijeenkomst.', en: 'A mixed session has at least one step in the live meeting.' },
  live_steps_not_contiguous: {
    nl: 'De live stappen vormen één bijeenkomst: zet de schriftelijke stappen ervoor of erna, niet ertussen.',
    en: 'The live steps form one meeting: put the written steps before or after it, not in between.',
  },
  window_overlaps_meeting: {
    nl: 'Stappen vooraf sluiten bij het begin van de bijeenkomst; stappen achteraf openen na het einde ervan.',
    en: 'Steps before close when the meeting starts; steps after open once it has ended.',
  },
  live_has_windows: { nl: 'Een live sessie heeft geen periodes.', en: 'A live session has no windows.' },
};

export function windowProblemMessage(code: WindowProblemCode): LocalizedText {
  return MESSAGES[code];
}

/**
 * Every rule a plan breaks, with the step it is about (empty: sound). The server refuses an
 * unsound plan; the web shows each problem at its step.
 */
export function windowPlanProblems(method: Method, plan: WindowPlan): WindowProblem[] {
  const problems: WindowProblem[] = [];
  const add = (code: WindowProblemCode, stepId?: string) => problems.push(stepId === undefined ? { code, message: MESSAGES[code] } : { code, stepId, message: MESSAGES[code] });
  if (plan.mode === 'live') {
    if (plan.windows.length > 0) add('live_has_windows');
    return problems;
  }
  const indexOf = new Map(method.steps.map((step, index) => [step.id, index]));
  const seen = new Set<string>();
  for (const window of plan.windows) {
    const step = method.steps.find((candidate) => candidate.id === window.stepId);
    if (!step) add('unknown_step', window.stepId);
    else if (seen.has(window.stepId)) add('duplicate_window', window.stepId);
    else {
      if (!suitsAsync(step)) add('step_not_async', window.stepId);
      const length = window.closesAt - window.opensAt;
      if (!Number.isFinite(length) || length < MIN_WINDOW_MINUTES * MINUTE_MS) add('window_too_short', window.stepId);
      else if (length > MAX_WINDOW_DAYS * 24 * HOUR_MS) add('window_too_long', window.stepId);
    }
    seen.add(window.stepId);
  }
  if (problems.length > 0) return problems;
  // Every window's step is known here (checked above).
  const position = (stepId: string) => indexOf.get(stepId) ?? -1;
  const ordered = [...plan.windows].sort((a, b) => position(a.stepId) - position(b.stepId));
  if (ordered.some((window, index) => window !== plan.windows[index])) add('windows_out_of_order');
  const first = ordered[0];
  const last = ordered.at(-1);
  if (first && last && last.closesAt - first.opensAt > MAX_PLAN_DAYS * 24 * HOUR_MS) add('plan_too_long');
  // Consecutive steps that both have a window: the next opens when the previous closes (the clock moves the session then).
  ordered.forEach((window, i) => {
    const previous = ordered[i - 1];
    const adjacent = previous !== undefined && position(window.stepId) === position(previous.stepId) + 1;
    if (adjacent && window.opensAt !== previous.closesAt) add('windows_not_contiguous', window.stepId);
  });
  if (plan.mode === 'async') {
    for (const step of method.steps) if (!seen.has(step.id)) add('window_missing', step.id);
    if (first && first.opensAt !== plan.startsAt) add('first_window_not_at_start', first.stepId);
    return problems;
  }
  // Mixed: the steps without a window are the live meeting, one run of consecutive steps.
  const liveIndexes = method.steps.map((step, index) => (seen.has(step.id) ? -1 : index)).filter((index) => index >= 0);
  if (liveIndexes.length === 0) {
    add('no_live_step');
    return problems;
  }
  const firstLive = liveIndexes[0] ?? 0;
  const lastLive = liveIndexes.at(-1) ?? 0;
  if (lastLive - firstLive + 1 !== liveIndexes.length) add('live_steps_not_contiguous');
  const meetingEnds = plan.startsAt + plan.meetingMinutes * MINUTE_MS;
  for (const window of ordered) {
    const index = position(window.stepId);
    if (index < firstLive && (window.closesAt > plan.startsAt || (index === firstLive - 1 && window.closesAt !== plan.startsAt))) add('window_overlaps_meeting', window.stepId);
    if (index > lastLive && window.opensAt < meetingEnds) add('window_overlaps_meeting', window.stepId);
  }
  return problems;
}

/** When the plan's sessions starts (first window or meeting) and ends (last window or meeting end). */
export function planSpan(plan: WindowPlan): { startsAt: number; endsAt: number } {
  const meetingEnds = plan.startsAt + plan.meetingMinutes * MINUTE_MS;
  if (plan.mode === 'live' || plan.windows.length === 0) return { startsAt: plan.startsAt, endsAt: meetingEnds };
  const opens = Math.min(...plan.windows.map((window) => window.opensAt));
  const closes = Math.max(...plan.windows.map((window) => window.closesAt));
  if (plan.mode === 'async') return { startsAt: opens, endsAt: closes };
  return { startsAt: Math.min(opens, plan.startsAt), endsAt: Math.max(closes, meetingEnds) };
}

export type ClockAction =
  /** Open the session: its first step has a window that is open now. */
  | { readonly kind: 'start'; readonly at: number }
  /** The current step's window closes: reveal its drafts, move on (or end after the last step). */
  | { readonly kind: 'close'; readonly at: number; readonly stepId: string }
  /** Mixed: the meeting is over and the step after it opens; the group is still on the last live step. */
  | { readonly kind: 'open_after_meeting'; readonly at: number; readonly stepId: string };

/**
 * What the clock does next for this session, and when (null: nothing, the facilitator leads).
 * The api plans a job at `at` and, when it runs, asks again: whatever happened in between (the
 * facilitator moved on early, paused, went back) is taken into account then.
 */
export function nextClockAction(state: SessionState, method: Method, windows: readonly StepWindow[]): ClockAction | null {
  if (windows.length === 0 || state.status === 'ended') return null;
  const steps = method.steps;
  if (state.status === 'lobby') {
    const first = steps[0];
    const window = first ? windowOf(windows, first.id) : undefined;
    return window ? { kind: 'start', at: window.opensAt } : null;
  }
  const current = steps[state.currentStepIndex];
  if (!current) return null;
  if (windowOf(windows, current.id)) {
    // Paused, the clock waits too (the facilitator stopped it on purpose).
    if (state.status !== 'running' || state.deadline === null) return null;
    return { kind: 'close', at: state.deadline, stepId: current.id };
  }
  const next = steps[state.currentStepIndex + 1];
  const nextWindow = next ? windowOf(windows, next.id) : undefined;
  if (next && nextWindow) return { kind: 'open_after_meeting', at: nextWindow.opensAt, stepId: next.id };
  return null;
}

/**
 * When to remind those who have not contributed yet: a day before the close of a window of a day
 * and a half or more, a quarter of the window before the close of one of four hours or more,
 * never for a shorter one (the "step is open" mail is reminder enough).
 */
export function reminderAt(opensAt: number, closesAt: number): number | null {
  const length = closesAt - opensAt;
  if (length >= 36 * HOUR_MS) return closesAt - 24 * HOUR_MS;
  if (length >= 4 * HOUR_MS) return closesAt - Math.round(length / 4);
  return null;
}
