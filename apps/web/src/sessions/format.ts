import { SESSION_TIMEZONE, type SessionView } from '@mao/domain';
import { useMemo } from 'react';
import { formatMoment, useLocale, useT } from '../i18n';

/** Dates and times of sessions, always on the Dutch wall clock (Europe/Amsterdam), in the chosen language. */
export function useSessionFormat() {
  const { locale } = useLocale();
  const t = useT();
  return useMemo(() => {
    const tag = locale === 'nl' ? 'nl-NL' : 'en-GB';
    const day = new Intl.DateTimeFormat(tag, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: SESSION_TIMEZONE });
    const clock = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: SESSION_TIMEZONE });
    const dayOf = (iso: string) => day.format(new Date(iso));
    const timeOf = (iso: string) => clock.format(new Date(iso));
    return {
      day: dayOf,
      time: timeOf,
      /** "ma 8 mrt 09:00" / "Mon 8 Mar 09:00", as the api's `opensLabel`. */
      moment: (at: string | number) => formatMoment(at, locale),
      /** The "when" of a session: a period for an asynchronous one, a day with clock times otherwise. */
      whenOf: (session: Pick<SessionView, 'startsAt' | 'endsAt' | 'mode'>) =>
        // An asynchronous session runs for days: "maandag 7 december 2026, 09:00 – woensdag 16 december 2026, 09:00".
        session.mode === 'async'
          ? t.sessions.period(`${dayOf(session.startsAt)}, ${timeOf(session.startsAt)}`, `${dayOf(session.endsAt)}, ${timeOf(session.endsAt)}`)
          : t.sessions.timeRange(dayOf(session.startsAt), timeOf(session.startsAt), timeOf(session.endsAt)),
      /** "dinsdag 1 december 2026, 15:00–16:30" */
      when: (session: Pick<SessionView, 'startsAt' | 'endsAt'>) => t.sessions.timeRange(dayOf(session.startsAt), timeOf(session.startsAt), timeOf(session.endsAt)),
    };
  }, [locale, t]);
}

/** Today's date in the Netherlands, YYYY-MM-DD (as `SessionView.localDate`). */
export function todayInAmsterdam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: SESSION_TIMEZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Is the session's day today in the Netherlands? */
export function isTodayInAmsterdam(iso: string, now = new Date()): boolean {
  const key = new Intl.DateTimeFormat('en-CA', { timeZone: SESSION_TIMEZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
  return key.format(new Date(iso)) === key.format(now);
}
