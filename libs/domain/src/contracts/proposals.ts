import { z } from 'zod';
import { idSchema, multiLineText, singleLineText } from './common.js';
import type { PersonRef, SessionStatus } from './sessions.js';

/**
 * Agenda proposals (issue 14): members shape the CoP's agenda. A member proposes a theme or a
 * casus question, others support it (once each) and comment, the facilitator schedules a
 * session from it. The proposer may be hidden from the other members — never from the CoP's
 * facilitators. Titles, texts and comments go through the privacy guard at the api
 * (direct identifiers are refused; a name may be marked as not identifying, as for reflections).
 */

export const PROPOSAL_KINDS = ['theme', 'casus'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

/** nieuw → ingepland (a session was scheduled from it) → besproken. */
export const PROPOSAL_STATUSES = ['new', 'scheduled', 'discussed'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const PROPOSAL_TITLE_MAX = 120;
export const PROPOSAL_TEXT_MAX = 1000;
export const PROPOSAL_COMMENT_MAX = 1000;

const acceptedFindingsSchema = z
  .array(singleLineText().min(1).max(200, { message: 'Een gemarkeerde vondst is hoogstens 200 tekens.' }), { message: 'Geef een lijst met teksten.' })
  .max(50, { message: 'Hoogstens 50 gemarkeerde vondsten.' });

const proposalThemeSchema = singleLineText({ message: 'Een thema is tekst.' }).trim().min(1, { message: 'Kies een thema.' }).max(60, { message: 'Een thema is hoogstens 60 tekens.' });

/** `POST /api/communities/:id/proposals` */
export const createProposalSchema = z.strictObject({
  kind: z.enum(PROPOSAL_KINDS, { message: 'Kies een thema of een casusvraag.' }),
  title: singleLineText({ message: 'Geef je voorstel een titel.' })
    .trim()
    .min(3, { message: 'Een titel heeft minstens 3 tekens.' })
    .max(PROPOSAL_TITLE_MAX, { message: `Een titel is hoogstens ${PROPOSAL_TITLE_MAX} tekens.` }),
  text: multiLineText()
    .trim()
    .max(PROPOSAL_TEXT_MAX, { message: `Een toelichting is hoogstens ${PROPOSAL_TEXT_MAX} tekens.` })
    .optional(),
  /** One of the CoP's themes (checked by the api), or none. */
  theme: proposalThemeSchema.nullable().optional(),
  /** Hide my name from the other members (the facilitators still see it). */
  anonymous: z.boolean({ message: 'Kies of je naam zichtbaar is.' }).optional(),
  acceptedFindings: acceptedFindingsSchema.optional(),
});
export type CreateProposalInput = z.infer<typeof createProposalSchema>;

/** `POST /api/proposals/:id/status` (facilitators): ingepland with the session made from it, or besproken, or back to nieuw. */
export const setProposalStatusSchema = z
  .strictObject({
    status: z.enum(PROPOSAL_STATUSES, { message: 'Kies nieuw, ingepland of besproken.' }),
    sessionId: idSchema.nullable().optional(),
  })
  .refine((value) => value.status !== 'scheduled' || typeof value.sessionId === 'string', {
    message: 'Een ingepland voorstel hoort bij een sessie.',
    path: ['sessionId'],
  });
export type SetProposalStatusInput = z.infer<typeof setProposalStatusSchema>;

/** `POST /api/proposals/:id/comments` */
export const createProposalCommentSchema = z.strictObject({
  text: multiLineText({ message: 'Schrijf een reactie.' })
    .trim()
    .min(1, { message: 'Schrijf een reactie.' })
    .max(PROPOSAL_COMMENT_MAX, { message: `Een reactie is hoogstens ${PROPOSAL_COMMENT_MAX} tekens.` }),
  acceptedFindings: acceptedFindingsSchema.optional(),
});
export type CreateProposalCommentInput = z.infer<typeof createProposalCommentSchema>;

/** `GET /api/communities/:id/proposals?theme=&status=` — the CoP's themes are the filters. */
export const proposalListQuerySchema = z.strictObject({
  theme: proposalThemeSchema.optional(),
  status: z.enum(PROPOSAL_STATUSES, { message: 'Kies nieuw, ingepland of besproken.' }).optional(),
});
export type ProposalListQuery = z.infer<typeof proposalListQuerySchema>;

/* ------------------------------------------------------------------ views */

export interface ProposalSessionRef {
  id: string;
  title: string;
  startsAt: string;
  status: SessionStatus;
}

export interface ProposalView {
  id: string;
  communityId: string;
  kind: ProposalKind;
  title: string;
  text: string;
  theme: string | null;
  status: ProposalStatus;
  /** The proposer chose to hide their name from the other members. */
  anonymous: boolean;
  /** Who proposed it; null for other members when `anonymous` (facilitators always see it). */
  proposer: PersonRef | null;
  /** I proposed it. */
  mine: boolean;
  supportCount: number;
  supportedByMe: boolean;
  commentCount: number;
  /** The session scheduled from it (when ingepland or besproken). */
  session: ProposalSessionRef | null;
  /** May I support it (a member, not the proposer, while it is nieuw)? */
  canSupport: boolean;
  /** May I schedule it and change its status (CoP facilitators)? */
  canManage: boolean;
  createdAt: string;
  statusChangedAt: string;
}

export interface ProposalCommentView {
  id: string;
  author: PersonRef;
  text: string;
  mine: boolean;
  createdAt: string;
}

export interface ProposalDetailView extends ProposalView {
  comments: ProposalCommentView[];
}
