import { z } from 'zod';
import type { CaseFieldFinding } from '../privacy/types.js';
import { multiLineText, singleLineText } from './common.js';
import type { PersonRef } from './sessions.js';

/**
 * The casus intake: what the inbrenger writes before the session. Every text field is checked
 * by the privacy guard (`checkCaseFields`) in the editor and again by the api on save.
 */
export const CASE_MAX_TOTAL_CHARACTERS = 20_000;
export const CASE_TEXT_FIELDS = ['title', 'context', 'keyQuestion', 'tried', 'askOfGroup'] as const;
export type CaseTextField = (typeof CASE_TEXT_FIELDS)[number];

const text = (label: string, min: number) =>
  multiLineText({ message: `Vul ${label} in.` })
    .trim()
    .min(min, { message: min > 1 ? `${capital(label)} heeft minstens ${min} tekens.` : `Vul ${label} in.` })
    // Per field the whole budget; the total over all fields is checked by `caseLength` ('case_too_long').
    .max(CASE_MAX_TOTAL_CHARACTERS, { message: `Een casus is hoogstens ${CASE_MAX_TOTAL_CHARACTERS.toLocaleString('nl-NL')} tekens.` });

function capital(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

export const upsertCaseSchema = z.strictObject({
  title: text('een titel', 3).refine((v) => v.length <= 160, { message: 'Een titel is hoogstens 160 tekens.' }),
  context: text('de situatie', 1),
  keyQuestion: text('de kernvraag', 1),
  tried: multiLineText({ message: 'Vul in wat je al hebt geprobeerd.' }).trim().max(CASE_MAX_TOTAL_CHARACTERS, { message: `Een casus is hoogstens ${CASE_MAX_TOTAL_CHARACTERS.toLocaleString('nl-NL')} tekens.` }),
  askOfGroup: text('je vraag aan de groep', 1),
  anonymisedConfirmed: z.literal(true, { message: 'Bevestig dat de casus geanonimiseerd is.' }),
  consentConfirmed: z.literal(true, { message: 'Bevestig dat er toestemming is waar die nodig is.' }),
  /**
   * Exact matches the inbrenger marked as "not identifying" (false positives of the guard).
   * Never honoured for direct identifiers (BSN, client number, e-mail, phone, postcode).
   */
  acceptedFindings: z
    .array(singleLineText().min(1).max(200, { message: 'Een gemarkeerde vondst is hoogstens 200 tekens.' }), { message: 'Geef een lijst met teksten.' })
    .max(100, { message: 'Hoogstens 100 gemarkeerde vondsten.' })
    .optional(),
});
export type UpsertCaseInput = z.infer<typeof upsertCaseSchema>;

/**
 * `PUT /api/sessions/:id/case/draft`: the casus as a private draft (issue 15). Only its author
 * reads it; nothing is required yet except some text, and the privacy guard does not refuse it
 * (its findings are shown as highlights). Confirming goes through `upsertCaseSchema`, which needs
 * every field, both confirmations and a clean text.
 */
const draftText = (max: number) =>
  multiLineText({ message: 'Schrijf tekst.' })
    .trim()
    .max(max, { message: max === 160 ? 'Een titel is hoogstens 160 tekens.' : `Een casus is hoogstens ${CASE_MAX_TOTAL_CHARACTERS.toLocaleString('nl-NL')} tekens.` });

export const saveCaseDraftSchema = z
  .strictObject({
    title: draftText(160).default(''),
    context: draftText(CASE_MAX_TOTAL_CHARACTERS).default(''),
    keyQuestion: draftText(CASE_MAX_TOTAL_CHARACTERS).default(''),
    tried: draftText(CASE_MAX_TOTAL_CHARACTERS).default(''),
    askOfGroup: draftText(CASE_MAX_TOTAL_CHARACTERS).default(''),
    anonymisedConfirmed: z.boolean({ message: 'Geef ja of nee.' }).default(false),
    consentConfirmed: z.boolean({ message: 'Geef ja of nee.' }).default(false),
    acceptedFindings: upsertCaseSchema.shape.acceptedFindings,
  })
  .refine((draft) => CASE_TEXT_FIELDS.some((field) => draft[field].length > 0), { message: 'Schrijf eerst iets; een leeg concept wordt niet bewaard.', path: ['context'] });
export type SaveCaseDraftInput = z.infer<typeof saveCaseDraftSchema>;

/** A draft is private to its author; a confirmed casus is read by the session's confirmed participants. */
export const CASE_STATUSES = ['draft', 'confirmed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Characters over all text fields, as counted for the 20,000 limit. */
export function caseLength(input: Pick<UpsertCaseInput, CaseTextField>): number {
  return CASE_TEXT_FIELDS.reduce((sum, field) => sum + input[field].length, 0);
}

export interface CaseView {
  sessionId: string;
  /** `draft`: only the author reads it (it may still hold findings); `confirmed`: clean, shared with the session's participants. */
  status: CaseStatus;
  /** When it was last confirmed (null for a draft). */
  confirmedAt: string | null;
  title: string;
  context: string;
  keyQuestion: string;
  tried: string;
  askOfGroup: string;
  anonymisedConfirmed: boolean;
  consentConfirmed: boolean;
  acceptedFindings: string[];
  author: PersonRef | null;
  updatedAt: string;
  /** When the text will be removed (set once the session is closed or cancelled). */
  purgeAfter: string | null;
}

/** `details` of the 422 `privacy_findings` error: every unresolved finding with its field and position. */
export interface PrivacyFindingsDetails {
  findings: Array<CaseFieldFinding & { canAccept: boolean }>;
}
