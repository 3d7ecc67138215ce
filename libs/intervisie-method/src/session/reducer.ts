import { BACKGROUNDS } from '@mao/domain';
import { z } from 'zod';
import { STEP_KINDS } from '../method/step-kinds.js';
import type { Method, MethodStep } from '../method/types.js';
import { isKnownPerspective, parseSessionCommand } from './commands.js';
import { proposePerspectiveAssignments, type MemberBackground } from './perspectives.js';
import type { SessionCommand } from './commands.js';
import type { SessionErrorCode } from './errors.js';
import type { SessionEvent, StepChangeReason } from './events.js';
import { MAX_USER_ID_LENGTH, isSoundSessionState } from './state.js';
import type { SessionState } from './state.js';
import { windowOf, type StepWindow } from '../schedule/windows.js';

export interface SessionContext {
  /** Server time, epoch milliseconds: the library has no clock of its own. */
  readonly now: number;
  /** The authenticated user sending the command. */
  readonly actorId: string;
  /** The session's frozen copy of its method. */
  readonly method: Method;
  /**
   * The api vouches that the actor may take facilitation over even from someone else
   * (for example a CoP facilitator when the session's facilitator dropped out).
   */
  readonly actorMayTakeOver?: boolean;
  /**
   * The backgrounds of the people on the roster. When given, a step with the perspectives board
   * starts with the proposal applied (never one's own domain), so nobody waits for the
   * facilitator to apply it; the facilitator can still change it.
   */
  readonly backgrounds?: readonly MemberBackground[];
  /**
   * The windows of an asynchronous or mixed session. A step with a window runs until its window
   * closes (its clock shows that moment) instead of for its timebox.
   */
  readonly windows?: readonly StepWindow[];
  /**
   * The api vouches that the schedule's clock sends this command (a window opened or closed):
   * it may start, advance and close windows as the facilitator could. Clients never set it.
   */
  readonly byClock?: boolean;
}

export type ReduceResult =
  | { readonly ok: true; readonly state: SessionState; readonly events: readonly SessionEvent[] }
  | { readonly ok: false; readonly error: SessionErrorCode };

const MINUTE_MS = 60_000;
const MIN_TIMER_MS = 1_000;
const MAX_TIMER_MS = 240 * MINUTE_MS;
/** Enough to undo any realistic run of moves; keeps the stored state small. */
export const MAX_STEP_HISTORY = 100;

type Outcome = ReduceResult;
type Draft = { -readonly [K in keyof SessionState]: SessionState[K] };

const refuse = (error: SessionErrorCode): Outcome => ({ ok: false, error });

function accept(state: SessionState, changes: Partial<Draft>, events: SessionEvent[]): Outcome {
  return { ok: true, state: { ...state, ...changes, revision: state.revision + 1 }, events };
}

/**
 * What the caller must pass along: a finite time, the actor, the method (with steps), and
 * optionally the take-over vouch and the roster's backgrounds (each a known background).
 */
const sessionContextSchema = z.looseObject({
  now: z.number(),
  actorId: z.string().min(1).max(MAX_USER_ID_LENGTH),
  method: z.looseObject({ steps: z.array(z.unknown()).min(1) }),
  actorMayTakeOver: z.boolean().optional(),
  backgrounds: z.array(z.looseObject({ userId: z.string(), background: z.enum(BACKGROUNDS) })).optional(),
  windows: z.array(z.looseObject({ stepId: z.string(), opensAt: z.number(), closesAt: z.number() })).optional(),
  byClock: z.boolean().optional(),
});

function isValidContext(context: unknown): context is SessionContext {
  return sessionContextSchema.safeParse(context).success;
}

function stepMs(step: MethodStep): number {
  return step.timeboxMinutes * MINUTE_MS;
}

/**
 * The clock a step starts with: until its window closes when it has one (a window that closed
 * already — the group came late or went back — gives the step its timebox), else its timebox.
 */
function entryMs(step: MethodStep, context: SessionContext): number {
  const window = windowOf(context.windows, step.id);
  if (window && window.closesAt > context.now) return window.closesAt - context.now;
  return stepMs(step);
}

