import { z } from 'zod';
import { idSchema, multiLineText, singleLineText } from './common.js';
import type { Page } from './views.js';
import type { Background } from '../people/backgrounds.js';
import type { OrganisationType } from '../people/regions.js';
import type { PrivacyFinding } from '../privacy/types.js';
import { isKnownElement, isKnownIndicator } from '../reflectiekader/lookup.js';

/**
 * Contracts of the lessons library (geleerde lessen): harvested in a session as drafts, reviewed
 * by the facilitator (edit, merge, re-tag, publish, discard), browsed and searched by members,
 * reflected on, and linked to action perspectives (handelingsperspectieven).
 *
 * Query strings arrive as strings (or arrays when a parameter repeats): the list schema accepts
 * both and always yields arrays for `element`, `indicator` and `theme`.
 */

export const LESSON_STATUSES = ['draft', 'published', 'discarded', 'merged'] as const;
export type LessonStatus = (typeof LESSON_STATUSES)[number];

export const LESSON_VISIBILITIES = ['community', 'platform'] as const;
export type LessonVisibility = (typeof LESSON_VISIBILITIES)[number];

export const LESSON_TEXT_MAX = 4000;
export const LESSON_THEME_MAX = 60;
export const LESSON_MAX_THEMES = 12;
export const LESSON_MAX_TAGS = 20;
export const REFLECTION_TEXT_MAX = 4000;
export const ACTION_PERSPECTIVE_TEXT_MAX = 4000;
export const LESSON_PAGE_MAX = 100;
export const LESSON_PAGE_DEFAULT = 20;
/** Search strings longer than this are refused with a clear 400 (never a 500). */
export const LESSON_QUERY_MAX = 200;

export const lessonTextSchema = multiLineText({ message: 'Vul de tekst van de les in.' })
  .trim()
  .min(3, { message: 'Een les heeft minstens 3 tekens.' })
  .max(LESSON_TEXT_MAX, { message: `Een les is hoogstens ${LESSON_TEXT_MAX.toLocaleString('nl-NL')} tekens.` });

export const elementIdSchema = singleLineText({ message: 'Kies een werkzaam element.' })
  .trim()
  .refine((value) => isKnownElement(value), { error: (issue) => `Het werkzame element "${String(issue.input).slice(0, 80)}" bestaat niet in het reflectiekader.` });

export const indicatorIdSchema = singleLineText({ message: 'Kies een indicator.' })
  .trim()
  .refine((value) => isKnownIndicator(value), { error: (issue) => `De indicator "${String(issue.input).slice(0, 120)}" bestaat niet in het reflectiekader.` });

export const themeSchema = singleLineText({ message: 'Een thema is tekst.' })
  .trim()
  .toLowerCase()
  .min(2, { message: 'Een thema heeft minstens 2 tekens.' })
  .max(LESSON_THEME_MAX, { message: `Een thema is hoogstens ${LESSON_THEME_MAX} tekens.` });

const unique = <T>(values: readonly T[]) => new Set(values).size === values.length;

const elementIdsSchema = z
  .array(elementIdSchema, { message: 'Geef een lijst met werkzame elementen.' })
  .max(6, { message: 'Hoogstens 6 werkzame elementen.' })
  .refine(unique, { message: 'Een werkzaam element staat er twee keer in.' });
const indicatorIdsSchema = z
  .array(indicatorIdSchema, { message: 'Geef een lijst met indicatoren.' })
  .max(LESSON_MAX_TAGS, { message: `Hoogstens ${LESSON_MAX_TAGS} indicatoren.` })
  .refine(unique, { message: 'Een indicator staat er twee keer in.' });
const themesSchema = z
  .array(themeSchema, { message: 'Geef een lijst met thema’s.' })
  .max(LESSON_MAX_THEMES, { message: `Hoogstens ${LESSON_MAX_THEMES} thema’s.` });

/** Exact texts the reviewer marked as "not identifying" (as for the casus; never for direct identifiers). */
const acceptedFindingsSchema = z
  .array(singleLineText().min(1).max(200, { message: 'Een gemarkeerde vondst is hoogstens 200 tekens.' }), { message: 'Geef een lijst met teksten.' })
  .max(100, { message: 'Hoogstens 100 gemarkeerde vondsten.' });

/** An indicator belongs to its element: tagging an indicator implies its element (the api adds it). */
export const indicatorElementId = (indicatorId: string): string => indicatorId.split('.')[0] ?? indicatorId;

