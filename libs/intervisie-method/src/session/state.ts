import { PERSPECTIVES } from '@mao/domain';
import type { Perspective } from '@mao/domain';
import type { Method } from '../method/types.js';
import type { SessionErrorCode } from './errors.js';

export const SESSION_STATUSES = ['lobby', 'running', 'paused', 'ended'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export interface ReadyMark {
  readonly stepId: string;
  readonly userId: string;
}

export interface PerspectiveAssignment {
  readonly userId: string;
  readonly perspective: Perspective;
}

/**
 * The server-owned state of one live session. Plain JSON (arrays rather than keyed objects,
 * so user ids never collide with object prototype keys): the api stores it as jsonb and
 * resumes from it after a restart. All times are epoch milliseconds from the server clock.
 */
export interface SessionState {
  readonly methodId: string;
  readonly methodVersion: number;
  readonly status: SessionStatus;
  readonly currentStepIndex: number;
  /** Redundant with the index, kept so readers need no method to know where the group is. */
  readonly currentStepId: string;
  /** When the current step became current; null in the lobby and after the end. */
  readonly stepStartedAt: number | null;
  /** When the current step's time is up; set only while running. */
  readonly deadline: number | null;
  /** Frozen timer while paused; both are null unless paused. */
  readonly pausedRemainingMs: number | null;
  readonly pausedOvertimeMs: number | null;
  readonly startedAt: number | null;
  readonly endedAt: number | null;
  readonly facilitatorId: string | null;
  readonly presenterId: string | null;
  /** People connected right now, in order of arrival. */
  readonly presentUserIds: readonly string[];
  /** Raised hands in the order they went up: the facilitator gives turns in this order. */
  readonly raisedHands: readonly string[];
  readonly readyMarks: readonly ReadyMark[];
  readonly revealedStepIds: readonly string[];
  readonly perspectiveAssignments: readonly PerspectiveAssignment[];
  /** Step indexes left by advance or jump, newest last, so back returns where the group came from. */
  readonly stepHistory: readonly number[];
  /** Who already presented in this session (rotation methods use it). */
  readonly pastPresenterIds: readonly string[];
  /**
   * Steps a jump forward passed without doing them, until visited. Optional: states stored
   * before this field existed have none.
   */
  readonly skippedStepIds?: readonly string[];
  /**
   * Who keeps time (may pause, resume and change the clock) and who writes the notes (a writer
   * wherever the method names the notetaker). Optional: older stored states have neither.
   */
  readonly timekeeperId?: string | null;
  readonly notetakerId?: string | null;
  /** The clock of each step left before (remaining minus overtime, ms), so coming back continues it. */
  readonly stepTimeLeft?: readonly StepTimeLeft[];
  /** Increases with every accepted command; lets the api detect concurrent writers. */
  readonly revision: number;
}

export interface StepTimeLeft {
  readonly stepId: string;
  readonly netMs: number;
}

export interface SessionRoles {
  readonly facilitatorId?: string | null;
  readonly presenterId?: string | null;
}

export type CreateSessionResult =
  | { readonly ok: true; readonly state: SessionState }
  | { readonly ok: false; readonly error: SessionErrorCode };

export const MAX_USER_ID_LENGTH = 200;

export function isUserId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_USER_ID_LENGTH;
}

