import { z } from 'zod';
import { idSchema, multiLineText, singleLineText } from './common.js';

/**
 * Contracts for scheduling intervisie sessions: the REST bodies (zod, Dutch messages, strict)
 * and the response views the api returns and the web reads.
 */

export const SESSION_STATUSES = ['scheduled', 'live', 'closed', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const RSVP_RESPONSES = ['yes', 'no', 'maybe'] as const;
export type RsvpResponse = (typeof RSVP_RESPONSES)[number];

/** My part in a session: the facilitator guides, the presenter (inbrenger) brings the casus. */
export type SessionRole = 'facilitator' | 'presenter' | 'participant';

export const SESSION_TIMEZONE = 'Europe/Amsterdam';
export const SESSION_MAX_DURATION_MINUTES = 480;
export const SESSION_MAX_PARTICIPANTS = 50;
export const SESSION_MIN_PARTICIPANTS = 2;

/** ISO 8601 with an offset (`Z` or `+01:00`): a time without a zone is ambiguous. */
export const isoDateTimeWithOffsetSchema = z.iso.datetime({
  offset: true,
  message: 'Geef datum en tijd in ISO 8601 met tijdzone, bijvoorbeeld 2026-12-01T15:00:00+01:00.',
});

const titleSchema = singleLineText({ message: 'Geef de sessie een titel.' })
  .trim()
  .min(3, { message: 'Een titel heeft minstens 3 tekens.' })
  .max(120, { message: 'Een titel is hoogstens 120 tekens.' });

export const methodIdSchema = singleLineText({ message: 'Kies een methode.' })
  .trim()
  .min(1, { message: 'Kies een methode.' })
  .max(64, { message: 'Een methode-id is hoogstens 64 tekens.' });

const durationSchema = z
  .number({ message: 'Geef de duur in minuten als getal.' })
  .int({ message: 'Geef de duur in hele minuten.' })
  .positive({ message: 'De duur moet meer dan 0 minuten zijn.' })
  .max(SESSION_MAX_DURATION_MINUTES, { message: `Een sessie duurt hoogstens ${SESSION_MAX_DURATION_MINUTES} minuten.` });

const maxParticipantsSchema = z
  .number({ message: 'Geef het maximum aantal deelnemers als getal.' })
  .int({ message: 'Geef een heel aantal deelnemers.' })
  .min(SESSION_MIN_PARTICIPANTS, { message: `Een intervisie heeft minstens ${SESSION_MIN_PARTICIPANTS} deelnemers.` })
  .max(SESSION_MAX_PARTICIPANTS, { message: `Hoogstens ${SESSION_MAX_PARTICIPANTS} deelnemers.` });

const videoUrlSchema = z
  .url({ protocol: /^https?$/, message: 'Geef een geldige link (https://...) naar de videoverbinding.' })
  .max(500, { message: 'Een link is hoogstens 500 tekens.' });

const notesSchema = multiLineText().trim().max(4000, { message: 'Notities zijn hoogstens 4000 tekens.' });

const endAfterStart = (value: { startsAt?: string | undefined; endsAt?: string | undefined }) =>
  value.startsAt === undefined || value.endsAt === undefined || Date.parse(value.endsAt) > Date.parse(value.startsAt);
const END_BEFORE_START = { message: 'Het einde moet na het begin liggen.', path: ['endsAt'] };

/**
 * `POST /api/communities/:id/sessions`. The duration defaults to the method's total; give
 * either `durationMinutes` or `endsAt` (both only when they agree). The facilitator defaults to
 * the scheduling user; the presenter (inbrenger) may be chosen later.
 */
export const createSessionSchema = z
  .strictObject({
    title: titleSchema,
    methodId: methodIdSchema,
    startsAt: isoDateTimeWithOffsetSchema,
    endsAt: isoDateTimeWithOffsetSchema.optional(),
    durationMinutes: durationSchema.optional(),
    facilitatorId: idSchema.optional(),
    presenterId: idSchema.nullable().optional(),
    maxParticipants: maxParticipantsSchema.optional(),
    videoUrl: videoUrlSchema.nullable().optional(),
    notes: notesSchema.optional(),
  })
  .refine(endAfterStart, END_BEFORE_START);
export type CreateSessionInput = z.infer<typeof createSessionSchema>;

/**
 * `PATCH /api/sessions/:id`: any subset. `presenterId: null` clears the inbrenger (their casus is
 * discarded), `videoUrl: null` removes the link. Changing start, duration, title, method or video
 * link raises the invitation's SEQUENCE and mails an updated invitation.
 */
export const updateSessionSchema = z
  .strictObject({
    title: titleSchema.optional(),
    methodId: methodIdSchema.optional(),
    startsAt: isoDateTimeWithOffsetSchema.optional(),
    endsAt: isoDateTimeWithOffsetSchema.optional(),
    durationMinutes: durationSchema.optional(),
    facilitatorId: idSchema.optional(),
    presenterId: idSchema.nullable().optional(),
    maxParticipants: maxParticipantsSchema.optional(),
    videoUrl: videoUrlSchema.nullable().optional(),
    notes: notesSchema.optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: 'Geef minstens één veld om te wijzigen.' })
  .refine(endAfterStart, END_BEFORE_START);
export type UpdateSessionInput = z.infer<typeof updateSessionSchema>;

export const rsvpSchema = z.strictObject({
  response: z.enum(RSVP_RESPONSES, { message: 'Kies ja, nee of misschien.' }),
});
export type RsvpInput = z.infer<typeof rsvpSchema>;

export const sessionListQuerySchema = z.strictObject({
  when: z.enum(['upcoming', 'past'], { message: 'Kies upcoming of past.' }).optional(),
});
export type SessionListQuery = z.infer<typeof sessionListQuerySchema>;

export const calendarTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { message: 'Deze agendalink is ongeldig.' });