/** `PATCH /api/lessons/:id` — edit text, re-tag, change themes (drafts and published lessons; reviewers only). */
export const updateLessonSchema = z
  .strictObject({
    text: lessonTextSchema.optional(),
    elementIds: elementIdsSchema.optional(),
    indicatorIds: indicatorIdsSchema.optional(),
    themes: themesSchema.optional(),
    acceptedFindings: acceptedFindingsSchema.optional(),
  })
  .refine((value) => Object.keys(value).some((key) => key !== 'acceptedFindings'), { message: 'Geef minstens één veld om te wijzigen.' });
export type UpdateLessonInput = z.infer<typeof updateLessonSchema>;

/** `POST /api/lessons/:id/merge` — the other draft of the same session is folded into this one. */
export const mergeLessonsSchema = z.strictObject({
  otherId: idSchema,
});
export type MergeLessonsInput = z.infer<typeof mergeLessonsSchema>;

/** `POST /api/lessons/:id/publish` — also changes the visibility of a published lesson. */
export const publishLessonSchema = z.strictObject({
  visibility: z.enum(LESSON_VISIBILITIES, { message: 'Kies wie de les mag zien: de CoP (community) of het hele platform (platform).' }),
  acceptedFindings: acceptedFindingsSchema.optional(),
});
export type PublishLessonInput = z.infer<typeof publishLessonSchema>;

/** `POST /api/lessons/:id/discard` — a draft is set aside, a published lesson withdrawn. */
export const discardLessonSchema = z.strictObject({
  reason: multiLineText().trim().max(500, { message: 'Een reden is hoogstens 500 tekens.' }).optional(),
});
export type DiscardLessonInput = z.infer<typeof discardLessonSchema>;

/* ------------------------------------------------------------------ query */

/** A query parameter that may repeat: `?element=a&element=b` or a single `?element=a`. */
const repeated = <T extends z.ZodType<string>>(item: T, max: number, label: string) =>
  z
    .union([item, z.array(item)], { message: `Ongeldige waarde voor ${label}.` })
    .transform((value): string[] => (Array.isArray(value) ? [...new Set(value as string[])] : [value as string]))
    .refine((values) => values.length <= max, { message: `Hoogstens ${max} waarden voor ${label}.` });

/** A calendar day, `YYYY-MM-DD`, in Europe/Amsterdam. */
export const isoDaySchema = z.iso.date({ message: 'Geef een datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-01.' });

const intParam = (label: string, min: number, max: number) =>
  z
    .string({ message: `Geef ${label} als getal.` })
    .regex(/^\d{1,6}$/, { message: `Geef ${label} als heel getal.` })
    .transform(Number)
    .pipe(z.number().int().min(min, { message: `${label} is minstens ${min}.` }).max(max, { message: `${label} is hoogstens ${max}.` }));

/**
 * The filters of the library, shared by the list, the overview and the exports.
 * Several values of one filter (`?element=a&element=b`) match lessons that have any of them;
 * different filters all apply. `from`/`to` are inclusive calendar days (Europe/Amsterdam) of the
 * session the lesson comes from. `status=draft` shows the drafts the user may review
 * (facilitators only). `q` uses web-search syntax (`"phrase"`, `or`, `-word`); an empty `q` is
 * no search, a `q` of only stop words finds nothing.
 */
export const lessonFiltersShape = {
  element: repeated(elementIdSchema, 6, 'werkzaam element').optional(),
  indicator: repeated(indicatorIdSchema, LESSON_MAX_TAGS, 'indicator').optional(),
  communityId: idSchema.optional(),
  methodId: singleLineText().trim().min(1, { message: 'Geef een methode-id.' }).max(64, { message: 'Een methode-id is hoogstens 64 tekens.' }).optional(),
  theme: repeated(themeSchema, LESSON_MAX_THEMES, 'thema').optional(),
  from: isoDaySchema.optional(),
  to: isoDaySchema.optional(),
  visibility: z.enum(LESSON_VISIBILITIES, { message: 'Zichtbaarheid is community of platform.' }).optional(),
  status: z.enum(['published', 'draft'], { message: 'Status is published of draft.' }).optional(),
  q: singleLineText({ message: 'Geef een zoekterm als tekst.' })
    .max(LESSON_QUERY_MAX, { message: `Een zoekterm is hoogstens ${LESSON_QUERY_MAX} tekens.` })
    .optional(),
};

const periodInOrder = (value: { from?: string | undefined; to?: string | undefined }) =>
  value.from === undefined || value.to === undefined || value.from <= value.to;
const PERIOD_PROBLEM = { message: 'De begindatum ligt na de einddatum.', path: ['to'] };

