import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { AgendaItemView } from '@mao/domain';

/**
 * iCalendar for sessions. One stable UID per session (`session-<id>@intervisie`) and SEQUENCE =
 * the session's ics_sequence, so calendar clients update or remove the same event. Times are
 * written in UTC (DTSTART:...Z): unambiguous across daylight-saving changes, shown by every
 * client on its own wall clock. The description holds the agenda and a link to the session
 * page — never casus text.
 */
export interface IcsSession {
  id: string;
  title: string;
  communityName: string;
  methodName: string;
  startsAt: Date;
  endsAt: Date;
  sequence: number;
  cancelled: boolean;
  url: string;
  videoUrl: string | null;
  agenda: AgendaItemView[];
  updatedAt: Date;
}

export interface IcsPerson {
  name: string;
  email: string;
}

export const sessionUid = (sessionId: string) => `session-${sessionId}@intervisie`;

export function sessionDescription(session: IcsSession): string {
  return [
    `Intervisie in de CoP "${session.communityName}" volgens de methode ${session.methodName}.`,
    '',
    'Programma (Nederlandse tijd):',
    ...session.agenda.map((item) => `${item.startClock}–${item.endClock}  ${item.title.nl}`),
    '',
    ...(session.videoUrl ? [`Videoverbinding: ${session.videoUrl}`] : []),
    `Sessiepagina: ${session.url}`,
    '',
    `Intervision in the CoP "${session.communityName}". Session page: ${session.url}`,
  ].join('\n');
}

export function sessionCalendar(options: {
  /** REQUEST/CANCEL for mailed invitations, PUBLISH for downloads, null for subscribed feeds. */
  method: 'REQUEST' | 'CANCEL' | 'PUBLISH' | null;
  name: string;
  organizer: IcsPerson;
  attendee?: IcsPerson;
  sessions: IcsSession[];
}): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Met Andere Ogen', product: 'intervisieplatform', language: 'NL' },
    ...(options.method ? { method: ICalCalendarMethod[options.method] } : {}),
  });
  for (const session of options.sessions) {
    calendar.createEvent({
      id: sessionUid(session.id),
      sequence: session.sequence,
      stamp: session.updatedAt,
      start: session.startsAt,
      end: session.endsAt,
      summary: session.cancelled ? `Geannuleerd: ${session.title}` : session.title,
      description: sessionDescription(session),
      location: session.videoUrl ?? 'Online',
      url: session.url,
      status: session.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      organizer: options.organizer,
      attendees: options.attendee
        ? [{ name: options.attendee.name, email: options.attendee.email, rsvp: false, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.NEEDSACTION }]
        : [],
    });
  }
  return calendar.toString();
}

/** "Naam <adres@host>" or a bare address, as in MAIL_FROM. */
export function parseMailbox(value: string): IcsPerson {
  const match = value.match(/^\s*(.*?)\s*<([^>]+)>\s*$/);
  if (match) return { name: (match[1] ?? '').replace(/^"|"$/g, '') || 'Intervisieplatform', email: match[2] ?? value };
  return { name: 'Intervisieplatform', email: value.trim() };
}