/* ------------------------------------------------------------------ views */

export interface LocalizedLabel {
  nl: string;
  en: string;
}

export interface PersonRef {
  id: string;
  name: string;
}

export interface SessionMethodRef {
  id: string;
  name: LocalizedLabel;
  version: number;
  source: 'builtin' | 'custom';
  stepCount: number;
  /** Sum of the steps' timeboxes: the proposed duration. */
  totalMinutes: number;
  minGroupSize: number;
  maxGroupSize: number;
}

export interface AgendaItemView {
  index: number;
  stepId: string;
  kind: string;
  title: LocalizedLabel;
  timeboxMinutes: number;
  /** ISO 8601 in UTC. */
  startsAt: string;
  endsAt: string;
  /** "HH:mm" on the wall clock of the session's time zone (Europe/Amsterdam). */
  startClock: string;
  endClock: string;
}

export interface SessionParticipantView {
  userId: string;
  name: string;
  rsvp: RsvpResponse;
  respondedAt: string;
}

export interface SessionCounts {
  yes: number;
  no: number;
  maybe: number;
  /** Members of the CoP who have not answered yet. */
  noResponse: number;
  members: number;
}

export interface SessionView {
  id: string;
  communityId: string;
  communityName: string;
  title: string;
  method: SessionMethodRef;
  /** ISO 8601 in UTC; show it in `timezone`. */
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  timezone: string;
  /** Date and clock time on the wall clock of `timezone`, e.g. "2026-12-01" and "15:00". */
  localDate: string;
  startClock: string;
  endClock: string;
  facilitator: PersonRef;
  presenter: PersonRef | null;
  maxParticipants: number;
  videoUrl: string | null;
  notes: string;
  status: SessionStatus;
  /** The invitation's SEQUENCE: raised on every change that reaches calendars. */
  icsSequence: number;
  participants: SessionParticipantView[];
  myRsvp: RsvpResponse | null;
  /** null when I am not a member (platform administrator). */
  myRole: SessionRole | null;
  /** May I change or cancel this session (CoP facilitator or the session's facilitator)? */
  canManage: boolean;
  /** May I read the casus (facilitator, presenter, participants who said yes or maybe)? */
  canReadCase: boolean;
  /** Am I the inbrenger who writes the casus? */
  canWriteCase: boolean;
  agenda: AgendaItemView[];
  /** A confirmed casus with text exists (not purged): the participants can read it. */
  hasCase: boolean;
  /** Only for its author (the inbrenger): a private draft exists that is not confirmed yet. Always false for everyone else. */
  hasCaseDraft: boolean;
  counts: SessionCounts;
  /** The session page in the web client. */
  url: string;
  createdAt: string;
  updatedAt: string;
}

/** `GET /api/methods` and `GET /api/communities/:id/methods`. `M` is `Method` from @mao/intervisie-method. */
export interface MethodEntryView<M = Record<string, unknown>> {
  source: 'builtin' | 'custom';
  totalMinutes: number;
  method: M;
  /** Custom methods only. */
  communityId?: string;
  createdBy?: PersonRef | null;
  createdAt?: string;
  /** Custom methods: this version's row id (what another CoP copies from when it is shared). */
  versionId?: string;
  /** When this version was shared with the platform; null when it is not. */
  sharedAt?: string | null;
  /** The CoP that shared it (in the platform's list of shared methods). */
  sharedBy?: { communityId: string; communityName: string } | null;
  /** Copied from another CoP's shared method: which one (the attribution). */
  basedOn?: { communityName: string; methodName: LocalizedTextView; version: number } | null;
}

/** A text in Dutch and English (a method's name). */
export interface LocalizedTextView {
  nl: string;
  en: string;
}

export interface CalendarFeedView {
  active: boolean;
  createdAt: string | null;
  /**
   * The secret feed URL. Only its hash is stored, so the URL is returned only by the call that
   * created it (first `GET`, or `POST .../rotate`); otherwise null.
   */
  url: string | null;
}
