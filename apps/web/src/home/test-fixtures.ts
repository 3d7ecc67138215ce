import type { HomeSessionItem, HomeView, NotificationView, ProposalDetailView } from '@mao/domain';
import { daysFromNow, FIXED_NOW } from '../test/clock';
import { COP_ID, facilitatorMe, memberMe } from '../test/fixtures';

export const HOME_SESSION_ID = '55555555-5555-4555-8555-555555555555';
export const HARVEST_SESSION_ID = '66666666-6666-4666-8666-666666666666';
export const PROPOSAL_ID = '77777777-7777-4777-8777-777777777777';
export const LESSON_ID = '88888888-8888-4888-8888-888888888888';

/** Tuesday 1 December 2026, 15:00 in Amsterdam: eleven days and five hours after the fixed now. */
const START = new Date(FIXED_NOW.getTime() + (11 * 24 + 5) * 3_600_000).toISOString();

export function homeSession(overrides: Partial<HomeSessionItem> = {}): HomeSessionItem {
  return {
    id: HOME_SESSION_ID,
    title: 'Intervisie december',
    communityId: COP_ID,
    communityName: 'Bindende afspraken',
    startsAt: START,
    localDate: '2026-12-01',
    startClock: '15:00',
    status: 'scheduled',
    role: 'participant',
    rsvp: null,
    hasCase: false,
    openStep: null,
    ...overrides,
  };
}

export function emptyHome(overrides: Partial<HomeView> = {}): HomeView {
  return { since: null, sessions: [], casusToWrite: [], harvestToReview: [], agreementsDue: [], proposalsToVote: [], newLessons: { inMyCops: 0, onPlatform: 0, latest: [] }, ...overrides };
}

/** What the facilitator of the fixture CoP sees: the session they lead, a harvest to review, a proposal. */
export function facilitatorHome(): HomeView {
  return emptyHome({
    since: daysFromNow(-3).toISOString(),
    sessions: [homeSession({ role: 'facilitator', rsvp: 'yes' })],
    harvestToReview: [{ sessionId: HARVEST_SESSION_ID, title: 'Intervisie november', communityId: COP_ID, communityName: 'Bindende afspraken', draftCount: 3, closedAt: daysFromNow(-2).toISOString() }],
    proposalsToVote: [proposalItem()],
    newLessons: {
      inMyCops: 1,
      onPlatform: 2,
      latest: [
        { id: LESSON_ID, snippet: 'Vaste overlegmomenten maakten de samenwerking sterker.', communityId: COP_ID, communityName: 'Bindende afspraken', visibility: 'community', fromMyCop: true, publishedAt: daysFromNow(-1).toISOString() },
      ],
    },
  });
}

export function presenterHome(): HomeView {
  const session = homeSession({ role: 'presenter', rsvp: 'yes' });
  return emptyHome({ sessions: [session], casusToWrite: [session], proposalsToVote: [proposalItem()] });
}

export function memberHome(): HomeView {
  return emptyHome({
    sessions: [homeSession()],
    agreementsDue: [
      { id: 'a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1', what: 'Overleg plannen met de leerplichtambtenaar', dueDate: '2026-11-24', status: 'open', overdue: false, communityId: COP_ID, communityName: 'Bindende afspraken', sessionTitle: 'Intervisie november' },
    ],
  });
}

export function proposalItem() {
  return { id: PROPOSAL_ID, title: 'Monitoring van afspraken', kind: 'theme' as const, theme: 'samenwerking', communityId: COP_ID, communityName: 'Bindende afspraken', supportCount: 2, createdAt: daysFromNow(-1).toISOString() };
}

export function notification(overrides: Partial<NotificationView> = {}): NotificationView {
  return {
    id: '99999999-9999-4999-8999-999999999991',
    kind: 'casus_to_write',
    title: 'Intervisie december',
    communityName: 'Bindende afspraken',
    link: `/sessies/${HOME_SESSION_ID}/casus`,
    createdAt: daysFromNow(-1).toISOString(),
    readAt: null,
    resolved: false,
    ...overrides,
  };
}

/** A proposal as the api shows it to `viewer`. */
export function proposalDetail(viewer: 'facilitator' | 'member' | 'proposer', overrides: Partial<ProposalDetailView> = {}): ProposalDetailView {
  return {
    id: PROPOSAL_ID,
    communityId: COP_ID,
    kind: 'casus',
    title: 'Een leerling die al weken thuiszit',
    text: 'Niemand voelt zich eigenaar. Hoe pakken we dat samen op?',
    theme: 'thuiszitters',
    status: 'new',
    anonymous: false,
    proposer: { id: memberMe.id, name: memberMe.name },
    mine: viewer === 'proposer',
    supportCount: 1,
    supportedByMe: false,
    commentCount: 0,
    session: null,
    canSupport: viewer !== 'proposer',
    canManage: viewer === 'facilitator',
    createdAt: daysFromNow(-1).toISOString(),
    statusChangedAt: daysFromNow(-1).toISOString(),
    comments: [],
    ...overrides,
  };
}

export { facilitatorMe, memberMe };