export const lessonFiltersSchema = z.strictObject(lessonFiltersShape).refine(periodInOrder, PERIOD_PROBLEM);
export type LessonFilters = z.infer<typeof lessonFiltersSchema>;

/** `GET /api/lessons` */
export const lessonListQuerySchema = z
  .strictObject({
    ...lessonFiltersShape,
    limit: intParam('limit', 1, LESSON_PAGE_MAX).optional(),
    offset: intParam('offset', 0, 100_000).optional(),
  })
  .refine(periodInOrder, PERIOD_PROBLEM);
export type LessonListQuery = z.infer<typeof lessonListQuerySchema>;

export const LESSON_EXPORT_FORMATS = ['md', 'csv'] as const;
export type LessonExportFormat = (typeof LESSON_EXPORT_FORMATS)[number];

/** `GET /api/lessons/export?format=md|csv&<filters>` (at most 5,000 lessons per export). */
export const lessonExportQuerySchema = z
  .strictObject({
    ...lessonFiltersShape,
    format: z.enum(LESSON_EXPORT_FORMATS, { message: 'Kies een formaat: md of csv.' }),
  })
  .refine(periodInOrder, PERIOD_PROBLEM);
export type LessonExportQuery = z.infer<typeof lessonExportQuerySchema>;
export const LESSON_EXPORT_MAX = 5000;

/* ------------------------------------------------------------- reflections */

/** `POST /api/lessons/:id/reflections` */
export const createReflectionSchema = z.strictObject({
  text: multiLineText({ message: 'Vul je reflectie in.' })
    .trim()
    .min(3, { message: 'Een reflectie heeft minstens 3 tekens.' })
    .max(REFLECTION_TEXT_MAX, { message: `Een reflectie is hoogstens ${REFLECTION_TEXT_MAX.toLocaleString('nl-NL')} tekens.` }),
  acceptedFindings: acceptedFindingsSchema.optional(),
});
export type CreateReflectionInput = z.infer<typeof createReflectionSchema>;

/* ------------------------------------------------------ action perspectives */

/** `POST /api/communities/:id/action-perspectives` — a handelingsperspectief, linked to one or more lessons. */
export const createActionPerspectiveSchema = z.strictObject({
  title: singleLineText({ message: 'Geef het handelingsperspectief een titel.' })
    .trim()
    .min(3, { message: 'Een titel heeft minstens 3 tekens.' })
    .max(160, { message: 'Een titel is hoogstens 160 tekens.' }),
  text: multiLineText({ message: 'Beschrijf het handelingsperspectief.' })
    .trim()
    .min(3, { message: 'Een handelingsperspectief heeft minstens 3 tekens.' })
    .max(ACTION_PERSPECTIVE_TEXT_MAX, { message: `Een handelingsperspectief is hoogstens ${ACTION_PERSPECTIVE_TEXT_MAX.toLocaleString('nl-NL')} tekens.` }),
  lessonIds: z
    .array(idSchema, { message: 'Geef een lijst met lessen.' })
    .min(1, { message: 'Koppel minstens één les.' })
    .max(50, { message: 'Hoogstens 50 lessen.' })
    .refine(unique, { message: 'Een les staat er twee keer in.' }),
  acceptedFindings: acceptedFindingsSchema.optional(),
});
export type CreateActionPerspectiveInput = z.infer<typeof createActionPerspectiveSchema>;

/** `POST /api/action-perspectives/:id/lessons` — link more lessons to an existing perspective. */
export const linkActionPerspectiveSchema = z.strictObject({
  lessonIds: z
    .array(idSchema, { message: 'Geef een lijst met lessen.' })
    .min(1, { message: 'Koppel minstens één les.' })
    .max(50, { message: 'Hoogstens 50 lessen.' })
    .refine(unique, { message: 'Een les staat er twee keer in.' }),
});
export type LinkActionPerspectiveInput = z.infer<typeof linkActionPerspectiveSchema>;

/* ------------------------------------------------------------------ views */

/**
 * A writer's domain (background), kind of organisation and jeugdzorgregio, shown with what they
 * wrote on the platform (issue 17) — the same fields as a question's or answer's author.
 */
export interface WriterProfile {
  background: Background | null;
  organisationType: OrganisationType | null;
  regionId: string | null;
}

/** One writer of a lesson as shown; `profile` is left out for "een ouder" and "verwijderd lid". */
export interface LessonAuthorView {
  name: string;
  profile?: WriterProfile;
}

