import type { SessionView } from '@mao/domain';

/** Same rule as the api: live, or scheduled/cancelled and not yet ended. */
export function isUpcoming(session: Pick<SessionView, 'status' | 'endsAt'>, now = Date.now()): boolean {
  if (session.status === 'live') return true;
  return (session.status === 'scheduled' || session.status === 'cancelled') && Date.parse(session.endsAt) > now;
}

/** Upcoming soonest first, then past most recent first. */
export function splitSessions(sessions: readonly SessionView[], now = Date.now()): { upcoming: SessionView[]; past: SessionView[] } {
  const upcoming = sessions.filter((s) => isUpcoming(s, now)).sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const past = sessions.filter((s) => !isUpcoming(s, now)).sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
  return { upcoming, past };
}
