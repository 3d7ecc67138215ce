import { z } from 'zod';
import { BACKGROUNDS, type Background } from '../people/backgrounds.js';
import type { OrganisationType } from '../people/regions.js';
import { backgroundSchema, emailSchema, idSchema, multiLineText, organisationSchema, organisationTypeSchema, personNameSchema, regionIdSchema, singleLineText } from './common.js';
import { elementIdSchema, themeSchema, LESSON_MAX_THEMES, LESSON_QUERY_MAX } from './lessons.js';
import type { Page } from './views.js';

/**
 * Vraag en advies: a national question channel. A member asks a question (title, situation,
 * what they ask), aimed at domains; any member answers; an answer from another jeugdzorgregio is
 * marked "geen belang in jouw regio"; the asker marks helpful answers; the programme bureau
 * (makelaar) matches questions with people and CoPs, closes them, and approves who may join.
 * Texts go through the privacy guard like a casus (direct identifiers refuse, places warn).
 */

/** The domains a question is aimed at (the backgrounds without "anders"). */
export const QUESTION_DOMAINS = BACKGROUNDS.filter((b): b is Exclude<Background, 'anders'> => b !== 'anders');
export type QuestionDomain = (typeof QUESTION_DOMAINS)[number];

export const QUESTION_TITLE_MAX = 160;
export const QUESTION_SITUATION_MAX = 6000;
export const QUESTION_ASK_MAX = 2000;
export const ANSWER_TEXT_MAX = 4000;
export const QUESTION_PAGE_MAX = 50;

const unique = <T>(values: readonly T[]) => new Set(values).size === values.length;

const acceptedFindingsSchema = z
  .array(singleLineText().min(1).max(200, { message: 'Een gemarkeerde vondst is hoogstens 200 tekens.' }), { message: 'Geef een lijst met teksten.' })
  .max(100, { message: 'Hoogstens 100 gemarkeerde vondsten.' });

export const questionTitleSchema = singleLineText({ message: 'Geef je vraag een titel.' })
  .trim()
  .min(5, { message: 'Een titel heeft minstens 5 tekens.' })
  .max(QUESTION_TITLE_MAX, { message: `Een titel is hoogstens ${QUESTION_TITLE_MAX} tekens.` });

/** `POST /api/questions` */
export const createQuestionSchema = z.strictObject({
  title: questionTitleSchema,
  situation: multiLineText({ message: 'Beschrijf de situatie.' })
    .trim()
    .min(10, { message: 'Beschrijf de situatie in minstens 10 tekens.' })
    .max(QUESTION_SITUATION_MAX, { message: `De situatie is hoogstens ${QUESTION_SITUATION_MAX.toLocaleString('nl-NL')} tekens.` }),
  ask: multiLineText({ message: 'Schrijf op wat je vraagt.' })
    .trim()
    .min(5, { message: 'Je vraag heeft minstens 5 tekens.' })
    .max(QUESTION_ASK_MAX, { message: `Je vraag is hoogstens ${QUESTION_ASK_MAX.toLocaleString('nl-NL')} tekens.` }),
  elementIds: z
    .array(elementIdSchema, { message: 'Geef een lijst met werkzame elementen.' })
    .max(6, { message: 'Hoogstens 6 werkzame elementen.' })
    .refine(unique, { message: 'Een werkzaam element staat er twee keer in.' })
    .default([]),
  themes: z.array(themeSchema, { message: 'Geef een lijst met thema’s.' }).max(LESSON_MAX_THEMES, { message: `Hoogstens ${LESSON_MAX_THEMES} thema’s.` }).default([]),
  domains: z
    .array(z.enum(QUESTION_DOMAINS, { message: 'Kies domeinen uit: onderwijs, zorg, jeugdhulp, gemeente, ouder.' }), { message: 'Kies voor wie de vraag is.' })
    .min(1, { message: 'Kies minstens één domein waar je advies van wilt.' })
    .max(QUESTION_DOMAINS.length)
    .refine(unique, { message: 'Een domein staat er twee keer in.' }),
  /** Only answers from people who work in another jeugdzorgregio than the asker. */
  outsideRegionOnly: z.boolean({ message: 'Geef aan of alleen mensen van buiten je regio mogen antwoorden.' }).default(false),
  acceptedFindings: acceptedFindingsSchema.optional(),
});
export type CreateQuestionInput = z.input<typeof createQuestionSchema>;
export type CreateQuestionData = z.output<typeof createQuestionSchema>;