/** A new session in the lobby, with the roles the schedule already knows. */
export function createSessionState(method: Method, roles: SessionRoles = {}): CreateSessionResult {
  const facilitatorId = roles.facilitatorId ?? null;
  const presenterId = roles.presenterId ?? null;
  const firstStep = method.steps[0];
  if (!firstStep) return { ok: false, error: 'invalid_context' };
  if ((facilitatorId !== null && !isUserId(facilitatorId)) || (presenterId !== null && !isUserId(presenterId))) {
    return { ok: false, error: 'invalid_command' };
  }
  if (facilitatorId !== null && facilitatorId === presenterId) return { ok: false, error: 'presenter_is_facilitator' };
  return {
    ok: true,
    state: {
      methodId: method.id,
      methodVersion: method.version,
      status: 'lobby',
      currentStepIndex: 0,
      currentStepId: firstStep.id,
      stepStartedAt: null,
      deadline: null,
      pausedRemainingMs: null,
      pausedOvertimeMs: null,
      startedAt: null,
      endedAt: null,
      facilitatorId,
      presenterId,
      presentUserIds: [],
      raisedHands: [],
      readyMarks: [],
      revealedStepIds: [],
      perspectiveAssignments: [],
      stepHistory: [],
      pastPresenterIds: [],
      revision: 0,
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isNonNegative(value: unknown): value is number {
  return isTime(value) && value >= 0;
}

function isUniqueUserList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(isUserId) && new Set(value).size === value.length;
}

/**
 * Every rule a session state must satisfy for this method; empty when it is sound.
 * The reducer refuses to work on an unsound state, and the property tests use it as the oracle.
 */
export function sessionStateProblems(state: unknown, method: Method): string[] {
  if (!isRecord(state)) return ['state is not an object'];
  const problems: string[] = [];
  const check = (condition: boolean, problem: string): void => {
    if (!condition) problems.push(problem);
  };
  const stepIds = method.steps.map((step) => step.id);
  const status = state['status'];
  const index = state['currentStepIndex'];

  check(state['methodId'] === method.id && state['methodVersion'] === method.version, 'method does not match');
  check((SESSION_STATUSES as readonly unknown[]).includes(status), 'unknown status');
  const indexInRange = typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < method.steps.length;
  check(indexInRange, 'step index out of range');
  check(indexInRange && state['currentStepId'] === stepIds[index], 'step id does not match index');

  const facilitatorId = state['facilitatorId'];
  const presenterId = state['presenterId'];
  check(facilitatorId === null || isUserId(facilitatorId), 'invalid facilitator');
  check(presenterId === null || isUserId(presenterId), 'invalid presenter');
  check(facilitatorId === null || facilitatorId !== presenterId, 'facilitator is presenter');

  const timer = [state['stepStartedAt'], state['deadline'], state['pausedRemainingMs'], state['pausedOvertimeMs']];
  const [stepStartedAt, deadline, pausedRemainingMs, pausedOvertimeMs] = timer;
  if (status === 'running') {
    check(isTime(stepStartedAt) && isTime(deadline), 'running without a timer');
    check(pausedRemainingMs === null && pausedOvertimeMs === null, 'running with a paused timer');
  } else if (status === 'paused') {
    check(isTime(stepStartedAt) && deadline === null, 'paused with a running timer');
    check(isNonNegative(pausedRemainingMs) && isNonNegative(pausedOvertimeMs), 'paused timer is negative or missing');
  } else {
    check(timer.every((value) => value === null), 'timer outside a live session');
  }
  check(state['startedAt'] === null || isTime(state['startedAt']), 'invalid start time');
  check(state['endedAt'] === null || isTime(state['endedAt']), 'invalid end time');
  check((status === 'ended') === isTime(state['endedAt']), 'end time does not match status');

  const present = state['presentUserIds'];
  check(isUniqueUserList(present), 'invalid presence list');
  const hands = state['raisedHands'];
  check(isUniqueUserList(hands), 'invalid raised hands');
  check(
    Array.isArray(hands) && Array.isArray(present) && hands.every((userId: unknown) => present.includes(userId)),
    'a raised hand of someone absent',
  );

  const marks = state['readyMarks'];
  check(
    Array.isArray(marks) &&
      marks.every((mark: unknown) => isRecord(mark) && stepIds.includes(mark['stepId'] as string) && isUserId(mark['userId'])) &&
      new Set(marks.map((mark: unknown) => (isRecord(mark) ? `${String(mark['stepId'])}|${String(mark['userId'])}` : ''))).size ===
        marks.length,
    'invalid ready marks',
  );

  const revealed = state['revealedStepIds'];
  check(
    Array.isArray(revealed) &&
      new Set(revealed).size === revealed.length &&
      revealed.every((stepId: unknown) => method.steps.some((step) => step.id === stepId && step.privateDrafts)),
    'invalid revealed steps',
  );

  const assignments = state['perspectiveAssignments'];
  check(
    Array.isArray(assignments) &&
      assignments.every(
        (entry: unknown) =>
          isRecord(entry) && isUserId(entry['userId']) && (PERSPECTIVES as readonly unknown[]).includes(entry['perspective']),
      ) &&
      new Set(assignments.map((entry: unknown) => (isRecord(entry) ? entry['userId'] : undefined))).size === assignments.length,
    'invalid perspective assignments',
  );

  const history = state['stepHistory'];
  check(
    Array.isArray(history) &&
      history.every((entry: unknown) => typeof entry === 'number' && Number.isInteger(entry) && entry >= 0 && entry < method.steps.length),
    'invalid step history',
  );
  check(isUniqueUserList(state['pastPresenterIds']), 'invalid past presenters');
  for (const field of ['timekeeperId', 'notetakerId']) {
    const holder = state[field];
    check(holder === undefined || holder === null || isUserId(holder), `invalid ${field === 'timekeeperId' ? 'timekeeper' : 'notetaker'}`);
  }
  const skipped = state['skippedStepIds'];
  check(
    skipped === undefined || (Array.isArray(skipped) && new Set(skipped).size === skipped.length && skipped.every((stepId: unknown) => stepIds.includes(stepId as string))),
    'invalid skipped steps',
  );
  const timeLeft = state['stepTimeLeft'];
  check(
    timeLeft === undefined ||
      (Array.isArray(timeLeft) &&
        timeLeft.every((entry: unknown) => isRecord(entry) && stepIds.includes(entry['stepId'] as string) && isTime(entry['netMs'])) &&
        new Set(timeLeft.map((entry: unknown) => (isRecord(entry) ? entry['stepId'] : undefined))).size === timeLeft.length),
    'invalid step clocks',
  );
  const revision = state['revision'];
  check(typeof revision === 'number' && Number.isInteger(revision) && revision >= 0, 'invalid revision');
  return problems;
}

export function isSoundSessionState(state: unknown, method: Method): state is SessionState {
  return sessionStateProblems(state, method).length === 0;
}
