import { defaultWindows, planSpan, windowPlanProblems, type Method, type StepWindow, type WindowPlan } from '@mao/intervisie-method';
import type { SessionMode, StepWindowInput } from '@mao/domain';
import { DomainError } from '../common/domain-error.js';
import type { StoredStepWindow } from './session.entity.js';

export interface ResolvedPlan {
  mode: SessionMode;
  /** Live and mixed: the meeting's start; async: the first window's opening. */
  startsAt: Date;
  /** Live and mixed: the meeting's length; async: from the first opening to the last close. */
  durationMinutes: number;
  windows: StoredStepWindow[];
}

export interface PlanInput {
  mode: SessionMode;
  startsAt: Date;
  /** The meeting's length (live, mixed); ignored for async. */
  meetingMinutes: number;
  /** Given windows, or undefined for the method's defaults. */
  windows: readonly StepWindowInput[] | undefined;
}

export const toStepWindows = (windows: readonly StoredStepWindow[]): StepWindow[] =>
  windows.map((window) => ({ stepId: window.stepId, opensAt: Date.parse(window.opensAt), closesAt: Date.parse(window.closesAt) }));

const toStored = (windows: readonly StepWindow[]): StoredStepWindow[] =>
  windows.map((window) => ({ stepId: window.stepId, opensAt: new Date(window.opensAt).toISOString(), closesAt: new Date(window.closesAt).toISOString() }));

/** Minutes the live steps of a mixed session take: its default meeting length. */
export function liveMinutes(method: Method, windows: readonly { stepId: string }[]): number {
  const written = new Set(windows.map((window) => window.stepId));
  return method.steps.filter((step) => !written.has(step.id)).reduce((sum, step) => sum + step.timeboxMinutes, 0);
}

/**
 * Turns what the facilitator planned into a sound plan, or refuses it: `422 invalid_windows`
 * with every problem at its step (the rules are `windowPlanProblems`), `422 window_in_past` when
 * a window would open before now. Without windows, the method's defaults are used.
 */
export function resolvePlan(method: Method, input: PlanInput, now: Date): ResolvedPlan {
  if (input.mode === 'live') {
    if (input.windows && input.windows.length > 0) throw invalidWindows(method, { mode: 'live', startsAt: input.startsAt.getTime(), meetingMinutes: input.meetingMinutes, windows: toStepWindows(input.windows) });
    return { mode: 'live', startsAt: input.startsAt, durationMinutes: input.meetingMinutes, windows: [] };
  }
  const windows = input.windows
    ? toStepWindows(input.windows)
    : defaultWindows(method, { mode: input.mode, startsAt: input.startsAt.getTime(), meetingMinutes: input.meetingMinutes, earliest: now.getTime() });
  const plan: WindowPlan = { mode: input.mode, startsAt: input.startsAt.getTime(), meetingMinutes: input.meetingMinutes, windows };
  if (windowPlanProblems(method, plan).length > 0) throw invalidWindows(method, plan);
  const early = windows.find((window) => window.opensAt < now.getTime());
  if (early) throw new DomainError('window_in_past', undefined, { stepId: early.stepId, opensAt: new Date(early.opensAt).toISOString() });
  if (input.mode === 'async') {
    const span = planSpan(plan);
    return { mode: 'async', startsAt: new Date(span.startsAt), durationMinutes: Math.ceil((span.endsAt - span.startsAt) / 60_000), windows: toStored(windows) };
  }
  return { mode: 'mixed', startsAt: input.startsAt, durationMinutes: input.meetingMinutes, windows: toStored(windows) };
}

function invalidWindows(method: Method, plan: WindowPlan): DomainError {
  const problems = windowPlanProblems(method, plan).map((problem) => ({ code: problem.code, stepId: problem.stepId ?? null, message: problem.message.nl, messageEn: problem.message.en }));
  return new DomainError('invalid_windows', undefined, { problems });
}

/** The job kind of the session clock (run by asynchronous/session-clock.service.ts). */
export const CLOCK_JOB = 'session.clock';

/** One clock job per planned moment: what is due, for which step, when. */
export function clockJobKey(sessionId: string, action: { kind: string; at: number; stepId?: string }): string {
  return `session.clock:${sessionId}:${action.kind}:${action.stepId ?? ''}:${action.at}`;
}

/**
 * The clock's first moment for a planned session: the opening of its first step's window (an
 * asynchronous session, or a mixed one that starts in writing). Null when the facilitator starts it.
 */
export function firstClockMoment(method: Method, windows: readonly StoredStepWindow[]): { kind: 'start'; at: number } | null {
  const first = method.steps[0];
  const window = first ? windows.find((candidate) => candidate.stepId === first.id) : undefined;
  return window ? { kind: 'start', at: Date.parse(window.opensAt) } : null;
}
