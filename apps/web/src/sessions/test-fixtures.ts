import type { MethodEntryView, SessionView } from '@mao/domain';
import { BUILT_IN_METHODS, defaultAsyncStepIds, defaultWindows, formatClockTime, plannedAgenda, totalMinutes, type Method } from '@mao/intervisie-method';
import { FIXED_NOW } from '../test/clock';
import { COP_ID, facilitatorMe, memberMe } from '../test/fixtures';

export const SESSION_ID = '55555555-5555-4555-8555-555555555555';
export const SANNE_ID = '33333333-3333-4333-8333-333333333333';

/** The built-in methods as `GET /api/methods` returns them. */
export function builtInMethods(): MethodEntryView<Method>[] {
  return BUILT_IN_METHODS.map((method) => ({ source: 'builtin', totalMinutes: totalMinutes(method), method }));
}

const incident = () => {
  const method = BUILT_IN_METHODS.find((m) => m.id === 'incidentmethode');
  if (!method) throw new Error('incidentmethode missing');
  return method;
};

/** When the fixture session starts: eleven days and five hours after the tests' fixed now, i.e. Tuesday 1 December 2026, 15:00 Dutch time. */
export const UPCOMING_START = new Date(FIXED_NOW.getTime() + (11 * 24 + 5) * 3_600_000).toISOString();

/** A session as the api shows it, planned with the incident method, starting at UPCOMING_START. */
export function sessionView(overrides: Partial<SessionView> = {}): SessionView {
  const method = incident();
  const startsAt = overrides.startsAt ?? UPCOMING_START;
  const start = Date.parse(startsAt);
  const minutes = totalMinutes(method);
  return {
    id: SESSION_ID,
    communityId: COP_ID,
    communityName: 'Bindende afspraken',
    title: 'Intervisie december',
    method: {
      id: method.id,
      name: method.name,
      version: method.version,
      source: 'builtin',
      stepCount: method.steps.length,
      totalMinutes: minutes,
      minGroupSize: method.minGroupSize,
      maxGroupSize: method.maxGroupSize,
    },
    startsAt,
    endsAt: new Date(start + minutes * 60_000).toISOString(),
    durationMinutes: minutes,
    timezone: 'Europe/Amsterdam',
    localDate: '2026-12-01',
    startClock: formatClockTime(start),
    endClock: formatClockTime(start + minutes * 60_000),
    facilitator: { id: facilitatorMe.id, name: facilitatorMe.name },
    presenter: { id: SANNE_ID, name: 'Sanne Bakker' },
    maxParticipants: 10,
    videoUrl: 'https://meet.example/intervisie',
    notes: 'Lees de casus vooraf.',
    status: 'scheduled',
    icsSequence: 0,
    participants: [
      { userId: facilitatorMe.id, name: facilitatorMe.name, rsvp: 'yes', respondedAt: '2026-11-01T10:00:00.000Z' },
      { userId: SANNE_ID, name: 'Sanne Bakker', rsvp: 'yes', respondedAt: '2026-11-01T10:00:00.000Z' },
    ],
    myRsvp: null,
    myRole: 'participant',
    canManage: false,
    canReadCase: false,
    canWriteCase: false,
    agenda: plannedAgenda(method, start).map((item) => ({
      index: item.index,
      stepId: item.stepId,
      kind: item.kind,
      title: item.title,
      timeboxMinutes: item.timeboxMinutes,
      startsAt: new Date(item.startsAt).toISOString(),
      endsAt: new Date(item.endsAt).toISOString(),
      startClock: formatClockTime(item.startsAt),
      endClock: formatClockTime(item.endsAt),
    })),
    mode: 'live',
    windows: [],
    currentStepId: null,
    hasCase: false,
    hasCaseDraft: false,
    counts: { yes: 2, no: 0, maybe: 0, noResponse: 1, members: 3 },
    url: `/sessies/${SESSION_ID}`,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

/** The same session seen by the member Joost, by the facilitator Fatima, or by the presenter Sanne. */
export const asMember = (overrides: Partial<SessionView> = {}) => sessionView({ myRole: 'participant', ...overrides });
export const asFacilitator = (overrides: Partial<SessionView> = {}) =>
  sessionView({ myRole: 'facilitator', myRsvp: 'yes', canManage: true, canReadCase: true, ...overrides });
export const asPresenter = (overrides: Partial<SessionView> = {}) =>
  sessionView({ myRole: 'presenter', myRsvp: 'yes', canReadCase: true, canWriteCase: true, ...overrides });

export const sanneMe = { ...memberMe, id: SANNE_ID, name: 'Sanne Bakker', email: 'sanne@gemeente.nl' };

/* ---- issue 16: asynchronous and mixed sessions ---- */

/** "di 1 dec 15:00" / "Tue 1 Dec 15:00": a window's moment as the api labels it (Dutch wall clock). */
function windowLabel(at: number, tag: 'nl-NL' | 'en-GB'): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat(tag, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Amsterdam' })
      .formatToParts(new Date(at))
      .map((part) => [part.type, part.value.replace(/\.$/, '')]),
  );
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.hour}:${parts.minute}`;
}

/**
 * The incident-method session planned asynchronously (every step its default window, back to
 * back from `startsAt`) or mixed (the default split: the first two steps before the meeting at
 * `startsAt`, the harvest after it), as the api shows it.
 */
export function windowedSessionView(mode: 'async' | 'mixed', overrides: Partial<SessionView> = {}): SessionView {
  const method = incident();
  const startsAt = overrides.startsAt ?? UPCOMING_START;
  const start = Date.parse(startsAt);
  const meetingMinutes = mode === 'mixed' ? liveMinutesOf(method, defaultAsyncStepIds(method)) : 0;
  const windows = defaultWindows(method, { mode, startsAt: start, meetingMinutes, earliest: FIXED_NOW.getTime() });
  const first = Math.min(start, ...windows.map((window) => window.opensAt));
  const last = Math.max(start + meetingMinutes * 60_000, ...windows.map((window) => window.closesAt));
  const end = mode === 'async' ? last : start + meetingMinutes * 60_000;
  const sessionStart = mode === 'async' ? first : start;
  return sessionView({
    mode,
    startsAt: new Date(sessionStart).toISOString(),
    endsAt: new Date(end).toISOString(),
    durationMinutes: Math.round((end - sessionStart) / 60_000),
    startClock: formatClockTime(sessionStart),
    endClock: formatClockTime(end),
    windows: windows.map((window) => {
      const step = method.steps.find((candidate) => candidate.id === window.stepId);
      return {
        stepId: window.stepId,
        kind: step?.kind ?? '',
        title: step?.title ?? { nl: '', en: '' },
        opensAt: new Date(window.opensAt).toISOString(),
        closesAt: new Date(window.closesAt).toISOString(),
        opensLabel: { nl: windowLabel(window.opensAt, 'nl-NL'), en: windowLabel(window.opensAt, 'en-GB') },
        closesLabel: { nl: windowLabel(window.closesAt, 'nl-NL'), en: windowLabel(window.closesAt, 'en-GB') },
      };
    }),
    ...overrides,
  });
}

function liveMinutesOf(method: Method, asyncStepIds: readonly string[]): number {
  return method.steps.filter((step) => !asyncStepIds.includes(step.id)).reduce((sum, step) => sum + step.timeboxMinutes, 0);
}
