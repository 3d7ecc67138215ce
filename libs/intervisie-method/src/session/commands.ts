import { PERSPECTIVES } from '@mao/domain';
import type { Perspective } from '@mao/domain';
import { isUserId } from './state.js';

/** What people ask of a live session. Who may send which is decided by the reducer. */
export type SessionCommand =
  | { readonly type: 'start' }
  | { readonly type: 'advance' }
  | { readonly type: 'back' }
  | { readonly type: 'jumpTo'; readonly stepId: string }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  /** Restart the current step's clock with this many minutes. */
  | { readonly type: 'setTimer'; readonly minutes: number }
  /** Add minutes to the current step's clock; from overtime this first eats the overtime. */
  | { readonly type: 'extendTimer'; readonly minutes: number }
  /** Reveal the private drafts of a step (default: the current one). */
  | { readonly type: 'revealDrafts'; readonly stepId?: string }
  | { readonly type: 'raiseHand' }
  /** Lower your own hand, or, as facilitator, someone else's. */
  | { readonly type: 'lowerHand'; readonly userId?: string }
  | { readonly type: 'markReady' }
  | { readonly type: 'unmarkReady' }
  | { readonly type: 'assignPresenter'; readonly userId: string | null }
  | { readonly type: 'assignFacilitator'; readonly userId: string }
  | { readonly type: 'handOverFacilitation'; readonly userId: string }
  /**
   * Give both roles new holders in one move, as rotating methods need when the facilitator is
   * the next presenter (one at a time would briefly make one person hold both).
   */
  | { readonly type: 'rotateRoles'; readonly presenterId: string; readonly facilitatorId: string }
  | { readonly type: 'assignPerspective'; readonly userId: string; readonly perspective: Perspective | null }
  /** Give the timekeeper's or the notetaker's hat to a participant (null: nobody). */
  | { readonly type: 'assignHelper'; readonly role: HelperRole; readonly userId: string | null }
  | { readonly type: 'join' }
  | { readonly type: 'leave' }
  | { readonly type: 'end' };

export type SessionCommandType = SessionCommand['type'];

/** The hats a participant can wear besides taking part: keeping time, writing the notes. */
export const HELPER_ROLES = ['timekeeper', 'notetaker'] as const;
export type HelperRole = (typeof HELPER_ROLES)[number];

type FieldRule = (value: unknown) => boolean;

const optional =
  (rule: FieldRule): FieldRule =>
  (value) =>
    value === undefined || rule(value);
const nullable =
  (rule: FieldRule): FieldRule =>
  (value) =>
    value === null || rule(value);
const isStepId: FieldRule = (value) => typeof value === 'string' && value.length > 0 && value.length <= 64;
const isMinutes: FieldRule = (value) => typeof value === 'number' && Number.isFinite(value);
const isPerspective: FieldRule = (value) => typeof value === 'string';
const isHelperRole: FieldRule = (value) => (HELPER_ROLES as readonly unknown[]).includes(value);

/** The payload each command carries; anything else in the object makes it invalid. */
const COMMAND_FIELDS: Readonly<Record<SessionCommandType, Readonly<Record<string, FieldRule>>>> = {
  start: {},
  advance: {},
  back: {},
  jumpTo: { stepId: isStepId },
  pause: {},
  resume: {},
  setTimer: { minutes: isMinutes },
  extendTimer: { minutes: isMinutes },
  revealDrafts: { stepId: optional(isStepId) },
  raiseHand: {},
  lowerHand: { userId: optional(isUserId) },
  markReady: {},
  unmarkReady: {},
  assignPresenter: { userId: nullable(isUserId) },
  assignFacilitator: { userId: isUserId },
  handOverFacilitation: { userId: isUserId },
  rotateRoles: { presenterId: isUserId, facilitatorId: isUserId },
  // The perspective's value is checked by the reducer, so that a typo gets its own error code.
  assignPerspective: { userId: isUserId, perspective: nullable(isPerspective) },
  assignHelper: { role: isHelperRole, userId: nullable(isUserId) },
  join: {},
  leave: {},
  end: {},
};

export const SESSION_COMMAND_TYPES = Object.keys(COMMAND_FIELDS) as SessionCommandType[];

/** The command, if the input is a well-formed one; null for anything else. Never throws. */
export function parseSessionCommand(input: unknown): SessionCommand | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const record = input as Record<string, unknown>;
  const type = record['type'];
  if (typeof type !== 'string' || !Object.hasOwn(COMMAND_FIELDS, type)) return null;
  const fields = COMMAND_FIELDS[type as SessionCommandType];
  for (const key of Object.keys(record)) {
    if (key !== 'type' && !Object.hasOwn(fields, key)) return null;
  }
  for (const [key, rule] of Object.entries(fields)) {
    if (!rule(record[key])) return null;
  }
  return record as SessionCommand;
}

export function isKnownPerspective(value: unknown): value is Perspective {
  return typeof value === 'string' && (PERSPECTIVES as readonly string[]).includes(value);
}