/** `POST /api/questions/:id/answers` */
export const createAnswerSchema = z.strictObject({
  text: multiLineText({ message: 'Schrijf je antwoord.' })
    .trim()
    .min(3, { message: 'Een antwoord heeft minstens 3 tekens.' })
    .max(ANSWER_TEXT_MAX, { message: `Een antwoord is hoogstens ${ANSWER_TEXT_MAX.toLocaleString('nl-NL')} tekens.` }),
  acceptedFindings: acceptedFindingsSchema.optional(),
});
export type CreateAnswerInput = z.infer<typeof createAnswerSchema>;

/** `PUT /api/questions/:id/answers/:answerId/helpful` (the asker only). */
export const markHelpfulSchema = z.strictObject({ helpful: z.boolean({ message: 'Geef aan of het antwoord hielp (true of false).' }) });
export type MarkHelpfulInput = z.infer<typeof markHelpfulSchema>;

/**
 * `POST /api/questions/:id/answers/:answerId/harvest` (makelaar, administrator): the answer
 * becomes a draft lesson in the chosen CoP, where its facilitators review it like a harvested lesson.
 */
export const harvestAnswerSchema = z.strictObject({ communityId: idSchema });
export type HarvestAnswerInput = z.infer<typeof harvestAnswerSchema>;

/** `POST /api/questions/:id/invitations` (makelaar): ask specific people or the members of CoPs to answer, by mail. */
export const inviteAnswerersSchema = z
  .strictObject({
    userIds: z.array(idSchema).max(50, { message: 'Hoogstens 50 mensen tegelijk.' }).refine(unique, { message: 'Iemand staat er twee keer in.' }).default([]),
    communityIds: z.array(idSchema).max(10, { message: 'Hoogstens 10 CoP’s tegelijk.' }).refine(unique, { message: 'Een CoP staat er twee keer in.' }).default([]),
    note: multiLineText().trim().max(1000, { message: 'Een toelichting is hoogstens 1.000 tekens.' }).optional(),
  })
  .refine((value) => value.userIds.length + value.communityIds.length > 0, { message: 'Kies minstens één persoon of CoP.' });
export type InviteAnswerersInput = z.input<typeof inviteAnswerersSchema>;

/** `POST /api/questions/:id/close` (the asker, makelaar, administrator). */
export const closeQuestionSchema = z.strictObject({
  reason: multiLineText().trim().max(500, { message: 'Een reden is hoogstens 500 tekens.' }).optional(),
});
export type CloseQuestionInput = z.infer<typeof closeQuestionSchema>;

export const QUESTION_LIST_FILTERS = ['all', 'open', 'unanswered', 'closed', 'mine'] as const;
export type QuestionListFilter = (typeof QUESTION_LIST_FILTERS)[number];

const intParam = (label: string, min: number, max: number) =>
  z
    .string({ message: `Geef ${label} als getal.` })
    .regex(/^\d{1,6}$/, { message: `Geef ${label} als heel getal.` })
    .transform(Number)
    .pipe(z.number().int().min(min, { message: `${label} is minstens ${min}.` }).max(max, { message: `${label} is hoogstens ${max}.` }));

/** `GET /api/questions` — `q` is Dutch full-text search with web-search syntax, as in the lessons library. */
export const questionListQuerySchema = z.strictObject({
  filter: z.enum(QUESTION_LIST_FILTERS, { message: 'Filter is all, open, unanswered, closed of mine.' }).optional(),
  q: singleLineText({ message: 'Geef een zoekterm als tekst.' }).max(LESSON_QUERY_MAX, { message: `Een zoekterm is hoogstens ${LESSON_QUERY_MAX} tekens.` }).optional(),
  domain: z.enum(QUESTION_DOMAINS, { message: 'Onbekend domein.' }).optional(),
  element: elementIdSchema.optional(),
  limit: intParam('limit', 1, QUESTION_PAGE_MAX).optional(),
  offset: intParam('offset', 0, 100_000).optional(),
});
export type QuestionListQuery = z.infer<typeof questionListQuerySchema>;

/* --------------------------------------------------------------- joining */

/**
 * `POST /api/questions/join-requests`: ask to join Vraag en advies. Anonymous people give their
 * address; logged-in people join with their account (no `email`). The programme bureau approves.
 */
