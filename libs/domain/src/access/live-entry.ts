import type { Rsvp } from './session-access.js';

/**
 * How someone gets into a session's live room from the session page (issue 15): on the day,
 * every member of the CoP either goes in, answers "yes" and goes in with one click, or is told
 * why not. The same rules as the api's: the live roster is the facilitator, the inbrenger and the
 * members who said yes (`hasConfirmedSeat`); a "yes" is refused when every place is taken
 * (`session_full`); cancelled and closed sessions take no one.
 */
export type LiveEntryRefusal = 'not_member' | 'cancelled' | 'ended' | 'not_today' | 'full';

export type LiveEntry =
  /** Has a seat and the room is open: a link into the room. */
  | { kind: 'enter' }
  /** A member without a seat (no answer, "maybe" or "no"), a place is free: RSVP yes and go in, in one step. */
  | { kind: 'rsvp-and-enter' }
  | { kind: 'refused'; reason: LiveEntryRefusal };

export interface LiveEntryInput {
  status: 'scheduled' | 'live' | 'closed' | 'cancelled';
  /** null: not a member of the session's CoP. */
  myRole: 'facilitator' | 'presenter' | 'participant' | null;
  myRsvp: Rsvp | null;
  /** The session's day on its own wall clock (`SessionView.localDate`, YYYY-MM-DD). */
  localDate: string;
  maxParticipants: number;
  /** Members who said yes (the facilitator and inbrenger included). */
  yesCount: number;
}

/** `today`: the current date on the session's wall clock (Europe/Amsterdam), YYYY-MM-DD. */
export function liveEntry(session: LiveEntryInput, today: string): LiveEntry {
  if (session.myRole === null) return { kind: 'refused', reason: 'not_member' };
  if (session.status === 'cancelled') return { kind: 'refused', reason: 'cancelled' };
  if (session.status === 'closed') return { kind: 'refused', reason: 'ended' };
  if (session.status === 'scheduled' && session.localDate !== today) return { kind: 'refused', reason: 'not_today' };
  if (session.myRole === 'facilitator' || session.myRole === 'presenter' || session.myRsvp === 'yes') return { kind: 'enter' };
  if (session.yesCount >= session.maxParticipants) return { kind: 'refused', reason: 'full' };
  return { kind: 'rsvp-and-enter' };
}