function needsPresenter(step: MethodStep): boolean {
  return STEP_KINDS[step.kind]?.needsPresenter ?? false;
}

/** Remaining and overtime of the current clock, never negative. */
function clock(state: SessionState, now: number): { remainingMs: number; overtimeMs: number } {
  if (state.status === 'paused') {
    return { remainingMs: state.pausedRemainingMs ?? 0, overtimeMs: state.pausedOvertimeMs ?? 0 };
  }
  if (state.status === 'running' && state.deadline !== null) {
    return { remainingMs: Math.max(0, state.deadline - now), overtimeMs: Math.max(0, now - state.deadline) };
  }
  return { remainingMs: 0, overtimeMs: 0 };
}

/** Timer fields for a clock showing `netMs` (negative = overtime), in the state's status. */
function timerFor(state: SessionState, now: number, netMs: number): Partial<Draft> {
  if (state.status === 'paused') {
    return { deadline: null, pausedRemainingMs: Math.max(0, netMs), pausedOvertimeMs: Math.max(0, -netMs) };
  }
  return { deadline: now + netMs, pausedRemainingMs: null, pausedOvertimeMs: null };
}

function requireLive(state: SessionState): SessionErrorCode | null {
  if (state.status === 'lobby') return 'not_started';
  if (state.status === 'ended') return 'already_ended';
  return null;
}

function requireFacilitator(state: SessionState, actorId: string): SessionErrorCode | null {
  if (state.facilitatorId === null) return 'no_facilitator';
  return state.facilitatorId === actorId ? null : 'not_facilitator';
}

function firstError(...checks: Array<() => SessionErrorCode | null>): SessionErrorCode | null {
  for (const check of checks) {
    const error = check();
    if (error) return error;
  }
  return null;
}

function moveTo(state: SessionState, context: SessionContext, toIndex: number, reason: StepChangeReason): Outcome {
  const { method, now, actorId } = context;
  const from = method.steps[state.currentStepIndex];
  const to = method.steps[toIndex];
  if (!from || !to) return refuse('unknown_step');
  let stepHistory = state.stepHistory;
  if (reason === 'back') {
    stepHistory = stepHistory.slice(0, -1);
  } else {
    stepHistory = [...stepHistory, state.currentStepIndex].slice(-MAX_STEP_HISTORY);
  }
  // The clock of the step we leave is kept: coming back continues it instead of starting the full timebox again.
  const { remainingMs, overtimeMs } = clock(state, now);
  const timeLeft = [...(state.stepTimeLeft ?? []).filter((entry) => entry.stepId !== from.id && entry.stepId !== to.id), { stepId: from.id, netMs: remainingMs - overtimeMs }];
  // A step with a window keeps to its window: coming back does not give it old clock time.
  const resumed = windowOf(context.windows, to.id) ? undefined : (state.stepTimeLeft ?? []).find((entry) => entry.stepId === to.id);
  // A jump forward passes steps the group never did: they are marked skipped (not done) until visited.
  const visited = new Set([...stepHistory, toIndex, state.currentStepIndex]);
  const passed = reason === 'jump' && toIndex > state.currentStepIndex + 1 ? method.steps.slice(state.currentStepIndex + 1, toIndex).filter((_, offset) => !visited.has(state.currentStepIndex + 1 + offset)) : [];
  const skippedStepIds = [...new Set([...(state.skippedStepIds ?? []), ...passed.map((step) => step.id)])].filter((stepId) => stepId !== to.id);
  const timer = timerFor(state, now, resumed ? resumed.netMs : entryMs(to, context));
  const event: SessionEvent = {
    type: 'step_changed',
    at: now,
    by: actorId,
    from: from.id,
    to: to.id,
    fromIndex: state.currentStepIndex,
    toIndex,
    reason,
    deadline: timer.deadline ?? null,
    loweredHands: state.raisedHands,
  };
  const events: SessionEvent[] = [event];
  // Leaving a step in writing forward ends its window early: its private drafts are revealed, as at the close.
  let revealedStepIds = state.revealedStepIds;
  if (toIndex > state.currentStepIndex && from.privateDrafts && windowOf(context.windows, from.id) && !revealedStepIds.includes(from.id)) {
    revealedStepIds = [...revealedStepIds, from.id];
    events.unshift({ type: 'drafts_revealed', at: now, by: actorId, stepId: from.id });
  }
  let perspectiveAssignments = state.perspectiveAssignments;
  if (to.board === 'perspectives' && perspectiveAssignments.length === 0 && context.backgrounds) {
    const present = context.backgrounds.filter((member) => state.presentUserIds.includes(member.userId));
    const exclude = [state.presenterId, state.facilitatorId].filter((userId): userId is string => userId !== null);
    perspectiveAssignments = proposePerspectiveAssignments(present, { exclude });
    for (const assignment of perspectiveAssignments) events.push({ type: 'perspective_assigned', at: now, by: actorId, ...assignment });
  }
  return accept(
    state,
    { ...timer, currentStepIndex: toIndex, currentStepId: to.id, stepStartedAt: now, stepHistory, raisedHands: [], stepTimeLeft: timeLeft, skippedStepIds, perspectiveAssignments, revealedStepIds },
    events,
  );
}

