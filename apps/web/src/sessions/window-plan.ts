import type { SessionMode, StepWindowInput, StepWindowView } from '@mao/domain';
import { defaultAsyncStepIds, defaultWindows, suitsAsync, type Method, type MethodStep, type StepWindow } from '@mao/intervisie-method';

/**
 * The scheduling form's plan of step windows (issue 16), kept as what the facilitator decides —
 * where each step happens and how long its window is — so the instants follow from the start:
 * an asynchronous session runs its windows back to back from the first opening; in a mixed one
 * the steps before the meeting count back from its start and the steps after it run from its
 * end. Changing one window therefore moves the neighbours along and keeps their lengths, and the
 * plan stays contiguous by construction (what `windowPlanProblems` demands).
 */

/** Where a step of a mixed session happens. */
export type Placement = 'before' | 'live' | 'after';
export const PLACEMENTS: readonly Placement[] = ['before', 'live', 'after'];

const MINUTE_MS = 60_000;

/** The default split of a mixed session (`defaultAsyncStepIds`), as a placement per step. */
export function defaultPlacement(method: Method): Record<string, Placement> {
  return placementFromAsyncIds(method, defaultAsyncStepIds(method));
}

/** Written steps before the first live one are "before", the rest "after". */
export function placementFromAsyncIds(method: Method, asyncIds: readonly string[]): Record<string, Placement> {
  const written = new Set(asyncIds);
  const firstLive = method.steps.findIndex((step) => !written.has(step.id));
  return Object.fromEntries(
    method.steps.map((step, index) => [step.id, !written.has(step.id) ? 'live' : firstLive < 0 || index < firstLive ? 'before' : 'after'] as const),
  );
}

/** A session's stored windows → the placement of each step (a step without a window is live). */
export function placementFromWindows(method: Method, windows: readonly { stepId: string }[]): Record<string, Placement> {
  return placementFromAsyncIds(
    method,
    windows.map((window) => window.stepId),
  );
}

/**
 * The places a step may move to. Written steps come only before or after the meeting (it stays
 * one run of steps), so moving a step before takes the steps before it along, moving one after
 * takes the steps after it along (`applyPlacement`); at least one step stays live, and a step
 * that does not suit writing (roles, rotation) is always live and cannot be passed over.
 */
export function placementChoices(method: Method, placement: Readonly<Record<string, Placement>>, index: number): Placement[] {
  const steps = method.steps;
  if (!steps[index]) return [];
  const isLive = (step: MethodStep) => (placement[step.id] ?? 'live') === 'live';
  const choices: Placement[] = [];
  if (steps.slice(0, index + 1).every(suitsAsync) && steps.slice(index + 1).some(isLive)) choices.push('before');
  choices.push('live');
  if (steps.slice(index).every(suitsAsync) && steps.slice(0, index).some(isLive)) choices.push('after');
  return choices;
}

/** The placement after moving one step (see `placementChoices`): its neighbours follow so the plan stays whole. */
export function applyPlacement(method: Method, placement: Readonly<Record<string, Placement>>, index: number, choice: Placement): Record<string, Placement> {
  const steps = method.steps;
  const next: Record<string, Placement> = { ...placement };
  const at = (i: number) => next[steps[i]?.id ?? ''] ?? 'live';
  const set = (i: number, place: Placement) => {
    const step = steps[i];
    if (step) next[step.id] = place;
  };
  const current = at(index);
  if (choice === 'before') for (let i = 0; i <= index; i++) set(i, 'before');
  else if (choice === 'after') for (let i = index; i < steps.length; i++) set(i, 'after');
  else {
    set(index, 'live');
    // The steps between this one and the meeting come into the meeting too.
    if (current === 'before') for (let i = index + 1; i < steps.length && at(i) === 'before'; i++) set(i, 'live');
    if (current === 'after') for (let i = index - 1; i >= 0 && at(i) === 'after'; i--) set(i, 'live');
  }
  return next;
}

export interface PlanShape {
  mode: SessionMode;
  /** Async: the first opening; mixed: the meeting's start (epoch ms). */
  startsAt: number;
  /** Mixed: the meeting's length. */
  meetingMinutes: number;
  placement: Readonly<Record<string, Placement>>;
  /** Window lengths the facilitator set (ms), by step id; the others take the defaults. */
  lengths: Readonly<Record<string, number>>;
  /** Mixed: the steps before the meeting are squeezed so they open no earlier than this (now). */
  earliest: number;
}

/** The windows of the plan, in step order. */
export function buildWindows(method: Method, plan: PlanShape): StepWindow[] {
  if (plan.mode === 'live') return [];
  const asyncStepIds = plan.mode === 'mixed' ? method.steps.filter((step) => (plan.placement[step.id] ?? 'live') !== 'live').map((step) => step.id) : undefined;
  const defaults = defaultWindows(method, {
    mode: plan.mode,
    startsAt: plan.startsAt,
    meetingMinutes: plan.meetingMinutes,
    ...(asyncStepIds ? { asyncStepIds } : {}),
    earliest: plan.earliest,
  });
  const lengthOf = (window: StepWindow) => plan.lengths[window.stepId] ?? window.closesAt - window.opensAt;
  const forward = (windows: readonly StepWindow[], from: number): StepWindow[] => {
    let opensAt = from;
    return windows.map((window) => {
      const next = { stepId: window.stepId, opensAt, closesAt: opensAt + lengthOf(window) };
      opensAt = next.closesAt;
      return next;
    });
  };
  if (plan.mode === 'async') return forward(defaults, plan.startsAt);
  const before = defaults.filter((window) => plan.placement[window.stepId] === 'before');
  const after = defaults.filter((window) => plan.placement[window.stepId] === 'after');
  // Before the meeting: counted back from its start, the last one closing exactly then.
  let closesAt = plan.startsAt;
  const counted = [...before].reverse().map((window) => {
    const next = { stepId: window.stepId, opensAt: closesAt - lengthOf(window), closesAt };
    closesAt = next.opensAt;
    return next;
  });
  return [...counted.reverse(), ...forward(after, plan.startsAt + plan.meetingMinutes * MINUTE_MS)];
}

/** Window lengths by step id, from windows (an existing session's, to edit them). */
export function lengthsOf(windows: readonly { stepId: string; opensAt: string | number; closesAt: string | number }[]): Record<string, number> {
  const ms = (value: string | number) => (typeof value === 'number' ? value : Date.parse(value));
  return Object.fromEntries(windows.map((window) => [window.stepId, ms(window.closesAt) - ms(window.opensAt)]));
}

/** What the api takes: ISO 8601 in UTC (with its `Z` offset). */
export function toWindowInputs(windows: readonly StepWindow[]): StepWindowInput[] {
  return windows.map((window) => ({ stepId: window.stepId, opensAt: new Date(window.opensAt).toISOString(), closesAt: new Date(window.closesAt).toISOString() }));
}

/** Same windows (to send them only when they changed)? */
export function sameWindows(a: readonly StepWindowInput[], b: readonly Pick<StepWindowView, 'stepId' | 'opensAt' | 'closesAt'>[]): boolean {
  const norm = (list: readonly { stepId: string; opensAt: string; closesAt: string }[]) =>
    JSON.stringify(list.map((window) => [window.stepId, Date.parse(window.opensAt), Date.parse(window.closesAt)]));
  return norm(a) === norm(b);
}
