import { DateTime } from 'luxon';
import { plannedAgenda, type Method } from '@mao/intervisie-method';
import type { AgendaItemView, StepWindowView } from '@mao/domain';

/**
 * Wall-clock views of UTC instants. Sessions are stored in UTC and shown on the clock of their
 * time zone (Europe/Amsterdam), so a session across the October or March change keeps its real
 * length and shows the right clock times.
 */
export function wallClock(instant: Date, zone: string): { date: string; clock: string } {
  const local = DateTime.fromJSDate(instant, { zone });
  return { date: local.toFormat('yyyy-MM-dd'), clock: local.toFormat('HH:mm') };
}

/**
 * "dinsdag 1 december 2026, 15:00–17:15" / "Tuesday 1 December 2026, 15:00–17:15"; across days (an
 * asynchronous session, a window of days) both ends with their date: "maandag 8 maart 2027, 09:00 –
 * woensdag 17 maart 2027, 09:00".
 */
export function humanWhen(start: Date, end: Date, zone: string, locale: 'nl' | 'en'): string {
  const from = DateTime.fromJSDate(start, { zone }).setLocale(locale === 'nl' ? 'nl-NL' : 'en-GB');
  const to = DateTime.fromJSDate(end, { zone }).setLocale(locale === 'nl' ? 'nl-NL' : 'en-GB');
  if (from.hasSame(to, 'day')) return `${from.toFormat('cccc d LLLL yyyy')}, ${from.toFormat('HH:mm')}–${to.toFormat('HH:mm')}`;
  const format = (moment: DateTime) => `${moment.toFormat('cccc d LLLL yyyy')}, ${moment.toFormat('HH:mm')}`;
  return `${format(from)} – ${format(to)}`;
}

export function agendaView(method: Method, start: Date, zone: string): AgendaItemView[] {
  return plannedAgenda(method, start.getTime()).map((item) => ({
    index: item.index,
    stepId: item.stepId,
    kind: item.kind,
    title: { nl: item.title.nl, en: item.title.en },
    timeboxMinutes: item.timeboxMinutes,
    startsAt: new Date(item.startsAt).toISOString(),
    endsAt: new Date(item.endsAt).toISOString(),
    startClock: wallClock(new Date(item.startsAt), zone).clock,
    endClock: wallClock(new Date(item.endsAt), zone).clock,
  }));
}

/** "ma 8 mrt 09:00" / "Mon 8 Mar 09:00": a window's opening or close, short enough for a list. */
export function windowLabel(instant: Date, zone: string, locale: 'nl' | 'en'): string {
  return DateTime.fromJSDate(instant, { zone }).setLocale(locale === 'nl' ? 'nl-NL' : 'en-GB').toFormat('ccc d LLL HH:mm').replace(/\.(?= )/g, '');
}

/** The windows of a session in step order, with the steps' titles and wall-clock labels. */
export function windowsView(method: Method, windows: readonly { stepId: string; opensAt: string; closesAt: string }[], zone: string): StepWindowView[] {
  return method.steps.flatMap((step) => {
    const window = windows.find((candidate) => candidate.stepId === step.id);
    if (!window) return [];
    const opens = new Date(window.opensAt);
    const closes = new Date(window.closesAt);
    return [
      {
        stepId: step.id,
        kind: step.kind,
        title: { nl: step.title.nl, en: step.title.en },
        opensAt: opens.toISOString(),
        closesAt: closes.toISOString(),
        opensLabel: { nl: windowLabel(opens, zone, 'nl'), en: windowLabel(opens, zone, 'en') },
        closesLabel: { nl: windowLabel(closes, zone, 'nl'), en: windowLabel(closes, zone, 'en') },
      },
    ];
  });
}
