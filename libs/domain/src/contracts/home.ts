import { z } from 'zod';
import { idSchema } from './common.js';
import type { ProposalKind } from './proposals.js';
import type { RsvpResponse, SessionRole, SessionStatus } from './sessions.js';

/**
 * "Wat staat er voor mij klaar" (issue 14): the home page, the in-app notifications made from
 * the same events, and the weekly digest setting. Views only carry titles the api already shows
 * elsewhere (session and proposal titles, lesson snippets); never casus text.
 */

/** A session on my home page: my part in it and my answer. */
export interface HomeSessionItem {
  id: string;
  title: string;
  communityId: string;
  communityName: string;
  startsAt: string;
  localDate: string;
  startClock: string;
  status: SessionStatus;
  role: SessionRole | null;
  rsvp: RsvpResponse | null;
  hasCase: boolean;
  /** A step in writing that is open now (asynchronous or mixed session): which, and until when. */
  openStep: { title: { nl: string; en: string }; closesLabel: { nl: string; en: string } } | null;
}

export interface HomeHarvestItem {
  sessionId: string;
  title: string;
  communityId: string;
  communityName: string;
  /** Draft lessons waiting for review. */
  draftCount: number;
  closedAt: string | null;
}

export interface HomeProposalItem {
  id: string;
  title: string;
  kind: ProposalKind;
  theme: string | null;
  communityId: string;
  communityName: string;
  supportCount: number;
  createdAt: string;
}

export interface HomeLessonItem {
  id: string;
  snippet: string;
  communityId: string;
  communityName: string;
  visibility: 'community' | 'platform';
  /** From one of my CoPs (else a platform-wide lesson of another CoP). */
  fromMyCop: boolean;
  publishedAt: string;
}

/** An agreement (afspraak, issue 14 part A) for me that is open or bezig and due within two weeks or overdue. */
export interface HomeAgreementItem {
  id: string;
  what: string;
  /** `YYYY-MM-DD` (Dutch calendar day). */
  dueDate: string;
  status: 'open' | 'bezig';
  overdue: boolean;
  communityId: string;
  communityName: string;
  sessionTitle: string;
}

export interface HomeView {
  /** The start of "new since my last visit" (null on a first visit: the last 14 days). */
  since: string | null;
  /** My next sessions (at most 5), with my role and my RSVP. */
  sessions: HomeSessionItem[];
  /** Sessions where I am the inbrenger and the casus is not written yet. */
  casusToWrite: HomeSessionItem[];
  /** Closed sessions whose draft lessons I review. */
  harvestToReview: HomeHarvestItem[];
  /** My open agreements due within two weeks (or overdue), soonest first. */
  agreementsDue: HomeAgreementItem[];
  /** Nieuw proposals in my CoPs that are not mine and that I have not supported. */
  proposalsToVote: HomeProposalItem[];
  /** Lessons published since `since`: counts and the newest few. */
  newLessons: { inMyCops: number; onPlatform: number; latest: HomeLessonItem[] };
}

/* ------------------------------------------------------------- notifications */

/** `step_open`: a step of an asynchronous or mixed session opened for you (until you contributed or it closed). */
export const NOTIFICATION_KINDS = ['session_rsvp', 'casus_to_write', 'harvest_to_review', 'agreement_due', 'proposal_to_vote', 'new_lesson', 'step_open'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  /** The session or proposal title, or a lesson's snippet. */
  title: string;
  communityName: string | null;
  /** The web page it leads to. */
  link: string;
  createdAt: string;
  readAt: string | null;
  /** What it asked is done (the casus is written, the RSVP given, the proposal supported …). */
  resolved: boolean;
}

export interface NotificationListView {
  items: NotificationView[];
  /** Not read and not resolved. */
  unread: number;
}

/** `POST /api/me/notifications/read`: some, or all. */
export const markNotificationsReadSchema = z
  .strictObject({
    ids: z.array(idSchema, { message: 'Geef een lijst met meldingen.' }).min(1, { message: 'Geef minstens één melding.' }).max(100, { message: 'Hoogstens 100 meldingen tegelijk.' }).optional(),
    all: z.literal(true, { message: 'Gebruik all: true voor alle meldingen.' }).optional(),
  })
  .refine((value) => (value.ids === undefined) !== (value.all === undefined), { message: 'Geef ids of all: true.' });
export type MarkNotificationsReadInput = z.infer<typeof markNotificationsReadSchema>;

/* ------------------------------------------------------------ digest setting */

/** `PUT /api/me/home-settings` */
export const homeSettingsSchema = z.strictObject({
  weeklyDigest: z.boolean({ message: 'Kies aan of uit.' }),
});
export type HomeSettingsInput = z.infer<typeof homeSettingsSchema>;

export interface HomeSettingsView {
  /** A weekly mail with what is waiting; off by default. */
  weeklyDigest: boolean;
}
