import type { LocalizedText, Method, MethodStep, PresenterMode, Role } from '../method/types.js';
import { STEP_KINDS } from '../method/step-kinds.js';
import type { Perspective } from '@mao/domain';
import type { SessionState } from './state.js';

export function currentStep(state: SessionState, method: Method): MethodStep | undefined {
  return method.steps[state.currentStepIndex];
}

export function isLive(state: SessionState): boolean {
  return state.status === 'running' || state.status === 'paused';
}

export interface TimeRemaining {
  /** Time left on the current step's clock; 0 once the deadline has passed. */
  readonly remainingMs: number;
  /** Time spent past the deadline; 0 before it. */
  readonly overtimeMs: number;
  /** Whether the clock is ticking (false in the lobby, while paused and after the end). */
  readonly running: boolean;
}

export function timeRemaining(state: SessionState, now: number): TimeRemaining {
  if (state.status === 'paused') {
    return { remainingMs: Math.max(0, state.pausedRemainingMs ?? 0), overtimeMs: Math.max(0, state.pausedOvertimeMs ?? 0), running: false };
  }
  if (state.status === 'running' && state.deadline !== null) {
    return { remainingMs: Math.max(0, state.deadline - now), overtimeMs: Math.max(0, now - state.deadline), running: true };
  }
  return { remainingMs: 0, overtimeMs: 0, running: false };
}

export interface Readiness {
  readonly stepId: string;
  readonly ready: readonly string[];
  readonly waiting: readonly string[];
}

/** Who is done with the current step. The facilitator is not counted: they decide when to move. */
export function readiness(state: SessionState): Readiness {
  const expected = state.presentUserIds.filter((userId) => userId !== state.facilitatorId);
  const isReady = (userId: string): boolean =>
    state.readyMarks.some((mark) => mark.stepId === state.currentStepId && mark.userId === userId);
  return { stepId: state.currentStepId, ready: expected.filter(isReady), waiting: expected.filter((userId) => !isReady(userId)) };
}

/** True when at least one person besides the facilitator is present and all of them are ready. */
export function everyoneReady(state: SessionState): boolean {
  const { ready, waiting } = readiness(state);
  return isLive(state) && ready.length > 0 && waiting.length === 0;
}

/**
 * The roles someone holds now. Facilitator and presenter come from the state, never from the
 * caller; `role` adds the optional hat (timekeeper, notetaker) the api knows from the roster.
 */
export function effectiveRoles(state: SessionState, userId: string, role: Role): readonly Role[] {
  if (userId === state.facilitatorId) return ['facilitator'];
  if (userId === state.presenterId) return ['presenter'];
  const hats: Role[] = [];
  if (role === 'timekeeper' || role === 'notetaker') hats.push(role);
  if (userId === state.timekeeperId && !hats.includes('timekeeper')) hats.push('timekeeper');
  if (userId === state.notetakerId && !hats.includes('notetaker')) hats.push('notetaker');
  return ['participant', ...hats];
}

const DRAFT_SEPARATOR = ':draft:';

/** The shared board of a step. */
export function boardIdFor(stepId: string): string {
  return stepId;
}

/** One person's private draft board for a step with private drafts. */
export function draftBoardId(stepId: string, userId: string): string {
  return `${stepId}${DRAFT_SEPARATOR}${userId}`;
}

export interface BoardRef {
  readonly stepId: string;
  /** Set for a private draft board. */
  readonly draftOwnerId: string | null;
}

export function parseBoardId(boardId: string): BoardRef {
  const at = boardId.indexOf(DRAFT_SEPARATOR);
  if (at < 0) return { stepId: boardId, draftOwnerId: null };
  return { stepId: boardId.slice(0, at), draftOwnerId: boardId.slice(at + DRAFT_SEPARATOR.length) };
}

/**
 * May this person change this board right now? Only the current step's board is writable,
 * only by the roles the step names, and only while the session is live (a pause stops the
 * clock, not the writing). In a private-drafts step everyone writes in their own draft until
 * the facilitator reveals; after that the drafts freeze and the shared board opens.
 */
export function canWrite(state: SessionState, method: Method, userId: string, role: Role, boardOrStepId: string): boolean {
  if (!isLive(state)) return false;
  const step = currentStep(state, method);
  if (!step || step.board === 'none') return false;
  const { stepId, draftOwnerId } = parseBoardId(boardOrStepId);
  if (stepId !== step.id) return false;
  if (!effectiveRoles(state, userId, role).some((held) => step.writers.includes(held))) return false;
  const draftsOpen = step.privateDrafts && !state.revealedStepIds.includes(step.id);
  if (draftOwnerId !== null) return draftsOpen && draftOwnerId === userId;
  return !draftsOpen;
}

/**
 * How long the board of the step just left still takes edits. An edit typed a moment before the
 * facilitator moved on is on its way while the move reaches the writer's screen; refused, it
 * would stay on that writer's screen and nowhere else.
 */
