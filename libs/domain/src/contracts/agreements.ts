import './zod-config.js';
import { z } from 'zod';
import { idSchema, multiLineText, singleLineText } from './common.js';

/**
 * Agreements (afspraken): what the group agreed in a session, who does it, by when and at which
 * level. They come back in the next session's terugblik and on the CoP's page "Afspraken".
 *
 * Who: a member of the CoP (`ownerUserId`), or a role or organisation written as text
 * (`ownerText`, e.g. "de intern begeleider", "het wijkteam") — exactly one of both.
 */
export const AGREEMENT_LEVELS = ['uitvoering', 'beleid', 'bestuur'] as const;
export type AgreementLevel = (typeof AGREEMENT_LEVELS)[number];

export const AGREEMENT_STATUSES = ['open', 'bezig', 'gedaan', 'losgelaten'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
/** Statuses that still ask something of someone: shown in the terugblik, reminded before the due date. */
export const ACTIVE_AGREEMENT_STATUSES: readonly AgreementStatus[] = ['open', 'bezig'];

export const AGREEMENT_WHAT_MAX = 500;
export const AGREEMENT_NOTE_MAX = 500;
export const AGREEMENT_OWNER_TEXT_MAX = 120;

const acceptedFindings = z
  .array(singleLineText().min(1).max(200, { message: 'Een gemarkeerde vondst is hoogstens 200 tekens.' }), { message: 'Geef een lijst met teksten.' })
  .max(100, { message: 'Hoogstens 100 gemarkeerde vondsten.' });

const dueDateSchema = z.iso.date({ message: 'Geef een datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-01.' });

/** `POST /api/sessions/:id/agreements` — made in the live session, in a step that produces agreements. */
export const createAgreementSchema = z
  .strictObject({
    stepId: singleLineText({ message: 'Geef de stap op.' }).min(1, { message: 'Geef de stap op.' }).max(64, { message: 'Een stap-id is hoogstens 64 tekens.' }),
    ownerUserId: idSchema.nullable().optional(),
    ownerText: singleLineText({ message: 'Schrijf een rol of organisatie.' })
      .trim()
      .min(2, { message: 'Een rol of organisatie heeft minstens 2 tekens.' })
      .max(AGREEMENT_OWNER_TEXT_MAX, { message: `Een rol of organisatie is hoogstens ${AGREEMENT_OWNER_TEXT_MAX} tekens.` })
      .nullable()
      .optional(),
    what: multiLineText({ message: 'Beschrijf de afspraak.' })
      .trim()
      .min(3, { message: 'Een afspraak heeft minstens 3 tekens.' })
      .max(AGREEMENT_WHAT_MAX, { message: `Een afspraak is hoogstens ${AGREEMENT_WHAT_MAX} tekens.` }),
    dueDate: dueDateSchema.nullable().optional(),
    level: z.enum(AGREEMENT_LEVELS, { message: 'Kies een niveau: uitvoering, beleid of bestuur.' }),
    acceptedFindings: acceptedFindings.optional(),
  })
  .refine((value) => (value.ownerUserId ? 1 : 0) + (value.ownerText ? 1 : 0) === 1, {
    message: 'Kies wie de afspraak uitvoert: een lid, of schrijf een rol of organisatie (één van beide).',
    path: ['ownerUserId'],
  });
export type CreateAgreementInput = z.infer<typeof createAgreementSchema>;

/** `PATCH /api/agreements/:id` — the owner or a facilitator updates status and note. */
export const updateAgreementSchema = z
  .strictObject({
    status: z.enum(AGREEMENT_STATUSES, { message: 'Kies een status: open, bezig, gedaan of losgelaten.' }).optional(),
    note: multiLineText({ message: 'Een toelichting is tekst.' })
      .trim()
      .max(AGREEMENT_NOTE_MAX, { message: `Een toelichting is hoogstens ${AGREEMENT_NOTE_MAX} tekens.` })
      .nullable()
      .optional(),
    acceptedFindings: acceptedFindings.optional(),
  })
  .refine((value) => value.status !== undefined || value.note !== undefined, { message: 'Geef een status of een toelichting.' });
export type UpdateAgreementInput = z.infer<typeof updateAgreementSchema>;

/** `GET /api/communities/:id/agreements?status=…` — `active` is open and bezig together. */
export const agreementListQuerySchema = z.strictObject({
  status: z.enum([...AGREEMENT_STATUSES, 'active'], { message: 'Kies een status: open, bezig, gedaan, losgelaten of active.' }).optional(),
});
export type AgreementListQuery = z.infer<typeof agreementListQuerySchema>;

export type AgreementOwnerView = { kind: 'member'; userId: string; name: string } | { kind: 'text'; text: string };

export interface AgreementView {
  id: string;
  communityId: string;
  session: { id: string; title: string; date: string };
  step: { id: string; title: { nl: string; en: string } };
  owner: AgreementOwnerView;
  what: string;
  /** `YYYY-MM-DD`, or null without a due date. */
  dueDate: string | null;
  level: AgreementLevel;
  status: AgreementStatus;
  note: string | null;
  createdAt: string;
  updatedAt: string;
  /** May the asking person change status and note (the owner, the CoP's facilitators, the session's facilitator)? */
  canUpdate: boolean;
}

/**
 * Who may change an agreement's status and note: the member it is for, a facilitator of the CoP,
 * or the facilitator and inbrenger of the session that made it. Pure, so web and api agree.
 */
export function mayUpdateAgreement(
  agreement: { ownerUserId: string | null; sessionFacilitatorId: string; sessionPresenterId: string | null },
  actor: { userId: string; isCommunityFacilitator: boolean },
): boolean {
  return (
    actor.isCommunityFacilitator ||
    agreement.ownerUserId === actor.userId ||
    agreement.sessionFacilitatorId === actor.userId ||
    agreement.sessionPresenterId === actor.userId
  );
}

/** One advice card in a session summary (text as written on the board; the author's name from the roster). */
export interface SummaryAdviceView {
  text: string;
  authorName: string;
  /** The inbrenger marked it as speaking to them. */
  marked: boolean;
}

/**
 * `GET /api/sessions/:id/summary` — what a closed session produced, for its participants: the
 * agreements, the advice (the inbrenger's marks first) and how many lessons wait for review.
 * Never the casus text.
 */
export interface SessionSummaryView {
  session: { id: string; title: string; date: string; communityId: string; communityName: string };
  agreements: AgreementView[];
  /** Advice from the steps the response steps take from; empty when nothing was carried or the boards were purged. */
  advice: SummaryAdviceView[];
  lessonsInReview: number;
  /** The asking person is the inbrenger: may download "mijn adviezen" as PDF. */
  isPresenter: boolean;
  /** The boards are gone after the retention period: the advice is no longer there. */
  boardsPurged: boolean;
}
