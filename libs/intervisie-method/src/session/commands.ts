import { PERSPECTIVES } from '@mao/domain';
import type { Perspective } from '@mao/domain';
import { z } from 'zod';
import { MAX_USER_ID_LENGTH } from './state.js';

/** The hats a participant can wear besides taking part: keeping time, writing the notes. */
export const HELPER_ROLES = ['timekeeper', 'notetaker'] as const;
export type HelperRole = (typeof HELPER_ROLES)[number];

const userId = z.string().min(1).max(MAX_USER_ID_LENGTH);
const stepId = z.string().min(1).max(64);
/** Finite minutes; the reducer decides which amounts make sense. */
const minutes = z.number();
const command = <T extends string, S extends z.core.$ZodLooseShape = Record<never, never>>(type: T, shape?: S) =>
  z.strictObject({ type: z.literal(type), ...(shape ?? ({} as S)) });

/**
 * What people ask of a live session, as a zod discriminated union on `type`. Every command is a
 * strict object: a field it does not carry makes it invalid. Who may send which is decided by
 * the reducer.
 */
export const sessionCommandSchema = z.discriminatedUnion('type', [
  command('start'),
  command('advance'),
  command('back'),
  command('jumpTo', { stepId }),
  command('pause'),
  command('resume'),
  /** Restart the current step's clock with this many minutes. */
  command('setTimer', { minutes }),
  /** Add minutes to the current step's clock; from overtime this first eats the overtime. */
  command('extendTimer', { minutes }),
  /** Reveal the private drafts of a step (default: the current one). */
  command('revealDrafts', { stepId: stepId.optional() }),
  command('raiseHand'),
  /** Lower your own hand, or, as facilitator, someone else's. */
  command('lowerHand', { userId: userId.optional() }),
  command('markReady'),
  command('unmarkReady'),
  command('assignPresenter', { userId: userId.nullable() }),
  command('assignFacilitator', { userId }),
  command('handOverFacilitation', { userId }),
  /**
   * Give both roles new holders in one move, as rotating methods need when the facilitator is
   * the next presenter (one at a time would briefly make one person hold both).
   */
  command('rotateRoles', { presenterId: userId, facilitatorId: userId }),
  // The perspective's value is checked by the reducer, so that a typo gets its own error code.
  command('assignPerspective', { userId, perspective: z.string().nullable() }),
  /** Give the timekeeper's or the notetaker's hat to a participant (null: nobody). */
  command('assignHelper', { role: z.enum(HELPER_ROLES), userId: userId.nullable() }),
  command('join'),
  command('leave'),
  command('end'),
  /** Only the schedule's clock: the window of this step (the current one) closed. */
  command('closeWindow', { stepId }),
]);

export type SessionCommand = Readonly<z.output<typeof sessionCommandSchema>>;
export type SessionCommandType = SessionCommand['type'];

export const SESSION_COMMAND_TYPES: readonly SessionCommandType[] = sessionCommandSchema.options.map((option) => option.shape.type.value);

/** The command, if the input is a well-formed one; null for anything else. Never throws. */
export function parseSessionCommand(input: unknown): SessionCommand | null {
  try {
    const parsed = sessionCommandSchema.safeParse(input);
    return parsed.success ? parsed.data : null;
    /* v8 ignore next 3 -- safeParse does not throw; a getter that throws on the input would */
  } catch {
    return null;
  }
}

export function isKnownPerspective(value: unknown): value is Perspective {
  return typeof value === 'string' && (PERSPECTIVES as readonly string[]).includes(value);
}