export const createJoinRequestSchema = z.strictObject({
  name: personNameSchema,
  email: emailSchema.optional(),
  organisation: organisationSchema.min(2, { message: 'Vul je organisatie in.' }),
  organisationType: organisationTypeSchema.optional(),
  background: backgroundSchema,
  regionId: regionIdSchema,
  motivation: multiLineText().trim().max(1000, { message: 'Een toelichting is hoogstens 1.000 tekens.' }).optional(),
});
export type CreateJoinRequestInput = z.infer<typeof createJoinRequestSchema>;

export const decideJoinRequestSchema = z.strictObject({
  reason: multiLineText().trim().max(500, { message: 'Een reden is hoogstens 500 tekens.' }).optional(),
});
export type DecideJoinRequestInput = z.infer<typeof decideJoinRequestSchema>;

/* ------------------------------------------------------------------ views */

/** Who wrote something, as shown next to it: name, domain, organisation type and region. */
export interface AuthorProfile {
  id: string | null;
  name: string;
  background: Background | null;
  organisationType: OrganisationType | null;
  regionId: string | null;
}

export type QuestionStatus = 'open' | 'closed';

export interface QuestionSummary {
  id: string;
  title: string;
  status: QuestionStatus;
  domains: QuestionDomain[];
  elementIds: string[];
  themes: string[];
  outsideRegionOnly: boolean;
  regionId: string | null;
  author: AuthorProfile;
  answerCount: number;
  helpfulCount: number;
  createdAt: string;
  /** Only when searching: an excerpt with `<mark>` around matches, otherwise HTML-escaped. */
  snippet?: string;
}

export interface AnswerView {
  id: string;
  text: string;
  author: AuthorProfile;
  /** The answerer works in another jeugdzorgregio than the asker: "geen belang in jouw regio". */
  fromOtherRegion: boolean;
  helpful: boolean;
  /** The lesson this answer became, if any (the lesson itself follows the library’s visibility: a draft only for its reviewers). */
  harvestedLessonId: string | null;
  createdAt: string;
}

export interface QuestionDetail extends QuestionSummary {
  situation: string;
  ask: string;
  closedAt: string | null;
  answers: AnswerView[];
  /** What the viewer may do. */
  can: { answer: boolean; markHelpful: boolean; close: boolean; match: boolean; harvest: boolean; report: boolean };
  /** Why the viewer may not answer, when they may not ('closed', 'same_region'). */
  answerBlockedBy: 'closed' | 'same_region' | null;
  /** Makelaar and administrators: who was invited to answer. */
  invitations?: Array<{ kind: 'person' | 'community'; id: string; name: string; at: string }>;
}

export type QuestionPage = Page<QuestionSummary>;

export type JoinRequestStatus = 'pending' | 'approved' | 'rejected';

export interface JoinRequestView {
  id: string;
  name: string;
  email: string;
  organisation: string;
  organisationType: OrganisationType | null;
  background: Background;
  regionId: string;
  motivation: string | null;
  status: JoinRequestStatus;
  /** An account with this address already exists (the request was made while logged in, or matches). */
  hasAccount: boolean;
  createdAt: string;
  decidedAt: string | null;
}

/** `GET /api/questions/membership`: where I stand with Vraag en advies. */
export interface AdviceMembershipView {
  relation: 'outsider' | 'pending' | 'member' | 'makelaar' | 'admin';
  request: { id: string; status: JoinRequestStatus; createdAt: string } | null;
}

/** `GET /api/questions/join-requests?status=` (makelaar, administrator). */
export const joinRequestListQuerySchema = z.strictObject({
  status: z.enum(['pending', 'approved', 'rejected'], { message: 'Status is pending, approved of rejected.' }).optional(),
});
export type JoinRequestListQuery = z.infer<typeof joinRequestListQuerySchema>;

/** `GET /api/questions/candidates?q=` (makelaar): people to invite, by name or organisation. */
export const candidateQuerySchema = z.strictObject({
  q: singleLineText().trim().max(120, { message: 'Een zoekterm is hoogstens 120 tekens.' }).optional(),
});
export type CandidateQuery = z.infer<typeof candidateQuerySchema>;

export interface AnswerCandidateView {
  id: string;
  name: string;
  background: Background | null;
  regionId: string | null;
  organisation: string | null;
}
