import { can, type CommunityRelation } from './permissions.js';

/**
 * Per-session rules on top of the CoP permission matrix. The casus is the most sensitive text
 * in the product (it is about a child), so who may read it is decided per session, by role in
 * that session — not by CoP role, and not by platform administration.
 */
export type Rsvp = 'yes' | 'no' | 'maybe';

export interface SessionRoles {
  facilitatorId: string;
  presenterId: string | null;
}

export interface SessionActor {
  userId: string;
  /** The actor's relation to the session's CoP. */
  relation: CommunityRelation;
  isPlatformAdmin?: boolean;
  /** The actor's RSVP for this session, if any. */
  rsvp: Rsvp | null;
}

export function isSessionFacilitator(session: SessionRoles, userId: string): boolean {
  return session.facilitatorId === userId;
}

export function isSessionPresenter(session: SessionRoles, userId: string): boolean {
  return session.presenterId !== null && session.presenterId === userId;
}

/** A participant: facilitator, presenter, or a member who said yes or maybe. Members only. */
export function isSessionParticipant(session: SessionRoles, actor: SessionActor): boolean {
  if (actor.relation === 'none') return false;
  return (
    isSessionFacilitator(session, actor.userId) ||
    isSessionPresenter(session, actor.userId) ||
    actor.rsvp === 'yes' ||
    actor.rsvp === 'maybe'
  );
}

/**
 * A confirmed seat: the facilitator, the presenter, or a member who said yes. "Maybe" is not a
 * seat: saying "maybe" is not limited by the session's size, so it cannot open the casus (a
 * "yes" would have been refused when the session is full). Members only.
 */
export function hasConfirmedSeat(session: SessionRoles, actor: SessionActor): boolean {
  if (actor.relation === 'none') return false;
  return isSessionFacilitator(session, actor.userId) || isSessionPresenter(session, actor.userId) || actor.rsvp === 'yes';
}

/**
 * Who may read the casus: the session's facilitator, its presenter and the members with a
 * confirmed seat (RSVP yes). "Maybe" reads only after confirming. Neither the CoP's other
 * facilitators nor platform administrators read it unless they take part in this session.
 */
export function canReadCase(session: SessionRoles, actor: SessionActor): boolean {
  return hasConfirmedSeat(session, actor);
}

/** Only the inbrenger writes the casus (and only while a member of the CoP). */
export function canWriteCase(session: SessionRoles, actor: SessionActor): boolean {
  return actor.relation !== 'none' && isSessionPresenter(session, actor.userId);
}

/** Changing or cancelling: the CoP's facilitators (matrix) and the session's own facilitator. */
export function canManageSession(session: SessionRoles, actor: SessionActor): boolean {
  if (can(actor.relation, 'sessions.manage', actor.isPlatformAdmin ?? false)) return true;
  return actor.relation !== 'none' && isSessionFacilitator(session, actor.userId);
}

/** Whoever is reminded before the start: participants who said yes or maybe, the facilitator and the presenter. */
export function reminderRecipients(session: SessionRoles, rsvps: ReadonlyArray<{ userId: string; rsvp: Rsvp }>): string[] {
  const ids = new Set<string>([session.facilitatorId]);
  if (session.presenterId) ids.add(session.presenterId);
  for (const r of rsvps) if (r.rsvp === 'yes' || r.rsvp === 'maybe') ids.add(r.userId);
  return [...ids];
}

/** A session is "open" for RSVPs, changes and casus edits until it is closed or cancelled. */
export function isSessionOpen(status: 'scheduled' | 'live' | 'closed' | 'cancelled'): boolean {
  return status === 'scheduled' || status === 'live';
}