export interface LessonView {
  id: string;
  text: string;
  status: LessonStatus;
  visibility: LessonVisibility;
  elementIds: string[];
  indicatorIds: string[];
  themes: string[];
  community: { id: string; name: string };
  session: { id: string; title: string; date: string } | null;
  method: { id: string; name: string } | null;
  authorName: string | null;
  /** The names of `authorName` one by one (a merged lesson has several), each with its writer's profile. */
  authors?: LessonAuthorView[];
  createdAt: string;
  publishedAt: string | null;
  reflectionCount: number;
  /**
   * Only when searching: an excerpt around the matches, safe to insert as HTML. Everything is
   * HTML-escaped; the only markup is `<mark>…</mark>` around matched words.
   */
  snippet?: string;
  /** Only when searching: the ts_rank of the match (higher is better). */
  rank?: number;
  /** Drafts (reviewers only): notes from the harvest, e.g. tags dropped because they are unknown. */
  reviewNotes?: string[];
  /** Drafts (reviewers only): how many privacy findings the text has now. */
  privacyFindingCount?: number;
}

export interface ReflectionView {
  id: string;
  authorName: string;
  text: string;
  createdAt: string;
  /**
   * The writer's domain, kind of organisation and jeugdzorgregio, shown with what they wrote
   * (issue 17). Left out when the name is not shown ("een ouder") or the account is gone.
   */
  author?: WriterProfile;
}

export interface ActionPerspectiveView {
  id: string;
  title: string;
  text: string;
  community: { id: string; name: string };
  createdByName: string | null;
  /** The maker's profile, shown with their name (issue 17); left out when the account is gone. */
  author?: WriterProfile;
  createdAt: string;
  /** Linked lessons the viewer may see. */
  lessonIds: string[];
}

export interface LessonDetail extends LessonView {
  reflections: ReflectionView[];
  actionPerspectives: ActionPerspectiveView[];
  /** Reviewers only: the current findings of the privacy guard on the text. */
  privacyFindings?: PrivacyFinding[];
  /** The lesson this one was merged into (status 'merged'). */
  mergedIntoId?: string | null;
  /** What the viewer may do with it. */
  can: { review: boolean; reflect: boolean };
}

/** Counting stops at this many matches (a broad search would otherwise visit every matching row). */
export const LESSON_COUNT_CAP = 1000;

/**
 * A page of lessons. `total` is exact below LESSON_COUNT_CAP; at the cap `totalIsLowerBound` is
 * true and the web shows "1.000+" (paging on with offset keeps working).
 */
export type LessonPage = Page<LessonView> & { totalIsLowerBound: boolean };

export interface ReflectiekaderOverviewCell {
  count: number;
}

/** `GET /api/lessons/overview` — counts for the chart; every cell links to the filtered list. */
export interface ReflectiekaderOverview {
  frameworkVersion: number;
  total: number;
  elements: Array<{
    elementId: string;
    count: number;
    indicators: Array<{ indicatorId: string; count: number }>;
    /** Lessons of this element without any indicator of it. */
    withoutIndicator: number;
  }>;
  /** `YYYY-MM` (Europe/Amsterdam) → count per element; months without lessons are included between first and last. */
  months: Array<{ month: string; total: number; byElement: Record<string, number> }>;
}

/** `GET /api/sessions/:id/lessons` — a session's lessons for review, with what the harvest reported. */
export interface SessionHarvestView {
  sessionId: string;
  harvestedAt: string | null;
  lessons: LessonView[];
}

/* ----------------------------------------------- a parent's name on lessons */

/**
 * What a platform-wide lesson (and a reflection on it) shows instead of a parent's name — someone
 * whose background is `ouder` — unless they chose to show it (issue 15). Lessons of a CoP keep
 * every name. The api stores and exports the Dutch text; the web shows it in the chosen language.
 */
export const HIDDEN_PARENT_NAME = { nl: 'een ouder', en: 'a parent' } as const;

/** `PUT /api/me/lesson-name-setting`: may my name be shown on platform-wide lessons? */
export const lessonNameSettingSchema = z.strictObject({
  showNameOnPlatformLessons: z.boolean({ message: 'Kies of je naam getoond mag worden.' }),
});
export type LessonNameSettingInput = z.infer<typeof lessonNameSettingSchema>;

export interface LessonNameSettingView {
  /** Default false: "een ouder" is shown instead of the name. */
  showNameOnPlatformLessons: boolean;
  /** The rule only concerns parents (background `ouder`); for anyone else the name is always shown. */
  appliesToMe: boolean;
}
