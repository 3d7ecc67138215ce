import type { MethodEntryView, SessionView } from '@mao/domain';
import { BUILT_IN_METHODS, formatClockTime, plannedAgenda, totalMinutes, type Method } from '@mao/intervisie-method';
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