function handle(state: SessionState, command: SessionCommand, context: SessionContext): Outcome {
  const { method, now, actorId } = context;
  const base = { at: now, by: actorId };
  const steps = method.steps;
  const current = steps[state.currentStepIndex];
  /* v8 ignore next -- the soundness check guarantees the current step exists */
  if (!current) return refuse('invalid_state');
  const live = (): SessionErrorCode | null => requireLive(state);
  // The schedule's clock acts for the facilitator when a window opens or closes.
  const facilitator = (): SessionErrorCode | null => (context.byClock === true ? null : requireFacilitator(state, actorId));
  const notEnded = (): SessionErrorCode | null => (state.status === 'ended' ? 'already_ended' : null);
  const present = (): SessionErrorCode | null => (state.presentUserIds.includes(actorId) ? null : 'not_present');
  // The clock is the facilitator's, and the timekeeper's when there is one.
  const keepsTime = (): SessionErrorCode | null => (state.timekeeperId === actorId && state.facilitatorId !== null ? null : facilitator());

  switch (command.type) {
    case 'start': {
      const error = firstError(
        () => (state.status === 'ended' ? 'already_ended' : state.status === 'lobby' ? null : 'already_started'),
        facilitator,
        () => (needsPresenter(current) && state.presenterId === null ? 'no_presenter' : null),
      );
      if (error) return refuse(error);
      const deadline = now + entryMs(current, context);
      return accept(
        state,
        { status: 'running', startedAt: now, stepStartedAt: now, deadline, pausedRemainingMs: null, pausedOvertimeMs: null },
        [{ ...base, type: 'session_started', stepId: current.id, deadline }],
      );
    }

    case 'advance': {
      const target = steps[state.currentStepIndex + 1];
      const error = firstError(live, facilitator, () => (target ? null : 'no_next_step'), () =>
        target && needsPresenter(target) && state.presenterId === null ? 'no_presenter' : null,
      );
      if (error) return refuse(error);
      return moveTo(state, context, state.currentStepIndex + 1, 'advance');
    }

    case 'back': {
      const error = firstError(live, facilitator);
      if (error) return refuse(error);
      // Back follows the route the group took, so a jump is undone as easily as a next.
      const remembered = state.stepHistory.at(-1);
      if (remembered !== undefined) return moveTo(state, context, remembered, 'back');
      if (state.currentStepIndex === 0) return refuse('no_previous_step');
      return moveTo({ ...state, stepHistory: [...state.stepHistory, state.currentStepIndex - 1] }, context, state.currentStepIndex - 1, 'back');
    }

    case 'jumpTo': {
      const targetIndex = steps.findIndex((step) => step.id === command.stepId);
      const target = steps[targetIndex];
      const error = firstError(
        live,
        facilitator,
        () => (target ? null : 'unknown_step'),
        () => (targetIndex === state.currentStepIndex ? 'already_on_step' : null),
        () => (target && needsPresenter(target) && state.presenterId === null ? 'no_presenter' : null),
      );
      if (error) return refuse(error);
      return moveTo(state, context, targetIndex, 'jump');
    }

    case 'pause': {
      const error = firstError(live, keepsTime, () => (state.status === 'paused' ? 'already_paused' : null));
      if (error) return refuse(error);
      const { remainingMs, overtimeMs } = clock(state, now);
      return accept(state, { status: 'paused', deadline: null, pausedRemainingMs: remainingMs, pausedOvertimeMs: overtimeMs }, [
        { ...base, type: 'session_paused', stepId: current.id, remainingMs, overtimeMs },
      ]);
    }

    case 'resume': {
      const error = firstError(live, keepsTime, () => (state.status === 'paused' ? null : 'not_paused'));
      if (error) return refuse(error);
      const { remainingMs, overtimeMs } = clock(state, now);
      const deadline = now + remainingMs - overtimeMs;
      return accept(state, { status: 'running', deadline, pausedRemainingMs: null, pausedOvertimeMs: null }, [
        { ...base, type: 'session_resumed', stepId: current.id, deadline },
      ]);
    }

    case 'setTimer':
    case 'extendTimer': {
      const durationMs = Math.round(command.minutes * MINUTE_MS);
      const error = firstError(
        live,
        keepsTime,
        // A step in writing runs until its window closes: a four-hour timer would end a window of days.
        () => (windowOf(context.windows, current.id) ? 'step_has_window' : null),
        () => (durationMs >= MIN_TIMER_MS && durationMs <= MAX_TIMER_MS ? null : 'invalid_duration'),
      );
      if (error) return refuse(error);
      const { remainingMs, overtimeMs } = clock(state, now);
      const netMs = command.type === 'setTimer' ? durationMs : remainingMs - overtimeMs + durationMs;
      const timer = timerFor(state, now, netMs);
      const after = { ...state, ...timer };
      return accept(state, timer, [
        {
          ...base,
          type: command.type === 'setTimer' ? 'timer_set' : 'timer_extended',
          stepId: current.id,
          durationMs,
          deadline: timer.deadline ?? null,
          ...clock(after, now),
        },
      ]);
    }

    case 'revealDrafts': {
      const stepId = command.stepId ?? current.id;
      const targetIndex = steps.findIndex((step) => step.id === stepId);
      const target = steps[targetIndex];
      const error = firstError(
        live,
        facilitator,
        () => (target ? null : 'unknown_step'),
        () => (targetIndex > state.currentStepIndex ? 'step_not_reached' : null),
        () => (target?.privateDrafts ? null : 'no_private_drafts'),
        () => (state.revealedStepIds.includes(stepId) ? 'already_revealed' : null),
      );
      if (error) return refuse(error);
      return accept(state, { revealedStepIds: [...state.revealedStepIds, stepId] }, [{ ...base, type: 'drafts_revealed', stepId }]);
    }

    case 'raiseHand': {
      const error = firstError(live, present, () => (state.raisedHands.includes(actorId) ? 'hand_already_raised' : null));
      if (error) return refuse(error);
      return accept(state, { raisedHands: [...state.raisedHands, actorId] }, [{ ...base, type: 'hand_raised', userId: actorId }]);
    }

    case 'lowerHand': {
      const userId = command.userId ?? actorId;
      const error = firstError(
        live,
        () => (userId === actorId ? null : facilitator()),
        () => (state.raisedHands.includes(userId) ? null : 'hand_not_raised'),
      );
      if (error) return refuse(error);
      return accept(state, { raisedHands: state.raisedHands.filter((id) => id !== userId) }, [{ ...base, type: 'hand_lowered', userId }]);
    }

    case 'markReady':
    case 'unmarkReady': {
      const marked = state.readyMarks.some((mark) => mark.stepId === current.id && mark.userId === actorId);
      const marking = command.type === 'markReady';
      const error = firstError(live, present, () => {
        if (marking) return marked ? 'already_ready' : null;
        return marked ? null : 'not_ready';
      });
      if (error) return refuse(error);
      const readyMarks = marking
        ? [...state.readyMarks, { stepId: current.id, userId: actorId }]
        : state.readyMarks.filter((mark) => !(mark.stepId === current.id && mark.userId === actorId));
      return accept(state, { readyMarks }, [
        { ...base, type: marking ? 'ready_marked' : 'ready_unmarked', stepId: current.id, userId: actorId },
      ]);
    }

    case 'assignPresenter': {
      const to = command.userId;
      const error = firstError(
        notEnded,
        () => (state.facilitatorId === null ? null : facilitator()),
        () => (to !== null && to === state.facilitatorId ? 'presenter_is_facilitator' : null),
        () => (to === state.presenterId ? 'no_change' : null),
        () => (to === null && state.status !== 'lobby' && needsPresenter(current) ? 'no_presenter' : null),
      );
      if (error) return refuse(error);
      const from = state.presenterId;
      const pastPresenterIds =
        state.status !== 'lobby' && from !== null && !state.pastPresenterIds.includes(from)
          ? [...state.pastPresenterIds, from]
          : state.pastPresenterIds;
      return accept(state, { presenterId: to, pastPresenterIds }, [{ ...base, type: 'presenter_assigned', from, to }]);
    }

    case 'assignFacilitator':
    case 'handOverFacilitation': {
      const to = command.userId;
      const handover = command.type === 'handOverFacilitation';
      const mayAssign = state.facilitatorId === null || state.facilitatorId === actorId || context.actorMayTakeOver === true;
      const error = firstError(
        notEnded,
        () => (handover ? facilitator() : mayAssign ? null : 'not_facilitator'),
        () => (to === state.presenterId ? 'presenter_is_facilitator' : null),
        () => (to === state.facilitatorId ? 'no_change' : null),
        () => (handover && !state.presentUserIds.includes(to) ? 'not_present' : null),
      );
      if (error) return refuse(error);
      return accept(state, { facilitatorId: to }, [{ ...base, type: 'facilitator_assigned', from: state.facilitatorId, to, handover }]);
    }

    case 'rotateRoles': {
      const { presenterId, facilitatorId } = command;
      const error = firstError(
        notEnded,
        facilitator,
        () => (presenterId === facilitatorId ? 'presenter_is_facilitator' : null),
        () => (presenterId === state.presenterId && facilitatorId === state.facilitatorId ? 'no_change' : null),
        () => (facilitatorId !== state.facilitatorId && !state.presentUserIds.includes(facilitatorId) ? 'not_present' : null),
      );
      if (error) return refuse(error);
      const events: SessionEvent[] = [];
      if (presenterId !== state.presenterId) events.push({ ...base, type: 'presenter_assigned', from: state.presenterId, to: presenterId });
      if (facilitatorId !== state.facilitatorId) {
        events.push({ ...base, type: 'facilitator_assigned', from: state.facilitatorId, to: facilitatorId, handover: true });
      }
      const from = state.presenterId;
      const pastPresenterIds =
        state.status !== 'lobby' && from !== null && from !== presenterId && !state.pastPresenterIds.includes(from)
          ? [...state.pastPresenterIds, from]
          : state.pastPresenterIds;
      return accept(state, { presenterId, facilitatorId, pastPresenterIds }, events);
    }

    case 'assignPerspective': {
      const { userId, perspective } = command;
      const existing = state.perspectiveAssignments.find((entry) => entry.userId === userId);
      const error = firstError(
        notEnded,
        facilitator,
        () => (perspective === null || isKnownPerspective(perspective) ? null : 'unknown_perspective'),
        () => ((existing?.perspective ?? null) === perspective ? 'no_change' : null),
      );
      if (error) return refuse(error);
      // Known by now (an unknown one was refused above); the command carries it as text.
      const chosen = perspective !== null && isKnownPerspective(perspective) ? perspective : null;
      const others = state.perspectiveAssignments.filter((entry) => entry.userId !== userId);
      const perspectiveAssignments = chosen === null ? others : [...others, { userId, perspective: chosen }];
      return accept(state, { perspectiveAssignments }, [{ ...base, type: 'perspective_assigned', userId, perspective: chosen }]);
    }

    case 'assignHelper': {
      const field = command.role === 'timekeeper' ? 'timekeeperId' : 'notetakerId';
      const from = state[field] ?? null;
      const to = command.userId;
      const error = firstError(
        notEnded,
        facilitator,
        () => (to !== null && (to === state.facilitatorId || to === state.presenterId) ? 'helper_has_main_role' : null),
        () => (to === from ? 'no_change' : null),
      );
      if (error) return refuse(error);
      return accept(state, { [field]: to }, [{ ...base, type: 'helper_assigned', role: command.role, from, to }]);
    }

    case 'join': {
      const error = firstError(notEnded, () => (state.presentUserIds.includes(actorId) ? 'already_present' : null));
      if (error) return refuse(error);
      return accept(state, { presentUserIds: [...state.presentUserIds, actorId] }, [
        { ...base, type: 'participant_joined', userId: actorId },
      ]);
    }

    case 'leave': {
      const error = present();
      if (error) return refuse(error);
      // Roles stay with the person: a dropped connection must not cost the inbrenger the floor.
      return accept(
        state,
        {
          presentUserIds: state.presentUserIds.filter((id) => id !== actorId),
          raisedHands: state.raisedHands.filter((id) => id !== actorId),
        },
        [{ ...base, type: 'participant_left', userId: actorId }],
      );
    }

    case 'closeWindow': {
      const index = state.currentStepIndex;
      const error = firstError(
        () => (context.byClock === true ? null : 'not_facilitator'),
        live,
        () => (command.stepId === current.id ? null : 'window_not_current'),
        () => (windowOf(context.windows, current.id) ? null : 'no_window'),
      );
      if (error) return refuse(error);
      // Private drafts are revealed when their window closes: everyone wrote alone, now all read all.
      const revealed = current.privateDrafts && !state.revealedStepIds.includes(current.id);
      const opened: SessionState = revealed ? { ...state, revealedStepIds: [...state.revealedStepIds, current.id] } : state;
      const revealEvents: SessionEvent[] = revealed ? [{ ...base, type: 'drafts_revealed', stepId: current.id }] : [];
      const next = steps[index + 1];
      // Without an inbrenger the next step cannot start: the step stays open until the facilitator names one.
      if (next && needsPresenter(next) && state.presenterId === null) return refuse('no_presenter');
      const moved = next ? moveTo(opened, context, index + 1, 'clock') : handle(opened, { type: 'end' }, context);
      if (!moved.ok) return moved;
      return { ok: true, state: { ...moved.state, revision: state.revision + 1 }, events: [...revealEvents, ...moved.events] };
    }

    case 'end': {
      const mayEnd = (): SessionErrorCode | null => (context.actorMayTakeOver === true || context.byClock === true ? null : facilitator());
      const error = firstError(notEnded, mayEnd);
      if (error) return refuse(error);
      return accept(
        state,
        {
          status: 'ended',
          endedAt: now,
          stepStartedAt: null,
          deadline: null,
          pausedRemainingMs: null,
          pausedOvertimeMs: null,
          raisedHands: [],
        },
        [{ ...base, type: 'session_ended', stepId: current.id }],
      );
    }
  }
}

/**
 * The session state machine: pure and total. Any input, however malformed, yields either
 * the next state with the events describing the transition, or an error code and no change.
 */
export function reduce(state: SessionState, command: unknown, context: SessionContext): ReduceResult {
  try {
    if (!isValidContext(context)) return refuse('invalid_context');
    const { method } = context;
    if (typeof state === 'object' && state !== null && (state.methodId !== method.id || state.methodVersion !== method.version)) {
      return refuse('method_mismatch');
    }
    if (!isSoundSessionState(state, method)) return refuse('invalid_state');
    const parsed = parseSessionCommand(command);
    if (!parsed) return refuse('invalid_command');
    return handle(state, parsed, context);
    /* v8 ignore next 4 -- last line of defence for totality; nothing above is known to throw */
  } catch {
    return refuse('invalid_state');
  }
}
