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

function methodIdSchemaFor(message: string) {
  return singleLineText({ message }).trim().min(1, { message }).max(64, { message: 'Een stap-id is hoogstens 64 tekens.' });
}

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

/**
 * How a session runs (issue 16): `live` — one meeting; `async` — every step has a window of
 * hours or days and the clock moves the session on; `mixed` — a live meeting with steps in
 * writing before and/or after it. The rules of a plan live in @mao/intervisie-method
 * (`windowPlanProblems`); the api answers `422 invalid_windows` with every problem.
 */
export const SESSION_MODES = ['live', 'async', 'mixed'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];
export const sessionModeSchema = z.enum(SESSION_MODES, { message: 'Kies live, asynchroon of gemengd.' });

/** One step's window: it opens and closes at these instants (ISO 8601 with a zone). */
export const stepWindowInputSchema = z.strictObject({
  stepId: methodIdSchemaFor('Kies een stap.'),
  opensAt: z.iso.datetime({ offset: true, message: 'Geef het begin van de periode in ISO 8601 met tijdzone.' }),
  closesAt: z.iso.datetime({ offset: true, message: 'Geef het einde van de periode in ISO 8601 met tijdzone.' }),
});
export type StepWindowInput = z.infer<typeof stepWindowInputSchema>;
/** Every step of the longest method at most once. */
const windowsSchema = z.array(stepWindowInputSchema).max(60, { message: 'Hoogstens 60 periodes.' });

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
    /** Default `live`. */
    mode: sessionModeSchema.optional(),
    /**
     * Async: one window per step, back to back from `startsAt` (then `startsAt` is when the first
     * window opens; duration and end follow from the windows). Mixed: one per step in writing;
     * `startsAt`/duration are the live meeting's. Left out: the method's defaults.
     */
    windows: windowsSchema.optional(),
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
    mode: sessionModeSchema.optional(),
    windows: windowsSchema.optional(),
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

/** A step's window in an asynchronous or mixed session. */
export interface StepWindowView {
  stepId: string;
  kind: string;
  title: LocalizedLabel;
  /** ISO 8601 in UTC. */
  opensAt: string;
  closesAt: string;
  /** On the session's wall clock: "ma 8 mrt 09:00" / "Mon 8 Mar 09:00". */
  opensLabel: LocalizedLabel;
  closesLabel: LocalizedLabel;
}

/**
 * `GET /api/sessions/:id/progress` (issue 16): the step the session is at and who has contributed
 * to it — a card, a harvest entry, a reaction or vote of their own, or "ik heb bijgedragen".
 * Only for the session's participants.
 */
export interface StepProgressView {
  sessionId: string;
  mode: SessionMode;
  /** Null before the session started and after it ended. */
  stepId: string | null;
  /** The current step's window (null for a live step). */
  window: StepWindowView | null;
  /** Those who write in this step, and whether they have contributed. */
  writers: Array<{ userId: string; name: string; contributed: boolean }>;
  contributedCount: number;
  /** Did I contribute? */
  mine: boolean;
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
  /** Live, asynchronous or mixed (issue 16). */
  mode: SessionMode;
  /** The windows of the steps in writing, in step order (empty for a live session). */
  windows: StepWindowView[];
  /** The step the session is at while it runs (null before and after). */
  currentStepId: string | null;
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
