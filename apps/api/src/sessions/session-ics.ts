import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus, ICalEventTransparency, type ICalCalendar } from 'ical-generator';
import type { AgendaItemView, SessionMode } from '@mao/domain';

/**
 * iCalendar for sessions. One stable UID per session (`session-<id>@intervisie`) and SEQUENCE =
 * the session's ics_sequence, so calendar clients update or remove the same event. Times are
 * written in UTC (DTSTART:...Z): unambiguous across daylight-saving changes, shown by every
 * client on its own wall clock. Descriptions hold the plan and links — never casus text.
 *
 * Asynchronous and mixed sessions (issue 16):
 * - A mailed invitation (REQUEST/CANCEL) carries exactly one VEVENT, the session's. Outlook reads
 *   only the first VEVENT of an iMIP message and does not take PUBLISH parts as invitations
 *   ([MS-STANOICAL] 2.2.175), and several UIDs in one REQUEST are handled inconsistently by
 *   clients; one UID keeps accept, update and cancel reliable everywhere. Live and mixed: the
 *   meeting (busy). Async: one event from the first opening to the last close, TRANSP:TRANSPARENT
 *   (free: writing when it suits you must not block a week of agenda; Outlook imports TRANSPARENT
 *   as "free", [MS-OXCICAL] 2.1.3.1.1.20.25). Its description lists every window.
 * - The download (PUBLISH) and the personal feed add one event per written window, with its own
 *   UID (`session-<id>-step-<stepId>@intervisie`: clients keep one event per UID, so windows
 *   sharing the session's UID would collapse into one), the session's SEQUENCE (raised on every
 *   change, so all of them update together) and TRANSP:TRANSPARENT. The session's event comes
 *   first, so a client that imports only the first event still gets the session.
 * - Cancelled: every event of the session says STATUS:CANCELLED with the raised SEQUENCE.
 */
export interface IcsWindow {
  stepId: string;
  /** The step's place in the method, counted from 1. */
  position: number;
  title: { nl: string; en: string };
  opensAt: Date;
  closesAt: Date;
  /** "ma 8 mrt 09:00" / "Mon 8 Mar 09:00", Dutch time. */
  opensLabel: { nl: string; en: string };
  closesLabel: { nl: string; en: string };
  /** What the step asks of the participants, in short. */
  instruction: { nl: string; en: string };
  /** Async: every step is written; mixed: before or after the meeting. */
  placement: 'async' | 'before' | 'after';
}

export interface IcsSession {
  id: string;
  title: string;
  communityName: string;
  methodName: string;
  mode: SessionMode;
  stepCount: number;
  /** Live and mixed: the meeting; async: first opening to last close. */
  startsAt: Date;
  endsAt: Date;
  sequence: number;
  cancelled: boolean;
  url: string;
  videoUrl: string | null;
  /** The live steps with Dutch clock times (none for async). */
  agenda: AgendaItemView[];
  /** The written steps in step order (none for live). */
  windows: IcsWindow[];
  updatedAt: Date;
}

export interface IcsPerson {
  name: string;
  email: string;
}

export const sessionUid = (sessionId: string) => `session-${sessionId}@intervisie`;
export const stepWindowUid = (sessionId: string, stepId: string) => `session-${sessionId}-step-${stepId}@intervisie`;

const windowLine = (window: IcsWindow) => `${window.opensLabel.nl} – ${window.closesLabel.nl}  ${window.title.nl}`;
const windowLineEn = (window: IcsWindow) => `${window.opensLabel.en} – ${window.closesLabel.en}  ${window.title.en}`;

