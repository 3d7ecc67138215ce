import type { SessionView } from '@mao/domain';
import type { Messages } from '../i18n';

/** Someone who takes part said "maybe": no seat yet, so the casus stays closed (issue 12). */
export function isMaybeWithoutSeat(session: SessionView): boolean {
  return session.myRole !== null && session.myRsvp === 'maybe' && !session.canReadCase;
}

/** Why "maybe" cannot read the casus, and what opens it: confirming — unless the session is full or over. */
export function caseMaybeText(session: SessionView, s: Messages['sessions']): string {
  if (session.status !== 'scheduled' && session.status !== 'live') return s.caseMaybeClosed;
  return session.counts.yes >= session.maxParticipants ? s.caseMaybeFull : s.caseMaybe(s.rsvp.yes);
}