export const LATE_EDIT_GRACE_MS = 5_000;

/** The state just before the group moved to another step, and when the move happened. */
export interface LeftStep {
  readonly state: SessionState;
  readonly at: number;
}

/**
 * May this person still change a board of the step the group just left? Only within the grace
 * period after the move, only while the session is live, only what they could write on that step
 * (its rules as they were), and no draft that has been revealed since.
 */
export function canWriteLate(
  left: LeftStep | null,
  state: SessionState,
  method: Method,
  userId: string,
  role: Role,
  boardOrStepId: string,
  now: number,
): boolean {
  if (!left || !isLive(state) || left.state.currentStepId === state.currentStepId) return false;
  if (now < left.at || now - left.at > LATE_EDIT_GRACE_MS) return false;
  // Drafts revealed since are frozen: the others may be reading them already.
  const { stepId, draftOwnerId } = parseBoardId(boardOrStepId);
  if (draftOwnerId !== null && state.revealedStepIds.includes(stepId)) return false;
  return canWrite(left.state, method, userId, role, boardOrStepId);
}

/** The board ids this person may write on now (at most one in practice). */
export function writableBoards(state: SessionState, method: Method, userId: string, role: Role): string[] {
  const step = currentStep(state, method);
  if (!step) return [];
  return [boardIdFor(step.id), draftBoardId(step.id, userId)].filter((boardId) => canWrite(state, method, userId, role, boardId));
}

/**
 * May this session member see this board? Shared boards are open to all; a private draft
 * only to its owner and the facilitator (who moderates before revealing) until revealed.
 */
export function canRead(state: SessionState, method: Method, userId: string, boardOrStepId: string): boolean {
  const { stepId, draftOwnerId } = parseBoardId(boardOrStepId);
  const step = method.steps.find((candidate) => candidate.id === stepId);
  if (!step) return false;
  if (draftOwnerId === null) return true;
  if (!step.privateDrafts) return false;
  return draftOwnerId === userId || userId === state.facilitatorId || state.revealedStepIds.includes(step.id);
}

export const PRESENTER_BANNERS: Readonly<Record<PresenterMode, LocalizedText>> = {
  speaks: { nl: 'De inbrenger heeft het woord', en: 'The presenter has the floor' },
  answers: { nl: 'De inbrenger beantwoordt vragen', en: 'The presenter answers questions' },
  listens: { nl: 'De inbrenger luistert alleen', en: 'The presenter only listens' },
  away: { nl: 'De inbrenger is uit beeld en luistert mee', en: 'The presenter is off camera and listening in' },
};

export interface PresenterInstruction {
  readonly stepId: string;
  readonly mode: PresenterMode;
  /** Short line shown to everyone, so the group knows what the inbrenger may do. */
  readonly banner: LocalizedText;
  /** The full instruction for the inbrenger. */
  readonly instruction: LocalizedText;
}

/** What the inbrenger does now; null outside a live session or while nobody presents yet. */
export function presenterInstruction(state: SessionState, method: Method): PresenterInstruction | null {
  const step = currentStep(state, method);
  if (!step || !isLive(state) || state.presenterId === null) return null;
  // In a group step that is not about the case (terugblik, oogst, evaluatie) the inbrenger takes
  // part like everyone: "De inbrenger heeft het woord" would be wrong there, so no banner.
  if (!STEP_KINDS[step.kind]?.needsPresenter && step.presenterMode === 'speaks') return null;
  return { stepId: step.id, mode: step.presenterMode, banner: PRESENTER_BANNERS[step.presenterMode], instruction: step.instructions.presenter };
}

/** The current step's instruction for this person, by the role they hold now. */
export function instructionFor(state: SessionState, method: Method, userId: string): LocalizedText | null {
  const step = currentStep(state, method);
  if (!step) return null;
  if (userId === state.facilitatorId) return step.instructions.facilitator;
  if (userId === state.presenterId) return step.instructions.presenter;
  return step.instructions.participants;
}

export function perspectiveOf(state: SessionState, userId: string): Perspective | null {
  return state.perspectiveAssignments.find((entry) => entry.userId === userId)?.perspective ?? null;
}

/**
 * Whether the group works on the casus in this step, so the room shows it openly (it stays one
 * click away elsewhere): the steps about the case (their kind needs an inbrenger) and writing
 * questions in silence about it.
 */
export function showsCase(step: MethodStep): boolean {
  return Boolean(STEP_KINDS[step.kind]?.needsPresenter) || step.kind === 'silent-writing';
}

/** Can the facilitator move on? Tells the web which buttons to enable. */
export function navigation(state: SessionState, method: Method): { canAdvance: boolean; canGoBack: boolean; isLastStep: boolean } {
  const live = isLive(state);
  const isLastStep = state.currentStepIndex === method.steps.length - 1;
  return {
    canAdvance: live && !isLastStep,
    canGoBack: live && (state.stepHistory.length > 0 || state.currentStepIndex > 0),
    isLastStep,
  };
}