export function sessionDescription(session: IcsSession): string {
  const before = session.windows.filter((window) => window.placement === 'before');
  const after = session.windows.filter((window) => window.placement === 'after');
  const programme = ['Programma (Nederlandse tijd):', ...session.agenda.map((item) => `${item.startClock}–${item.endClock}  ${item.title.nl}`)];
  const nl =
    session.mode === 'async'
      ? [
          `Schriftelijke intervisie in de CoP "${session.communityName}" volgens de methode ${session.methodName}. Elke stap staat een periode open; je schrijft wanneer het jou uitkomt.`,
          '',
          'Stappen (Nederlandse tijd):',
          ...session.windows.map(windowLine),
        ]
      : session.mode === 'mixed'
        ? [
            `Intervisie in de CoP "${session.communityName}" volgens de methode ${session.methodName}: een live bijeenkomst met stappen die je schriftelijk doet.`,
            ...(before.length ? ['', 'Schriftelijk vooraf (Nederlandse tijd):', ...before.map(windowLine)] : []),
            '',
            ...programme,
            ...(after.length ? ['', 'Schriftelijk achteraf (Nederlandse tijd):', ...after.map(windowLine)] : []),
          ]
        : [`Intervisie in de CoP "${session.communityName}" volgens de methode ${session.methodName}.`, '', ...programme];
  const en =
    session.mode === 'live'
      ? [`Intervision in the CoP "${session.communityName}". Session page: ${session.url}`]
      : [
          session.mode === 'async'
            ? `Written intervision in the CoP "${session.communityName}": each step is open for a period; you write when it suits you.`
            : `Intervision in the CoP "${session.communityName}": a live meeting with steps done in writing.`,
          'Steps in writing (Dutch time):',
          ...session.windows.map(windowLineEn),
          `Session page: ${session.url}`,
        ];
  return [...nl, '', ...(session.videoUrl && session.mode !== 'async' ? [`Videoverbinding: ${session.videoUrl}`] : []), `Sessiepagina: ${session.url}`, '', ...en].join('\n');
}

function windowDescription(session: IcsSession, window: IcsWindow): string {
  const live = `${session.url}/live`;
  return [
    `Stap ${window.position} van ${session.stepCount} van de intervisie "${session.title}" (CoP "${session.communityName}"), schriftelijk.`,
    `Open van ${window.opensLabel.nl} tot ${window.closesLabel.nl} (Nederlandse tijd); je schrijft wanneer het jou uitkomt.`,
    '',
    `Wat je doet: ${window.instruction.nl}`,
    '',
    `Naar de stap: ${live}`,
    '',
    `Step ${window.position} of ${session.stepCount}, "${window.title.en}", open from ${window.opensLabel.en} to ${window.closesLabel.en} (Dutch time). ${window.instruction.en} Go to the step: ${live}`,
  ].join('\n');
}

export function sessionCalendar(options: {
  /** REQUEST/CANCEL for mailed invitations, PUBLISH for downloads, null for subscribed feeds. */
  method: 'REQUEST' | 'CANCEL' | 'PUBLISH' | null;
  name: string;
  organizer: IcsPerson;
  attendee?: IcsPerson;
  sessions: IcsSession[];
  /** One event per written window too (downloads and feeds; never in a mailed invitation, see above). */
  windowEvents?: boolean;
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
      location: session.videoUrl && session.mode !== 'async' ? session.videoUrl : 'Online',
      url: session.url,
      status: session.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      transparency: session.mode === 'async' ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
      organizer: options.organizer,
      attendees: options.attendee
        ? [{ name: options.attendee.name, email: options.attendee.email, rsvp: false, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.NEEDSACTION }]
        : [],
    });
    if (options.windowEvents) for (const window of session.windows) addWindowEvent(calendar, session, window, options.organizer);
  }
  return calendar.toString();
}

function addWindowEvent(calendar: ICalCalendar, session: IcsSession, window: IcsWindow, organizer: IcsPerson): void {
  const summary = `Stap open: ${window.title.nl} — ${session.title}`;
  calendar.createEvent({
    id: stepWindowUid(session.id, window.stepId),
    sequence: session.sequence,
    stamp: session.updatedAt,
    start: window.opensAt,
    end: window.closesAt,
    summary: session.cancelled ? `Geannuleerd: ${summary}` : summary,
    description: windowDescription(session, window),
    location: 'Online',
    url: `${session.url}/live`,
    status: session.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    transparency: ICalEventTransparency.TRANSPARENT,
    // RFC 5546 asks for an ORGANIZER in a PUBLISH; no attendees: a window is no meeting to answer.
    organizer,
  });
}

/** "Naam <adres@host>" or a bare address, as in MAIL_FROM. */
export function parseMailbox(value: string): IcsPerson {
  const match = value.match(/^\s*(.*?)\s*<([^>]+)>\s*$/);
  if (match) return { name: (match[1] ?? '').replace(/^"|"$/g, '') || 'Intervisieplatform', email: match[2] ?? value };
  return { name: 'Intervisieplatform', email: value.trim() };
}
