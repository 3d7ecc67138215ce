import { HIDDEN_PARENT_NAME, fromOtherRegion, type AnswerView, type AuthorProfile, type Background, type OrganisationType, type QuestionDomain, type QuestionStatus, type QuestionSummary } from '@mao/domain';

/**
 * SQL: the writer (alias `u`) is a parent who has not chosen to show their name on platform-wide
 * texts (`lesson_name_settings`, issue 15). Vraag en advies is platform-wide too: such a parent
 * appears as "een ouder", without a name or id, as on platform lessons.
 */
const HIDDEN_PARENT = `(u.background = 'ouder' AND NOT EXISTS (SELECT 1 FROM lesson_name_settings ns WHERE ns.user_id = u.id AND ns.show_on_platform))`;

/** Columns every question list and detail selects (alias `q` for the question, `u` for its author). */
export const QUESTION_COLUMNS = `
  q.id, q.title, q.status, q.domains, q.element_ids, q.themes, q.outside_region_only, q.region_id, q.created_at, q.closed_at, q.hidden_at,
  q.author_id, u.name AS author_name, ${HIDDEN_PARENT} AS author_hidden, u.background AS author_background, u.organisation_type AS author_organisation_type,
  (SELECT count(*) FROM advice_answers a WHERE a.question_id = q.id AND a.hidden_at IS NULL)::int AS answer_count,
  (SELECT count(*) FROM advice_answers a WHERE a.question_id = q.id AND a.hidden_at IS NULL AND a.helpful_at IS NOT NULL)::int AS helpful_count`;
export const QUESTION_FROM = `advice_questions q LEFT JOIN users u ON u.id = q.author_id`;

export interface QuestionRow {
  id: string;
  title: string;
  status: QuestionStatus;
  domains: QuestionDomain[];
  element_ids: string[];
  themes: string[];
  outside_region_only: boolean;
  region_id: string | null;
  created_at: Date;
  closed_at: Date | null;
  hidden_at: Date | null;
  author_id: string | null;
  author_name: string | null;
  author_hidden: boolean | null;
  author_background: Background | null;
  author_organisation_type: OrganisationType | null;
  answer_count: number;
  helpful_count: number;
}

export function questionAuthor(row: QuestionRow): AuthorProfile {
  if (row.author_hidden) return { id: null, name: HIDDEN_PARENT_NAME.nl, background: row.author_background, organisationType: row.author_organisation_type, regionId: row.region_id };
  return { id: row.author_id, name: row.author_name ?? 'verwijderd lid', background: row.author_background, organisationType: row.author_organisation_type, regionId: row.region_id };
}

export function toQuestionSummary(row: QuestionRow): QuestionSummary {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    domains: row.domains,
    elementIds: row.element_ids,
    themes: row.themes,
    outsideRegionOnly: row.outside_region_only,
    regionId: row.region_id,
    author: questionAuthor(row),
    answerCount: row.answer_count,
    helpfulCount: row.helpful_count,
    createdAt: row.created_at.toISOString(),
  };
}

export const ANSWER_COLUMNS = `a.id, a.text, a.author_id, u.name AS author_name, ${HIDDEN_PARENT} AS author_hidden, a.background, a.organisation_type, a.region_id, a.helpful_at, a.harvested_lesson_id, a.hidden_at, a.created_at`;

export interface AnswerRow {
  id: string;
  text: string;
  author_id: string | null;
  author_name: string | null;
  author_hidden: boolean | null;
  background: Background | null;
  organisation_type: OrganisationType | null;
  region_id: string | null;
  helpful_at: Date | null;
  harvested_lesson_id: string | null;
  hidden_at: Date | null;
  created_at: Date;
}

export function toAnswerView(row: AnswerRow, askerRegionId: string | null): AnswerView {
  return {
    id: row.id,
    text: row.text,
    author: row.author_hidden
      ? { id: null, name: HIDDEN_PARENT_NAME.nl, background: row.background, organisationType: row.organisation_type, regionId: row.region_id }
      : { id: row.author_id, name: row.author_name ?? 'verwijderd lid', background: row.background, organisationType: row.organisation_type, regionId: row.region_id },
    fromOtherRegion: fromOtherRegion(askerRegionId, row.region_id),
    helpful: row.helpful_at !== null,
    harvestedLessonId: row.harvested_lesson_id,
    createdAt: row.created_at.toISOString(),
  };
}
